"""Joins of clock times with their neighbours: the day a clock falls on, the ends of a span of hours,
and a part of a day named with its date ("the morning of March 18")."""

from __future__ import annotations

import re

from sanderling.model import Timex

_PART_OF_A_DAY = re.compile(r"^\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)$")
_CLOCK_DAY_GAP = re.compile(r"^(?P<on>\))?,?\s+(?P<on2>(?:on|of)\s+)?$")
# "from 9 a.m. to 5 p.m. on Friday", "at 6 a.m. (11:00 GMT) on Friday": clocks paired by a range or an
# equivalent in brackets share the day named after the last of them.
_CLOCK_PAIR_GAP = re.compile(r"^\s*(?:and|to|until|till|through|-|\u2013|\()\s*$", re.I)


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
                # "at 3pm on Friday", "(0735 GMT) Friday", "11 p.m. Monday night", "10 in the evening of March 15":
                # two expressions, the clock on that day
                merged[-1] = Timex(prev.start, prev.end, prev.text, "TIME", f"{t.value[:10]}T{clock}")
            else:
                merged[-1] = Timex(prev.start, t.end, text[prev.start:t.end], "TIME", f"{t.value}T{clock}")
                continue
        merged.append(t)
    return merged


# "from 4-8 p.m.", "between 9 and 11 a.m.": the first hour of a span takes the meridiem written after the last
_FIRST_HOUR = re.compile(
    r"\b(?:from|between)\s+(?P<num>(?P<h>1[0-2]|[1-9])(?:[:.](?P<mi>[0-5]\d))?)\s*(?:-|\u2013|to|and|until|till)\s*$", re.I)
_MERIDIEM = re.compile(r"^(?P<h>1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*(?P<ampm>[ap])\.?m\b", re.I)


# "(1800-2300 GMT)": four-figure hours joined by a dash are a span of hours, whose zone is written once
_FIRST_24_HOUR = re.compile(r"(?<![\w:.,/-])(?P<num>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d))\s*[-\u2013]\s*$")
_HOURS_24 = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d\b")


def first_hour_of_a_span(timexes: list[Timex], text: str) -> list[Timex]:
    """ "from 4-8 p.m.", "(1800-2300 GMT)": the bare first hour is a TIME of its own, on the day of the last."""
    found: list[Timex] = []
    for t in timexes:
        first_24 = _FIRST_24_HOUR.search(text, max(0, t.start - 8), t.start) if t.type == "TIME" and _HOURS_24.match(t.text) else None
        if first_24 is not None and not (found and found[-1].end > first_24.start("num")):
            value = f"{t.value.split('T', 1)[0]}T{first_24['h']}:{first_24['mi']}"
            found.append(Timex(first_24.start("num"), first_24.end("num"), first_24["num"], "TIME", value))
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


def clock_pairs_share_a_day(timexes: list[Timex], text: str) -> list[Timex]:
    """ "from 9 a.m. to 5 p.m. on Friday": the first clock of a pair takes the day of the second."""
    found = list(timexes)
    for i in range(len(found) - 2, -1, -1):
        first, second = found[i], found[i + 1]
        if (first.type == "TIME" and second.type == "TIME" and ":" in first.value and ":" in second.value
                and first.value[:10] != second.value[:10] and second.text[:1].isdigit()
                and not re.search(r"\d{4}|day\b", first.text, re.I)
                and _CLOCK_PAIR_GAP.match(text[first.end:second.start])):
            found[i] = Timex(first.start, first.end, first.text, "TIME", second.value[:10] + first.value[10:])
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
