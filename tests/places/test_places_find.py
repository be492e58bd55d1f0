"""find_places on real parses: the pinned spaCy model is the point here, so these are slow tests."""

from __future__ import annotations

import pytest

from sanderling.parse import load_nlp
from sanderling.places import PlaceMention, explain_places, find_places

pytestmark = pytest.mark.slow


def places(text: str, **options: object) -> list[PlaceMention]:
    return find_places(load_nlp()(text), **options)  # type: ignore[arg-type]


def summary(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(m.text, m.location.resolved_place or "", m.location.country_code, m.how) for m in places(text)]


def test_dateline_with_country() -> None:
    found = places("KABUL, Afghanistan — Taliban fighters attacked a checkpoint on Monday.")
    assert found[0].how == "dateline"
    assert (found[0].location.resolved_place, found[0].location.country_code) == ("Kabul", "AFG")
    assert found[0].start == 0 and found[0].start_char == 0


def test_dateline_with_agency() -> None:
    found = places("BEIJING (Reuters) - China said on Monday it would retaliate.")
    assert (found[0].text, found[0].how, found[0].location.country_code) == ("BEIJING", "dateline", "CHN")


def test_a_shouted_lead_is_not_a_dateline() -> None:
    found = places("NORTH KOREAN LEADER Kim Jong Un has arrived in Russia for a first summit.")
    assert [(m.text, m.how) for m in found] == [("Russia", "in X")]


def test_paris_texas_in_text() -> None:
    assert ("Paris", "Paris", "USA", "in X") in summary("Storms killed two people in Paris, Texas, on Sunday.")


def test_idlib_province_and_based() -> None:
    found = summary("The Idlib-based rebels shelled government positions in Idlib province.")
    assert ("Idlib", "Idlib", "SYR", "X-based") in found
    assert ("Idlib province", "Idlib", "SYR", "in X") in found


def test_town_of_with_demonym() -> None:
    found = places("U.N. helicopters evacuated the wounded from the besieged Bosnian town of Gorazde on Friday.")
    assert [(m.location.resolved_place, m.location.country_code, m.location.resolution) for m in found] == [
        ("Goražde", "BIH", "city")
    ]
    assert found[0].how == "from X"


def test_near_and_qualified_place() -> None:
    found = summary("Five others were wounded in a blast in Manbij, northern Syria, near the Turkish border.")
    assert found[0] == ("Manbij", "Manbij", "SYR", "in X")
    assert ("northern Syria", "Syria", "SYR", "ner") in found


def test_near_a_town() -> None:
    found = summary("A roadside bombing near the town of Samarra killed one soldier.")
    assert found == [("Samarra", "Sāmarrā’", "IRQ", "near X")]


def test_demonyms_and_governments_are_not_place_mentions() -> None:
    found = summary("Swiss doctors met Sri Lankan officials, the White House said, and the UN agreed.")
    assert found == []


def test_context_countries_break_ties() -> None:
    text = "Militias clashed in Tripoli as shells hit the port."
    assert places(text)[0].location.country_code == "LBY"
    assert places(text, context_countries=["LBN"])[0].location.country_code == "LBN"


def test_article_demonyms_are_context() -> None:
    found = summary("Syrian officers ended mediation between militias in Tripoli, the north Lebanese port.")
    assert ("Tripoli", "Tripoli", "LBN", "in X") in found


def test_offsets_point_into_the_text() -> None:
    text = "Putin is due to arrive in Vladivostok tomorrow, then fly on to Beijing."
    for mention in places(text):
        assert text[mention.start_char:mention.end_char] == mention.text


def test_explain_places_is_json_ready() -> None:
    rows = explain_places("Talks will be held in Geneva.")
    assert rows[0]["location"]["resolved_place"] == "Geneva"
    assert rows[0]["location"]["country_code"] == "CHE"
    assert rows[0]["how"] == "in X"
    assert any("candidates" in reason for reason in rows[0]["reasons"])


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("LONDON, March 5 (Reuters) - Britain said it would expel diplomats.", "London", "GBR"),
        ("SANAA, Yemen, Jan 4 (Reuters) - Houthi rebels fired missiles.", "Sanaa", "YEM"),
        ("PARIS, Texas — A tornado hit the town on Sunday.", "Paris", "USA"),
    ],
)
def test_dateline_forms(text: str, place: str, country: str) -> None:
    first = places(text)[0]
    assert (first.how, first.location.resolved_place, first.location.country_code) == ("dateline", place, country)


def test_a_list_of_countries_is_not_a_qualifier() -> None:
    found = summary("It seems the UK, US, France and Germany will not take them back.")
    assert [(text, country) for text, _, country, _ in found] == [
        ("UK", "GBR"), ("US", "USA"), ("France", "FRA"), ("Germany", "DEU")
    ]


def test_lower_case_words_are_not_places() -> None:
    assert summary("The canton voted and the state said the region would decide.") == []


def test_a_country_named_elsewhere_does_not_move_a_city() -> None:
    text = ("The US embassy issued a warning on Monday. "
            "Protesters blocked Piccadilly station in Manchester for an hour.")
    found = {m.text: m.location.country_code for m in places(text)}
    assert found["Manchester"] == "GBR"


def test_place_mention_is_a_frozen_record() -> None:
    mention = places("Talks were held in Geneva.")[0]
    assert (mention.start, mention.end, mention.how, mention.label) == (4, 5, "in X", "GPE")
    with pytest.raises(AttributeError):
        mention.how = "ner"  # type: ignore[misc]


def test_a_groups_adjective_before_a_head_word_is_no_place() -> None:
    found = summary("Gunmen opened fire in a mostly Christian district of Aleppo on Friday.")
    assert [country for _, _, country, _ in found] == ["SYR"]


def test_a_country_the_model_takes_for_a_person_is_a_place_after_in() -> None:
    found = summary("French troops fought Islamist militants in northern Mali on Tuesday.")
    assert [country for _, _, country, _ in found] == ["MLI"]


def test_a_resort_of_names_a_town() -> None:
    found = summary("Delegates gathered in the Red Sea resort of Hurghada on Monday.")
    assert ("Hurghada", "EGY") in [(text, country) for text, _, country, _ in found]


def test_a_name_whose_last_word_says_bridge_or_crossing_is_a_place() -> None:
    found = summary("Danish fishermen blocked the Oresund Bridge for two hours on Monday.")
    assert [(place, country) for _, place, country, _ in found] == [("Oresund Bridge", "SWE")]
    found = summary("Lorries queued at the Kapitan Andreevo crossing into Turkey.")
    assert ("Kapitan Andreevo", "BGR") in [(place, country) for _, place, country, _ in found]


def test_a_countrys_adjective_places_a_noun_of_a_place_in_that_country() -> None:
    """data/demonym_place_nouns.txt: "on a Turkish beach", "in Russian airspace" after a locative preposition."""
    assert summary("He was arrested on a Turkish beach last year.") == [("Turkish beach", "Turkey", "TUR", "in X")]
    assert summary("The jet strayed into Russian airspace.") == [("Russian airspace", "Russia", "RUS", "in X")]
    # without a locative preposition, or on a noun that is no place, the adjective names no place
    assert summary("The Turkish border is closed.") == []
    assert summary("He was tried in a Turkish court.") == []
    # a name the phrase goes on to give says where, more narrowly
    assert [m[0] for m in summary("Jets struck rebels in the Syrian city of Aleppo on Monday.")] == ["Aleppo"]
