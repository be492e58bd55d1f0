"""Stores coded on several machines put together: every document of a part store, with its events,
copied into one store by the rules of ``ingest``.

A part is read through its own read-only connection and written in one transaction of the target, so
a part that cannot be read to its end (a truncated copy, another program's database) changes nothing:
what the target held before is all it holds. Records are copied as stored, never coded again.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

_DOCUMENT_COLUMNS = ("doc_id", "published", "title", "url", "source", "source_path", "source_line", "text",
                     "content_hash", "events_hash", "ingested_at")
_EVENT_COLUMNS = ("id", "doc_id", "idx", "published", "event", "mode", "context", "date", "date_text", "date_basis",
                  "date_start", "date_end", "status", "location_country", "trigger", "text", "start", "end", "score",
                  "confidence", "rule", "record")
_ACTOR_COLUMNS = ("role", "position", "country", "sector", "name", "text")


def copy_documents(target: sqlite3.Connection, part: sqlite3.Connection) -> Counter[str]:
    """Copy each document of ``part`` missing or different in ``target`` (the caller holds the
    transaction); counts how many were added, replaced and unchanged."""
    counts: Counter[str] = Counter(added=0, replaced=0, unchanged=0)
    for row in part.execute(f"SELECT {_names(_DOCUMENT_COLUMNS)} FROM documents ORDER BY pk").fetchall():
        document = dict(zip(_DOCUMENT_COLUMNS, row, strict=True))
        old = target.execute("SELECT content_hash, events_hash FROM documents WHERE doc_id = ?", (document["doc_id"],)).fetchone()
        if old is not None and tuple(old) == (document["content_hash"], document["events_hash"]):
            counts["unchanged"] += 1
            continue
        if old is not None:
            target.execute("DELETE FROM documents WHERE doc_id = ?", (document["doc_id"],))  # its events go with it
        _insert(target, "documents", document)
        _copy_events(target, part, document["doc_id"])
        counts["added" if old is None else "replaced"] += 1
    return counts


def _copy_events(target: sqlite3.Connection, part: sqlite3.Connection, doc_id: str) -> None:
    events = part.execute(f"SELECT pk, {_names(_EVENT_COLUMNS)} FROM events WHERE doc_id = ? ORDER BY idx", (doc_id,)).fetchall()
    for row in events:
        new_pk = _insert(target, "events", dict(zip(_EVENT_COLUMNS, row[1:], strict=True)))
        for actor in part.execute(f"SELECT {_names(_ACTOR_COLUMNS)} FROM event_actors WHERE event_pk = ?", (row[0],)).fetchall():
            _insert(target, "event_actors", {"event_pk": new_pk, **dict(zip(_ACTOR_COLUMNS, actor, strict=True))})


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    cursor = conn.execute(f"INSERT INTO {table} ({_names(row)}) VALUES ({', '.join(':' + c for c in row)})", row)
    return int(cursor.lastrowid or 0)


def _names(columns: Any) -> str:
    return ", ".join(f'"{c}"' for c in columns)
