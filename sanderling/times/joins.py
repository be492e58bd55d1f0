"""Expressions that belong together once every expression is found: a clock time and its day,
coordinated days of one month, compound amounts ("one year and nine months") and the two ends
of a span of months.

Ranges of amounts ("six to 12 months") are not joined: TimeBank marks some whole, HeidelTime
marks their numbers apart, and joining them whole cost a match on TempEval-3's platinum set,
so the tagger keeps the amount with its unit ("12 months") alone."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sanderling.model import Timex
from sanderling.times.lexicon import lookup
from sanderling.times.years import short_range_end

_PART_OF_A_DAY = re.compile(r"^\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)$")
_CLOCK_DAY_GAP = re.compile(r"^(?P<on>\))?,?\s+(?P<on2>on\s+)?$")
# "from 9 a.m. to 5 p.m. on Friday", "at 6 a.m. (11:00 GMT) on Friday": clocks paired by a range or an
# equivalent in brackets share the day named after the last of them.
_CLOCK_PAIR_GAP = re.compile(r"^\s*(?:and|to|until|till|through|-|\u2013|\()\s*$", re.I)


def join_neighbours(timexes: list[Timex], text: str) -> list[Timex]:
    """All the joins, in an order where each sees the previous one's result."""
    joined = compound_amounts(coordinated_days(merge_clock_with_day(years_spanned(timexes, text), text), text), text)
    return weekdays_together(months_in_order(part_of_a_day(apposed_years(joined, text), text), text), text)


def merge_clock_with_day(timexes: list[Timex], text: str) -> list[Timex]:
    """"3 p.m. Friday" is one TIME, the clock time on that day; in "3pm on Friday" the clock takes Friday's date."""
    merged: list[Timex] = []
    for t in timexes:
        prev = merged[-1] if merged else None
        gap = _CLOCK_DAY_GAP.match(text[prev.end:t.start]) if prev is not None else None
        part_of_day = t.type == "TIME" and _PART_OF_A_DAY.match(t.value) is not None
        if (prev is not None and gap and prev.type == "TIME" and ":" in prev.value
                and (t.type == "DATE" and len(t.value) == 10 or part_of_day)):
            clock = prev.value.split("T", 1)[1]
            if gap["on"] or gap["on2"] or part_of_day:
                # "at 3pm on Friday", "(0735 GMT) Friday", "11 p.m. Monday night": two expressions, the clock on that day
                merged[-1] = Timex(prev.start, prev.end, prev.text, "TIME", f"{t.value[:10]}T{clock}")
            else:
                merged[-1] = Timex(prev.start, t.end, text[prev.start:t.end], "TIME", f"{t.value}T{clock}")
                continue
        merged.append(t)
    return _clock_pairs_share_a_day(first_hour_of_a_span(merged, text), text)


# "from 4-8 p.m.", "between 9 and 11 a.m.": the first hour of a span takes the meridiem written after the last
_FIRST_HOUR = re.compile(
    r"\b(?:from|between)\s+(?P<num>(?P<h>1[0-2]|[1-9])(?:[:.](?P<mi>[0-5]\d))?)\s*(?:-|\u2013|to|and|until|till)\s*$", re.I)
_MERIDIEM = re.compile(r"^(?P<h>1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*(?P<ampm>[ap])\.?m\b", re.I)


def first_hour_of_a_span(timexes: list[Timex], text: str) -> list[Timex]:
    found: list[Timex] = []
    for t in timexes:
        last = _MERIDIEM.match(t.text) if t.type == "TIME" and "T" in t.value else None
        first = _FIRST_HOUR.search(text, max(0, t.start - 20), t.start) if last is not None else None
        if first is not None and last is not None and not (found and found[-1].end > first.start("num")):
            h, end_h = int(first["h"]) % 12, int(last["h"]) % 12
            pm = last["ampm"].lower() == "p"
            hour = h + 12 if pm and h <= end_h else h if pm else (h + 12 if h > end_h else h)
            value = f"{t.value.split('T', 1)[0]}T{hour:02d}:{first['mi'] or '00'}"
            found.append(Timex(first.start("num"), first.end("num"), first["num"], "TIME", value))
        found.append(t)
    return found


def _clock_pairs_share_a_day(timexes: list[Timex], text: str) -> list[Timex]:
    found = list(timexes)
    for i in range(len(found) - 2, -1, -1):
        first, second = found[i], found[i + 1]
        if (first.type == "TIME" and second.type == "TIME" and ":" in first.value and ":" in second.value
                and first.value[:10] != second.value[:10] and second.text[:1].isdigit()
                and not re.search(r"\d{4}|day\b", first.text, re.I)
                and _CLOCK_PAIR_GAP.match(text[first.end:second.start])):
            found[i] = Timex(first.start, first.end, first.text, "TIME", second.value[:10] + first.value[10:])
    return found


