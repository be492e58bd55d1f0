"""Normalisers for seasons: "last summer", "the winter of 1994", "in spring"."""

from __future__ import annotations

import re

from sanderling.times.context import Context, Norm, lex, word
from sanderling.times.matchwords import date_norm
from sanderling.times.registry import normaliser


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


# "the Winter Olympics", "the Summer Games": the name of a sporting event, no season of a year
_GAMES = re.compile(r"\s+(?:Olympics|Olympic|Games|Paralympics|Paralympic|Universiade)\b")
_FALL_NOUN = re.compile(r"\s+(?:of|in|on|from|to|off|was|is|has|came|comes|by|after|since|would|will)\b", re.I)


@normaliser("rel_season", "bare_season")
def season(m: re.Match[str], ctx: Context) -> Norm | None:
    code = lex("seasons", m, "season")
    if code is None:
        return None
    rel = word(m, "rel") or ""
    after = ctx.text[m.end():m.end() + 12]
    if m["season"][0].isupper() and _GAMES.match(after):
        return None
    named = rel in ("last", "this", "next", "this past", "this coming") and not m.group(0).lower().startswith("the")
    if code in ("FA", "SP") and _FALL_NOUN.match(after) and not (named and not re.match(r"\s+of\b", after, re.IGNORECASE)):
        return None  # "last fall in his home" is the season; "a fall in prices", "last fall of snow" are not
    if "rel" not in m.re.groupindex or not m["rel"]:
        before = ctx.text[max(0, m.start() - 12):m.start()]
        if not m["mod"] and not re.search(r"\b(?:in|during|by|until|since|through|over|for|before|after|this|last|next)\s+$", before, re.I):
            return None
        if m["season"].lower() == "fall" and not m["mod"]:
            return None  # "in fall" is rarely the season; "by spring", "in autumn" are
    if rel == "that":
        return date_norm(f"{ctx.narrative[:4]}-{code}")
    return date_norm(season_value(code, m, ctx, rel.replace("the", "").strip()))


@normaliser("season_year")
def season_year(m: re.Match[str], ctx: Context) -> Norm | None:
    return date_norm(f"{m['year']}-{lex('seasons', m, 'season')}")
