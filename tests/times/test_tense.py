"""Direction of bare weekdays and months: from the parse when given, else from nearby words."""

from __future__ import annotations

from datetime import date

import pytest

from sanderling.times import tag_times
from sanderling.times.tense import lexical_direction

DCT = date(2019, 4, 24)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two leaders met on Friday.", "past"),
        ("The two leaders will meet on Friday.", "future"),
        ("Kim is due to arrive on Friday.", "future"),
        ("Kim was due to arrive on Friday.", "past"),
        ("Officials said on Friday the talks had failed.", "past"),
        ("The group could leave as soon as Friday.", "future"),
        ("A vote on Friday", None),
        # With no tense word near, a purpose or a condition looks ahead.
        ("The proposals will be sent to the three leaders to approve on Friday.", "future"),
        ("If the opposition wins on Friday, the president must resign.", "future"),
        ("Rebels returned to the town on Friday.", "past"),
        ("Asked if the leaders met on Friday, he declined to answer.", "past"),
    ],
)
def test_lexical_cues(sentence: str, expected: str | None) -> None:
    start = sentence.index("Friday")
    assert lexical_direction(sentence, start, start + 6) == expected


def test_cues_do_not_cross_sentences() -> None:
    text = "He will go. Talks opened on Friday."
    start = text.index("Friday")
    assert lexical_direction(text, start, start + 6) == "past"


def test_seasons_follow_the_calendar() -> None:
    assert [t.value for t in tag_times("It snowed last winter.", date(2019, 1, 10))] == ["2017-WI"]
    assert [t.value for t in tag_times("This winter is cold.", date(2019, 1, 10))] == ["2018-WI"]
    assert [t.value for t in tag_times("Talks were held in the autumn.", date(2019, 7, 10))] == ["2018-FA"]


def test_holidays_and_years_in_words() -> None:
    found = tag_times("Easter was quiet. He was born in nineteen ninety-six.", DCT)
    assert [(t.text, t.value) for t in found] == [("Easter", "2019-04-21"), ("nineteen ninety-six", "1996")]
    assert tag_times("They met on Christmas Day.", DCT)[0].value == "2018-12-25"


@pytest.mark.slow
def test_parse_decides_tense_when_given() -> None:
    from sanderling.parse import load_nlp

    nlp = load_nlp()
    for text, expected in [("The summit, which will open on Friday, is in Hanoi.", "2019-04-26"),
                           ("Pompeo, who arrived on Friday, met Kim.", "2019-04-19"),
                           ("Elections will be held in February.", "2020-02"),
                           ("The film is released on Friday.", "2019-04-26"),
                           ("The leaders are meeting on Friday.", "2019-04-26"),
                           # a deferral looks ahead whatever the tense of the verb that defers
                           ("The conference was put on hold until at least February.", "2020-02")]:
        found = tag_times(text, DCT, doc=nlp(text))
        assert [t.value for t in found] == [expected], text


@pytest.mark.parametrize(
    "sentence",
    ["The bonus will be paid on an unrelated date in January.",
     "The shares will be sold at a still undisclosed price in January.",
     "The plant will reopen with the newly trained staff in January."],
)
def test_an_ed_word_after_a_determiner_is_an_adjective_not_a_past_verb(sentence: str) -> None:
    start = sentence.index("January")
    assert lexical_direction(sentence, start, start + 7) == "future"
    assert tag_times(sentence, date(2019, 10, 24))[0].value == "2020-01"


def test_a_past_ed_verb_still_counts() -> None:
    sentence = "The firm reported a loss in January."
    start = sentence.index("January")
    assert lexical_direction(sentence, start, start + 7) == "past"


