"""Deeds told in the past of a person long out of the office the text knows them by were done in office: history."""

from __future__ import annotations

from datetime import date

from event_coding import events_of

LATER = date(2018, 5, 9)


def _one(text: str, event_type: str):
    return events_of(text, event_type, published=LATER)[0]


def test_a_deed_of_a_leader_named_out_of_office_is_history() -> None:
    invaded = _one("Saddam Hussein invaded Kuwait.", "ASSAULT")
    assert (invaded.status, invaded.date, invaded.date_basis) == ("historical", "PAST_REF", "inferred")
    assert _one("Barack Obama refused to get directly involved in Syria.", "REJECT").status == "historical"


def test_one_the_article_calls_former_acts_now() -> None:
    text = "The former US president Jimmy Carter visited Cuba. Carter met Raul Castro in Havana."
    assert [e.status for e in events_of(text, "CONSULT", published=LATER)] == ["asserted", "asserted"]


def test_what_one_out_of_office_says_may_be_said_today() -> None:
    assert _one("Tony Blair accused Russia of lying about the attack.", "ACCUSE").status == "asserted"


def test_a_deed_dated_after_the_term_is_news() -> None:
    met = _one("Barack Obama met Kenya's president in Nairobi on Tuesday.", "CONSULT")
    assert (met.status, met.date) == ("asserted", "2018-05-08")


def test_a_leader_only_lately_out_of_office_still_makes_news_by_name() -> None:
    assert events_of("Barack Obama visited Kenya.", "CONSULT", published=date(2017, 7, 1))[0].status == "asserted"
