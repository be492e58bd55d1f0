"""Lexicons of the temporal tagger, read once from the TSV files in ``data/``."""

from __future__ import annotations

from functools import cache

from sanderling.datafiles import data_rows



def _rows(name: str) -> list[list[str]]:
    """Rows of ``data/<name>.tsv``: tab-separated fields, ``#`` lines are comments."""
    return [cells for _, cells in data_rows("sanderling.times", f"{name}.tsv")]


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """``data/<name>.tsv`` as {lower-cased first field: remaining fields}."""
    return {row[0].lower(): tuple(row[1:]) for row in _rows(name)}


@cache
def mapping(name: str) -> dict[str, str]:
    """``data/<name>.tsv`` as {lower-cased first field: second field}."""
    return {key: (fields[0] if fields else "") for key, fields in table(name).items()}


@cache
def pattern_rows() -> list[tuple[str, tuple[str, ...], str]]:
    """(rule, anchor classes, regex template) of ``data/patterns.tsv``, in priority order."""
    return [(row[0], tuple(row[1].split(",")), row[2]) for row in _rows("patterns")]


@cache
def word_sets(name: str) -> dict[str, frozenset[str]]:
    """``data/<name>.tsv`` rows of ``class<TAB>word word ...`` as {class: words}; a class may take several rows."""
    found: dict[str, set[str]] = {}
    for row in _rows(name):
        found.setdefault(row[0], set()).update(row[1].split())
    return {key: frozenset(words) for key, words in found.items()}


def lookup(name: str, word: str) -> str | None:
    """The value of ``word`` in lexicon ``name``, ignoring case, spacing and a trailing dot."""
    key = " ".join(word.lower().replace("\u2019", "'").split()).rstrip(".")
    return mapping(name).get(key)
