"""JSON Lines, CSV and table output of records."""

from __future__ import annotations

import csv
import io
import json

from sanderling.store import EventStore, format_table, write_csv, write_jsonl
from sanderling.store.export import CSV_COLUMNS


def test_jsonl_round_trips(filled: EventStore) -> None:
    records = filled.query()
    out = io.StringIO()
    assert write_jsonl(records, out) == 5
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == records
    assert out.getvalue().endswith("\n")


def test_csv_flattens_with_one_header(filled: EventStore) -> None:
    out = io.StringIO()
    assert write_csv(filled.query(), out) == 5
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert out.getvalue().splitlines()[0] == ",".join(CSV_COLUMNS)
    by_id = {r["id"]: r for r in rows}
    meeting = by_id["kim-putin:1"]
    assert meeting["actor_country"] == "PRK;RUS"
    assert meeting["actor_name"] == "Kim Jong Un;Vladimir Putin"
    assert meeting["recipient_country"] == ""
    assert meeting["location_place"] == "Vladivostok" and meeting["location_country"] == "RUS"
    assert meeting["location_lat"] == "43.10562"
    assert meeting["status"] == "future" and meeting["date"] == "2019-04-25"
    accusation = by_id["kim-putin:0"]
    assert accusation["context"] == "diplomatic" and accusation["location_place"] == ""
    assert accusation["score"] == "-2.0" and accusation["confidence"] == "0.823"
    agreement = by_id["kim-putin:2"]
    assert agreement["actor_name"] == ";"  # two actors, names unknown: positions stay aligned


def test_csv_of_nothing_is_a_header(filled: EventStore) -> None:
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue() == ",".join(CSV_COLUMNS) + "\n"


def test_csv_quotes_commas_and_newlines(filled: EventStore) -> None:
    record = dict(filled.query(event="ACCUSE")[0], text='He said, "no"\nand left.')
    out = io.StringIO()
    write_csv([record], out)
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["text"] == 'He said, "no"\nand left.'


def test_table(filled: EventStore) -> None:
    table = format_table(filled.query())
    lines = table.splitlines()
    assert lines[0].split() == ["ID", "DATE", "EVENT", "WHO", "STATUS", "TRIGGER"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert len(lines) == 2 + 5 + 1 and lines[-1] == "5 events"
    meeting = next(line for line in lines if line.startswith("kim-putin:1"))
    assert meeting.split() == ["kim-putin:1", "2019-04-25", "CONSULT", "PRK,RUS", "->", "-", "future", "meet"]
    protest = next(line for line in lines if line.startswith("iran-sanctions:1"))
    assert "PAST_REF" in protest and "IRN -> USA" in protest
    # columns line up: every row puts DATE at the same offset
    offset = lines[0].index("DATE")
    assert all(line[offset : offset + 4] in {"DATE", "----", "2019", "PAST"} for line in lines[:-1])


def test_table_cuts_long_cells_and_handles_unknowns() -> None:
    record = {
        "id": "x:0",
        "date": None,
        "event": "ASSAULT",
        "status": "asserted",
        "actor": [{"country": None}],
        "recipient": [],
        "trigger": "a very long trigger phrase " * 5,
    }
    line = format_table([record]).splitlines()[2]
    assert "? -> -" in line and line.endswith("…") and " ? " in line  # unknown date shown as ?
    assert format_table([]) == "(no events)"
