"""Calendar arithmetic on TIMEX3 values: weeks, months, quarters, seasons and their shifts."""

from __future__ import annotations

import re
from datetime import date, timedelta

Direction = str | None  # "past", "future" or None (unknown)


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# With no tense to go by, a month named without a year this many months back or fewer is taken as past.
_RECENT_MONTHS = 7


def pick_year(month: int, day: int | None, ref: date, direction: Direction, firm: bool = False) -> int:
    """The year of a month (and day) written without one, seen from ``ref``.

    Past: the latest such date not after ``ref``; future: the first not before it;
    unknown, or when the tense points to a date about a year away: whichever is
    nearer (ties and same month go to the reference year). A ``firm`` direction, read
    from a word next to the date ("was arrested on Feb. 23", "since February"), holds
    however far it reaches: near the turn of a year, last February is eleven months back.
    """
    near = _nearest_year(month, day, ref)
    if direction is None:
        if day is None and (ref.month - month) % 12 <= _RECENT_MONTHS:
            return ref.year if month <= ref.month else ref.year - 1  # news tells what has happened more than what will
        return near
    chosen = _directed_year(month, day, ref, direction)
    if firm:
        return chosen
    limit = 300 if day else 10 * 31
    target = safe_date(chosen, month, day or 15) or date(chosen, month, 28)
    return chosen if abs((target - ref).days) <= limit else near


def _directed_year(month: int, day: int | None, ref: date, direction: Direction) -> int:
    same = (month, day or 1) if day else (month, 0)
    now = (ref.month, ref.day if day else 0)
    if direction == "past":
        return ref.year if same <= now else ref.year - 1
    return ref.year if same >= now else ref.year + 1


def _nearest_year(month: int, day: int | None, ref: date) -> int:
    if month == ref.month:
        return ref.year

    def distance(year: int) -> int:
        target = safe_date(year, month, day or 15) or date(year, month, 28)
        return abs((target - ref).days)

    return min((ref.year, ref.year - 1, ref.year + 1), key=distance)


def pick_weekday(isoweekday: int, ref: date, direction: Direction, rel: str = "") -> date:
    """The date of a weekday seen from ``ref``: ``rel`` is last/next/this or empty."""
    diff = isoweekday - ref.isoweekday()
    if rel in ("last", "previous", "this past"):
        return ref + timedelta(days=diff - 7 if diff >= 0 else diff)
    if rel in ("next", "following", "coming", "this coming"):
        return ref + timedelta(days=diff + 7 if diff <= 0 else diff)
    if rel == "this":
        return ref + timedelta(days=diff)
    if direction == "future":
        return ref + timedelta(days=diff if diff >= 0 else diff + 7)
    if direction is None and diff in (1, -6):
        return ref + timedelta(days=1)
    return ref + timedelta(days=diff if diff <= 0 else diff - 7)


_GRANULARITY = [
    (re.compile(r"^\d{4}-\d\d-\d\d"), "day"),
    (re.compile(r"^\d{4}-W\d\d"), "week"),
    (re.compile(r"^\d{4}-\d\d$"), "month"),
    (re.compile(r"^\d{4}-Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}-H[12]$"), "half"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}$"), "year"),
]


def granularity(value: str) -> str | None:
    for regex, name in _GRANULARITY:
        if regex.match(value):
            return name
    return None


def value_date(value: str) -> date | None:
    """The first day a specific value covers (None for references and vague values)."""
    g = granularity(value)
    if g is None:
        return None
    year = int(value[:4])
    if g == "day":
        return date.fromisoformat(value[:10])
    if g == "week":
        return date.fromisocalendar(year, int(value[6:8]), 1)
    if g == "month":
        return date(year, int(value[5:7]), 1)
    if g == "quarter":
        return date(year, 3 * int(value[6]) - 2, 1)
    if g == "half":
        return date(year, 1 if value[6] == "1" else 7, 1)
    if g == "season":
        return date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[value[5:7]], 1)
    return date(year, 1, 1)


def shift(anchor: str, unit: str, n: int) -> str | None:
    """``anchor`` moved by ``n`` units, at the unit's granularity.

    A year shift keeps a quarter, half or season (``1989-Q3`` -> ``1988-Q3``).
    """
    start = value_date(anchor)
    if start is None:
        return None
    g = granularity(anchor)
    if unit == "year":
        if g in ("quarter", "half", "season"):
            return f"{start.year + n:04d}{anchor[4:]}"
        return f"{start.year + n:04d}"
    if unit == "decade":
        return f"{(start.year + 10 * n) // 10:03d}"
    if unit == "century":
        return f"{(start.year + 100 * n) // 100:02d}"
    if unit == "quarter":
        q = (start.month - 1) // 3 + n
        return f"{start.year + q // 4:04d}-Q{q % 4 + 1}"
    if unit == "month":
        y, m = add_months(start.year, start.month, n)
        return month_value(y, m)
    if unit == "week":
        ref = date.fromisoformat(anchor[:10]) if g == "day" else start
        return week_value(ref + timedelta(weeks=n))
    if unit == "day":
        if g != "day":
            return None
        return day_value(date.fromisoformat(anchor[:10]) + timedelta(days=n))
    return None


def nth_weekday(year: int, month: int, isoweekday: int, nth: int) -> date:
    """The ``nth`` given weekday of a month (``nth=-1``: the last)."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(isoweekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    y, m = add_months(year, month, 1)
    last = date(y, m, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - isoweekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def hijri_holiday(year: int, month: int, day: int) -> date:
    """The first day in Gregorian ``year`` that is ``day`` of Hijri ``month`` (Umm al-Qura calendar).

    The Hijri year is eleven days shorter, so a holiday falls in every Gregorian year and, about
    once in 33 years, twice; then the first is taken.
    """
    from hijridate import Hijri  # the conversion tables load only when an Islamic holiday is named

    found = []
    for hijri_year in range(year - 580, year - 577):
        try:
            found.append(Hijri(hijri_year, month, day).to_gregorian())
        except (ValueError, OverflowError):  # outside the calendar's table, 1924-2077
            continue
    days = [date(g.year, g.month, g.day) for g in found if g.year == year]
    if not days:
        raise ValueError(f"no Hijri {month:02d}-{day:02d} known in {year}")
    return min(days)
