"""SPEC §2 records as JSON Lines, CSV or a table a person can read.

Each function takes any iterable of records (dicts as ``Event.to_record`` or
``EventStore.query`` give them).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

Record = Mapping[str, Any]

CSV_COLUMNS = (
    "id",
    "doc_id",
    "published",
    "date",
    "date_text",
    "date_basis",
    "event",
    "mode",
    "context",
    "status",
    "actor_country",
    "actor_sector",
    "actor_name",
    "actor_text",
    "recipient_country",
    "recipient_sector",
    "recipient_name",
    "recipient_text",
    "location_place",
    "location_country",
    "location_lat",
    "location_lon",
    "location_geonameid",
    "trigger",
    "text",
    "start",
    "end",
    "score",
    "confidence",
)
"""CSV columns, in order. List fields are joined with ';' and stay aligned:
the n-th actor_country, actor_sector, actor_name and actor_text describe the
same actor, an unknown part being an empty string."""

MERGED_COLUMNS = ("reports", "report_doc_ids", "report_sources")
"""Columns added after ``CSV_COLUMNS`` for merged records (``merge.merge_reports``): how many reports the
row stands for, and their documents and outlets, ';'-joined."""

_TABLE_COLUMNS = (("id", 28), ("date", 10), ("event", 9), ("who", 28), ("status", 12), ("trigger", 40))


def write_jsonl(records: Iterable[Record], stream: TextIO) -> int:
    """Write one JSON object per line; returns how many were written."""
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[Record], stream: TextIO, *, merged: bool = False) -> int:
    """Write a header and one flat row per record (see ``CSV_COLUMNS``, and ``MERGED_COLUMNS`` when
    ``merged``); returns the row count.

    Lines end in ``\\n``; open files with ``newline=""`` as the csv module asks.
    """
    columns = CSV_COLUMNS + MERGED_COLUMNS if merged else CSV_COLUMNS
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for record in records:
        row = flatten(record)
        writer.writerow(["" if row[c] is None else row[c] for c in columns])
        count += 1
    return count


def flatten(record: Record) -> dict[str, Any]:
    """One record as a flat dict keyed by ``CSV_COLUMNS``; missing values are None."""
    flat: dict[str, Any] = {c: record.get(c) for c in CSV_COLUMNS}
    flat["context"] = ";".join(record.get("context") or [])
    for role in ("actor", "recipient"):
        actors = record.get(role) or []
        for part in ("country", "sector", "name", "text"):
            flat[f"{role}_{part}"] = ";".join(a.get(part) or "" for a in actors)
    location = record.get("location") or {}
    flat["location_place"] = location.get("resolved_place") or location.get("extracted_place")
    flat["location_country"] = location.get("country_code")
    flat["location_lat"] = location.get("lat")
    flat["location_lon"] = location.get("lon")
    flat["location_geonameid"] = location.get("geonameid")
    reports = record.get("reports") or {}
    flat["reports"] = reports.get("count")
    flat["report_doc_ids"] = ";".join(reports.get("doc_ids") or [])
    flat["report_sources"] = ";".join(reports.get("sources") or [])
    return flat


def format_table(records: Iterable[Record], *, merged: bool = False) -> str:
    """A fixed-width table: id, date, event, actors -> recipients, status, trigger, and with ``merged`` the
    number of reports each row stands for.

    Long cells are cut with an ellipsis; countries are shown by code, ``?``
    for an actor of unknown country, ``-`` for an empty side.
    """
    records = list(records)
    columns = (*_TABLE_COLUMNS, ("reports", 7)) if merged else _TABLE_COLUMNS
    rows = [_table_row(r, merged) for r in records]
    if not rows:
        return "(no events)"
    widths = [
        min(limit, max([len(name)] + [len(row[i]) for row in rows])) for i, (name, limit) in enumerate(columns)
    ]
    lines = [_line([name.upper() for name, _ in columns], widths), _line(["-" * w for w in widths], widths)]
    lines.extend(_line(row, widths) for row in rows)
    noun = "event" if len(rows) == 1 else "events"
    total = f"{len(rows)} {noun}"
    if merged:
        total += f" from {sum(_report_count(r) for r in records)} reports"
    return "\n".join([*lines, total])


def _table_row(record: Record, merged: bool = False) -> list[str]:
    who = f"{_countries(record.get('actor'))} -> {_countries(record.get('recipient'))}"
    reports = [str(_report_count(record))] if merged else []
    return [
        str(record.get("id") or ""),
        str(record.get("date") or "?"),
        str(record.get("event") or ""),
        who,
        str(record.get("status") or ""),
        " ".join(str(record.get("trigger") or "").split()),
        *reports,
    ]


def _report_count(record: Record) -> int:
    return (record.get("reports") or {}).get("count", 1)


def _countries(actors: Sequence[Mapping[str, Any]] | None) -> str:
    if not actors:
        return "-"
    return ",".join(a.get("country") or "?" for a in actors)


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(_fit(cell, width) for cell, width in zip(cells, widths, strict=True)).rstrip()


def _fit(cell: str, width: int) -> str:
    if len(cell) > width:
        cell = cell[: width - 1] + "…"
    return cell.ljust(width)
