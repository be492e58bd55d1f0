"""Kinds of curfew, deadlines under a modal, days told in sequence and spans of 24-hour clock times."""

from __future__ import annotations

from datetime import date

from sanderling.times import tag_times

WEDNESDAY = date(2019, 4, 24)


def values(text: str, published: date = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_times(text, published)]


def test_a_part_of_the_day_naming_a_kind_of_curfew_or_bulletin_is_no_time() -> None:
    assert values("Troops began to enforce the evening curfew across the province.") == []
    assert values("She used to read the morning news.") == []
    assert values("Workers on the early-morning shift walked out.") == []


def test_a_part_of_the_day_on_its_own_is_still_a_time() -> None:
    assert values("The envoy is expected to land in the evening.") == [("the evening", "TIME", "2019-04-24TEV")]
    assert values("Shelling resumed in the morning, before talks.")[0][:2] == ("the morning", "TIME")


def test_a_deadline_under_a_modal_of_possibility_lies_ahead() -> None:
    assert values("By August, the bridge could be open to traffic again.") == [("August", "DATE", "2019-08")]
    assert values("By September the new rules might apply to all lenders.") == [("September", "DATE", "2019-09")]


def test_a_deadline_in_a_perfect_or_a_negated_modal_stays_behind() -> None:
    assert values("By August, the bridge had been reopened to traffic.") == [("August", "DATE", "2018-08")]
    assert values("By August, the company had said it might close.") == [("August", "DATE", "2018-08")]


def test_later_on_a_weekday_goes_on_from_the_day_the_story_tells() -> None:
    text = "Flooding cut the main road on 8 April. Later on Thursday, rescuers reached the village."
    assert values(text)[-1] == ("Thursday", "DATE", "2019-04-11")


def test_earlier_on_a_weekday_is_earlier_in_that_day_not_before_the_story() -> None:
    text = "The ferry sank on Saturday 20 April. Officials said earlier on Wednesday that divers had found it."
    assert values(text)[-1] == ("Wednesday", "DATE", "2019-04-24")


def test_later_on_a_weekday_with_no_day_told_counts_from_publication() -> None:
    assert values("The minister will speak later on Friday.") == [("Friday", "DATE", "2019-04-26")]


def test_a_span_of_24_hour_clock_times_marks_each_end_on_the_day_named() -> None:
    found = values("Polls will open on Sunday (0700-1900 GMT) across the country.")
    assert found == [("Sunday", "DATE", "2019-04-28"), ("0700", "TIME", "2019-04-28T07:00"),
                     ("1900 GMT", "TIME", "2019-04-28T19:00")]


def test_after_a_noun_that_opens_a_clause_whose_verb_sets_the_tense() -> None:
    text = "Officials are still counting the cost of a storm that struck the coast on 2 March, and rebuilding will take months."
    assert values(text, date(2019, 9, 30))[0] == ("2 March", "DATE", "2019-03-02")


def test_that_before_a_participle_after_a_preposition_is_a_determiner() -> None:
    text = "Work on that damaged pier will start on 2 March."
    assert values(text, date(2019, 9, 30)) == [("2 March", "DATE", "2020-03-02")]


def test_a_time_inside_what_is_being_threatened_or_vowed_lies_ahead() -> None:
    monday = date(2016, 1, 4)
    assert values("Dockers who were sacked are threatening to walk out on Thursday.", monday) == [("Thursday", "DATE", "2016-01-07")]
    assert values("After vowing to reopen the port on Saturday, the governor resigned.", monday) == [("Saturday", "DATE", "2016-01-02")]


def test_the_last_quarter_of_a_year_is_its_fourth() -> None:
    found = values("Output fell in the last quarter of this year, the agency said.", date(2019, 9, 30))
    assert found == [("the last quarter of this year", "DATE", "2019-Q4")]
    assert values("Output fell in the last quarter, the agency said.", date(2019, 9, 30)) == [("the last quarter", "DATE", "2019-Q2")]


def test_since_the_weekday_of_publication_counts_from_a_week_before() -> None:
    monday = date(2019, 9, 30)
    assert values("Miners have been on strike since Monday.", monday) == [("Monday", "DATE", "2019-09-23")]
    assert values("Miners have been on strike since Friday.", monday) == [("Friday", "DATE", "2019-09-27")]


def test_an_overnight_curfew_is_a_kind_of_curfew() -> None:
    assert values("The army lifted an overnight curfew in the port.") == []


def test_a_day_number_after_a_dash_is_no_amount_of_the_unit_after_it() -> None:
    found = values("Unions met to plan for the August 24-26 long weekend.", date(2019, 9, 30))
    assert found == [("August 24", "DATE", "2019-08-24"), ("26", "DATE", "2019-08-26")]


def test_a_clock_time_in_the_next_paragraph_keeps_the_day_just_told() -> None:
    text = "Gunmen stormed a hotel in the capital on Saturday.\n\nThe first shots were heard at about 9 p.m., a guard said."
    assert values(text, date(2019, 9, 30))[-1] == ("9 p.m.", "TIME", "2019-09-28T21:00")
