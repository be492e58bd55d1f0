"""Expressions that belong together once every expression is found: a clock time and its day
(``clock_joins``), coordinated days of one month, the two ends of a span of years, compound
amounts ("one year and nine months") and the two ends of a span of months.

Ranges of amounts ("six to 12 months") are not joined: TimeBank marks some whole, HeidelTime
marks their numbers apart, and joining them whole cost a match on TempEval-3's platinum set,
so the tagger keeps the amount with its unit ("12 months") alone."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sanderling.model import Timex
from sanderling.times.clock_joins import (
    clock_pairs_share_a_day,
    first_hour_of_a_span,
    merge_clock_with_day,
    part_of_a_day,
)
from sanderling.times.lexicon import lookup
from sanderling.times.years import short_range_end


def join_neighbours(timexes: list[Timex], text: str) -> list[Timex]:
    """All the joins, in an order where each sees the previous one's result."""
    for join in (years_spanned, merge_clock_with_day, first_hour_of_a_span, clock_pairs_share_a_day, coordinated_days,
                 compound_amounts, apposed_years, part_of_a_day, months_in_order, weekdays_together, or_so):
        timexes = join(timexes, text)
    return timexes


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
    day_taken = -1
    for t in timexes:
        if t.start in (year_taken, day_taken):
            continue  # "September 24-26 long weekend": the day number is no amount of weekends
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
        day_taken = m.start(num)
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


_OR_SO = re.compile(r"\s+or\s+so\b")
_ENDS_IN_A_UNIT = re.compile(r"\b(?:minute|hour|day|week|month|year|decade)s?$", re.I)


def or_so(timexes: list[Timex], text: str) -> list[Timex]:
    """ "a week or so", "the next two years or so": the hedge belongs to the amount it hedges (TimeBank and
    the Guardian rounds both mark it inside), and leaves its value as it is."""
    found = []
    for t in timexes:
        m = _OR_SO.match(text, t.end) if _ENDS_IN_A_UNIT.search(t.text) else None
        found.append(t if m is None else Timex(t.start, m.end(), text[t.start:m.end()], t.type, t.value))
    return found