@pytest.mark.slow
def test_nearby_words_decide_before_the_parse() -> None:
    from sanderling.parse import load_nlp

    nlp = load_nlp()
    # The parse takes its tense from "planned" and looks ahead; the clause is told in the past ("was cancelled").
    text = "A memorial planned for Saturday was cancelled."
    assert [t.value for t in tag_times(text, DCT, doc=nlp(text))] == ["2019-04-20"]
    # In December a year's end told in the past is still this year's.
    text = "Senators said the bill should not be in year-end spending measures."
    assert [t.value for t in tag_times(text, date(2018, 12, 19), doc=nlp(text))] == ["2018"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Friday, hundreds of farmers from the villages along the northern stretch of the river blocked the main road.", "past"),
        ("On Friday, delegates from more than forty countries across Africa, Asia and the Pacific islands will gather in Nairobi.", "future"),
    ],
)
def test_a_fronted_time_waits_for_a_late_main_verb(sentence: str, expected: str) -> None:
    assert lexical_direction(sentence, 3, 9) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The curfew is expected to last until Friday.", "future"),
        ("The ceasefire will last until Friday.", "future"),
        ("The ceasefire did not last until Friday.", "past"),
    ],
)
def test_last_as_a_verb_says_nothing_of_the_past(sentence: str, expected: str) -> None:
    start = sentence.index("Friday")
    assert lexical_direction(sentence, start, start + 6) == expected


@pytest.mark.parametrize(
    "text",
    ["NAIROBI, April 23 (Reuters) - Talks on the new constitution resume.", "Lagos, April 23 - The strike goes on."],
)
def test_a_dateline_dates_the_writing_not_the_future(text: str) -> None:
    found = tag_times(text, DCT)
    assert [(t.text, t.value) for t in found][:1] == [("April 23", "2019-04-23")]
    start = text.index("April")
    assert lexical_direction(text, start, start + 8) == "past"


def test_a_relative_clause_in_the_subject_does_not_set_the_tense() -> None:
    sentence = "On Friday, the speaker of the assembly, who will stand down in the autumn, said the vote was void."
    assert lexical_direction(sentence, 3, 9) == "past"


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, Dr. Okafor closed the clinic.",
        "On Tuesday, Gen. Haftar's forces shelled the airport.",
    ],
)
def test_the_full_stop_of_a_title_ends_no_sentence(sentence: str) -> None:
    start = sentence.index("Tuesday")
    assert lexical_direction(sentence, start, start + len("Tuesday")) == "past"


def test_earlier_on_a_weekday_looks_back() -> None:
    # a Friday: with no verb to go by, "earlier" alone says the Saturday is behind
    text = "Earlier on Saturday a spokeswoman for the ministry"
    assert [(t.text, t.value) for t in tag_times(text, date(2018, 12, 28))] == [("Saturday", "2018-12-22")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Judges on Tuesday upheld a plan to close the camp.", "past"),
        ("A landslide swept away the village on Tuesday.", "past"),
        ("The appeal will go ahead when the case is heard on Tuesday.", "future"),
    ],
)
def test_irregular_pasts_and_present_passives(sentence: str, expected: str) -> None:
    start = sentence.index("Tuesday")
    assert lexical_direction(sentence, start, start + len("Tuesday")) == expected


def test_an_adverb_inside_a_future_passive_keeps_it_future() -> None:
    sentence = "The league said the club will be officially dissolved on Tuesday."
    start = sentence.index("Tuesday")
    assert lexical_direction(sentence, start, start + len("Tuesday")) == "future"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Tuesday the health ministry announced that clinics would reopen.", "past"),
        ("In July the regional assembly will choose a new speaker.", "future"),
    ],
)
def test_a_sentence_opening_time_without_a_comma_takes_the_main_verb(sentence: str, expected: str) -> None:
    word = sentence.split()[1]
    start = sentence.index(word)
    assert lexical_direction(sentence, start, start + len(word)) == expected


@pytest.mark.slow
def test_parse_reads_purposes_and_conditions_ahead() -> None:
    from sanderling.parse import load_nlp
    from sanderling.times.tense import parsed_direction

    nlp = load_nlp()
    for text, word, expected in [
        # the purpose takes the tense of what it serves
        ("Recommendations will be sent to the leaders to approve on Friday.", "Friday", "future"),
        ("Recommendations were sent to the leaders to approve on Friday.", "Friday", "past"),
        # a present tense after "if" tells what may yet come
        ("If he gets his way in Sunday's polls, he is likely to win.", "Sunday", "future"),
    ]:
        start = text.index(word)
        assert parsed_direction(nlp(text), start, start + len(word)) == expected, text
