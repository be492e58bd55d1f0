"""Normalisers for calendar-named expressions: dates, months, years, decades, weekdays, seasons, quarters, clock times."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sanderling.times.context import Context, Norm, lex, word
from sanderling.times.dates import easter, nth_weekday, pick_weekday, pick_year, safe_date
from sanderling.times.lexicon import lookup, mapping
from sanderling.times.registry import normaliser

_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "sep", "dec", "jun", "jul", "aug", "oct", "nov", "feb", "apr", "sept"}
_MONTH_CUE = re.compile(r"(?:\b(?:in|since|until|till|by|of|during|before|after|from|through|to|last|next|this|early|late|mid|end|between|and|or|on|for)[-\s]+$)|(?:mid-$)", re.I)


def _month(m: re.Match[str], group: str = "month") -> int | None:
    text = m.group(group)
    if text is None:
        return None
    found = lookup("months", text)
    if found is None:
        return None
    bare = text.rstrip(".").lower()
    if bare in _AMBIGUOUS_MONTHS and not text[0].isupper():
        return None
    return int(found)


def _day(m: re.Match[str], day: str = "day", ordw: str = "ordw") -> int | None:
    if day in m.re.groupindex and m.group(day):
        return int(m.group(day))
    if ordw in m.re.groupindex and m.group(ordw):
        found = lookup("ordinals", m.group(ordw))
        return int(found) if found and word(m, ordw) not in ("last", "final") else None
    return None


def _date_type(value: str) -> Norm:
    return Norm("DATE", value)


@normaliser("iso_date")
def iso_date(m: re.Match[str], ctx: Context) -> Norm | None:
    d = safe_date(int(m["year"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        return Norm("TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}")
    return _date_type(d.isoformat())


@normaliser("numeric_date")
def numeric_date(m: re.Match[str], ctx: Context) -> Norm | None:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) <= (ctx.dct.year % 100) + 5 else 1900 + int(y))
    if "." in m.group(0) and len(y) == 2:
        return None
    month, day = (b, a) if a > 12 else (a, b)
    d = safe_date(year, month, day)
    return _date_type(d.isoformat()) if d else None


@normaliser("weekday_full_date")
def weekday_full_date(m: re.Match[str], ctx: Context) -> Norm | None:
    month = next((_month(m, g) for g in ("month1", "month2", "month3") if m[g]), None)
    day = next((_day(m, g, "-") for g in ("day1", "day2") if m[g]), None) or _day(m, "-", "ordw3")
    weekday = lookup("weekdays", m["weekday"])
    if month is None or day is None:
        return None
    if m["year"]:
        d = safe_date(int(m["year"]), month, day)
        return _date_type(d.isoformat()) if d else None
    for year in (ctx.dct.year, ctx.dct.year + 1, ctx.dct.year - 1):
        d = safe_date(year, month, day)
        if d and weekday and d.isoweekday() == int(weekday):
            return _date_type(d.isoformat())
    d = safe_date(pick_year(month, day, ctx.dct, ctx.direction(m)), month, day)
    return _date_type(d.isoformat()) if d else None


@normaliser("full_date_mdy", "full_date_dmy")
def full_date(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month(m)
    d = safe_date(int(m["year"]), month, int(m["day"])) if month else None
    return _date_type(d.isoformat()) if d else None


@normaliser("month_day", "day_month")
def month_day(m: re.Match[str], ctx: Context) -> Norm | None:
    month, day = _month(m), _day(m)
    if month is None or day is None:
        return None
    if m["day"] and not m["month"][0].isupper():
        return None
    rel = word(m, "rel") if "rel" in m.re.groupindex else None
    direction = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}.get(rel or "", ctx.direction(m))
    d = safe_date(pick_year(month, day, ctx.dct, direction), month, day)
    return _date_type(d.isoformat()) if d else None


@normaliser("month_year")
def month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month(m)
    if month is None:
        return None
    year = int(m["year"]) if m["year"] else ctx.dct.year + {"last": -1, "next": 1}.get(word(m, "yrel") or "", 0)
    return _date_type(f"{year:04d}-{month:02d}")


@normaliser("season_year")
def season_year(m: re.Match[str], ctx: Context) -> Norm | None:
    return _date_type(f"{m['year']}-{lex('seasons', m, 'season')}")


@normaliser("decade")
def decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["dec"]:
        return _date_type(m["dec"][:3])
    if m["dec2"]:
        start = ctx.dct.year // 100 * 100 + int(m["dec2"])
        if start > ctx.dct.year:
            start -= 100
        return _date_type(f"{start // 10:03d}")
    if not m.group(0).lower().startswith("the"):
        return None
    tens_word = m["decw"].lower()[:-3] + "y"
    value = lookup("numbers", tens_word)
    return _date_type(f"19{int(value) // 10}") if value else None


@normaliser("century")
def century(m: re.Match[str], ctx: Context) -> Norm | None:
    n = int(m["cn"]) if m["cn"] else int(lookup("ordinals", m["cw"]) or 0)
    if not 1 <= n <= 22 or (m["cw"] and word(m, "cw") in ("last", "final")):
        return None
    return _date_type(f"{n - 1:02d}")


_YEAR_CUE = re.compile(r"\b(?:in|since|by|of|from|until|till|before|after|year|early|late|mid|to|and|between|during|through)\s*-?\s*$", re.I)


@normaliser("year")
def year(m: re.Match[str], ctx: Context) -> Norm | None:
    y = int(m["year"])
    before = ctx.text[max(0, m.start() - 20):m.start()]
    after = ctx.text[m.end():m.end() + 20]
    if not (1900 <= y <= ctx.dct.year + 10) and not m["fiscal"] and not m["mod"] and not _YEAR_CUE.search(before):
        return None
    if re.match(r"\s*(?:[-\u2013]\s*\d|(?:people|troops|soldiers|votes|km|miles|feet|metres|meters|men|women|cases|deaths|units|tonnes|tons|barrels|acres|hectares|points|members|jobs|dollars|euros|pounds|yuan|rupees|calories|runs|yards)\b)", after, re.I):
        if not re.match(r"\s*[-\u2013]\s*(?:19|20)?\d\d\b", after):
            return None
    if re.search(r"(?:No\.|number|Nos\.|flight|route|page|resolution|model|\$|£|€)\s*$", before, re.I):
        return None
    return _date_type(f"{y:04d}")


@normaliser("half")
def half(m: re.Match[str], ctx: Context) -> Norm | None:
    h = "H1" if word(m, "h") == "first" else "H2"
    if m["year"]:
        y = int(m["year"])
    else:
        y = ctx.dct.year + {"last": -1, "next": 1}.get(word(m, "rel") or "", 0)
    return _date_type(f"{y:04d}-{h}")


_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


def _quarter_year(q: int, m: re.Match[str], ctx: Context) -> int:
    """The year of a quarter named without one: the latest such quarter that has begun."""
    current = (ctx.dct.month - 1) // 3 + 1
    if ctx.direction(m) == "future" and q > current:
        return ctx.dct.year
    return ctx.dct.year if q <= current else ctx.dct.year - 1


@normaliser("quarter")
def quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    q = _QUARTER[word(m, "q") or "first"]
    rel = word(m, "rel") or ""
    explicit = m["qy"] or m["year"] or m["y2"]
    if explicit:
        y = int(explicit)
    elif m["yrel"]:
        y = ctx.dct.year + {"last": -1, "next": 1}.get(word(m, "yrel") or "", 0)
    else:
        y = _quarter_year(q, m, ctx)
        if rel in ("year-earlier", "year-ago", "comparable", "prior", "last"):
            y -= 1
    return _date_type(f"{y:04d}-Q{q}")


@normaliser("quarter_code")
def quarter_code(m: re.Match[str], ctx: Context) -> Norm | None:
    if not m["qc"].startswith("Q"):
        return None
    q = int(m["qc"][1])
    y = int(m["year"]) if m["year"] else _quarter_year(q, m, ctx)
    return _date_type(f"{y:04d}-Q{q}")


@normaliser("weekday")
def weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    if not m["weekday"][0].isupper():
        return None
    iso = int(lookup("weekdays", m["weekday"]) or 0)
    rel = word(m, "rel") or ""
    ref = ctx.narrative_date() if rel in ("that", "previous", "following") else ctx.dct
    d = pick_weekday(iso, ref, ctx.direction(m), "" if rel == "that" else rel)
    pod = lex("parts_of_day", m, "pod")
    if pod:
        return Norm("TIME", f"{d.isoformat()}T{pod}")
    return _date_type(d.isoformat())


@normaliser("holiday")
def holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    spec = lookup("holidays", m["hol"].replace("\u2019", "'"))
    if spec is None or not m["hol"][0].isupper():
        return None
    rel = word(m, "rel")
    direction = {"last": "past", "next": "future"}.get(rel or "", ctx.direction(m))

    def on(y: int) -> date:
        if spec.startswith("easter:"):
            return easter(y) + timedelta(days=int(spec.split(":")[1]))
        if ":" in spec:
            month, wd, nth = (int(x) for x in spec.split(":"))
            return nth_weekday(y, month, wd, nth)
        month, day = (int(x) for x in spec.split("-"))
        return date(y, month, day)

    if m["year"]:
        return _date_type(on(int(m["year"])).isoformat())
    this = on(ctx.dct.year)
    if direction == "past" and this > ctx.dct:
        this = on(ctx.dct.year - 1)
    elif direction == "future" and this < ctx.dct:
        this = on(ctx.dct.year + 1)
    return _date_type(this.isoformat())


def month_value(month: int, m: re.Match[str], ctx: Context, rel: str) -> str:
    """A month named without a year: ``rel`` (last/next/this) or the clause's tense decides."""
    ref = ctx.dct
    if rel in ("last", "this past"):
        y = ref.year if month < ref.month else ref.year - 1
    elif rel in ("next", "this coming", "coming"):
        y = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        y = ref.year
    elif rel == "that":
        y = int(ctx.narrative[:4])
    else:
        y = pick_year(month, None, ref, ctx.direction(m))
    return f"{y:04d}-{month:02d}"


@normaliser("bare_month")
def bare_month(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month(m)
    text = m["month"]
    if month is None or not text[0].isupper() or len(text.rstrip(".")) < 4 and text.lower() != "may":
        return None
    if text.lower() in ("may", "march") and not m["mod"]:
        if not _MONTH_CUE.search(ctx.text[max(0, m.start() - 12):m.start()]):
            return None
    return _date_type(month_value(month, m, ctx, ""))


@normaliser("rel_month")
def rel_month(m: re.Match[str], ctx: Context) -> Norm | None:
    month = _month(m)
    return _date_type(month_value(month, m, ctx, word(m, "rel") or "")) if month else None


def _season_index(year: int, code: str) -> int:
    """Seasons in order; winter YYYY-WI runs from December YYYY into the next year."""
    return year * 4 + ["SP", "SU", "FA", "WI"].index(code)


def season_value(code: str, m: re.Match[str], ctx: Context, rel: str) -> str:
    """A season named without a year, seen from the publication date."""
    ref = ctx.dct
    now_code = "WI" if ref.month in (12, 1, 2) else "SP" if ref.month <= 5 else "SU" if ref.month <= 8 else "FA"
    now = _season_index(ref.year - 1 if ref.month <= 2 else ref.year, now_code)
    years = (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)
    if rel in ("last", "past", "this past"):
        return f"{max(y for y in years if _season_index(y, code) < now):04d}-{code}"
    if rel in ("next", "coming", "this coming"):
        return f"{min(y for y in years if _season_index(y, code) > now):04d}-{code}"
    if code == now_code:
        return f"{now // 4:04d}-{code}"
    if rel == "this":
        return f"{ref.year:04d}-{code}"
    direction = ctx.direction(m)
    if direction == "past":
        return f"{max(y for y in years if _season_index(y, code) <= now):04d}-{code}"
    if direction == "future":
        return f"{min(y for y in years if _season_index(y, code) >= now):04d}-{code}"
    return f"{ref.year:04d}-{code}"


_FALL_NOUN = re.compile(r"\s+(?:of|in|on|from|to|off|was|is|has|came|comes|by|after|since|would|will)\b", re.I)


@normaliser("rel_season", "bare_season")
def season(m: re.Match[str], ctx: Context) -> Norm | None:
    code = lex("seasons", m, "season")
    if code is None:
        return None
    rel = word(m, "rel") or ""
    after = ctx.text[m.end():m.end() + 12]
    if code in ("FA", "SP") and _FALL_NOUN.match(after):
        return None
    if "rel" not in m.re.groupindex or not m["rel"]:
        before = ctx.text[max(0, m.start() - 12):m.start()]
        if not m["mod"] and not re.search(r"\b(?:in|during|by|until|since|through|over|for|before|after|this|last|next)\s+$", before, re.I):
            return None
        if code in ("FA", "SP") and not m["mod"]:
            return None
    if rel == "that":
        return _date_type(f"{ctx.narrative[:4]}-{code}")
    return _date_type(season_value(code, m, ctx, rel.replace("the", "").strip()))


def clock_date(m: re.Match[str], ctx: Context) -> str:
    """The day a clock time belongs to: a day named just before it in the sentence, else the publication date."""
    between = ctx.text[ctx.last_day_end:m.start()] if 0 <= ctx.last_day_end <= m.start() else "."
    if len(between) < 400 and "\n\n" not in between:
        return ctx.narrative_day[:10]
    return ctx.dct.isoformat()


@normaliser("clock")
def clock(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["noon"]:
        hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[word(m, "noon") or "noon"]
    elif m["h"]:
        h = int(m["h"]) % 12 + (12 if word(m, "ampm") and word(m, "ampm").startswith("p") else 0)
        hhmm = f"{h:02d}:{m['mi'] or '00'}"
    elif m["h24"]:
        hhmm = f"{int(m['h24']):02d}:{m['mi24']}"
    else:
        hoc = m["hoc"]
        h = int(hoc) if hoc.isdigit() else int(mapping("numbers").get(hoc.lower(), "0"))
        hhmm = f"{h:02d}:00"
    start = m.start() if word(m, "approx") in (None, "around") else m.end("approx") + 1
    return Norm("TIME", f"{clock_date(m, ctx)}T{hhmm}", start=start)



@normaliser("spoken_year")
def spoken_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """Years written in words, as transcripts do: "nineteen ninety-six", "the year two thousand"."""
    numbers = mapping("numbers")
    if m["c"]:
        t = word(m, "t") or ""
        if t == "hundred":
            value = int(numbers[word(m, "c") or ""]) * 100
        else:
            value = int(numbers[word(m, "c") or ""]) * 100 + int(numbers.get(t, "0")) + int(numbers.get(word(m, "u") or "", "0"))
    else:
        value = 2000 + int(numbers.get(word(m, "u2") or "", "0"))
    if not m.group(0).lower().startswith("the year") and not _YEAR_CUE.search(ctx.text[max(0, m.start() - 20):m.start()]):
        return None
    return _date_type(f"{value:04d}")
