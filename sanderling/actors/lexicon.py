"""Dictionary matching of table entries against token sequences.

Patterns are tokenised with spaCy's English tokenizer and indexed by their first folded token,
so matching a text costs one dictionary lookup per token plus a few tuple comparisons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from sanderling.actors.normalize import fold, has_upper, is_acronym

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

    from sanderling.actors.tables import Leader


@dataclass(frozen=True, slots=True)
class Entry:
    """One table row's meaning for a surface form.

    ``kind`` is country, demonym, seat, territory, city, people, org, person, surname or agent.
    """

    kind: str
    code: str | None
    sector: str | None
    name: str | None
    source: str
    role: str | None = None
    leader: Leader | None = None
    plural: bool = False
    options: tuple[str, ...] = ()  # a people's possible countries, chosen by the article
    start: date | None = None  # for dated organisation rows ("Taliban" GOV from 2021-08-15)
    end: date | None = None
    relational: bool = False  # an agent term naming another's party ("ally"): agents.tsv relation
    domestic: bool = False  # an agent term naming the state's own body ("regime forces"): agents.tsv relation 'home'

    def current(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(slots=True)
class Pattern:
    keys: tuple[str, ...]
    variants: list[tuple[str, ...]] = field(default_factory=list)  # original token texts, for case checks
    entries: list[Entry] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Match:
    """Entries matched on tokens ``start``..``end`` (exclusive). ``suffix`` is the rest of a token
    only partly matched ("U.S.-backed" -> "-backed")."""

    start: int
    end: int
    entries: tuple[Entry, ...]
    suffix: str = ""
    acronym: bool = False


@lru_cache(maxsize=1)
def pattern_tokenizer() -> Tokenizer:
    import spacy

    return spacy.blank("en").tokenizer


def tokenize(text: str) -> list[str]:
    return [t.text for t in pattern_tokenizer()(text)]


def _one_slip(a: str, b: str) -> bool:
    """One inserted, dropped, changed or swapped letter, never the first or the last one."""
    if a == b or a[0] != b[0] or a[-1] != b[-1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return len(diff) == 1 or swapped
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _case_ok(texts: Sequence[str], variant: tuple[str, ...]) -> bool:
    for text, want in zip(texts, variant):
        if is_acronym(want):
            if text.replace(".", "") != want.replace(".", ""):
                return False
        elif has_upper(want) and not has_upper(text):
            return False
    return True


def current_entries(entries: Sequence[Entry], day: date) -> tuple[Entry, ...]:
    """Drop dated organisation rows not in force on ``day`` (undated rows always stay)."""
    if all(e.start is None and e.end is None for e in entries):
        return tuple(entries)
    return tuple(e for e in entries if e.current(day))


class Lexicon:
    """All surface forms of all tables, matched longest-first."""

    def __init__(self) -> None:
        self._patterns: dict[tuple[str, ...], Pattern] = {}
        self._index: dict[str, list[Pattern]] = {}
        self._near: dict[str, set[tuple[str, ...]]] | None = None
        self.acronyms: frozenset[str] = frozenset()  # "US", "UN", "IS": upper-case forms the tables know

    def add(self, text: str, entry: Entry) -> None:
        texts = [tuple(tokenize(text))]
        if "-" in text:
            texts.append(tuple(tokenize(text.replace("-", " "))))
        for variant in texts:
            keys = tuple(fold(t) for t in variant)
            if not keys:
                continue
            pattern = self._patterns.get(keys)
            if pattern is None:
                pattern = self._patterns[keys] = Pattern(keys)
            if variant not in pattern.variants:
                pattern.variants.append(variant)
            if entry not in pattern.entries:
                pattern.entries.append(entry)

    def freeze(self) -> None:
        self.acronyms = frozenset(v[0] for p in self._patterns.values() for v in p.variants if len(v) == 1 and is_acronym(v[0]))
        index: dict[str, list[Pattern]] = {}
        for pattern in self._patterns.values():
            index.setdefault(pattern.keys[0], []).append(pattern)
        for candidates in index.values():
            candidates.sort(key=lambda p: -len(p.keys))
        self._index = index

    def near(self, word: str) -> tuple[Entry, ...]:
        """Country or demonym entries one typing slip away from ``word`` ("Afganistan", "Quatar"),
        when exactly one country is that close; for phrases typed by hand."""
        if self._near is None:
            near: dict[str, set[tuple[str, ...]]] = {}
            for keys, pattern in self._patterns.items():
                if len(keys) == 1 and len(keys[0]) >= 5 and any(e.kind in ("country", "demonym") for e in pattern.entries):
                    for variant in _deletions(keys[0]) | {keys[0]}:
                        near.setdefault(variant, set()).add(keys)
            self._near = near
        key = fold(word)
        found: set[tuple[str, ...]] = set()
        for variant in _deletions(key) | {key}:
            found |= {k for k in self._near.get(variant, ()) if _one_slip(key, k[0])}
        entries = [e for k in found for e in self._patterns[k].entries if e.kind in ("country", "demonym")]
        if len({e.code for e in entries}) != 1:
            return ()
        return tuple(entries)

    def lookup(self, text: str) -> list[Entry]:
        """Entries whose surface form is exactly ``text`` (case-folded)."""
        pattern = self._patterns.get(tuple(fold(t) for t in tokenize(text)))
        return list(pattern.entries) if pattern else []

    def match(self, texts: Sequence[str], keys: Sequence[str] | None = None) -> list[Match]:
        """Longest, leftmost, non-overlapping matches over a token sequence."""
        keys = keys if keys is not None else [fold(t) for t in texts]
        n = len(keys)
        out: list[Match] = []
        i = 0
        index = self._index
        while i < n:
            found = None
            for pattern in index.get(keys[i], ()):
                size = len(pattern.keys)
                if i + size <= n and tuple(keys[i:i + size]) == pattern.keys:
                    window = texts[i:i + size]
                    variant = next((v for v in pattern.variants if _case_ok(window, v)), None)
                    if variant is not None:
                        found = Match(i, i + size, tuple(pattern.entries), acronym=any(map(is_acronym, variant)))
                        break
            if found is None and "-" in keys[i] and len(keys[i]) > 2:
                found = self._partial(i, texts[i], keys[i])
            if found is not None:
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def _partial(self, i: int, text: str, key: str) -> Match | None:
        head, _, rest = key.partition("-")
        head_text = text.split("-", 1)[0]
        for pattern in self._index.get(head, ()):
            if len(pattern.keys) == 1 and any(_case_ok([head_text], v) for v in pattern.variants):
                return Match(i, i + 1, tuple(pattern.entries), suffix="-" + rest, acronym=is_acronym(pattern.variants[0][0]))
        return None
