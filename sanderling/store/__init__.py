"""Store stage: documents and PLOVER events in an embedded SQLite database.

``EventStore.open(path)`` needs no server and no set-up; ``ingest`` writes a
document and its events in one transaction; ``query`` filters by type,
countries, date range, status and full text and returns SPEC §2 records.
``query_merged`` gives one record per event however many reports tell it
(``sanderling.merge``). ``export`` formats records as JSON Lines,
CSV or a readable table.
"""

from sanderling.store.eventstore import EventStore, IngestResult
from sanderling.store.export import format_table, write_csv, write_jsonl
from sanderling.store.schema import SCHEMA_VERSION, StoreError
from sanderling.times.ranges import timex_range

__all__ = [
    "SCHEMA_VERSION",
    "EventStore",
    "IngestResult",
    "StoreError",
    "format_table",
    "timex_range",
    "write_csv",
    "write_jsonl",
]
