"""Calendar ranges of TIMEX3 values, so vague dates can be range-filtered.

An event dated ``2019-W16`` happened on one of seven days; a store filter for
"events between 17 and 20 April" should find it. ``timex_range`` turns each
TIMEX3 date value into the first and last calendar day it covers; the store
keeps both and matches a filter when the two ranges overlap.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

Range = tuple[date, date]

_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_DECADE = re.compile(r"(\d{3})X?")
_CENTURY = re.compile(r"(\d{2})(?:XX)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")

# Northern meteorological seasons as (first month, last month).
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def timex_range(value: str | None) -> Range | None:
    """The first and last calendar day a TIMEX3 date value covers, or None.

    Understood: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www`` (ISO week)
    and ``YYYY-Www-WE`` (its weekend), ``YYY`` / ``YYYX`` (decade), ``YY`` /
    ``YYXX`` (century), ``YYYY-Qn`` (quarter), ``YYYY-Hn`` (half year),
    ``YYYY-SP|SU|FA|WI`` (season) and any of these followed by a time part
    (``2019-04-25T14:00``, ``2019-04-25TNI``). ``PAST_REF``, ``FUTURE_REF``,
    ``PRESENT_REF``, durations and impossible dates give None.

    Winter is ambiguous in news copy ("winter 2019" may mean January 2019 or
    December 2019): ``YYYY-WI`` covers 1 January YYYY to the end of February
    YYYY+1, so an overlap filter finds it under either reading.
    """
    if not value:
        return None
    text = value.strip().upper()
    if "T" in text and not text.endswith("_REF"):
        text = text.split("T", 1)[0]
    try:
        return _match(text)
    except ValueError:  # month 13, 30 February, week 54, year 0 ...
        return None


def _match(text: str) -> Range | None:
    if m := _DAY.fullmatch(text):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _MONTH.fullmatch(text):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _YEAR.fullmatch(text):
        return _years(int(m[1]), int(m[1]))
    if m := _WEEK.fullmatch(text):
        year, week = int(m[1]), int(m[2])
        first = 6 if m[3] else 1
        return date.fromisocalendar(year, week, first), date.fromisocalendar(year, week, 7)
    if m := _QUARTER.fullmatch(text):
        quarter = int(m[2])
        return _months(int(m[1]), 3 * quarter - 2, 3 * quarter)
    if m := _HALF.fullmatch(text):
        half = int(m[2])
        return _months(int(m[1]), 6 * half - 5, 6 * half)
    if m := _SEASON.fullmatch(text):
        year = int(m[1])
        if m[2] == "WI":
            return date(year, 1, 1), _months(year + 1, 2, 2)[1]
        first, last = _SEASONS[m[2]]
        return _months(year, first, last)
    if m := _DECADE.fullmatch(text):
        start = int(m[1]) * 10
        return _years(start, start + 9)
    if m := _CENTURY.fullmatch(text):
        start = int(m[1]) * 100
        return _years(max(start, 1), start + 99)
    return None


def _years(first: int, last: int) -> Range:
    return date(first, 1, 1), date(last, 12, 31)


def _months(year: int, first: int, last: int) -> Range:
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
