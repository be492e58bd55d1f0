"""Reading the words of a match: month and day groups, and the DATE answer they give."""

from __future__ import annotations

import re

from sanderling.times.context import Context, Norm, word
from sanderling.times.lexicon import lookup, table


_NEXT_WORD = re.compile(r"[-\s]+(?P<word>[A-Za-z]+)\b")


def classifies_a_noun(text: str, end: int, nouns: str) -> bool:
    """Whether the word after ``text[:end]`` is one of the lexicon ``nouns`` that a time word before it only
    classifies ("the evening curfew", "the Christmas market"): the time word then dates nothing."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following["word"].lower() in table(nouns)


AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "sep", "dec", "jun", "jul", "aug", "oct", "nov", "feb", "apr", "sept"}


def month_of(m: re.Match[str], group: str = "month") -> int | None:
    text = m.group(group)
    if text is None:
        return None
    found = lookup("months", text)
    if found is None:
        return None
    bare = text.rstrip(".").lower()
    if bare in AMBIGUOUS_MONTHS and not text[0].isupper():
        return None
    return int(found)


def day_of(m: re.Match[str], day: str = "day", ordw: str = "ordw") -> int | None:
    if day in m.re.groupindex and m.group(day):
        return int(m.group(day))
    if ordw in m.re.groupindex and m.group(ordw):
        found = lookup("ordinals", m.group(ordw))
        return int(found) if found and word(m, ordw) not in ("last", "final") else None
    return None


def date_norm(value: str) -> Norm:
    return Norm("DATE", value)


def year_named(m: re.Match[str], ctx: Context, *groups: str) -> int:
    """The year "last year", "this year" or "next year" names, from the first of ``groups`` the match has."""
    rel = next((word(m, g) for g in groups if word(m, g)), "")
    return ctx.dct.year + {"last": -1, "next": 1}.get(rel or "", 0)
