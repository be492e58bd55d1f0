"""Ingest: added / unchanged / replaced, one transaction per document."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from store_builders import kim_putin_events, make_doc, make_event

from sanderling.store import SCHEMA_VERSION, EventStore, StoreError
from sanderling.store import eventstore as eventstore_module


def snapshot(store: EventStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, FTS indexes included, for before/after comparisons."""
    conn = store._conn
    tables = ["documents", "events", "event_actors"]
    shot = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
    shot["documents_fts"] = conn.execute(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Korea' ORDER BY 1"
    ).fetchall()
    shot["events_fts"] = conn.execute(
        "SELECT rowid FROM events_fts WHERE events_fts MATCH 'Korea' ORDER BY 1"
    ).fetchall()
    shot["fts_integrity"] = [
        conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)").fetchall(),
        conn.execute("INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)").fetchall(),
    ]
    return shot


def test_added_then_unchanged(store: EventStore) -> None:
    doc = make_doc()
    assert store.ingest(doc, kim_putin_events(doc)) == "added"
    before = snapshot(store)
    assert store.ingest(doc, kim_putin_events(doc)) == "unchanged"
    assert snapshot(store) == before  # not even ingested_at moves
    assert store.stats()["events"] == 3


def test_same_content_from_another_file_is_unchanged(store: EventStore) -> None:
    doc = make_doc()
    store.ingest(doc, kim_putin_events(doc))
    moved = replace(doc, source_path="elsewhere/kim.txt")
    assert store.ingest(moved, kim_putin_events(moved)) == "unchanged"


def test_changed_text_replaces_document_and_all_events(store: EventStore) -> None:
    doc = make_doc()
    store.ingest(doc, kim_putin_events(doc))
    changed = replace(doc, text=doc.text + " Updated.")
    assert store.ingest(changed, [make_event(changed, 0, event="THREATEN")]) == "replaced"
    assert [r["event"] for r in store.query()] == ["THREATEN"]
    assert store.document("kim-putin") == changed
    assert store._conn.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 2
    assert store.query(text="Updated") and len(store.query(text="Vladivostok", text_scope="sentence")) == 0


def test_changed_events_alone_replace(store: EventStore) -> None:
    doc = make_doc()
    store.ingest(doc, kim_putin_events(doc))
    assert store.ingest(doc, kim_putin_events(doc)[:1]) == "replaced"
    assert store.stats()["events"] == 1


def test_document_without_events_is_stored(store: EventStore) -> None:
    doc = make_doc("quiet")
    assert store.ingest(doc, []) == "added"
    assert "quiet" in store and len(store) == 1 and store.query() == []
    assert [d.doc_id for d in store.documents()] == ["quiet"]


def test_records_round_trip_exactly(store: EventStore) -> None:
    doc = make_doc()
    events = kim_putin_events(doc)
    store.ingest(doc, events)
    # ordered by the first day each date covers: 2019-02, 2019-W16 (15 April), 2019-04-25
    assert store.query() == [events[i].to_record() for i in (2, 0, 1)]


def test_event_of_another_document_is_refused(store: EventStore) -> None:
    doc = make_doc()
    other = make_doc("other")
    with pytest.raises(ValueError, match="belongs to document 'other'"):
        store.ingest(doc, [make_event(other, 0)])
    assert len(store) == 0


def test_duplicate_index_is_refused(store: EventStore) -> None:
    doc = make_doc()
    with pytest.raises(ValueError, match="used twice"):
        store.ingest(doc, [make_event(doc, 0), make_event(doc, 0)])


def test_unserialisable_event_leaves_store_as_before(store: EventStore) -> None:
    doc = make_doc()
    store.ingest(doc, kim_putin_events(doc))
    before = snapshot(store)
    changed = replace(doc, text=doc.text + " More.")
    bad = make_event(changed, 1, score=float("nan"))
    with pytest.raises(ValueError, match="cannot be stored as JSON"):
        store.ingest(changed, [make_event(changed, 0), bad])
    assert snapshot(store) == before


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_failure_after_rows_are_written_rolls_back(
    store: EventStore, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    doc = make_doc()
    store.ingest(doc, kim_putin_events(doc))
    before = snapshot(store)
    original = EventStore._insert
    written: list[int] = []

    def insert_then_fail(self: EventStore, *args: Any) -> None:
        original(self, *args)  # the old document is deleted, the new one and its events written ...
        written.append(self._conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        raise error  # ... and then the process is interrupted

    monkeypatch.setattr(EventStore, "_insert", insert_then_fail)
    changed = replace(doc, text=doc.text + " More.")
    with pytest.raises(type(error)):
        store.ingest(changed, [make_event(changed, 0)])
    with pytest.raises(type(error)):
        store.ingest(make_doc("new-doc"), [])
    assert written == [1, 2]  # the rows really were in the database before the failure
    assert snapshot(store) == before
    assert not store._conn.in_transaction
    monkeypatch.undo()
    assert store.ingest(changed, [make_event(changed, 0)]) == "replaced"  # the store still works


def test_failure_in_second_event_row_rolls_back(store: EventStore, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = make_doc()
    events = kim_putin_events(doc)
    store.ingest(make_doc("earlier"), [])
    before = snapshot(store)
    rows = eventstore_module.R.event_rows(doc, events)
    broken = [rows[0], replace(rows[1], actors=({**rows[1].actors[0], "role": "boss"},))]  # role violates CHECK
    monkeypatch.setattr(eventstore_module.R, "event_rows", lambda d, e: broken)
    with pytest.raises(sqlite3.IntegrityError):
        store.ingest(doc, events)
    assert snapshot(store) == before


def test_file_store_persists_with_wal_and_version(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    doc = make_doc()
    with EventStore.open(path) as store:
        store.ingest(doc, kim_putin_events(doc))
    with EventStore.open(str(path)) as store:
        assert store.stats()["events"] == 3
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with EventStore.open(path, read_only=True) as store:
        assert len(store.query(event="AGREE")) == 1
        with pytest.raises(sqlite3.OperationalError):
            store.ingest(make_doc("x"), [])


def test_interrupted_file_write_is_not_visible_to_a_second_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "events.db"
    doc = make_doc()
    with EventStore.open(path) as store:
        store.ingest(doc, kim_putin_events(doc))

        def crash(self: EventStore, *args: Any) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(EventStore, "_insert", crash)
        with pytest.raises(KeyboardInterrupt):
            store.ingest(replace(doc, text="other"), [])
    with EventStore.open(path) as again:
        assert again.document("kim-putin") == doc and again.stats()["events"] == 3


def test_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=r"junk\.db: not a readable SQLite database"):
        EventStore.open(junk)
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a sanderling store"):
        EventStore.open(foreign)
    with pytest.raises(StoreError, match="no such database"):
        EventStore.open(tmp_path / "missing.db", read_only=True)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    EventStore.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer sanderling"):
        EventStore.open(path)


def test_delete(store: EventStore) -> None:
    doc = make_doc()
    store.ingest(doc, kim_putin_events(doc))
    assert store.delete("kim-putin") and not store.delete("kim-putin")
    assert store.stats()["events"] == 0
    assert store._conn.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 0
    assert store.query(text="Korea") == []


def test_busy_store_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with EventStore.open(path) as store, sqlite3.connect(path, timeout=0) as other:
        other.execute("BEGIN IMMEDIATE")  # another process is writing
        store._conn.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(StoreError, match="another process is writing"):
            store.ingest(make_doc(), [])
        other.execute("ROLLBACK")
        assert store.ingest(make_doc(), []) == "added"
