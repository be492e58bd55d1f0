"""Days the story has dated named again, schedules, states kept until a date, and vague references to time."""

from __future__ import annotations

from datetime import date

from sanderling.times import tag_times

THURSDAY = date(2018, 4, 19)


def values(text: str, published: date = THURSDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_times(text, published)]


def test_a_day_the_story_dated_keeps_its_year_when_named_again() -> None:
    text = ("The strike began on Monday 12 March 2012. The union had voted three days earlier, "
            "on 9 March, after talks broke down.")
    assert ("9 March", "DATE", "2012-03-09") in values(text)


def test_a_day_named_again_after_a_full_date_is_that_day() -> None:
    text = "The dam burst on 2 July 2015. Villagers say warnings sent on 2 July went unread."
    assert values(text)[-1] == ("2 July", "DATE", "2015-07-02")


def test_a_day_month_named_once_still_follows_the_tense() -> None:
    assert values("The council voted on 2 July to close the mine.") == [("2 July", "DATE", "2017-07-02")]


def test_a_date_a_participle_schedules_lies_ahead_whatever_the_sentence_tense() -> None:
    assert values("The opposition could lose the snap elections called for 24 June.") == [("24 June", "DATE", "2018-06-24")]
    assert values("Unions are preparing for a strike scheduled for Saturday.") == [("Saturday", "DATE", "2018-04-21")]


def test_what_was_only_originally_scheduled_or_was_scheduled_keeps_the_clause_tense() -> None:
    assert values("The vote, originally scheduled for 12 March, was postponed.") == [("12 March", "DATE", "2018-03-12")]
    assert values("The hearing was scheduled for 2 April.") == [("2 April", "DATE", "2018-04-02")]


def test_a_state_kept_until_a_month_takes_the_tense_of_the_keeping() -> None:
    text = "Senators introduced a bill that will keep the agency funded until February."
    assert values(text, date(2018, 12, 19))[-1] == ("February", "DATE", "2019-02")


def test_earlier_in_the_year_is_the_publication_year_once_the_story_has_moved_on() -> None:
    filler = " Officials gave no figures for the cost of the repairs to the bridge and the roads around it." * 6
    text = "The group lost the territory it seized in 2014." + filler + " Spending slowed from its rapid pace earlier in the year."
    assert values(text, date(2018, 12, 19))[-1] == ("earlier in the year", "DATE", "2018")


def test_earlier_in_the_year_stays_in_a_past_year_the_story_tells() -> None:
    text = "In 2014 the rebels took the town. Earlier in the year they had lost the port."
    assert values(text)[-1] == ("Earlier in the year", "DATE", "2014")


def test_vague_references_to_the_present_past_and_future() -> None:
    assert values("The curfew stays in force for the time being.") == [("the time being", "DATE", "PRESENT_REF")]
    assert values("He vowed the wall would be built someday.") == [("someday", "DATE", "FUTURE_REF")]
    assert values("Not long ago, the town was a market hub.") == [("Not long ago", "DATE", "PAST_REF")]
    assert values("The quarrel began a long time ago.") == [("a long time ago", "DATE", "PAST_REF")]
    assert values("Those days are gone.") == [("Those days", "DATE", "PAST_REF")]
    assert values("Floods of this kind were rare in the recent past.") == [("the recent past", "DATE", "PAST_REF")]
    assert values("The market is calm right now.") == [("right now", "DATE", "PRESENT_REF")]


def test_over_the_years_is_a_span_of_years() -> None:
    assert values("The two sides have met often over the years.") == [("the years", "DURATION", "PXY")]


def test_at_the_last_minute_is_an_idiom_not_a_minute() -> None:
    assert values("The meeting was cancelled at the last minute.") == []
    assert values("Prices fell sharply in the past hour.") == [("the past hour", "DURATION", "PT1H")]


def test_overnight_after_the_day_just_told_is_that_days_night_even_across_a_wire_paragraph() -> None:
    text = "Shares closed lower on Tuesday in thin trading.\n\nLondon was hit by overnight losses in New York."
    assert values(text)[-1] == ("overnight", "TIME", "2018-04-16TNI")


def test_overnight_long_after_the_last_day_named_is_the_night_before_publication() -> None:
    background = "The ministers met on Saturday. " + "Diplomats have argued about the sanctions for many months. " * 8
    text = background + "The overnight air raid was not about the chemical attack."
    assert values(text)[-1] == ("overnight", "TIME", "2018-04-18TNI")


def test_overnight_after_a_verb_of_change_means_suddenly() -> None:
    assert values("The American buildup in Syria has collapsed overnight.") == []
    assert values("Attitudes will not change overnight, he said.") == []
    assert values("The rebels left overnight with thousands of civilians.")[0][0] == "overnight"


def test_the_year_of_a_british_statute_is_part_of_its_name() -> None:
    assert values("He was charged under the Terrorism Act 2006 and the Children Act 1989.") == []
    assert values("The Representation of the People Act 1918 gave some women the vote.") == []
    assert values("Congress passed the Financial Institutions Reform Act of 1989.") == [("1989", "DATE", "1989")]
