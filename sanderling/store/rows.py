"""Turning a document and its events into table rows, and fingerprinting them.

Everything here is pure: rows are built, checked and hashed before the
database is touched, so bad data fails before a transaction begins.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sanderling.model import Document, Event
from sanderling.store.timex import timex_range

DOCUMENT_COLUMNS = (
    "doc_id", "published", "title", "url", "source", "source_path", "source_line",
    "text", "content_hash", "events_hash", "ingested_at",
)  # fmt: skip
EVENT_COLUMNS = (
    "id", "doc_id", "idx", "published", "event", "mode", "context", "date", "date_text",
    "date_basis", "date_start", "date_end", "status", "location_country", "trigger",
    "text", "start", "end", "score", "confidence", "rule", "record",
)  # fmt: skip
ACTOR_COLUMNS = ("event_pk", "role", "position", "country", "sector", "name", "text")


@dataclass(frozen=True, slots=True)
class EventRows:
    """One event's ``events`` row (in ``EVENT_COLUMNS`` order) and its actor rows.

    Actor rows lack the leading ``event_pk``, which is known only once the
    event row is inserted.
    """

    event: tuple[Any, ...]
    actors: tuple[tuple[Any, ...], ...]


def document_row(doc: Document, *, events_hash: str, ingested_at: str) -> tuple[Any, ...]:
    """The ``documents`` row, in ``DOCUMENT_COLUMNS`` order."""
    return (
        doc.doc_id, doc.published.isoformat(), doc.title, doc.url, doc.source, doc.source_path,
        doc.source_line, doc.text, content_hash(doc), events_hash, ingested_at,
    )  # fmt: skip


def content_hash(doc: Document) -> str:
    """A fingerprint of what the document says: id, date, title, url, source, text.

    Where it was read from (``source_path``, ``source_line``) is left out:
    the same article read from another file is the same article.
    """
    return _sha256([doc.doc_id, doc.published.isoformat(), doc.title, doc.url, doc.source, doc.text])


def events_hash(rows: Sequence[EventRows]) -> str:
    """A fingerprint of the coded events, so a changed coding replaces the old one."""
    return _sha256([list(r.event) for r in rows])


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


def _event_row(event: Event, record: dict[str, Any], record_json: str) -> tuple[Any, ...]:
    span = timex_range(event.date)
    location = record["location"]
    return (
        record["id"], record["doc_id"], event.index, record["published"], record["event"],
        record["mode"], json.dumps(record["context"], ensure_ascii=False), record["date"],
        record["date_text"], record["date_basis"],
        span[0].isoformat() if span else None, span[1].isoformat() if span else None,
        record["status"], location["country_code"] if location else None, record["trigger"],
        record["text"], record["start"], record["end"], record["score"], record["confidence"],
        event.rule, record_json,
    )  # fmt: skip


def _actor_rows(event: Event) -> tuple[tuple[Any, ...], ...]:
    return tuple(
        (role, position, actor.country, actor.sector, actor.name, actor.text)
        for role, actors in (("actor", event.actor), ("recipient", event.recipient))
        for position, actor in enumerate(actors)
    )


def _sha256(value: Any) -> str:
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
