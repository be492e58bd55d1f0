"""Value rules added from training-set error analysis: each a general convention of English news."""

from __future__ import annotations

from datetime import date

from sanderling.times import tag_times
from sanderling.times.tense import lexical_direction

DCT = date(1989, 11, 2)


def values(text: str, published: date = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_times(text, published)]


def test_a_year_ago_in_a_quarterly_report_is_the_same_quarter() -> None:
    text = ("The company posted third-quarter net income of $5 million, "
            "up from $3 million a year ago. Sales rose from a year ago.")
    found = values(text)
    assert found[0] == ("third-quarter", "DATE", "1989-Q3")
    assert found[1:] == [("a year ago", "DATE", "1988-Q3"), ("a year ago", "DATE", "1988-Q3")]


def test_a_year_ago_without_a_quarter_is_the_year() -> None:
    assert values("He joined the firm a year ago.") == [("a year ago", "DATE", "1988")]


def test_the_year_period_takes_the_story_quarter() -> None:
    text = "Third-quarter profit rose. In the 1988 period, the company earned $20 million."
    assert values(text)[-1] == ("the 1988 period", "DATE", "1988-Q3")


def test_a_year_followed_by_a_singular_unit_is_no_duration() -> None:
    found = values("Earnings fell from the 1988 quarter.")
    assert all(t != "DURATION" for _, t, _ in found)
    assert ("1988", "DATE", "1988") in found


def test_next_to_is_a_place_not_a_future_cue() -> None:
    text = "Bombs exploded next to the embassies in Kenya on Friday."
    start = text.index("Friday")
    assert lexical_direction(text, start, start + 6) == "past"
    assert values(text, date(1998, 8, 8)) == [("Friday", "DATE", "1998-08-07")]


def test_passive_infinitive_looks_ahead() -> None:
    text = "He added that a ceremony would still be held at the summit on April 24."
    start = text.index("April")
    assert lexical_direction(text, start, start + 8) == "future"
    assert values(text, date(1999, 2, 10)) == [("April 24", "DATE", "1999-04-24")]


def test_could_be_located_reads_past() -> None:
    text = "Neither he nor his grandparents could be located Wednesday in their hometown."
    assert values(text, date(2000, 1, 6)) == [("Wednesday", "DATE", "2000-01-05")]


def test_would_looks_ahead() -> None:
    text = "Craig announced that the father would be traveling to the United States Thursday."
    assert values(text, date(2000, 4, 5)) == [("Thursday", "DATE", "2000-04-06")]


def test_a_sentence_break_just_before_the_expression_ends_the_clause() -> None:
    text = "The offer would give McCaw control. Over the weekend, McCaw continued to call for an auction."
    start = text.index("Over")
    assert lexical_direction(text, start, start + len("Over the weekend")) == "past"


def test_possessive_weekday_ignores_the_clause_tense() -> None:
    text = "His relatives said they would look for ways to get around Wednesday's ruling."
    assert values(text, date(2000, 1, 7)) == [("Wednesday", "DATE", "2000-01-05")]


def test_last_fall_followed_by_a_preposition_is_the_season() -> None:
    assert values("He shot the doctor last fall in his home.", date(1999, 6, 7)) == [("last fall", "DATE", "1998-FA")]
    assert values("There was a fall in prices.", date(1999, 6, 7)) == []


def test_hyphenated_durations() -> None:
    assert values("Albright began a one-day trip.") == [("one-day", "DURATION", "P1D")]
    assert values("It is a decades-long battle.") == [("decades-long", "DURATION", "PXY")]
    assert values("One day he will return.") == []


def test_late_weekday_keeps_its_modifier() -> None:
    assert values("Police said late Thursday that two died.", date(2013, 3, 22)) == [("late Thursday", "DATE", "2013-03-21")]


def test_four_digit_clock_with_local_time() -> None:
    found = values("Markets opened at 0900 local time (0800 GMT).", date(2013, 3, 22))
    assert found == [("0900 local time", "TIME", "2013-03-22T09:00"), ("0800 GMT", "TIME", "2013-03-22T08:00")]


def test_present_tense_schedule_verbs_look_ahead() -> None:
    assert values("The trial resumes on Monday.", date(2013, 3, 22)) == [("Monday", "DATE", "2013-03-25")]


