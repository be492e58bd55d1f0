"""Compile ``data/patterns.tsv``: expand each ``{NAME}`` into a group built from a lexicon.

``{MONTH}`` becomes ``(?P<month>january|jan\\.?|...)``; ``{MONTHALT}`` the bare
alternation, for rules that name their own groups. Compiled once, on first use.
"""

from __future__ import annotations

import re
from functools import cache

from sanderling.times.lexicon import mapping, pattern_rows, table

_NUMBER_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_MOD = r"early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+turn\s+of|end|the\s+early|the\s+late|the\s+mid"


def _alternation(words: list[str], *, abbreviations: dict[str, str] | None = None) -> str:
    """Longest-first regex alternation; with ``abbreviations`` ({word: value}), all but the longest word of a value may take a full stop."""
    full = set(words)
    if abbreviations:
        longest: dict[str, str] = {}
        for w, v in abbreviations.items():
            if len(w) > len(longest.get(v, "")):
                longest[v] = w
        full = set(longest.values())
    parts = []
    for word in sorted(words, key=len, reverse=True):
        pattern = r"\s+".join(re.escape(w) for w in word.split())
        if word not in full:
            pattern += r"\.?"
        parts.append(pattern)
    return "|".join(parts)


@cache
def macros() -> dict[str, str]:
    months = _alternation(list(mapping("months")), abbreviations=mapping("months"))
    weekdays = _alternation([w for w in mapping("weekdays") if len(w) > 4]) + "|" + "|".join(
        re.escape(w) + r"\." for w in mapping("weekdays") if len(w) <= 4
    )
    number_words = _alternation([w for w in mapping("numbers")])
    number = rf"(?P<num>\d+(?:[.,]\d+)?|(?:{_NUMBER_TENS})[-\s](?:{_NUMBER_UNITS})|{number_words})"
    ordinals = _alternation(list(mapping("ordinals")))
    values = {
        "MONTHALT": months,
        "MONTH": f"(?P<month>{months})",
        "WEEKDAY": f"(?P<weekday>{weekdays})",
        "ORDALT": ordinals,
        "YEAR": r"(?P<year>(?:1[6-9]|20)\d\d)",
        "NUM": number,
        "UNITALT": _alternation(list(mapping("units"))),
        "UNIT": f"(?P<unit>{_alternation(list(mapping('units')))})",
        "SEASON": f"(?P<season>{_alternation(list(mapping('seasons')))})",
        "PODALT": _alternation(list(mapping("parts_of_day"))),
        "POD": f"(?P<pod>{_alternation(list(mapping('parts_of_day')))})",
        "DAYALT": _alternation(list(table("days"))),
        "HOLALT": _alternation(list(mapping("holidays"))).replace("'", "['\u2019]"),
        "REFALT": _alternation(list(mapping("references"))),
        "SETALT": _alternation(list(mapping("sets"))),
        "HOURALT": _alternation([w for w, v in mapping("numbers").items() if v.isdigit() and int(v) <= 12 and " " not in w and w not in ("a", "an")]),
        "MOD": f"(?P<mod>{_MOD})",
        "MOD2": f"(?P<mod2>{_MOD})",
    }
    return values


@cache
def compiled() -> list[tuple[str, tuple[str, ...], re.Pattern[str]]]:
    """(rule, anchor classes, compiled regex) in priority order."""
    values = macros()
    result = []
    for rule, anchors, template in pattern_rows():
        regex = re.sub(r"\{([A-Z0-9]+)\}", lambda m: values[m.group(1)], template)
        unknown = set(anchors) - set(ANCHOR_CLASSES)
        if unknown:
            raise ValueError(f"data/patterns.tsv rule {rule!r} names unknown anchors {sorted(unknown)}; use {ANCHOR_CLASSES}")
        try:
            result.append((rule, anchors, re.compile(regex, re.IGNORECASE)))
        except re.error as err:
            raise ValueError(f"data/patterns.tsv rule {rule!r} does not compile: {err}") from None
    return result


_TRIGGER_EXTRA = ["quarter", "quarters", "half", "century", "centuries", "decade", "decades", "period",
                  "overnight", "noon", "midnight", "midday", "o'clock",
                  "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
                  "nineteen", "eighteen", "thousand", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
                  "saturdays", "sundays", "fiscal", "yearlong", "monthlong", "weeklong", "daylong", "hourlong"]
_LEXICON_CLASSES = ("months", "weekdays", "units", "seasons", "parts_of_day", "references", "sets", "days", "holidays")
ANCHOR_CLASSES = ("digit", "extra", *_LEXICON_CLASSES)


@cache
def anchor_classes() -> dict[str, frozenset[str]]:
    """Each anchor word (lower case) with the classes it belongs to; a word may be in several."""
    classes: dict[str, set[str]] = {w: {"extra"} for w in _TRIGGER_EXTRA}
    for name in _LEXICON_CLASSES:
        for entry in mapping(name):
            classes.setdefault(entry.split()[-1], set()).add(name)
    return {w: frozenset(c) for w, c in classes.items()}


@cache
def trigger() -> re.Pattern[str]:
    """A digit or any anchor word: rules only run near their anchors."""
    return re.compile(rf"\d|\b(?:{_alternation(sorted(anchor_classes()))})\b", re.IGNORECASE)
