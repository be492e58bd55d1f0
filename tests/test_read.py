"""Read stage: every input format, and every kind of bad input named clearly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sanderling.model import Document
from sanderling.read import InputError, read_paths


def _read(*paths: Path | str, fallback: date | None = None) -> list[Document | InputError]:
    return list(read_paths([str(p) for p in paths], fallback_date=fallback))


def test_native_text_file_with_leading_space_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "story-1.txt"
    path.write_text("  date 2019-04-24 Kim arrived.\n\nPutin is due tomorrow.\n", encoding="utf-8")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.doc_id == "story-1"
    assert doc.published == date(2019, 4, 24)
    assert doc.text.startswith("Kim arrived.")


def test_jsonl_and_csv_take_id_or_row_number(tmp_path: Path) -> None:
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text(
        json.dumps({"id": "a1", "date": "2019-01-02", "text": "Troops shelled the town.", "title": "T"}) + "\n"
        + json.dumps({"date": "2019-01-03", "text": "Talks resumed."}) + "\n",
        encoding="utf-8",
    )
    table = tmp_path / "rows.csv"
    table.write_text('date,text,source\n2019-02-01,"Protesters marched, again.",x\n', encoding="utf-8")
    docs = _read(jsonl, table)
    assert [d.doc_id for d in docs if isinstance(d, Document)] == ["a1", "feed-2", "rows-1"]
    assert docs[0].title == "T"


def test_directory_reads_documents_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("date 2019-01-02 B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("date 2019-01-01 A.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [d.doc_id for d in _read(tmp_path)] == ["a", "b"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"date 2019-13-45 Text.", "invalid date '2019-13-45'"),
        (b"Kim arrived in Russia.", "missing date header"),
        (b"date 2019-04-24 \x00\x01\x02binary", "binary file"),
        (b"date 2019-04-24 caf\xe9 society", "not UTF-8"),
    ],
)
def test_bad_text_files_name_file_and_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [error] = _read(path)
    assert isinstance(error, InputError)
    assert str(error).startswith(str(path))
    assert problem in str(error)


def test_missing_path_and_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [missing] = _read(tmp_path / "nope.txt")
    assert isinstance(missing, InputError) and "no such file" in str(missing)
    locked = tmp_path / "locked.txt"
    locked.write_text("date 2019-01-01 x", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    [error] = _read(locked)
    assert isinstance(error, InputError) and "cannot read: Permission denied" in str(error)


def test_malformed_jsonl_line_names_its_line_and_keeps_the_others(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"date": "2019-01-02", "text": "One."}\n{"date": 2019-01-03, "text": \n{"date": "2019-01-04", "text": "Three."}\n', encoding="utf-8")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert str(items[1]).startswith(f"{path}:2: malformed JSON")


def test_csv_row_without_text_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("id,date,text\n1,2019-01-01,Fine.\n2,2019-01-02,\n", encoding="utf-8")
    items = _read(path)
    assert isinstance(items[0], Document)
    assert isinstance(items[1], InputError)
    assert str(items[1]) == f"{path}:3 (row 2): no article text in the 'text' field"


def test_fallback_date_accepts_undated_input(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Kim arrived in Russia.", encoding="utf-8")
    [doc] = _read(path, fallback=date(2020, 5, 1))
    assert isinstance(doc, Document) and doc.published == date(2020, 5, 1)
    assert doc.text == "Kim arrived in Russia."


def test_guardian_sample_reads_all_rows(shared_path) -> None:  # type: ignore[no-untyped-def]
    docs = _read(shared_path("data", "guardian-2019", "guardian_2019_sample.csv"))
    assert len(docs) == 249
    assert all(isinstance(d, Document) for d in docs)