_NEXT_DAY_NUMBER = re.compile(
    r"(?:\s+(?:and|or|to|through)\s+(?P<num>(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\b"
    r"(?=\s*(?:[,.;:!?)\]\"'\u201d]|$)|\s+(?:in|at|on|to|when|with|for|and|but|as|after|before|the|is|are|was|were|will|would)\b)"
    # "September 11-14": a dash between two day numbers marks a span, whatever word follows
    r"|\s*[-\u2013]\s*(?P<dnum>(?P<dday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\b(?![-\u2013/.:,]?\d|\s*(?:%|percent|per\s+cent)))",
    re.I,
)


_PREVIOUS_DAY_NUMBER = re.compile(
    r"(?<![\w,.$£€-])(?P<num>(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\s*(?:and|or|to|-|–)\s*$", re.I)


def coordinated_days(timexes: list[Timex], text: str) -> list[Timex]:
    """ "April 24 and 25", "March 3 to 5", "16 and 17 July": the bare number is a day of the same month."""
    found: list[Timex] = []
    year_taken = -1
    for t in timexes:
        if t.start == year_taken:
            continue
        before = _PREVIOUS_DAY_NUMBER.search(text, max(0, t.start - 12), t.start) if t.text[:1].isdigit() else None
        if (t.type == "DATE" and len(t.value) == 10 and before is not None
                and int(before["day"]) < int(t.value[8:]) and not (found and found[-1].end > before.start())):
            value = f"{t.value[:8]}{int(before['day']):02d}"
            found.append(Timex(before.start("num"), before.end("num"), before["num"], "DATE", value))
        found.append(t)
        if t.type != "DATE" or len(t.value) != 10 or not t.text[-1:].isdigit() and not t.text.endswith(("st", "nd", "rd", "th")):
            continue
        m = _NEXT_DAY_NUMBER.match(text, t.end)
        num = "num" if m is not None and m["num"] else "dnum"
        day = int(m["day"] or m["dday"]) if m is not None else 0
        if m is None or day <= int(t.value[8:]):
            continue
        found.append(Timex(m.start(num), m.end(num), m[num], "DATE", f"{t.value[:8]}{day:02d}"))
        year = _YEAR_AFTER.match(text, m.end(num))
        if year is not None:  # "March 3 and 4, 2015": the year closes the pair and dates both days
            y = year["year"]
            found[-2] = Timex(t.start, t.end, t.text, t.type, y + t.value[4:])
            found[-1] = Timex(m.start(num), year.end(), text[m.start(num):year.end()], "DATE", y + found[-1].value[4:])
            year_taken = year.start("year")
    return found


_YEAR_AFTER = re.compile(r",?\s+(?P<year>(?:19|20)\d\d)\b(?![-\u2013/.,]\d)")


def years_spanned(timexes: list[Timex], text: str) -> list[Timex]:
    """ "2013-14", "the 1979-81 crisis": each end of a span of years is a year of its own, as the two
    ends of "from 2010 to 2014" are (TimeML marks the ends of a range apart, the dash a signal)."""
    found: list[Timex] = []
    for t in timexes:
        found.append(t)
        if t.type == "DATE" and re.fullmatch(r"\d{4}", t.value) and t.text.endswith(t.value):
            end = short_range_end(text, t.end, int(t.value))
            if end is not None:
                found.append(Timex(end[0], end[1], text[end[0]:end[1]], "DATE", f"{end[2]:04d}"))
    return found


_AMOUNT = re.compile(r"^P(?P<t>T?)(?P<n>\d+)(?P<u>[YMWDHS])$")
_ORDER = {"": "YMWD", "T": "HMS"}
def compound_amounts(timexes: list[Timex], text: str) -> list[Timex]:
    """ "one year and nine months", "two hours, 30 minutes": one amount in falling units (``P1Y9M``)."""
    found: list[Timex] = []
    for t in timexes:
        prev = found[-1] if found else None
        big = _AMOUNT.match(prev.value) if prev is not None and prev.type == "DURATION" else None
        small = _AMOUNT.match(t.value) if t.type == "DURATION" else None
        if (prev is not None and big and small and big["t"] == small["t"]
                and re.fullmatch(r",?\s+(?:and\s+)?|,\s*", text[prev.end:t.start])
                and _ORDER[big["t"]].index(big["u"]) < _ORDER[big["t"]].index(small["u"])):
            value = f"P{big['t']}{big['n']}{big['u']}{small['n']}{small['u']}"
            found[-1] = Timex(prev.start, t.end, text[prev.start:t.end], "DURATION", value)
            continue
        found.append(t)
    return found


_MONTH = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})(?P<day>-\d{2})?$")
_SPAN_GAP = re.compile(r"^\s*(?:to|until|till|through|and|-|\u2013)\s*$", re.I)


