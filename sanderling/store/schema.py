"""The SQLite schema of an event store, and opening a database safely.

Tables:

``documents``
    One row per article: ``doc_id`` (unique), publication date, title, url,
    source, where it was read from, the text, ``content_hash`` (of the
    document's content) and ``events_hash`` (of its coded events), and when it
    was ingested. ``pk`` is an explicit integer key so the full-text index
    can point at rows that never renumber (VACUUM renumbers implicit rowids).
``events``
    One row per event: every SPEC §2 scalar field as a column, ``record``
    (the full SPEC §2 record as JSON, returned verbatim by queries), and
    denormalised columns for filtering: ``date_start`` / ``date_end`` (the
    first and last day the TIMEX3 ``date`` covers; null for PAST_REF,
    FUTURE_REF) and ``location_country``.
``event_actors``
    One row per actor or recipient of an event (``role``), so country filters
    use an index instead of scanning JSON.
``documents_fts`` / ``events_fts``
    FTS5 indexes over document title and text, and over event sentence and
    trigger; kept in step with their tables by triggers.

The schema version is ``PRAGMA user_version``; ``PRAGMA application_id``
marks the file as a sanderling store.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1
APPLICATION_ID = 0x53414E44  # "SAND"

_TABLES = """
CREATE TABLE documents (
    pk            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL UNIQUE,
    published     TEXT NOT NULL,
    title         TEXT,
    url           TEXT,
    source        TEXT,
    source_path   TEXT,
    source_line   INTEGER,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    events_hash   TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);

CREATE TABLE events (
    pk               INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    doc_id           TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx              INTEGER NOT NULL,
    published        TEXT NOT NULL,
    event            TEXT NOT NULL,
    mode             TEXT,
    context          TEXT NOT NULL,
    date             TEXT,
    date_text        TEXT,
    date_basis       TEXT,
    date_start       TEXT,
    date_end         TEXT,
    status           TEXT NOT NULL,
    location_country TEXT,
    trigger          TEXT,
    text             TEXT NOT NULL,
    start            INTEGER NOT NULL,
    end              INTEGER NOT NULL,
    score            REAL,
    confidence       REAL,
    rule             TEXT,
    record           TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_id, idx);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_type ON events(event, date_start);
CREATE INDEX events_status ON events(status);
CREATE INDEX events_location_country ON events(location_country);

CREATE TABLE event_actors (
    event_pk  INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position  INTEGER NOT NULL,
    country   TEXT,
    sector    TEXT,
    name      TEXT,
    text      TEXT,
    PRIMARY KEY (event_pk, role, position)
) WITHOUT ROWID;
CREATE INDEX event_actors_country ON event_actors(country, role, event_pk);
"""


def _full_text_index(table: str, columns: tuple[str, ...]) -> str:
    """An FTS5 index over ``columns`` of ``table``. It holds no copy of the text (external content), so
    triggers keep it in step with every insert, delete and update of the table."""
    index, names = f"{table}_fts", ", ".join(columns)
    new, old = (", ".join(f"{row}.{c}" for c in columns) for row in ("new", "old"))
    add = f"INSERT INTO {index}(rowid, {names}) VALUES (new.pk, {new});"
    remove = f"INSERT INTO {index}({index}, rowid, {names}) VALUES ('delete', old.pk, {old});"
    return f"""
CREATE VIRTUAL TABLE {index} USING fts5(
    {names}, content='{table}', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN
    {add}
END;
CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN
    {remove}
END;
CREATE TRIGGER {index}_update AFTER UPDATE ON {table} BEGIN
    {remove}
    {add}
END;
"""


_DDL = _TABLES + _full_text_index("documents", ("title", "text")) + _full_text_index("events", ("text", "trigger"))


class StoreError(Exception):
    """A database that cannot be opened, read or written; the message says why and what to do."""


def prepare(conn: sqlite3.Connection, *, where: str, wal: bool, read_only: bool = False) -> None:
    """Set the connection up and create the schema in an empty database.

    ``where`` names the database in error messages. Raises ``StoreError``
    for a file that is not a sanderling store or was written by a newer
    version.
    """
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        if wal and not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{where}: not a readable SQLite database ({exc}); pass a new file name to create a store"
        ) from exc
    if version == 0 and tables == 0:
        if read_only:
            raise StoreError(f"{where}: empty database; ingest documents into it first")
        _create(conn)
        return
    if app_id != APPLICATION_ID:
        raise StoreError(f"{where}: an SQLite database that is not a sanderling store; pass a new file name")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{where}: written by a newer sanderling (schema {version}, this one reads {SCHEMA_VERSION}); "
            "upgrade sanderling"
        )


def _create(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(_DDL):
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(ddl: str) -> list[str]:
    """Split the DDL into statements; trigger bodies hold semicolons of their own."""
    statements, current = [], ""
    for line in ddl.strip().splitlines():
        current += line + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements
