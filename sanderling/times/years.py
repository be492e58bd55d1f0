"""Normalisers for years and their parts: years, decades, centuries, halves and quarters."""

from __future__ import annotations

import re

from sanderling.times.context import Context, Norm, word
from sanderling.times.lexicon import lookup, mapping
from sanderling.times.matchwords import date_norm, year_named
from sanderling.times.registry import normaliser


_SOMEONES = re.compile(r"\b(?:his|her|their|its|my|our|your)\s+$", re.I)


@normaliser("decade")
def decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["dec"]:
        return date_norm(m["dec"][:3])
    if m["dec3"] and (m.group(0) == m["dec3"] + "s" or _SOMEONES.search(ctx.text, max(0, m.start() - 7), m.start())):
        return None  # "the 80s" and "the early 90s" are decades; "80s" alone or "their early 80s" may be ages
    if m["dec2"] or m["dec3"]:
        start = ctx.dct.year // 100 * 100 + int(m["dec2"] or m["dec3"])
        if start > ctx.dct.year:
            start -= 100
        return date_norm(f"{start // 10:03d}")
    if not m.group(0).lower().startswith("the"):
        return None
    tens_word = m["decw"].lower()[:-3] + "y"
    value = lookup("numbers", tens_word)
    return date_norm(f"19{int(value) // 10}") if value else None


@normaliser("century")
def century(m: re.Match[str], ctx: Context) -> Norm | None:
    n = int(m["cn"]) if m["cn"] else int(lookup("ordinals", m["cw"]) or 0)
    if not 1 <= n <= 22 or (m["cw"] and word(m, "cw") in ("last", "final")):
        return None
    return date_norm(f"{'BC' if m['bc'] else ''}{n - 1:02d}")  # TIMEX3 writes a century before Christ as BC04


_SHORT_END = re.compile(r"\s*[-\u2013/]\s*(?P<yy>\d\d)\b(?![-\u2013/.,:]?\d|%)")
_LONGEST_SPAN = 30  # years; "1979-81" and "2013-14" name spans of a few years, "2019-04" is no span at all


def short_range_end(text: str, end: int, first_year: int) -> tuple[int, int, int] | None:
    """The second end of a span of years written with two digits after the first year ("2013-14",
    "1979-81", "1999-00"): (start, end, year) of those two digits, or None if they cannot end such a span."""
    m = _SHORT_END.match(text, end)
    if m is None:
        return None
    last = first_year // 100 * 100 + int(m["yy"])
    if last <= first_year:
        last += 100
    return (m.start("yy"), m.end("yy"), last) if last - first_year <= _LONGEST_SPAN else None


# British statutes carry their year without "of" ("the Children Act 1989"); "the Act of 1989" still dates
_STATUTE = re.compile(r"\b[A-Z][\w'-]*\s+(?:Act|Regulations)\s*$")
_YEAR_CUE = re.compile(r"\b(?:in|since|by|of|from|until|till|before|after|year|early|late|mid|to|and|between|during|through)\s*-?\s*$", re.I)


@normaliser("year")
def year(m: re.Match[str], ctx: Context) -> Norm | None:
    y = int(m["year"])
    before = ctx.text[max(0, m.start() - 20):m.start()]
    after = ctx.text[m.end():m.end() + 20]
    if _SHORT_END.match(after) and short_range_end(ctx.text, m.end(), y) is None:
        return None  # "2019-04": a year and month, not a year
    if not (1900 <= y <= ctx.dct.year + 10) and not m["fiscal"] and not m["mod"] and not _YEAR_CUE.search(before):
        return None
    if re.match(r"\s*(?:[-\u2013]\s*\d|(?:people|troops|soldiers|votes|km|miles|feet|metres|meters|men|women|cases|deaths|units|tonnes|tons|barrels|acres|hectares|points|members|jobs|dollars|euros|pounds|yuan|rupees|calories|runs|yards)\b)", after, re.I):
        if not re.match(r"\s*[-\u2013]\s*(?:19|20)?\d\d\b", after):
            return None
    if re.search(r"(?:No\.|number|Nos\.|flight|route|page|resolution|model|\$|£|€)\s*$", before, re.I):
        return None
    if re.search(r"\w/$", before):
        return None  # "S/1612/2018": a document's symbol
    if _STATUTE.search(before):
        return None  # "the Terrorism Act 2000" names a law; its year says nothing of when the story happens
    return date_norm(f"{y:04d}")


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
    return date_norm(f"{value:04d}")


@normaliser("half")
def half(m: re.Match[str], ctx: Context) -> Norm | None:
    h = "H1" if word(m, "h") == "first" else "H2"
    if m["year"]:
        y = int(m["year"])
    elif word(m, "rel") == "the" and h == "H2" and ctx.dct.month <= 6 and ctx.direction(m) == "past":
        # "growth slowed in the second half of the year", told in March: the latest such half that has begun
        y = ctx.dct.year - 1
    else:
        y = year_named(m, ctx, "rel")
    return date_norm(f"{y:04d}-{h}")


_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}


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
    elif m["yrel"] or m["yrel2"]:
        y = year_named(m, ctx, "yrel", "yrel2")
    else:
        y = _quarter_year(q, m, ctx)
        if rel in ("year-earlier", "year-ago", "comparable", "prior", "last"):
            y -= 1
    start = None
    if m.group(0).lower().startswith("the ") and re.search(r"-(?:fiscal-)?quarter$", m.group(0), re.I) and re.match(r"\s+[a-z]", ctx.text[m.end():m.end() + 2]):
        start = m.start() + 4
    return Norm("DATE", f"{y:04d}-Q{q}", start=start)


@normaliser("quarter_code")
def quarter_code(m: re.Match[str], ctx: Context) -> Norm | None:
    if not m["qc"].startswith("Q"):
        return None
    q = int(m["qc"][1])
    y = int(m["year"]) if m["year"] else _quarter_year(q, m, ctx)
    return date_norm(f"{y:04d}-Q{q}")


@normaliser("year_period")
def year_period(m: re.Match[str], ctx: Context) -> Norm | None:
    """"the 1988 quarter", "the 1989 period": the story's quarter in that year; without one, the year."""
    y = int(m["year"])
    n = ctx.narrative
    if len(n) == 7 and n[5] == "Q":
        return Norm("DATE", f"{y:04d}{n[4:]}")
    return Norm("DATE", f"{y:04d}", start=m.start("year"), end=m.end("year")) if word(m, "pu") == "period" else None
