"""Event words the lexicon has but the matcher once missed, and parties named by membership."""

from __future__ import annotations

from tests.events.event_coding import brief, one


def test_a_manner_adverb_before_its_verb_still_makes_the_phrase() -> None:
    event = one("Chilean guards sexually abused Bolivian prisoners last year.", "ASSAULT")
    assert event.mode == "sexual"
    assert "sexually" in event.trigger


def test_the_adverb_may_follow_the_verb() -> None:
    assert one("Peruvian soldiers assaulted the women sexually, a Peruvian rights group said.", "ASSAULT").mode == "sexual"


def test_fighters_loyal_to_a_government_act_for_its_country() -> None:
    assert ("ASSAULT", "shelled", ["MLI"], []) in [(t, w, a, r) for t, w, a, r in brief("Gunmen loyal to the Malian government shelled the camp on Monday.")]


def test_workers_affiliated_with_a_union_strike_for_its_country() -> None:
    types = {t: a for t, _, a, _ in brief("Workers affiliated with a Chilean union stopped work on Monday.")}
    assert types.get("PROTEST") == ["CHL"]


def test_supplying_named_goods_is_aid() -> None:
    event = one("Chile provided food and medicine to Bolivian flood victims on Monday.", "AID")
    assert [a.country for a in event.actor] == ["CHL"]
    assert one("Peru sold weapons to Ecuador last year.", "AID").trigger == "sold weapons"


def test_every_coordinated_object_is_the_verbs_object() -> None:
    event = one("Chile is providing maps and military intelligence to Bolivia.", "AID")
    assert [a.country for a in event.recipient] == ["BOL"]


def test_an_act_judged_in_it_is_adjective_to_is_not_told_as_done() -> None:
    assert one("It is vital to send aid to Bolivia, the Chilean minister said.", "AID").status == "hypothetical"
    assert one("Chile sent aid to Bolivia on Monday.", "AID").status == "asserted"


def test_a_protest_that_says_something_or_is_lodged_with_someone_is_a_complaint() -> None:
    lodged = one("Chile protested to Bolivia over the border incident.", "ACCUSE")
    assert [a.country for a in lodged.recipient] == ["BOL"]
    assert one("Chilean students protested that the fees were too high.", "ACCUSE").mode == "disapprove"
    assert one("Thousands of Chileans protested in Santiago on Monday.", "PROTEST").mode == "demo"