def test_possessive_weekday_in_a_past_clause_is_the_last_one() -> None:
    assert values("Turnout in Saturday's vote was low.", date(2013, 3, 22)) == [("Saturday", "DATE", "2013-03-16")]


def test_season_span_of_years_is_no_duration() -> None:
    assert all(t != "DURATION" for _, t, _ in values("The 2013-14 season starts soon.", date(2013, 3, 22)))


def test_the_night_as_a_stretch_is_not_tagged() -> None:
    assert values("He spent the night in jail.", date(2013, 3, 22)) == []
    assert values("They met that night.", date(2013, 3, 22)) == [("that night", "TIME", "2013-03-22TNI")]


def test_the_year_earlier_period_keeps_its_determiner() -> None:
    text = "Third-quarter profit rose, compared with the year-earlier period."
    assert values(text)[-1] == ("the year-earlier period", "DATE", "1988-Q3")


def test_a_year_ago_compares_and_leaves_the_story_year() -> None:
    text = "Output rose 5% from a year ago. Costs climbed compared with a year earlier."
    assert values(text, date(2019, 10, 24)) == [("a year ago", "DATE", "2018"), ("a year earlier", "DATE", "2018")]


def test_a_few_days_ago_still_moves_the_story() -> None:
    text = "Three days ago, rebels seized the town. Two days later, troops retook it."
    assert [v for _, _, v in values(text, date(2019, 10, 24))] == ["2019-10-21", "2019-10-23"]


def test_year_earlier_levels_leave_the_story_quarter() -> None:
    text = "Third-quarter sales rose from year-earlier levels. Profit in the latest period rose from a year earlier."
    found = values(text, date(2019, 10, 24))
    assert ("the latest period", "DATE", "2019-Q3") in found
    assert found[-1] == ("a year earlier", "DATE", "2018-Q3")


def test_overnight_is_the_night_before_the_story_day() -> None:
    assert values("Rebels shelled the town overnight, officials said.", date(2013, 3, 6)) == [("overnight", "TIME", "2013-03-05TNI")]
    assert values("Talks will go on overnight.", date(2013, 3, 6)) == [("overnight", "TIME", "2013-03-06TNI")]
    found = values("On Friday shares fell after overnight losses in Tokyo.", date(2013, 3, 6))
    assert found[-1] == ("overnight", "TIME", "2013-02-28TNI")


def test_the_following_weekday_keeps_its_article_and_counts_from_the_story_day() -> None:
    found = values("The talks opened on March 1, 2013. The following Monday, both sides walked out.", date(2013, 3, 20))
    assert found[-1] == ("The following Monday", "DATE", "2013-03-04")
    found = values("Shares closed on Friday 2% below the previous Friday.", date(2013, 3, 11))
    assert found[-1] == ("the previous Friday", "DATE", "2013-03-01")


def test_then_current_looks_back() -> None:
    assert values("Holders could buy shares at the then current price.") == [("then current", "DATE", "PAST_REF")]
    assert values("The then-current chairman resigned.") == [("then-current", "DATE", "PAST_REF")]
    assert values("The current chairman resigned.") == [("current", "DATE", "PRESENT_REF")]


def test_the_day_before_in_apposition_to_a_date_is_that_date() -> None:
    found = values("Shares peaked on Oct. 12, the day before the crash.", date(2013, 10, 20))
    assert found == [("Oct. 12", "DATE", "2013-10-12"), ("the day", "DATE", "2013-10-12")]
    found = values("He arrived on Oct. 12. The day before the vote, he left.", date(2013, 10, 20))
    assert found[-1] == ("The day", "DATE", "2013-10-11")


def test_a_period_set_beside_the_story_does_not_move_its_time() -> None:
    text = ("The maker posted a gain in third-quarter profit. After a weak second quarter, sales recovered. "
            "Costs were lower than in the year-earlier period.")
    assert values(text)[-1] == ("the year-earlier period", "DATE", "1988-Q3")
    # "Eight days after Oct. 12, the day before ...": counting from a date is no comparison.
    found = values("Eight trading days after Oct. 12, the day before the plunge, the index recovered.")
    assert found[-1] == ("the day", "DATE", "1989-10-12")


def test_a_month_with_no_tense_to_go_by_is_a_recent_past_one() -> None:
    # Published 30 Oct 1989: March is seven months back, farther than next March, but news looks back.
    text = "The stock's low for the year, $29.75 in March, compares with a high of $42 in June."
    assert values(text, date(1989, 10, 30))[0] == ("March", "DATE", "1989-03")
    # Next month is nearer than eleven months back.
    assert values("The stock's low, $29.75 in December, compares with $42 now.", date(1989, 10, 30))[0] == ("December", "DATE", "1989-12")


