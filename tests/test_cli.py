"""The CLI end to end on small inputs: output shape, storage, queries, bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sanderling.cli import build_parser, main
from tests.conftest import EXAMPLE

SPEC_FIELDS = [
    "id", "doc_id", "published", "event", "mode", "context", "actor", "recipient", "date", "date_text",
    "date_basis", "status", "location", "trigger", "text", "start", "end", "score", "confidence",
]


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_code_prints_complete_spec_records_traceable_to_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["code", str(EXAMPLE)]) == 0
    records = _records(capsys.readouterr().out)
    assert len(records) >= 5
    text = EXAMPLE.read_text(encoding="utf-8").split(" ", 2)[2]
    for record in records:
        assert list(record) == SPEC_FIELDS
        assert text[record["start"]:record["end"]] == record["text"]
        assert record["doc_id"] == "summit-2021-06-16" and record["published"] == "2021-06-16"
    kinds = {(r["event"], r["status"]) for r in records}
    assert ("CONSULT", "asserted") in kinds


def test_code_explain_adds_the_rule_that_decided_each_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["code", str(EXAMPLE), "--explain"]) == 0
    records = _records(capsys.readouterr().out)
    assert records and all(list(r) == [*SPEC_FIELDS, "rule"] for r in records)
    assert all(r["rule"].startswith(("triggers.tsv row", "implied REQUEST")) for r in records)


def test_every_command_has_help_with_an_example() -> None:
    parser = build_parser()
    subcommands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, sub in subcommands.items():
        assert "Example:" in (sub.epilog or ""), name
        assert f"sanderling {name}" in sub.epilog, name


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_ingest_bad_input_reports_each_file_and_keeps_stored_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "events.db"
    good = tmp_path / "good"
    good.mkdir()
    _write(good / "a.txt", "date 2019-04-24 Russian troops shelled the Ukrainian town of Avdiivka on Tuesday.")
    assert main(["ingest", str(good), "--db", str(db), "--quiet"]) == 0
    before = sqlite3.connect(db).execute("SELECT count(*) FROM events").fetchone()[0]
    assert before >= 1
    capsys.readouterr()

    bad = tmp_path / "bad"
    bad.mkdir()
    _write(bad / "b.txt", "date 2019-04-25 Protesters marched against the government in Caracas on Wednesday.")
    _write(bad / "empty.txt", "")
    _write(bad / "nodate.txt", "Kim met Putin.")
    _write(bad / "wrongdate.txt", "date 2019-13-45 Kim met Putin.")
    _write(bad / "binary.txt", b"\x00\x01\x02\x03")
    _write(bad / "latin1.txt", b"date 2019-04-24 Caf\xe9 owners protested.")
    _write(bad / "feed.jsonl", '{"id": "j1", "date": "2019-04-24", "text": "Iran accused Israel of sabotage."}\n{broken\n')
    _write(bad / "rows.csv", "id,date,text\nc1,2019-04-24,\n")
    code = main(["ingest", str(bad), str(tmp_path / "missing.txt"), "--db", str(db), "--quiet"])
    errors = capsys.readouterr().err.splitlines()
    assert code == 1
    for name, problem in [
        ("empty.txt", "empty file"), ("nodate.txt", "missing date header"), ("wrongdate.txt", "invalid date"),
        ("binary.txt", "binary file"), ("latin1.txt", "not UTF-8"), ("feed.jsonl:2", "malformed JSON"),
        ("rows.csv:2 (row 1)", "no article text"), ("missing.txt", "no such file"),
    ]:
        assert any(name in line and problem in line for line in errors), (name, errors)
    connection = sqlite3.connect(db)
    stored = {row[0] for row in connection.execute("SELECT doc_id FROM documents")}
    assert stored == {"a", "b", "j1"}
    assert connection.execute("SELECT count(*) FROM events WHERE doc_id = 'a'").fetchone()[0] == before


def test_reingest_unchanged_is_a_no_op_and_changed_replaces(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "events.db"
    article = _write(tmp_path / "story.txt", "date 2019-04-24 Russian troops shelled Avdiivka on Tuesday.")
    main(["ingest", str(article), "--db", str(db), "--quiet"])
    main(["ingest", str(article), "--db", str(db), "--quiet"])
    assert "0 added, 0 replaced, 1 unchanged" in capsys.readouterr().err
    _write(article, "date 2019-04-24 Protesters marched in Caracas on Tuesday.")
    main(["ingest", str(article), "--db", str(db), "--quiet"])
    assert "1 replaced" in capsys.readouterr().err
    main(["events", "--db", str(db)])
    records = _records(capsys.readouterr().out)
    assert records and all(r["event"] != "ASSAULT" for r in records)


def test_events_query_filters_and_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "events.db"
    main(["ingest", str(EXAMPLE), "--db", str(db), "--quiet"])
    capsys.readouterr()
    main(["events", "--db", str(db), "--event", "CONSULT"])
    consult = _records(capsys.readouterr().out)
    assert consult and {r["event"] for r in consult} == {"CONSULT"}
    main(["events", "--db", str(db), "--country", "USA", "--format", "csv"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id,") and len(lines) > 1
    main(["events", "--db", str(db), "--text", "Navalny", "--format", "table"])
    assert "summit-2021-06-16" in capsys.readouterr().out


def test_events_on_missing_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(tmp_path / "none.db")]) == 1
    assert "none.db: no such database" in capsys.readouterr().err


def test_timex_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Talks collapsed last week."))
    assert main(["timex", "--date", "2019-04-24"]) == 0
    [row] = _records(capsys.readouterr().out)
    assert row == {"start": 16, "end": 25, "text": "last week", "type": "DATE", "value": "2019-W16"}


def test_readme_documents_every_command() -> None:
    readme = (EXAMPLE.parents[1] / "README.md").read_text(encoding="utf-8")
    subcommands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in subcommands:
        assert f"`sanderling {name} " in readme, f"README does not document 'sanderling {name}'"


def test_actors_geocode_and_eval_timex_commands(capsys: pytest.CaptureFixture[str], shared_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["actors", "Iraqi police arrested protesters in Basra.", "--date", "2019-04-24"]) == 0
    actors = _records(capsys.readouterr().out)
    assert {"text": "Iraqi police", "country": "IRQ", "sector": "COP"}.items() <= actors[0].items()
    assert actors[0]["rule"]
    assert main(["geocode", "Protesters gathered in Paris, Texas."]) == 0
    paris = _records(capsys.readouterr().out)[0]
    assert paris["location"]["country_code"] == "USA" and paris["reasons"]
    assert main(["eval-timex", str(shared_path("data", "tempeval3", "platinum")), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores and all(isinstance(v, (int, float, dict)) for v in scores.values())


def test_parallel_parsing_gives_the_same_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for number in range(4):
        _write(articles / f"a{number}.txt", EXAMPLE.read_text(encoding="utf-8"))
    main(["code", str(articles)])
    serial = capsys.readouterr().out
    main(["code", str(articles), "--jobs", "2"])
    assert capsys.readouterr().out == serial and serial


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_keep_unattributed_adds_acts_with_no_known_doer(tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    article = tmp_path / "urged.txt"
    _write(article, "date 2019-04-24 The British government is being urged to act. Iran accused Israel of sabotage.")
    main(["code", str(article), "--jobs", jobs])
    assert [r["event"] for r in _records(capsys.readouterr().out)] == ["ACCUSE"]
    main(["code", str(article), "--jobs", jobs, "--keep-unattributed"])
    assert [(r["event"], r["actor"]) for r in _records(capsys.readouterr().out)][0] == ("REQUEST", [])


def test_bad_actors_file_is_one_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "Kim met Putin.", "--date", "2019-04-24", "--actors", str(tmp_path / "none.csv")]) == 1
    assert "none.csv: no such actors file" in capsys.readouterr().err
    broken = _write(tmp_path / "mine.csv", "name,country\nMystery Militia\n")
    assert main(["code", str(EXAMPLE), "--actors", str(broken)]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("sanderling: mine.csv:2:") and "\n" not in error


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failing_document_is_reported_and_the_run_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    import sanderling.pipeline as pipeline

    real = pipeline.analyse

    def analyse(doc, document, **options):  # type: ignore[no-untyped-def]
        if document.doc_id == "bad":
            raise IndexError("list index out of range")
        return real(doc, document, **options)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    _write(tmp_path / "bad.txt", "date 2019-04-24 Russian troops shelled Avdiivka.")
    _write(tmp_path / "good.txt", "date 2019-04-24 Iran accused Israel of sabotage.")
    assert main(["ingest", str(tmp_path), "--db", str(tmp_path / "e.db"), "--quiet", "--jobs", jobs]) == 1
    error = capsys.readouterr().err
    assert "bad.txt (document bad): not coded, internal error" in error and "IndexError: list index out of range" in error
    assert {row[0] for row in sqlite3.connect(tmp_path / "e.db").execute("SELECT doc_id FROM documents")} == {"good"}