def months_in_order(timexes: list[Timex], text: str) -> list[Timex]:
    """ "from May to September", "July 29-Sept. 12": a span's start comes before its end.

    Each month or day is resolved on its own, and one told in the past may be kept within the
    year before publication, so the start of a span can land after its end; it is then the
    start, named without a year, that belongs to the year before.
    """
    found = list(timexes)
    for i in range(1, len(found)):
        start, end = found[i - 1], found[i]
        first, last = _MONTH.match(start.value), _MONTH.match(end.value)
        if (first is None or last is None or start.type != "DATE" or end.type != "DATE"
                or bool(first["day"]) != bool(last["day"]) or re.search(r"\d{4}|'\d\d", start.text)
                or any(c.isdigit() for c in start.text) != bool(first["day"])  # a day by its number, not a weekday
                or not _SPAN_GAP.match(text[start.end:end.start])):
            continue
        year = int(first["year"])
        while (year, first["month"], first["day"] or "") > (int(last["year"]), last["month"], last["day"] or ""):
            year -= 1
        if year != int(first["year"]):
            found[i - 1] = Timex(start.start, start.end, start.text, "DATE", f"{year:04d}{start.value[4:]}")
    return found


_WEEK = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{2})$")
_PAIR_GAP = re.compile(r"^\s*(?:and|or|to|through|-|\u2013)\s*$", re.I)


def _weekday(t: Timex) -> int | None:
    """The ISO weekday a bare weekday expression ("Tuesday", "Friday night") names, if it is one."""
    if t.type not in ("DATE", "TIME") or len(t.value) < 10 or not t.text[:1].isupper():
        return None
    found = lookup("weekdays", t.text.split()[0])
    return int(found) if found else None


def _moved(t: Timex, day: date) -> Timex:
    return Timex(t.start, t.end, t.text, t.type, day.isoformat() + t.value[10:])


def weekdays_together(timexes: list[Timex], text: str) -> list[Timex]:
    """ "on Thursday next week": the day in that week; "on Monday and Tuesday": the second day follows the first.

    Each weekday is resolved on its own from the tense near it, so a pair can come apart
    ("meeting on Monday and Tuesday", told on a Sunday: the coming Monday, the past Tuesday).
    """
    found = list(timexes)
    anchored: set[int] = set()
    for i in range(len(found) - 1):
        day, week = found[i], found[i + 1]
        iso, w = _weekday(day), _WEEK.match(week.value)
        if iso is not None and w is not None and re.fullmatch(r"\s+", text[day.end:week.start]) \
                and week.text.lower().split()[0] in ("next", "last", "this"):
            found[i] = _moved(day, date.fromisocalendar(int(w["year"]), int(w["week"]), iso))
            anchored.add(i)
    for i in range(len(found) - 2, -1, -1):  # "Thursday and Friday next week": back from the anchored day
        first, second = found[i], found[i + 1]
        a, b = _weekday(first), _weekday(second)
        if a is None or b is None or not _PAIR_GAP.match(text[first.end:second.start]):
            continue
        if i + 1 in anchored:
            found[i] = _moved(first, date.fromisoformat(second.value[:10]) - timedelta(days=(b - a) % 7))
            anchored.add(i)
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        a, b = _weekday(first), _weekday(second)
        if a is None or b is None or i + 1 in anchored or not _PAIR_GAP.match(text[first.end:second.start]):
            continue
        start, end = date.fromisoformat(first.value[:10]), date.fromisoformat(second.value[:10])
        if abs((end - start).days) > 3:  # a few days apart either way is a list ("made Friday and Thursday")
            found[i + 1] = _moved(second, start + timedelta(days=(b - a) % 7 or 7))
    return found


_PART = re.compile(r"^(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)$", re.I)


def part_of_a_day(timexes: list[Timex], text: str) -> list[Timex]:
    """ "the morning of March 18", "the early morning hours of Friday" are one TIME: that day's morning."""
    found: list[Timex] = []
    for t in timexes:
        prev = found[-1] if found else None
        if (prev is not None and prev.type == "TIME" and _PART.match(prev.text) and "T" in prev.value
                and t.type == "DATE" and len(t.value) == 10 and re.fullmatch(r"\s+(?:hours\s+)?of\s+", text[prev.end:t.start])):
            found[-1] = Timex(prev.start, t.end, text[prev.start:t.end], "TIME", f"{t.value}T{prev.value.split('T', 1)[1]}")
            continue
        found.append(t)
    return found


_COUNTED = re.compile(r"\b(?:later|earlier|that|same|following|next|previous|before|after)\b", re.I)
_APPOSITION = re.compile(r"^,\s*(?:in\s+)?$")


def apposed_years(timexes: list[Timex], text: str) -> list[Timex]:
    """ "That same year, 2012, ...", "two years later, in 1953": a time counted from the story, then named outright,
    is the year named."""
    found = list(timexes)
    for i in range(len(found) - 1):
        counted, named = found[i], found[i + 1]
        if (counted.type == "DATE" and named.type == "DATE" and re.fullmatch(r"\d{4}", named.value)
                and _COUNTED.search(counted.text) and _APPOSITION.match(text[counted.end:named.start])
                and counted.value[:4].isdigit() and counted.value[:4] != named.value):
            found[i] = Timex(counted.start, counted.end, counted.text, "DATE", named.value)
    return found
