"""Years of dates named without one, seen from a publication date near the turn of a year."""

from __future__ import annotations

from datetime import date

import pytest

from sanderling.times import tag_times

LATE_DECEMBER = date(2018, 12, 28)
EARLY_MARCH = date(2017, 3, 5)


def value_of(text: str, expression: str, published: date) -> str:
    return next(t.value for t in tag_times(text, published) if t.text == expression)


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The mayor was arrested on Feb. 23 at his home.", "Feb. 23", "2018-02-23"),
        ("Dockers and the port authority struck a deal on February 1.", "February 1", "2018-02-01"),
        ("On 10 February, soldiers cleared the square.", "10 February", "2018-02-10"),
        ("Prices have doubled since January.", "January", "2018-01"),
        ("The chamber will vote on February 1.", "February 1", "2019-02-01"),
    ],
)
def test_a_tense_next_to_the_date_holds_across_the_turn_of_the_year(sentence: str, expression: str, expected: str) -> None:
    assert value_of(sentence, expression, LATE_DECEMBER) == expected


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("Rebels have held the town since April 6.", "April 6", "2016-04-06"),
        ("In April, the cabinet approved the budget.", "April", "2016-04"),
        ("The council postponed the hearing until February 20.", "February 20", "2018-02-20"),
    ],
)
def test_in_early_spring_a_past_april_is_last_year(sentence: str, expression: str, expected: str) -> None:
    assert value_of(sentence, expression, EARLY_MARCH) == expected


def test_a_date_modifying_a_noun_after_until_is_not_put_off_a_year() -> None:
    # what is deferred lies ahead, but "the Feb. 15 runoff" is dated on its own: the nearer February
    text = "The summit was postponed until after the Feb. 15 runoff."
    assert value_of(text, "Feb. 15", EARLY_MARCH) == "2017-02-15"


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        # the past verb heads another clause or the date modifies a noun: the nearer date wins
        ("The board declared a special dividend, payable Jan. 15.", "Jan. 15", "2019-01-15"),
        ("Nobody explained the Jan. 10 deadline.", "Jan. 10", "2019-01-10"),
        ("The bid had been set to expire Jan. 4.", "Jan. 4", "2019-01-04"),
        ("The minister said a summit would be held on Jan. 21.", "Jan. 21", "2019-01-21"),
        ("Officials said the launch was planned for early February.", "early February", "2019-02"),
    ],
)
def test_a_distant_or_tentative_cue_leaves_the_nearer_year(sentence: str, expression: str, expected: str) -> None:
    assert value_of(sentence, expression, LATE_DECEMBER) == expected


def test_a_day_named_again_in_the_story_keeps_its_year() -> None:
    text = ("The ceasefire was signed on February 3. Rebel leaders, speaking from their mountain base "
            "in the north of the country, reported the signing of the accord on February 3.")
    found = [(t.text, t.value) for t in tag_times(text, LATE_DECEMBER)]
    assert found == [("February 3", "2018-02-03"), ("February 3", "2018-02-03")]


def test_a_credit_line_dates_a_report_already_out() -> None:
    text = "Dockers walked out at three ports. (Reuters, Feb. 9)"
    assert value_of(text, "Feb. 9", LATE_DECEMBER) == "2018-02-09"


def test_a_date_in_a_planning_phrase_is_not_fixed_by_the_main_verb() -> None:
    # the launch was put off, but "scheduled for July" still names the nearer July
    text = "The satellite launch, scheduled for July, was postponed on Monday."
    assert value_of(text, "July", date(2019, 6, 12)) == "2019-07"


def test_a_date_set_or_scheduled_lies_ahead_of_the_setting() -> None:
    text = "The government had set 10 September as the date for the offensive."
    assert value_of(text, "10 September", date(2018, 9, 4)) == "2018-09-10"


def test_a_state_kept_until_a_date_does_not_fix_its_year() -> None:
    text = "Senators will vote on a bill to keep the agencies funded through Feb. 15."
    assert value_of(text, "Feb. 15", date(2018, 12, 19)) == "2019-02-15"



@pytest.mark.parametrize(
    ("sentence", "expression", "published", "expected"),
    [
        ("The activist served five months in prison last year after his arrest in July.", "July", date(2018, 12, 14), "2017-07"),
        ("Last year the ministry fined three mining firms in August after a string of accidents.", "August", date(2018, 12, 14), "2017-08"),
        # a plan still ahead keeps the year it looks to
        ("The vote, which he called last year and which is scheduled to be held in October, may now be delayed.", "October",
         date(2019, 6, 20), "2019-10"),
    ],
)
def test_last_year_anywhere_in_the_sentence_sets_the_year_of_a_bare_month(sentence: str, expression: str, published: date, expected: str) -> None:
    assert value_of(sentence, expression, published) == expected