def test_the_week_of_a_date_is_that_calendar_week() -> None:
    assert values("The case may be heard the week of March 6.", date(2000, 2, 24)) == [("the week of March 6", "DATE", "2000-W10")]


def test_what_is_put_off_until_a_weekday_lies_ahead() -> None:
    found = values("Officials postponed until Tuesday any action on the case.", date(2000, 3, 30))
    assert found == [("Tuesday", "DATE", "2000-04-04")]
    assert values("The two leaders meet Monday in London.", date(1998, 5, 1)) == [("Monday", "DATE", "1998-05-04")]


def test_a_time_something_lasts_until_or_is_due_lies_ahead_without_a_past_tense() -> None:
    published = date(2013, 3, 20)  # a Wednesday
    assert values("Cyprus has until Monday to raise the money.", published) == [("Monday", "DATE", "2013-03-25")]
    assert values("The deadline is Monday.", published) == [("Monday", "DATE", "2013-03-25")]
    # A past tense near still points back.
    assert values("The bank stayed shut until Monday.", published) == [("Monday", "DATE", "2013-03-18")]


def test_a_time_granted_lies_ahead_of_the_granting() -> None:
    # A bare month read as past would go back to last year's.
    found = values("The court gave the company until mid-November to pay.", date(1989, 10, 20))
    assert found == [("mid-November", "DATE", "1989-11")]
    found = values("The banks extended the loans through January.", date(1989, 12, 5))
    assert found == [("January", "DATE", "1990-01")]
    # A state that lasted through a month is still past.
    assert values("The fighting lasted through January.", date(1990, 3, 5)) == [("January", "DATE", "1990-01")]


def test_a_time_later_than_a_past_one_is_no_later_than_the_telling() -> None:
    text = "They fled the assault in January. Six months later, the family remain in nearby villages."
    assert values(text, date(2018, 6, 7))[-1] == ("Six months later", "DATE", "2018-06")
    # Counted from a time still ahead, it may lie ahead too.
    text = "The summit opens on 18 November; talks are due to resume in Geneva 10 days later."
    assert values(text, date(2017, 11, 1))[-1] == ("10 days later", "DATE", "2017-11-28")


def test_later_in_the_day_is_the_day_the_story_is_on() -> None:
    found = values("Police fired tear gas on Monday. Later in the day, protesters returned.", date(2000, 1, 6))
    assert found == [("Monday", "DATE", "2000-01-03"), ("the day", "DATE", "2000-01-03")]


def test_a_day_number_coordinated_with_a_date_is_a_day_of_that_month() -> None:
    found = values("The summit will be held on April 24 and 25 in Washington.", date(1999, 2, 10))
    assert found == [("April 24", "DATE", "1999-04-24"), ("25", "DATE", "1999-04-25")]
    # A count after a date is no day.
    assert values("Polls closed on May 5 and 12 people died.", date(1999, 6, 1)) == [("May 5", "DATE", "1999-05-05")]


def test_earlier_in_the_year_is_the_story_year_not_its_quarter() -> None:
    found = values("Third-quarter sales rose. Herbicide use was delayed earlier in the year by heavy rains.", date(1989, 10, 26))
    assert found[-1] == ("earlier in the year", "DATE", "1989")
    assert values("For the year, volume was flat.", date(1989, 10, 26)) == []


def test_the_day_after_which_things_happen_is_still_the_storys_day() -> None:
    found = values("Talks began on April 2. After Monday's talks, the two sides met again the next day.", date(2019, 4, 24))
    assert found[-1] == ("the next day", "DATE", "2019-04-23")


def test_a_year_told_by_its_end_is_a_span_of_a_year() -> None:
    found = values("The chain earned $3 million in the fiscal year ended Jan. 31.", date(1990, 3, 5))
    assert found[0] == ("the fiscal year", "DURATION", "P1Y")
    found = values("Sales for the year ending June 30 are expected to fall.", date(1990, 3, 5))
    assert found[0] == ("the year", "DURATION", "P1Y")
    # Without its end, the year is not an expression of its own.
    assert values("Sales for the year are expected to fall.", date(1990, 3, 5)) == []


