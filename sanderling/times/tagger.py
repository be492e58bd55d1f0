"""Find and normalise the time expressions of a text: match every rule, keep the longest, resolve in reading order."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from sanderling.model import Timex
from sanderling.times import absolute, durations, relative, seasons, years  # noqa: F401  (registers the normalisers)
from sanderling.times.context import Context, Norm
from sanderling.times.joins import join_neighbours
from sanderling.times.lexicon import mapping, table
from sanderling.times.patterns import anchor_classes, compiled, trigger
from sanderling.times.registry import NORMALISERS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_REACH = 60  # characters a rule may extend either side of its trigger word


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each anchor class, the stretches of text around its words; rules are matched only inside them."""
    spans: dict[str, list[tuple[int, int]]] = {}
    classes = anchor_classes()
    digit = frozenset(["digit"])
    for m in trigger().finditer(text):
        window = (max(0, m.start() - _REACH), min(len(text), m.end() + _REACH))
        for name in digit if m.group(0).isdigit() else classes.get(m.group(0).lower(), digit):
            spans.setdefault(name, []).append(window)
    return {name: _merge(found) for name, found in spans.items()}


def _candidates(text: str) -> list[tuple[int, int, int, str, re.Match[str]]]:
    """Every rule's matches near its anchors, as (start, end, priority, rule, match)."""
    found = []
    windows = _windows(text)
    for priority, (rule, anchors, regex) in enumerate(compiled()):
        near = windows.get(anchors[0], []) if len(anchors) == 1 else _merge([w for a in anchors for w in windows.get(a, [])])
        for start, end in near:
            for m in regex.finditer(text, start, end):
                if m.end() > m.start() and not _cuts_a_word(text, m.start(), m.end()):
                    found.append((m.start(), m.end(), priority, rule, m))
    return found


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """A match that begins or ends inside a word ("an|other 18 months", "17 Jul|y") is no expression."""
    return (start > 0 and text[start - 1].isalpha() and text[start].isalpha()) or (
        end < len(text) and text[end - 1].isalpha() and text[end].isalpha())


def _select(candidates: list[tuple[int, int, int, str, re.Match[str]]], scratch: Context) -> list[tuple[int, int, int, str, re.Match[str]]]:
    """Longest first, then the earlier rule; drop whatever overlaps a kept match.

    A match its normaliser rejects (``None`` against ``scratch``) gives way to the next.
    """
    kept: list[tuple[int, int, int, str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if all(cand[1] <= s or cand[0] >= e for s, e in taken) and NORMALISERS[cand[3]](cand[4], scratch):
            kept.append(cand)
            taken.append((cand[0], cand[1]))
    return sorted(kept, key=lambda c: c[0])


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"\u201c\u2018'`(\[-])\s*$")


def _is_title(text: str, start: int, end: int) -> bool:
    """Capitalised common time words inside a sentence are a title ("60 Minutes", "This Week")."""
    words = re.findall(r"[A-Za-z]+", text[start:end])
    if not words or not all(w[0].isupper() for w in words) or _SENTENCE_START.search(text[max(0, start - 3):start]):
        return False
    common, names = _title_words()
    return any(w.lower() in common for w in words) and not any(w.lower() in names for w in words)


@cache
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """Time words normally written in lower case, and words of holiday names (always capitalised)."""
    common = set(mapping("units")) | set(table("days")) | set(mapping("sets")) | {"this", "next", "last", "the", "week"}
    names = {w for name in mapping("holidays") for w in name.split()} - {"day"}
    return frozenset(common), frozenset(names)


def tag_times(text: str, published: date | str, *, doc: Doc | None = None) -> list[Timex]:
    """Every TIMEX3 expression in ``text``, resolved against the publication date.

    ``doc``, a spaCy Doc of the same text, lets tense come from the parse; without
    it tense comes from words near each expression. Offsets index ``text`` as given.

    Example: ``tag_times("He left on Friday.", date(2019, 4, 24))`` ->
    ``[Timex(11, 17, "Friday", "DATE", "2019-04-19")]``; the date may also be given as "2019-04-24".
    """
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError as err:
            raise ValueError(f"tag_times: publication date {published!r} is not YYYY-MM-DD") from err
    if isinstance(published, datetime):
        published = published.date()
    if doc is not None:
        from sanderling.parse import doc_text  # here, so tagging plain text never loads spaCy

        if doc_text(doc) != text:
            raise ValueError("tag_times: doc is a parse of a different text; pass the Doc made from this very text, or no doc")
    ctx = Context(text=text, dct=published, doc=doc)
    result: list[Timex] = []
    scratch = Context(text=text, dct=published, checking=True)
    for start, end, _, rule, m in _select(_candidates(text), scratch):
        norm: Norm | None = NORMALISERS[rule](m, ctx)
        if norm is None or _is_title(text, start, end):
            continue
        s = norm.start if norm.start is not None else start
        e = norm.end if norm.end is not None else end
        ctx.update(norm, rule, e, s)
        result.append(Timex(s, e, text[s:e], norm.type, norm.value))
    return join_neighbours(result, text)
