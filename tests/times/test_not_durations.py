"""Words of time that are no duration, or not all of one: a preposition, a share, a name, a part of the day."""

from __future__ import annotations

from datetime import date

from sanderling.times import tag_times

PUBLISHED = date(2018, 12, 28)


def spans(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_times(text, PUBLISHED)]


def test_following_before_a_duration_is_a_preposition() -> None:
    assert spans("The army withdrew following a week of shelling.") == [("a week", "DURATION", "P1W")]
    assert spans("Talks resumed following a decade of silence.") == [("a decade", "DURATION", "P10Y")]


def test_the_following_days_keep_their_modifier() -> None:
    assert spans("Rain fell over the following two days.") == [("the following two days", "DURATION", "P2D")]


def test_a_quarter_that_is_the_subject_of_a_verb_is_a_share() -> None:
    assert spans("Nearly a quarter have lost their homes.") == []
    assert spans("A quarter said they would vote.") == []
    assert spans("Output fell for a quarter.") == [("a quarter", "DURATION", "P1Q")]


def test_the_winter_olympics_are_no_season() -> None:
    assert spans("She skated at the Winter Olympics and the Summer Games.") == []
    assert spans("Skiers trained through the winter.")[0][1] == "DATE"


def test_night_time_is_a_part_of_the_day_not_a_night_long() -> None:
    assert spans("Residents defied a night-time curfew.") == []


def test_a_weekend_lasts_two_days() -> None:
    assert spans("Fighting raged for a weekend.") == [("a weekend", "DURATION", "P2D")]