def test_a_years_end_in_the_past_is_last_years_and_ahead_is_this_years() -> None:
    published = date(2013, 3, 22)
    assert values("Troops will leave by year's end.", published) == [("year's end", "DATE", "2013")]
    assert values("Profits rose at year-end.", published) == [("year-end", "DATE", "2012")]
    assert values("Sales are weak at year end.", published) == [("year end", "DATE", "2013")]


def test_a_span_of_months_starts_before_it_ends() -> None:
    published = date(2019, 4, 10)
    found = values("Fighting raged from May to September, officials said.", published)
    assert found == [("May", "DATE", "2018-05"), ("September", "DATE", "2018-09")]
    found = values("Between May and September last year, prices rose.", published)
    assert found[0] == ("May", "DATE", "2018-05")
    # A span already in order is left alone, and so is a start that names its year.
    assert values("Roads were closed from October to March.", published) == [
        ("October", "DATE", "2018-10"), ("March", "DATE", "2019-03")]
    assert values("Prices rose from May 2019 to September.", published)[0] == ("May 2019", "DATE", "2019-05")


def test_a_holiday_beside_a_full_date_is_that_years() -> None:
    found = values("It was a hot morning on Saturday 31 August 2013 - Labor Day weekend - when the president spoke.",
                   date(2018, 2, 10))
    assert found[1] == ("Labor Day", "DATE", "2013-09-02")


def test_a_holiday_takes_the_readers_tense() -> None:
    assert values("He celebrated New Year's Day at home.", date(2018, 12, 21)) == [("New Year's Day", "DATE", "2018-01-01")]
    assert values("Shops were busy before Christmas.", date(2019, 3, 2)) == [("Christmas", "DATE", "2018-12-25")]


def test_months_counted_from_a_story_year_stay_in_about_that_year() -> None:
    published = date(2019, 1, 10)
    found = values("The family arrived in the UK in 2015. They had registered with the UN six months earlier.", published)
    assert found[-1] == ("six months earlier", "DATE", "2015")
    found = values("The city fell in 2016. Eighteen months later the army returned.", published)
    assert found[-1] == ("Eighteen months later", "DATE", "2017")


def test_a_day_told_with_last_or_this_year_keeps_its_day() -> None:
    published = date(2018, 6, 20)
    assert values("He left for Iraq on 18 August last year.", published) == [("18 August last year", "DATE", "2017-08-18")]
    assert values("On August 18 last year, he left.", published) == [("August 18 last year", "DATE", "2017-08-18")]
    assert values("The deal ends on March 3 next year.", published) == [("March 3 next year", "DATE", "2019-03-03")]


def test_a_day_before_a_number_is_not_cut_from_its_month() -> None:
    found = values("On 16 and 17 July 36 civilians were killed.", date(2018, 6, 20))
    assert found == [("16", "DATE", "2017-07-16"), ("17 July", "DATE", "2017-07-17")]  # killed: last July
    assert values("The talks are on 29-30 January.", date(2018, 1, 2)) == [
        ("29", "DATE", "2018-01-29"), ("30 January", "DATE", "2018-01-30")]
    # A number that is no day is left alone.
    assert values("Prices rose 3.5 to 4 March.", date(2018, 1, 2))[0][0] == "4 March"


def test_a_plan_keeps_its_direction_past_a_negation_or_adverb() -> None:
    published = date(2018, 4, 12)  # a Thursday
    assert values("They are not due to visit the site until Saturday.", published) == [("Saturday", "DATE", "2018-04-14")]
    assert values("The talks were originally scheduled for Tuesday.", published) == [("Tuesday", "DATE", "2018-04-10")]


def test_weeklong_earlier_in_the_week_and_the_new_year() -> None:
    published = date(2018, 12, 21)
    assert values("The weeklong siege ended.", published) == [("weeklong", "DURATION", "P1W")]
    assert values("Earlier in the week, a deal appeared close.", published) == [("Earlier in the week", "DATE", "2018-W51")]
    assert values("The government is funded into the new year.", published) == [("the new year", "DATE", "2019")]
    assert values("The week was busy.", published) == []


def test_a_daily_newspaper_is_no_frequency() -> None:
    published = date(2018, 12, 21)
    assert values("He told the Daily Beast about it.", published) == []
    assert values("The business daily Kommersant reported it.", published) == []
    assert values("Prices are checked daily.", published) == [("daily", "SET", "P1D")]
    assert values("Daily, the queue grows.", published) == [("Daily", "SET", "P1D")]


