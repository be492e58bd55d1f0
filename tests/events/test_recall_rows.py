"""Event words the lexicon has but the matcher once missed, and parties named by membership."""

from __future__ import annotations

from sanderling import code_text
from tests.events.event_coding import PUBLISHED, brief, one


def events_of_any(text: str) -> list:
    return code_text(text, published=PUBLISHED)


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


def test_troops_leaving_a_country_withdraw_from_it() -> None:
    event = one("Peruvian troops will leave Ecuador by the end of the year.", "RETREAT")
    assert event.mode == "withdraw" and [a.country for a in event.recipient] == ["ECU"]
    assert event.status == "future"


def test_people_who_leave_do_not_withdraw() -> None:
    assert not [e for e in events_of_any("Thousands of Ecuadorians have left the country.") if e.event == "RETREAT"]
    assert not [e for e in events_of_any("The Peruvian minister left the meeting early.") if e.event == "RETREAT"]
    assert not [e for e in events_of_any("Ecuadorian police cleared the mines that Peruvian troops left behind.") if e.event == "RETREAT"]


def test_what_troops_leave_in_some_state_is_no_withdrawal() -> None:
    assert not [e for e in events_of_any("Peruvian soldiers left ten people dead in Ecuador.") if e.event == "RETREAT"]
    text = "Peruvian troops pulled out of the Ecuadorian border town, leaving the rebels in control."
    assert [e.trigger for e in events_of_any(text) if e.event == "RETREAT"] == ["pulled out"]


def test_a_time_clause_of_a_future_main_clause_is_future_and_unannounced() -> None:
    text = "Ecuador will send troops to the border when Peruvian troops leave the area."
    left = [e for e in events_of_any(text) if e.event == "RETREAT"]
    assert [e.status for e in left] == ["future"]
    assert not [e for e in events_of_any(text) if e.event == "CONCEDE"]
    assert one("Peru will send aid to Ecuador once the floods end.", "AID").status == "future"


def test_a_strike_by_workers_or_teachers_is_a_stoppage_and_by_jets_an_attack() -> None:
    assert [t for t, *_ in brief("Ecuadorian teachers began a strike on Monday over pay.")] == ["PROTEST"]
    assert "ASSAULT" in [t for t, *_ in brief("Peruvian jets carried out a strike on a rebel camp in Ecuador.")]


def test_a_conjoined_clause_with_its_own_subject_is_not_the_content_of_the_first() -> None:
    text = "Chile accused Peru of arming the rebels, but Peru refuses to discuss the charge with Chile."
    assert "REJECT" in [t for t, *_ in brief(text)]
    assert [t for t, *_ in brief("Chile accused Peru of arming the rebels and funding them.")] == ["ACCUSE"]


def test_volunteering_as_someone_is_no_offer() -> None:
    assert "AGREE" not in [t for t, *_ in brief("A Chilean nurse volunteered as a medic with Peruvian forces in 2015.")]
    assert "AGREE" in [t for t, *_ in brief("Chile volunteered to host the Peruvian peace talks.")]
