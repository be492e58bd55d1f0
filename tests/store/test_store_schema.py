"""The schema: tables, indexes, denormalised date ranges, version."""

from __future__ import annotations

from sanderling.store import SCHEMA_VERSION, EventStore


def test_tables_and_indexes(store: EventStore) -> None:
    names = {row[0] for row in store._conn.execute("SELECT name FROM sqlite_master")}
    assert {"documents", "events", "event_actors", "documents_fts", "events_fts"} <= names
    assert {"events_date", "events_type", "events_status", "event_actors_country"} <= names
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_denormalised_columns(filled: EventStore) -> None:
    rows = filled._conn.execute("SELECT id, date, date_start, date_end, location_country FROM events ORDER BY id")
    assert rows.fetchall() == [
        ("iran-sanctions:0", "2019-05-08", "2019-05-08", "2019-05-08", None),
        ("iran-sanctions:1", "PAST_REF", None, None, None),
        ("kim-putin:0", "2019-W16", "2019-04-15", "2019-04-21", None),
        ("kim-putin:1", "2019-04-25", "2019-04-25", "2019-04-25", "RUS"),
        ("kim-putin:2", "2019-02", "2019-02-01", "2019-02-28", None),
    ]
    actors = filled._conn.execute(
        "SELECT role, position, country, name FROM event_actors JOIN events ON events.pk = event_pk "
        "WHERE events.id = 'kim-putin:1' ORDER BY role, position"
    )
    assert actors.fetchall() == [("actor", 0, "PRK", "Kim Jong Un"), ("actor", 1, "RUS", "Vladimir Putin")]


def test_stats_of_an_empty_store(store: EventStore) -> None:
    assert store.stats() == {
        "documents": 0,
        "events": 0,
        "by_event": {},
        "by_status": {},
        "date_from": None,
        "date_to": None,
        "schema_version": SCHEMA_VERSION,
    }