def test_bare_units_before_an_event_are_a_vague_span() -> None:
    published = date(2018, 12, 21)
    assert values("The strike came days after the vote.", published) == [("days", "DURATION", "PXD")]
    assert values("Decades of frustration exploded.", published) == [("Decades", "DURATION", "PXY")]
    # Not a span: parts of a day, ages, calendar words, and units already counted.
    assert values("Police came in the early hours of Friday.", published) == [("Friday", "DATE", "2018-12-21")]
    assert values("The boy is 12 years of age.", published) == []
    assert values("He named the days of the week.", published) == []
    assert values("The cost of three days of talks rose.", published) == [("three days", "DURATION", "P3D")]


def test_a_named_part_of_a_month_or_year_is_one_expression() -> None:
    published = date(2017, 9, 21)
    assert values("Bombings came in the first week of August.", published) == [("the first week of August", "DATE", "2017-W31")]
    assert values("In the last week of March, talks failed.", published) == [("the last week of March", "DATE", "2017-W13")]
    assert values("In the final days of 2016, Aleppo fell.", published) == [("the final days of 2016", "DATE", "2016")]


def test_offsets_before_and_later() -> None:
    published = date(2018, 12, 21)
    assert values("Obama backed down two years before.", published) == [("two years before", "DATE", "2016")]
    assert values("The talks will resume 24 hours later.", published) == [("24 hours later", "DATE", "2018-12-22")]
    # Told in the past, "later" cannot run past the publication date: only its direction is known.
    assert values("Two weeks later, she was killed.", published) == [("Two weeks later", "DATE", "PAST_REF")]
    # Counted from a date the story has told, it is that date's offset, whatever the tense.
    found = values("A congress opens in Sochi on 18 November. UN-brokered talks resume in Geneva 10 days later.",
                   date(2017, 11, 2))
    assert found[-1] == ("10 days later", "DATE", "2017-11-28")
    # "before" an event is a span before it.
    assert values("The war began two years before the treaty.", published) == [("two years", "DURATION", "P2Y")]


def test_the_next_day_or_year_of_a_story_told_to_the_year() -> None:
    published = date(2018, 12, 30)
    found = values("I went to Syria some time in 2012. It was not until early the next year that my unit swore allegiance.", published)
    assert found[-1] == ("early the next year", "DATE", "2013")
    found = values("When they left in 2014, we were afraid. The next day my sister came.", published)
    assert found[-1] == ("The next day", "DATE", "2014")
    # A day named since keeps its own next day.
    found = values("They left on 3 March 2014. The next day my sister came.", published)
    assert found[-1] == ("The next day", "DATE", "2014-03-04")


def test_weekdays_together() -> None:
    # Told on a Wednesday: "next week" holds both days.
    found = values("They will hold talks in Vienna on Thursday and Friday next week.", date(2018, 1, 17))
    assert found[:2] == [("Thursday", "DATE", "2018-01-25"), ("Friday", "DATE", "2018-01-26")]
    # A pair of days is a short span in reading order ...
    found = values("The congress, meeting on Monday and Tuesday, will be boycotted.", date(2018, 1, 28))
    assert found == [("Monday", "DATE", "2018-01-29"), ("Tuesday", "DATE", "2018-01-30")]
    # ... unless it lists days already close together, latest first.
    found = values("In statements made Friday and Thursday, aides denied it.", date(1998, 2, 6))
    assert found == [("Friday", "DATE", "1998-02-06"), ("Thursday", "DATE", "1998-02-05")]


def test_decades_of_two_digits() -> None:
    published = date(2018, 4, 19)
    assert values("In the early 90s it fell.", published) == [("the early 90s", "DATE", "199")]
    assert values("From the mid-90s on it rose.", published) == [("the mid-90s", "DATE", "199")]
    # Ages and bare plural numbers are no decades.
    assert values("She is in her early 80s.", published) == []
    assert values("Sales of 80s music rose.", published) == []


def test_spring_and_autumn_after_a_preposition() -> None:
    published = date(2018, 12, 29)
    assert values("They struck a deal in spring.", published) == [("spring", "DATE", "2018-SP")]
    assert values("By autumn their savings were gone.", published) == [("autumn", "DATE", "2018-FA")]
    assert values("He had a spring in his step.", published) == []
    assert values("Prices rose in fall.", published) == []


