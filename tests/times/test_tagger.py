"""Behaviour of tag_times: spans, types and values resolved against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from sanderling.times import tag_times

DCT = date(2019, 4, 24)  # a Wednesday, ISO week 16... 17


def one(text: str, published: date = DCT) -> tuple[str, str, str]:
    found = tag_times(text, published)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start:t.end] == t.text
    return t.text, t.type, t.value


def values(text: str, published: date | str = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_times(text, published)]


def test_offsets_index_the_text_as_given() -> None:
    text = "  Talks collapsed in February.\n\nThey met again yesterday."
    found = tag_times(text, DCT)
    assert [(t.start, t.end, t.text) for t in found] == [(21, 29, "February"), (47, 56, "yesterday")]


def test_the_publication_date_may_be_an_iso_string() -> None:
    assert values("He left on Friday.", "2019-04-24") == [("Friday", "2019-04-19")]
    with pytest.raises(ValueError, match="'24/04/2019' is not YYYY-MM-DD"):
        tag_times("He left on Friday.", "24/04/2019")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He arrived yesterday.", ("yesterday", "DATE", "2019-04-23")),
        ("The summit opens tomorrow.", ("tomorrow", "DATE", "2019-04-25")),
        ("They will meet tonight.", ("tonight", "TIME", "2019-04-24TNI")),
        ("It fired a missile last week.", ("last week", "DATE", "2019-W16")),
        ("Sales rose 5% last year.", ("last year", "DATE", "2018")),
        ("Prices will fall next month.", ("next month", "DATE", "2019-05")),
        ("Troops left three days ago.", ("three days ago", "DATE", "2019-04-21")),
        ("Talks resumed this morning.", ("this morning", "TIME", "2019-04-24TMO")),
        ("He was shot yesterday afternoon.", ("yesterday afternoon", "TIME", "2019-04-23TAF")),
    ],
)
def test_deictic_expressions(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


def test_weekday_direction_follows_tense() -> None:
    assert one("The two leaders met on Friday.")[2] == "2019-04-19"
    assert one("The two leaders will meet on Friday.")[2] == "2019-04-26"
    assert one("Kim is due to arrive on Thursday.")[2] == "2019-04-25"
    assert one("Officials said Monday that talks had failed.")[2] == "2019-04-22"


def test_month_direction_follows_tense() -> None:
    assert one("Talks collapsed in February.")[2] == "2019-02"
    assert one("Talks will resume in February.")[2] == "2020-02"
    assert one("An election is planned for June.")[2] == "2019-06"
    assert one("Elections were held in November.")[2] == "2018-11"


def test_explicit_and_partial_dates() -> None:
    assert one("The deal was signed on March 5, 2017.")[1:] == ("DATE", "2017-03-05")
    assert one("It was signed on 5 March 2017.")[1:] == ("DATE", "2017-03-05")
    assert one("The ceasefire began on April 2.")[1:] == ("DATE", "2019-04-02")
    assert one("He died on the 3rd of April.")[1:] == ("DATE", "2019-04-03")
    assert one("The vote is on Tuesday, April 30.")[1:] == ("DATE", "2019-04-30")
    assert one("It was published on 2018-11-30.")[1:] == ("DATE", "2018-11-30")
    assert one("The order dated 12/25/2018 was void.")[1:] == ("DATE", "2018-12-25")
    assert one("The order dated 25/12/2018 was void.")[1:] == ("DATE", "2018-12-25")


def test_modified_months_and_years_keep_the_modifier_in_the_span() -> None:
    assert one("Fighting resumed in mid-April.") == ("mid-April", "DATE", "2019-04")
    assert one("The plant opened in early 2018.") == ("early 2018", "DATE", "2018")
    assert one("It happened in late May 2016.") == ("late May 2016", "DATE", "2016-05")


def test_weeks_decades_centuries_seasons_quarters() -> None:
    assert one("Exports fell this week.")[2] == "2019-W17"
    assert one("Inflation soared in the 1990s.") == ("the 1990s", "DATE", "199")
    assert one("a relic of the 20th century") == ("the 20th century", "DATE", "19")
    assert one("The talks began last summer.")[2] == "2018-SU"
    assert one("Profits rose in the first quarter.")[2] == "2019-Q1"
    assert one("Profits rose in the third quarter of 2018.")[2] == "2018-Q3"
    assert one("It will be built in the spring of 2020.")[2] == "2020-SP"


def test_durations_and_sets() -> None:
    assert one("He was jailed for two months.") == ("two months", "DURATION", "P2M")
    assert one("He has served 18 months.") == ("18 months", "DURATION", "P18M")
    assert one("The strike lasted several days.") == ("several days", "DURATION", "PXD")
    assert one("a five-year plan") == ("five-year", "DURATION", "P5Y")
    assert one("The talks went on for 36 hours.") == ("36 hours", "DURATION", "PT36H")
    assert one("after nearly a decade of war") == ("nearly a decade", "DURATION", "P10Y")
    assert one("Prices are checked daily.") == ("daily", "SET", "P1D")
    assert one("They meet every Friday.") == ("every Friday", "SET", "XXXX-WXX-5")


def test_references() -> None:
    assert one("Talks are now stalled.")[1:] == ("DATE", "PRESENT_REF")
    assert one("He recently visited Hanoi.")[1:] == ("DATE", "PAST_REF")
    assert one("in the near future")[2] == "FUTURE_REF"


def test_next_day_is_anchored_on_the_narrative_time() -> None:
    found = values("The war began on June 25, 1950. The next day, the UN met.")
    assert found == [("June 25, 1950", "1950-06-25"), ("The next day", "1950-06-26")]
    found = values("Prices fell in 2009. A year later, they recovered.")
    assert found == [("2009", "2009"), ("A year later", "2010")]


def test_clock_time_takes_its_day() -> None:
    assert one("The vote started at 3 p.m. Friday.", date(2019, 4, 24))[1:] == ("TIME", "2019-04-19T15:00")
    assert one("The vote starts at 3 p.m. Friday.", date(2019, 4, 24))[1:] == ("TIME", "2019-04-26T15:00")  # a scheduled event
    assert values("They will meet on Friday at 10:30 a.m.")[-1] == ("10:30 a.m.", "2019-04-26T10:30")


def test_words_that_only_look_like_times() -> None:
    assert tag_times("You may go. He will march to the sea.", DCT) == []
    assert tag_times("It cost $1999 and 2000 people came.", DCT) == []
    assert tag_times("a 25-year-old man", DCT) == []
    assert tag_times("three-quarters of voters", DCT) == []


def test_titles_are_not_times() -> None:
    text = "He told 60 Minutes and This Week that talks were over. This week they resume."
    assert [t.text for t in tag_times(text, DCT)] == ["This week"]
    assert [t.text for t in tag_times("She arrived on Thanksgiving Day.", DCT)] == ["Thanksgiving Day"]


def test_a_datetime_publication_time_is_read_as_its_date() -> None:
    from datetime import datetime

    assert tag_times("It rained yesterday.", datetime(2019, 4, 24, 18, 30))[0].value == "2019-04-23"


def test_a_doc_of_another_text_is_refused() -> None:
    import spacy

    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="different text"):
        tag_times("It rained yesterday.", DCT, doc=nlp("Something else."))


def test_vague_adjectival_durations() -> None:
    found = tag_times("a decades-long conflict that persists to this day", DCT)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("decades-long", "DURATION", "PXY"), ("this day", "DATE", "PRESENT_REF")]


def test_news_phrasing_seen_in_guardian_articles() -> None:
    found = values("On 12 June. A month-long siege. He said that May would go. In the last century. On the last day.",
                   date(2019, 1, 1))
    assert found == [("12 June", "2019-06-12"), ("month-long", "P1M"), ("the last century", "19")]


def test_ordinal_day_takes_the_month_of_the_story() -> None:
    found = values("Talks began in March. On the 5th, they failed. He lives on the 5th floor.")
    assert found == [("March", "2019-03"), ("the 5th", "2019-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # DCT 2019-04-24, a Wednesday
        ("On Monday the minister promised a decision by Friday.", [("Monday", "2019-04-22"), ("Friday", "2019-04-26")]),
        ("The general ordered his troops to withdraw by the summer.", [("the summer", "2019-SU")]),
        ("The committee had filed its report by Friday.", [("Friday", "2019-04-19")]),
    ],
)
def test_a_deadline_set_by_a_promise_or_an_order_lies_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When the uprising began in March 2011, few thought the regime would survive until Christmas.",
         [("March 2011", "2011-03"), ("Christmas", "2011-12-25")]),
        ("In 2015 the company moved its offices in August.", [("2015", "2015"), ("August", "2015-08")]),
        ("In November 2016 she said she would step down in March.", [("November 2016", "2016-11"), ("March", "2017-03")]),
        # the reader's own future, and a year inside a noun phrase, set no scene
        ("The bridge, opened in 2009, will close in August.", [("2009", "2009"), ("August", "2019-08")]),
        ("The truce agreed in 2017 collapsed in March, officials said.", [("2017", "2017"), ("March", "2019-03")]),
    ],
)
def test_a_sentence_set_in_an_earlier_year_dates_its_bare_months_and_holidays(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation's closing mark does not hide the full stop before it
        ("\u201cWe will win,\u201d he said. \u201cThe army will stay.\u201d Earlier on Monday, the minister had resigned.", [("Monday", "2019-04-22")]),
        ("The council may vote on Friday.", [("Friday", "2019-04-26")]),
        ("Theresa May in the Commons on Monday.", [("Monday", "2019-04-22")]),  # a name, not the modal
        ("The conference was put on hold until at least June.", [("June", "2019-06")]),
        # a fronted time takes the tense of its main clause, however late the verb comes
        ("On Monday, the veteran foreign minister resigned as he would not serve.", [("Monday", "2019-04-22")]),
    ],
)
def test_clause_direction_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Repairs take 3-4 weeks.", [("4 weeks", "DURATION", "P4W")]),
        ("He was jailed for one year and nine months.", [("one year and nine months", "DURATION", "P1Y9M")]),
        ("The flight took two hours, 30 minutes.", [("two hours, 30 minutes", "DURATION", "PT2H30M")]),
        # not one amount: falling units only; a span of years is no amount at all
        ("He stayed two months and then three years.", [("two months", "DURATION", "P2M"), ("three years", "DURATION", "P3Y")]),
        ("They won the 2013-14 title.", [("2013", "DATE", "2013"), ("14", "DATE", "2014")]),
    ],
)
def test_compound_amounts_are_one_duration(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag_times(text, DCT)] == expected


def test_national_days_are_holidays() -> None:
    found = values("Veterans marched on Anzac Day. Fireworks marked Bonfire Night. Hogmanay will follow.", date(2019, 11, 20))
    assert found == [("Anzac Day", "2019-04-25"), ("Bonfire Night", "2019-11-05"), ("Hogmanay", "2019-12-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The letter calls on May to act on the prisoners.", []),
        ("Corbyn and May said they would meet again.", []),
        ("The vote was held in May to general surprise.", [("May", "2018-05")]),
    ],
)
def test_may_the_name_is_no_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March accession let the three countries join.", [("March", "2019-03")]),
        ("Thousands joined the March on Washington.", []),
        ("The May government fell.", []),
        ("The march was peaceful.", []),
    ],
)
def test_march_before_a_common_noun_is_the_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_no_expression_begins_or_ends_inside_a_word() -> None:
    text = "Elections had not been due for another 18 months. Rebels vowed to escalate Friday attacks."
    for t in tag_times(text, date(2018, 4, 19)):
        assert not (t.start > 0 and text[t.start - 1].isalpha()), t
        assert not (t.end < len(text) and text[t.end].isalpha()), t
    assert [t.text for t in tag_times(text, date(2018, 4, 19))] == ["18 months", "Friday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each end of a span of years is a year, as in "from 2010 to 2014"; the dash is no part of either
        ("Exports collapsed in 2008-09 and recovered slowly.", [("2008", "2008"), ("09", "2009")]),
        ("The 1967-70 civil war left deep scars.", [("1967", "1967"), ("70", "1970")]),
        ("She coached the side in the 1999-00 season.", [("1999", "1999"), ("00", "2000")]),
        ("Budgets for 2020\u201321 were frozen.", [("2020", "2020"), ("21", "2021")]),
        ("Ticket sales for the 2017/18 campaign fell.", [("2017", "2017"), ("18", "2018")]),
        ("Spending rose between 1994-2002 under two governments.", [("1994", "1994"), ("2002", "2002")]),
        # two digits that cannot close a span are a month, or nothing: no year at all
        ("The file was dated 2016-03 in the archive.", []),
    ],
)
def test_spans_of_years_mark_both_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attendance is down on this time last year.", [("this time last year", "2018")]),
        ("By this time next year the line should be open.", [("this time next year", "2020")]),
        ("Orders were higher at the same time last month.", [("the same time last month", "2019-03")]),
    ],
)
def test_this_time_last_year_is_one_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock in brackets is the same moment in another zone: no bracket in either span, the day is shared
        ("Talks resumed at 9 a.m. (0700 GMT) on Monday.",
         [("9 a.m.", "2019-04-22T09:00"), ("0700 GMT", "2019-04-22T07:00"), ("Monday", "2019-04-22")]),
        ("The shelling stopped at 4 p.m. local time (13:00 GMT).", [("4 p.m. local time", "2019-04-24T16:00"), ("13:00 GMT", "2019-04-24T13:00")]),
        # both ends of a span of hours fall on the day named after it
        ("Polls will be open from 8 a.m. to 6 p.m. on Saturday.",
         [("8 a.m.", "2019-04-27T08:00"), ("6 p.m.", "2019-04-27T18:00"), ("Saturday", "2019-04-27")]),
        ("The curfew begins at 10 p.m, police said.", [("10 p.m", "2019-04-24T22:00")]),
    ],
)
def test_clock_times_in_brackets_and_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exercises were held on the 2nd and 3rd of April.", [("2nd", "2019-04-02"), ("3rd of April", "2019-04-03")]),
        ("The festival ran on March 11-13 in the capital.", [("March 11", "2019-03-11"), ("13", "2019-03-13")]),
        ("Voting took place on 14\u201316 February.", [("14", "2019-02-14"), ("16 February", "2019-02-16")]),
        # a score or a falling pair is no span of days
        ("On March 5 3-1 was the final score.", [("March 5", "2019-03-05")]),
    ],
)
def test_days_of_one_month_coordinated_or_spanned(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The generator failed at three in the morning.", [("three in the morning", "TIME", "2019-04-24T03:00")]),
        ("Bars must close by 11 at night.", [("11 at night", "TIME", "2019-04-24T23:00")]),
        ("Shops reopened at 4:30 in the afternoon.", [("4:30 in the afternoon", "TIME", "2019-04-24T16:30")]),
        # with no word of time before it, a number is a count of the morning's dead, not an hour
        ("Gunmen killed 7 in the morning raid.", [("the morning", "TIME", "2019-04-24TMO")]),
    ],
)
def test_an_hour_told_by_the_part_of_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag_times(text, DCT)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hearings were held on May 6 and 7, 2014 in The Hague.", [("May 6", "2014-05-06"), ("7, 2014", "2014-05-07")]),
        ("The fair ran from October 1st to 5th, 2016.", [("October 1st", "2016-10-01"), ("5th, 2016", "2016-10-05")]),
        ("Strikes closed the port on July 8-10, 2017.", [("July 8", "2017-07-08"), ("10, 2017", "2017-07-10")]),
    ],
)
def test_a_year_after_two_days_dates_both(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span that crosses the new year: the start, named without a year, is the year before the end
        ("The festival ran from Dec. 28 to Jan. 3.", [("Dec. 28", "2018-12-28"), ("Jan. 3", "2019-01-03")]),
        ("The inquiry heard evidence on June 20-July 10, officials said.", [("June 20", "2018-06-20"), ("July 10", "2018-07-10")]),
    ],
)
def test_a_span_of_days_starts_before_it_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_clock_takes_the_day_of_a_part_of_the_day_after_it() -> None:
    assert values("Shots were heard at 10 p.m. Saturday night.") == [("10 p.m.", "2019-04-20T22:00"), ("Saturday night", "2019-04-20TNI")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "following" without "the" is a preposition: the weekday is told on its own
        ("Riots broke out following Saturday's verdict.", [("Saturday", "2019-04-20")]),
        ("The panel met on Monday 15 April and again the following Thursday.",
         [("Monday 15 April", "2019-04-15"), ("the following Thursday", "2019-04-18")]),
    ],
)
def test_following_a_weekday_is_a_preposition_without_the(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count with a singular unit modifies the noun after it: "the" is the noun's, as with "the four-year term"
        ("Critics attacked the four year plan.", [("four year", "DURATION", "P4Y")]),
        ("The six month review found no fault.", [("six month", "DURATION", "P6M")]),
        ("The three weeks of talks failed.", [("The three weeks", "DURATION", "P3W")]),
    ],
)
def test_the_stays_with_the_noun_a_duration_modifies(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag_times(text, DCT)] == expected


def test_the_early_morning_hours_of_a_day_are_that_days_morning() -> None:
    assert values("Two guards were hurt in the early morning hours of March 30.") == [("the early morning hours of March 30", "2019-03-30TMO")]


@pytest.mark.parametrize(
    "text",
    ["The new port is a quarter the size of the old one.", "Nearly a quarter of the workforce went on strike."],
)
def test_a_quarter_as_a_share_is_no_time(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 24-hour clock with no zone after a word of time is still an hour
        ("The truce took effect at 00:01 on Monday.", [("00:01", "2019-04-22T00:01"), ("Monday", "2019-04-22")]),
        ("The ban runs from 22:00 until 05:00.", [("22:00", "2019-04-24T22:00"), ("05:00", "2019-04-24T05:00")]),
        # with no such word, two numbers by a colon may be a score or a ratio
        ("The vote went 12:3 against the motion.", []),
    ],
)
def test_a_bare_24_hour_clock_after_a_word_of_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_quarter_million_is_a_number() -> None:
    assert values("About a quarter million refugees crossed the border.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum opens from 10-4 p.m. today.", [("10", "2019-04-24T10:00"), ("4 p.m. today", "2019-04-24T16:00")]),
        ("Queues formed between 6 and 8 a.m.", [("6", "2019-04-24T06:00"), ("8 a.m.", "2019-04-24T08:00")]),
        ("Counting ran from 8:30 to 11 pm.", [("8:30", "2019-04-24T20:30"), ("11 pm", "2019-04-24T23:00")]),
    ],
)
def test_the_first_hour_of_a_span_takes_the_meridiem_after_the_last(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_an_island_named_after_a_holiday_is_a_place() -> None:
    assert values("Migrants held on Christmas Island were moved.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the Berlin Christmas market attack, people changed.", []),
        ("He spoke at a Christmas fundraising raffle.", []),
        ("Children searched for Easter eggs.", []),
        ("They met before Christmas.", [("Christmas", "2018-12-25")]),
        ("The Christmas holidays were quiet.", [("Christmas", "2018-12-25")]),
    ],
)
def test_a_holiday_that_names_a_kind_of_thing_dates_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_an_hour_of_a_part_of_a_named_day_takes_that_day() -> None:
    assert values("Shelling began at 11 at night of 2 March 2016.") == [("11 at night", "2016-03-02T23:00"), ("2 March 2016", "2016-03-02")]


def test_both_ends_of_a_span_of_24_hour_clocks() -> None:
    assert values("Roads stay shut between 21:00 and 06:00.") == [("21:00", "2019-04-24T21:00"), ("06:00", "2019-04-24T06:00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He arrived a week or so ago.", ("a week or so ago", "DATE", "2019-W16")),
        ("Rates will stay low for the next two years or so.", ("the next two years or so", "DURATION", "P2Y")),
        ("The fighting lasted a day or so.", ("a day or so", "DURATION", "P1D")),
    ],
)
def test_or_so_belongs_to_the_amount_it_hedges(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


def test_or_so_after_a_word_that_is_no_unit_stays_outside() -> None:
    assert values("He left in 2015 or so.") == [("2015", "2015")]
