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

_TABLE_COLUMNS = (("id", 28), ("date", 10), ("event", 9), ("who", 28), ("status", 12), ("trigger", 40))


def write_jsonl(records: Iterable[Record], stream: TextIO) -> int:
    """Write one JSON object per line; returns how many were written."""
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[Record], stream: TextIO) -> int:
    """Write a header and one flat row per record (see ``CSV_COLUMNS``); returns the row count.

    Lines end in ``\\n``; open files with ``newline=""`` as the csv module asks.
    """
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in records:
        row = flatten(record)
        writer.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
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
    return flat


def format_table(records: Iterable[Record]) -> str:
    """A fixed-width table: id, date, event, actors -> recipients, status, trigger.

    Long cells are cut with an ellipsis; countries are shown by code, ``?``
    for an actor of unknown country, ``-`` for an empty side.
    """
    rows = [_table_row(r) for r in records]
    if not rows:
        return "(no events)"
    widths = [
        min(limit, max([len(name)] + [len(row[i]) for row in rows])) for i, (name, limit) in enumerate(_TABLE_COLUMNS)
    ]
    lines = [_line([name.upper() for name, _ in _TABLE_COLUMNS], widths), _line(["-" * w for w in widths], widths)]
    lines.extend(_line(row, widths) for row in rows)
    noun = "event" if len(rows) == 1 else "events"
    return "\n".join([*lines, f"{len(rows)} {noun}"])


def _table_row(record: Record) -> list[str]:
    who = f"{_countries(record.get('actor'))} -> {_countries(record.get('recipient'))}"
    return [
        str(record.get("id") or ""),
        str(record.get("date") or "?"),
        str(record.get("event") or ""),
        who,
        str(record.get("status") or ""),
        " ".join(str(record.get("trigger") or "").split()),
    ]


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