def test_a_time_inside_an_intention_lies_ahead() -> None:
    published = date(2018, 12, 29)
    assert values("He had planned to leave in February.", published) == [("February", "DATE", "2019-02")]
    # A time set before the intention is not inside it, and "agreed to" more often takes a noun.
    assert values("On Friday, the government planned to pay the claims.", published) == [("Friday", "DATE", "2018-12-28")]
    assert values("The rebels agreed to a truce on Friday.", published) == [("Friday", "DATE", "2018-12-28")]


def test_a_month_of_the_storys_year_and_more_shapes_of_amounts() -> None:
    published = date(2018, 12, 29)
    found = values("From late 2014 until her capture in May the following year, she hid.", published)
    assert found[-1] == ("May the following year", "DATE", "2015-05")
    assert values("MPs met in 2013. They voted in August that year.", published)[-1] == ("August that year", "DATE", "2013-08")
    assert values("It ends by the end of the 21st century.", published) == [("the end of the 21st century", "DATE", "20")]
    assert values("It was a seven-and-a-half year sentence.", published) == [("seven-and-a-half year", "DURATION", "P7Y6M")]
    assert values("After seven and a-half years of war.", published) == [("seven and a-half years", "DURATION", "P7Y6M")]


def test_us_time_zones_belong_to_the_clock_time() -> None:
    published = date(2013, 3, 20)
    assert values("The speech is at 8:30 p.m. ET.", published) == [("8:30 p.m. ET", "TIME", "2013-03-20T20:30")]
    assert values("The vote is at noon ET Thursday.", published) == [("noon ET Thursday", "TIME", "2013-03-21T12:00")]


def test_the_verb_last_and_the_morning_of_a_date() -> None:
    published = date(2013, 3, 20)
    assert values("The programme will last a year and a half.", published) == [("a year and a half", "DURATION", "P1Y6M")]
    assert values("In the last three days, 40 died.", published) == [("the last three days", "DURATION", "P3D")]
    assert values("On the morning of March 18, troops moved.", published) == [("the morning of March 18", "TIME", "2013-03-18TMO")]


def test_the_past_before_a_number_is_no_reference() -> None:
    published = date(2013, 3, 20)
    assert values("Over the past three summers, fires raged.", published) == []
    assert values("In the past, it was different.", published) == [("the past", "DATE", "PAST_REF")]


def test_a_month_of_this_year_does_not_hold_the_next_day() -> None:
    found = values("Fighting began in January. The deaths came on the same day that the president spoke.", date(2018, 3, 30))
    assert found[-1] == ("the same day", "DATE", "2018-03-30")


def test_islamic_holidays_and_a_surname() -> None:
    published = date(2013, 9, 20)
    assert values("Muslims began fasting for Ramadan.", published) == [("Ramadan", "DATE", "2013-07-09")]
    assert values("A truce will begin on Eid al-Adha.", published) == [("Eid al-Adha", "DATE", "2013-10-15")]
    assert values("Tariq Ramadan spoke in Paris.", published) == []


def test_smaller_shapes_from_the_second_review() -> None:
    published = date(2018, 6, 20)
    assert values("He died on 25 November.", published) == [("25 November", "DATE", "2017-11-25")]
    assert values("See document S/1612/2018 for details.", published) == []
    assert values("In these past few days, it rained.", published) == [("these past few days", "DURATION", "PXD")]
    assert values("Troops arrived three months earlier than officials believed.", published) == [("three months", "DURATION", "P3M")]
    assert values("For the moment, the world waits.", published) == [("the moment", "DATE", "PRESENT_REF")]
    assert values("Every now and then, shells fall. There is outrage now and again.", published) == []
    assert values("In the past hour, ten died.", published) == [("the past hour", "DURATION", "PT1H")]


def test_the_week_of_the_story_and_an_adjective_in_an_amount() -> None:
    published = date(2019, 2, 17)
    assert values("Men who fled during the week said so.", published) == [("the week", "DATE", "2019-W07")]
    assert values("He had arrived the week before.", published) == [("the week before", "DATE", "2019-W06")]
    # "the day before" ending its clause is one expression; before a clause, "before" opens it.
    assert values("A mine had been found there the day before.", published) == [("the day before", "DATE", "2019-02-16")]
    assert values("He left the day before the town fell.", published) == [("the day", "DATE", "2019-02-16")]
    assert values("It changed over eight long years.", published) == [("eight long years", "DURATION", "P8Y")]
    assert values("Every single day I miss it.", published) == [("Every single day", "SET", "P1D")]


