"""Turning a document and its events into table rows, and fingerprinting them.

Everything here is pure: rows are built, checked and hashed before the
database is touched, so bad data fails before a transaction begins. A row is
a dict keyed by column name.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sanderling.model import Document, Event
from sanderling.times.ranges import timex_range

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class EventRows:
    """One event's ``events`` row and its ``event_actors`` rows.

    Actor rows lack ``event_pk``, which is known only once the event row is
    inserted.
    """

    event: Row
    actors: tuple[Row, ...]


def document_row(doc: Document, *, events_hash: str, ingested_at: str) -> Row:
    """The ``documents`` row of ``doc``."""
    return {
        "doc_id": doc.doc_id,
        "published": doc.published.isoformat(),
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "source_path": doc.source_path,
        "source_line": doc.source_line,
        "text": doc.text,
        "content_hash": content_hash(doc),
        "events_hash": events_hash,
        "ingested_at": ingested_at,
    }


def content_hash(doc: Document) -> str:
    """A fingerprint of what the document says: id, date, title, url, source, text.

    Where it was read from (``source_path``, ``source_line``) is left out:
    the same article read from another file is the same article.
    """
    return _sha256([doc.doc_id, doc.published.isoformat(), doc.title, doc.url, doc.source, doc.text])


def events_hash(rows: Sequence[EventRows]) -> str:
    """A fingerprint of the coded events, so a changed coding replaces the old one."""
    return _sha256([[r.event["record"], r.event["rule"]] for r in rows])


def event_rows(doc: Document, events: Sequence[Event]) -> list[EventRows]:
    """Check and convert the events of ``doc``; raises ValueError naming the bad event."""
    rows, seen = [], set()
    for event in events:
        where = f"document {doc.doc_id!r}, event {event.id!r}"
        if event.doc_id != doc.doc_id:
            raise ValueError(f"{where}: belongs to document {event.doc_id!r}; ingest it with that document")
        if event.id in seen:
            raise ValueError(f"{where}: index {event.index} is used twice; give each event of a document its own index")
        seen.add(event.id)
        try:
            record = event.to_record()
            record_json = json.dumps(record, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{where}: its record cannot be stored as JSON ({exc})") from exc
        rows.append(EventRows(_event_row(event, record, record_json), _actor_rows(event)))
    return rows


def _event_row(event: Event, record: dict[str, Any], record_json: str) -> Row:
    span = timex_range(event.date)
    location = record["location"]
    row = {key: record[key] for key in _SCALAR_FIELDS}
    row.update(
        idx=event.index,
        context=json.dumps(record["context"], ensure_ascii=False),
        date_start=span[0].isoformat() if span else None,
        date_end=span[1].isoformat() if span else None,
        location_country=location["country_code"] if location else None,
        rule=event.rule,
        record=record_json,
    )
    return row


# SPEC §2 fields stored as they are in the record.
_SCALAR_FIELDS = (
    "id", "doc_id", "published", "event", "mode", "date", "date_text", "date_basis",
    "status", "trigger", "text", "start", "end", "score", "confidence",
)  # fmt: skip


def _actor_rows(event: Event) -> tuple[Row, ...]:
    return tuple(
        {
            "role": role,
            "position": position,
            "country": actor.country,
            "sector": actor.sector,
            "name": actor.name,
            "text": actor.text,
        }
        for role, actors in (("actor", event.actor), ("recipient", event.recipient))
        for position, actor in enumerate(actors)
    )


def _sha256(value: Any) -> str:
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
