"""Reading the project's own data tables: TSV with ``#`` source headers."""

from __future__ import annotations

import csv
from importlib import resources


def data_rows(package: str, name: str) -> list[tuple[int, list[str]]]:
    """(line number, tab-separated cells) of each row of ``package/data/name``.

    Lines starting with ``#`` (sources, column notes) and blank lines are
    skipped; line numbers let errors and explanations point at the row.
    """
    text = _data_text(package, name)
    return [(number, line.split("\t")) for number, line in enumerate(text.splitlines(), start=1) if line.strip() and not line.startswith("#")]


def read_table(package: str, name: str) -> list[dict[str, str]]:
    """Rows of ``package/data/name`` as dicts keyed by the header row.

    Lines starting with ``#`` state sources and column meanings and are
    skipped; empty cells are empty strings.
    """
    text = _data_text(package, name)
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{key: (value or "").strip() for key, value in row.items() if key} for row in reader]


def _data_text(package: str, name: str) -> str:
    """The text of ``package/data/name``, found from the top package so that a light module (the store)
    can read a stage's table without importing that stage and what it needs (spaCy)."""
    top, *inner = package.split(".")
    return resources.files(top).joinpath(*inner, "data", name).read_text(encoding="utf-8")