def test_a_holiday_beside_a_date_keeps_the_dates_day_and_the_last_year_of_something() -> None:
    published = date(2018, 2, 10)
    found = values("It was a sunny morning on Saturday 31 August 2013 - Labor Day weekend - when he spoke. "
                   "Ten days earlier, Assad had attacked.", published)
    assert found[-1] == ("Ten days earlier", "DATE", "2013-08-21")
    assert values("Arrests rose in the last year of the Obama presidency.", published) == []


def test_more_frequencies_and_a_preposition_following() -> None:
    published = date(2018, 2, 10)
    assert values("It pays $1bn per annum.", published) == [("per annum", "SET", "P1Y")]
    assert values("Risk rises week by week.", published) == [("week by week", "SET", "P1W")]
    # A count of things per unit is a rate, with or without a figure.
    assert values("A hundred foreign fighters a month still cross.", published) == [("a month", "SET", "P1M")]
    assert values("We do hundreds of interviews a day.", published) == [("a day", "SET", "P1D")]
    assert values("Four flights a week serve the island.", published) == [("a week", "SET", "P1W")]
    assert values("Two ministers resigned a week later.", published)[0][1] == "DATE"
    assert values("They were exhausted following years of war.", published) == [("years", "DURATION", "PXY")]
    assert values("It was weeks away from capture.", published) == [("weeks", "DURATION", "PXW")]


def test_the_period_before_and_what_takes_effect() -> None:
    published = date(2013, 3, 22)
    assert values("The war began in 2011. Sales had fallen the year before.", published)[-1] == ("the year before", "DATE", "2010")
    assert values("The law takes effect on Jan. 1.", published) == [("Jan. 1", "DATE", "2014-01-01")]
    assert values("The ban came into force in January.", published) == [("January", "DATE", "2013-01")]


def test_points_some_time_ahead_and_the_decade_ahead() -> None:
    published = date(2013, 3, 22)
    assert values("The talks resume in two days' time.", published) == [("two days' time", "DATE", "2013-03-24")]
    assert values("It will be finished in a year's time.", published) == [("a year's time", "DATE", "2014")]
    assert values("Over the next decade, costs will rise.", published) == [("the next decade", "DURATION", "P10Y")]
    assert values("In the next decade, costs will rise.", published) == [("the next decade", "DATE", "202")]


def test_a_century_before_christ() -> None:
    assert values("The temple dates from the fifth century BC.", date(2018, 2, 10)) == [("the fifth century BC", "DATE", "BC04")]


def test_a_counted_time_named_outright_is_the_year_named() -> None:
    found = values("Her mother died in 2011. That same year, 2012, her aunt died.", date(2018, 2, 10))
    assert found[1:] == [("That same year", "DATE", "2012"), ("2012", "DATE", "2012")]


def test_days_after_a_coarser_time_count_from_the_last_day_told_within_it() -> None:
    text = ("Troops seized the port on Monday, weeks after a coup last month. "
            "The cabinet had resigned a day earlier.")
    found = values(text, date(2017, 3, 5))
    assert ("a day earlier", "DATE", "2017-02-26") in found
    # a day told outside the story's month is no anchor: the publication date is
    text = "Troops seized the port on Monday. Talks collapsed last month, and envoys had left a day earlier."
    assert ("a day earlier", "DATE", "2017-03-08") in values(text, date(2017, 3, 9))


def test_years_from_now_is_some_time_ahead() -> None:
    """patterns.tsv `vague_ahead`: "years from now" mirrors "years ago"; a counted span keeps its year."""
    assert values("Years from now, historians will judge him.") == [("Years from now", "DATE", "FUTURE_REF")]
    assert values("Two years from now, the plant will close.") == [("Two years from now", "DATE", "1991")]


def test_a_half_of_the_year_told_in_the_past_is_one_that_has_begun() -> None:
    published = date(2013, 3, 22)
    assert values("Growth slowed in the second half of the year.", published) == [("the second half of the year", "DATE", "2012-H2")]
    assert values("Growth will slow in the second half of the year.", published) == [("the second half of the year", "DATE", "2013-H2")]
