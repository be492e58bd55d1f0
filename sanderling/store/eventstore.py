"""``EventStore``: documents and their PLOVER events in one SQLite file.

Zero set-up: the standard library's sqlite3, a file (or ``":memory:"``) and
nothing else. Each document is written in one transaction, so a bad event, an
exception or Ctrl-C in the middle of a write leaves the store as it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Unpack

from sanderling.merge import merge_reports
from sanderling.model import Document, Event
from sanderling.store import rows as R
from sanderling.store.combine import copy_documents
from sanderling.store.filters import QueryFilters, build_where
from sanderling.store.schema import SCHEMA_VERSION, StoreError, prepare

IngestResult = Literal["added", "unchanged", "replaced"]

_SELECT_DOCUMENT = "SELECT doc_id, published, text, title, url, source, source_path, source_line FROM documents"


class EventStore:
    """Documents and events in an embedded SQLite database.

    Open with ``EventStore.open(path)``; use as a context manager or call
    ``close()``. One store object belongs to one thread.

    Example::

        with EventStore.open("events.db") as store:
            store.ingest(doc, events)
            for record in store.query(event="ACCUSE", actor_country="PRK"):
                print(record["date"], record["trigger"])
    """

    def __init__(self, conn: sqlite3.Connection, *, path: str) -> None:
        """Wrap an open, prepared connection; use ``EventStore.open`` instead."""
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> EventStore:
        """Open the store at ``path``, creating the file and schema if missing.

        ``":memory:"`` gives a private in-memory store. Files use WAL
        journaling, so readers (e.g. a server) never block a running ingest.
        ``read_only`` opens an existing store without the right to change it.
        Raises ``StoreError`` when the file cannot be opened or is not a store.
        """
        where = str(path)
        memory = where == ":memory:"
        try:
            if read_only and not memory:
                if not Path(where).exists():
                    raise StoreError(f"{where}: no such database; ingest documents into it first")
                conn = sqlite3.connect(f"{Path(where).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
            else:
                conn = sqlite3.connect(where, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{where}: cannot open database ({exc}); check the path and its permissions") from exc
        try:
            prepare(conn, where=where, wal=not memory, read_only=read_only)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path=where)

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards."""
        self._conn.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing -----------------------------------------------------------

    def ingest(self, doc: Document, events: Sequence[Event]) -> IngestResult:
        """Store ``doc`` and its events, in one transaction.

        Returns ``"added"`` for a new ``doc_id``; ``"unchanged"`` (and
        writes nothing) when the same document with the same events is
        already stored; ``"replaced"`` when the document or its events
        changed, in which case its row and all its old events are replaced.
        Raises ValueError for events that belong to another document, reuse
        an index or cannot be serialised; on any exception nothing is written.
        """
        event_rows = R.event_rows(doc, events)
        doc_row = R.document_row(doc, events_hash=R.events_hash(event_rows), ingested_at=_now())
        hashes = (doc_row["content_hash"], doc_row["events_hash"])
        with self._transaction():
            old = self._conn.execute(
                "SELECT content_hash, events_hash FROM documents WHERE doc_id = ?", (doc.doc_id,)
            ).fetchone()
            if old is not None and tuple(old) == hashes:
                return "unchanged"
            if old is not None:
                self._conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc.doc_id,))
            self._insert(doc_row, event_rows)
        return "added" if old is None else "replaced"

    def combine(self, part: str | Path) -> dict[str, int]:
        """Copy every document of the store at ``part`` (made on another machine, e.g. with
        ``ingest --shard``) into this one, with its events as stored: new ones are added, changed ones
        replace what was here, the same ones are left. One transaction: a part that cannot be read to
        its end changes nothing. Returns the counts of added, replaced and unchanged documents.
        Raises StoreError when ``part`` is no store, or is this store itself.
        """
        if self.path != ":memory:" and Path(part).resolve() == Path(self.path).resolve():
            raise StoreError(f"{part}: this is the store being combined into; pass the other stores")
        with EventStore.open(part, read_only=True) as source, self._transaction():
            try:
                return dict(copy_documents(self._conn, source._conn))
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{part}: cannot be read to its end ({exc}); nothing of it was copied") from exc

    def delete(self, doc_id: str) -> bool:
        """Remove a document and its events; False when there was none."""
        with self._transaction():
            cursor = self._conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
        return cursor.rowcount > 0

    def _insert(self, doc_row: R.Row, event_rows: Sequence[R.EventRows]) -> None:
        self._conn.execute(_insert_sql("documents", doc_row), doc_row)
        for rows in event_rows:
            event_pk = self._conn.execute(_insert_sql("events", rows.event), rows.event).lastrowid
            actors = [{"event_pk": event_pk, **actor} for actor in rows.actors]
            if actors:
                self._conn.executemany(_insert_sql("event_actors", actors[0]), actors)

    def _transaction(self) -> _Transaction:
        return _Transaction(self._conn)

    # -- reading -----------------------------------------------------------

    def query(self, *, limit: int | None = None, **filters: Unpack[QueryFilters]) -> list[dict[str, Any]]:
        """SPEC §2 records of the events that pass every given filter.

        ``event``, ``status``, the country filters and ``doc_id`` take one
        value or a list (any of them matches). ``actor_country`` and
        ``recipient_country`` look at one side, ``country`` at either side,
        ``location_country`` at the event's place. ``date_from`` / ``date_to``
        are ISO dates (a TIMEX3 value such as ``2019-04`` stands for its first
        / last day); an event matches when the days its ``date`` covers
        overlap the range, so ``2019-W16`` matches ``date_from="2019-04-18"``;
        events dated only PAST_REF or FUTURE_REF never match a date filter.
        ``text`` is a full-text search (every word must occur; ``"a phrase"``,
        ``prefix*``) over the event sentence and trigger
        (``text_scope="sentence"``), the article title and text
        (``"article"``) or either (``"any"``, the default). Records come
        ordered by date, then document and event index; ``limit`` caps how
        many. Raises ValueError for an unknown event type or status, or a bad
        date or limit, and TypeError for a filter name that does not exist.
        """
        return list(self.iter_query(limit=limit, **filters))

    def iter_query(self, *, limit: int | None = None, **filters: Unpack[QueryFilters]) -> Iterator[dict[str, Any]]:
        """``query`` one record at a time, for result sets too large to hold in memory.

        The filters are checked at once, before the first record is asked for.
        """
        where = build_where(**filters)
        sql = (
            "SELECT e.record FROM events e"
            + where.sql()
            + " ORDER BY e.date_start IS NULL, e.date_start, e.date_end, e.doc_id, e.idx"
        )
        params = list(where.params)
        if _checked_limit(limit) is not None:
            sql += " LIMIT ?"
            params.append(limit)
        cursor = self._conn.execute(sql, params)
        return (json.loads(row[0]) for row in cursor)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """The SPEC §2 record of the stored event with this ``id``, or None."""
        row = self._conn.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def query_merged(self, *, limit: int | None = None, **filters: Unpack[QueryFilters]) -> list[dict[str, Any]]:
        """``query``, with the reports of one event merged into one record (``merge.merge_reports``).

        Filters pick the reports before they are merged; ``limit`` caps the merged records. Each
        record carries ``reports``: how many reports it stands for, their ids, documents and outlets.
        """
        _checked_limit(limit)
        merged = merge_reports(self.iter_query(**filters), sources=self.sources())
        return merged if limit is None else merged[:limit]

    def sources(self) -> dict[str, str | None]:
        """Each stored document's outlet (the ``source`` of its input), by ``doc_id``."""
        return dict(self._conn.execute("SELECT doc_id, source FROM documents").fetchall())

    def stats(self) -> dict[str, Any]:
        """Counts: documents, events, events by type and by status, and the date span."""
        one = self._conn.execute
        span = one("SELECT min(date_start), max(date_end) FROM events").fetchone()
        return {
            "documents": one("SELECT count(*) FROM documents").fetchone()[0],
            "events": one("SELECT count(*) FROM events").fetchone()[0],
            "by_event": dict(one("SELECT event, count(*) FROM events GROUP BY event ORDER BY event").fetchall()),
            "by_status": dict(one("SELECT status, count(*) FROM events GROUP BY status ORDER BY status").fetchall()),
            "date_from": span[0],
            "date_to": span[1],
            "schema_version": SCHEMA_VERSION,
        }

    def document(self, doc_id: str) -> Document | None:
        """The stored document with this id, or None."""
        row = self._conn.execute(_SELECT_DOCUMENT + " WHERE doc_id = ?", (doc_id,)).fetchone()
        return _document(row) if row else None

    def documents(self) -> Iterator[Document]:
        """Every stored document, in ``doc_id`` order."""
        for row in self._conn.execute(_SELECT_DOCUMENT + " ORDER BY doc_id"):
            yield _document(row)

    def __contains__(self, doc_id: object) -> bool:
        return self._conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def __len__(self) -> int:
        """The number of stored documents."""
        return int(self._conn.execute("SELECT count(*) FROM documents").fetchone()[0])


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; any exception, KeyboardInterrupt too, rolls back."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._rollback()  # a transaction left open by an interrupted rollback
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"cannot start writing ({exc}); another process is writing to this store, "
                "wait for it or use another file"
            ) from exc

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            try:
                self._conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
        else:
            self._rollback()

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")


def _insert_sql(table: str, row: R.Row) -> str:
    """``INSERT INTO table (...) VALUES (:name, ...)`` for the columns of ``row``."""
    names = ", ".join(f'"{c}"' for c in row)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + c for c in row)})"


def _checked_limit(limit: object) -> int | None:
    """``limit`` as given, a whole number >= 0 or None; raises ValueError for anything else."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be a whole number >= 0, got {limit!r}")
    return limit


def _document(row: sqlite3.Row | tuple[Any, ...]) -> Document:
    doc_id, published, text, title, url, source, source_path, source_line = row
    return Document(
        doc_id=doc_id,
        published=date.fromisoformat(published),
        text=text,
        title=title,
        url=url,
        source=source,
        source_path=source_path,
        source_line=source_line,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
