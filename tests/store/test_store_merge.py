"""Reports of one event merged into one record: the rules on records, then the whole journey from two outlets' articles."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from store_builders import VLADIVOSTOK, actor, make_doc, make_event

from sanderling import code_document
from sanderling.cli import main
from sanderling.merge import event_identity, merge_reports
from sanderling.model import Document, Location
from sanderling.store import EventStore, format_table, write_csv

DOC = make_doc("a", text="Russian jets bombed Idlib on Monday.")


def record(index: int = 0, doc: Document = DOC, **kw: object) -> dict:
    values: dict = {"event": "ASSAULT", "actor": [actor("RUS")], "recipient": [actor("SYR")], "date": "2019-04-22",
                    "date_text": "Monday", "trigger": "bombed", "text": doc.text, "start": 0, "end": len(doc.text)}
    values.update(kw)
    return make_event(doc, index, **values).to_record()


def counts(records: list[dict]) -> list[int]:
    return [r["reports"]["count"] for r in merge_reports(records)]


def test_reports_agreeing_on_type_sides_day_and_status_are_one_event() -> None:
    other = make_doc("b", text=DOC.text, published=date(2019, 4, 23))
    merged = merge_reports([record(0), record(0, other, trigger="struck", date_basis="inferred")], sources={"a": "AFP", "b": "Reuters"})
    assert len(merged) == 1
    assert merged[0]["reports"] == {"count": 2, "event_ids": ["a:0", "b:0"], "doc_ids": ["a", "b"], "sources": ["AFP", "Reuters"],
                                    "first_published": "2019-04-23", "last_published": "2019-04-24"}
    # the report that dates the act itself stands for the group, whatever the order
    assert merge_reports([record(0, other, trigger="struck", date_basis="inferred"), record(0)])[0]["trigger"] == "bombed"


def test_a_different_day_side_type_or_outcome_is_a_different_event() -> None:
    base = record(0)
    assert counts([base, record(1, date="2019-04-23")]) == [1, 1]
    assert counts([base, record(1, recipient=[actor("TUR")])]) == [1, 1]
    assert counts([base, record(1, actor=[actor("RUS"), actor("SYR")])]) == [1, 1]
    assert counts([base, record(1, event="MOBILIZE")]) == [1, 1]
    assert counts([base, record(1, status="future")]) == [1, 1]
    # yesterday's news recalled as background is still the act that happened
    assert counts([base, record(1, status="historical")]) == [2]
    # a time of day on the same day is the same day
    assert counts([base, record(1, date="2019-04-22TNI")]) == [2]


def test_a_day_not_told_by_the_text_merges_nothing() -> None:
    # two reports dated only by the story's time may tell two acts of that day
    assert counts([record(0, date_basis="inferred"), record(1, date_basis="inferred")]) == [1, 1]
    assert counts([record(0, date_basis="inferred"), record(1, date_basis="explicit")]) == [2]
    # a report dated only by its publication may be any act of that day, even beside one dated by its words
    assert counts([record(0, date_basis="published"), record(1, date_basis="explicit")]) == [1, 1]


def test_reports_with_no_day_or_no_known_doer_are_never_merged() -> None:
    for date_value in ("PAST_REF", "FUTURE_REF", "2019-W17", "2019-04", "2019"):
        assert event_identity(record(0, date=date_value)) is None
        assert counts([record(0, date=date_value), record(1, date=date_value)]) == [1, 1]
    unknown = [actor(None)]
    assert counts([record(0, actor=unknown), record(1, actor=unknown)]) == [1, 1]


def test_places_in_two_countries_split_a_group_and_an_unplaced_report_joins_only_one_country() -> None:
    damascus = Location(extracted_place="Damascus", resolved_place="Damascus", geonameid=170654, lat=33.5, lon=36.3,
                        country_code="SYR", feature_code="PPLC", resolution="city")
    in_syria, in_russia, nowhere = record(0, location=damascus), record(1, location=VLADIVOSTOK), record(2)
    assert counts([in_syria, nowhere]) == [2]
    assert sorted(counts([in_syria, in_russia, nowhere])) == [1, 1, 1]


def test_groups_keep_the_order_of_their_first_report_and_lone_records_get_a_count_of_one() -> None:
    lone = record(1, date="PAST_REF", event="ACCUSE")
    merged = merge_reports([lone, record(0), record(2)])
    assert [(m["id"], m["reports"]["count"]) for m in merged] == [("a:1", 1), ("a:0", 2)]
    assert merged[0]["reports"]["event_ids"] == ["a:1"]


def test_merged_records_export_their_report_counts() -> None:
    merged = merge_reports([record(0), record(1)])
    out = io.StringIO()
    write_csv(merged, out, merged=True)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["reports"], row["report_doc_ids"]) == ("2", "a")
    table = format_table(merged, merged=True)
    assert "REPORTS" in table.splitlines()[0] and table.endswith("1 event from 2 reports")


STRIKE = ("Turkish jets bombed Kurdish positions near the Syrian town of Afrin on Sunday, the Turkish army said. "
          "The strikes hit a village and killed four fighters.")
SAME_STRIKE = ("Turkey's air force carried out strikes on Kurdish fighters around Afrin in northern Syria on Sunday. "
               "Ankara also summoned the US ambassador.")


def test_two_outlets_reporting_one_strike_give_one_merged_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = Document(doc_id="outlet-a-1", published=date(2018, 1, 22), text=STRIKE, source="Outlet A")
    second = Document(doc_id="outlet-b-7", published=date(2018, 1, 22), text=SAME_STRIKE, source="Outlet B")
    db = tmp_path / "events.db"
    with EventStore.open(db) as store:
        for doc in (first, second):
            store.ingest(doc, code_document(doc))
        all_reports = store.query(event="ASSAULT")
        reports = [r for r in all_reports if r["date"] == "2018-01-21"]
        strike = [m for m in store.query_merged(event="ASSAULT") if m["date"] == "2018-01-21" and m["reports"]["count"] > 1]
    assert {r["doc_id"] for r in reports} == {"outlet-a-1", "outlet-b-7"}
    assert len(strike) == 1 and strike[0]["reports"]["sources"] == ["Outlet A", "Outlet B"]
    assert main(["events", "--db", str(db), "--merge", "--event", "ASSAULT", "--format", "table"]) == 0
    footer = capsys.readouterr().out.splitlines()[-1]
    assert footer.endswith(f"from {len(all_reports)} reports") and not footer.startswith(f"{len(all_reports)} ")


def test_merged_query_checks_its_limit() -> None:
    with EventStore.open(":memory:") as store, pytest.raises(ValueError, match="limit"):
        store.query_merged(limit=-1)
