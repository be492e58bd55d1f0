"""Scaling out: shards of a corpus coded apart, then their stores combined into one."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from store_builders import actor, kim_putin_events, make_doc, make_event

from sanderling.cli import main
from sanderling.read.shards import Shard
from sanderling.store import EventStore, StoreError


def test_a_shard_spec_reads_k_of_n_and_says_what_is_wrong() -> None:
    assert Shard.parse("2/4") == Shard(2, 4) and Shard.parse(" 1 / 1 ") == Shard(1, 1)
    for bad in ("0/4", "5/4", "2", "a/b", "2/0"):
        with pytest.raises(ValueError, match="K/N"):
            Shard.parse(bad)


def test_shards_split_documents_exactly_and_evenly() -> None:
    ids = [f"doc-{n}" for n in range(3000)]
    shards = [Shard(k, 3) for k in (1, 2, 3)]
    owners = [[s.number for s in shards if s.holds(i)] for i in ids]
    assert all(len(o) == 1 for o in owners)
    sizes = [sum(o == [k] for o in owners) for k in (1, 2, 3)]
    assert min(sizes) > 900  # about a third each
    assert [s.holds("doc-7") for s in shards] == [Shard(k, 3).holds("doc-7") for k in (1, 2, 3)]  # the same every time


def store_with(path: Path, *docs_and_events: tuple) -> Path:
    with EventStore.open(path) as store:
        for doc, events in docs_and_events:
            store.ingest(doc, events)
    return path


def test_combining_parts_copies_documents_and_events_as_stored(tmp_path: Path) -> None:
    kim = make_doc()
    iran = make_doc("iran", text="The United States imposed sanctions on Iran.", published=date(2019, 5, 9))
    sanction = make_event(iran, 0, event="SANCTION", actor=[actor("USA")], recipient=[actor("IRN")], date="2019-05-08",
                          trigger="imposed sanctions", text=iran.text, start=0, end=len(iran.text))
    one = store_with(tmp_path / "one.db", (kim, kim_putin_events(kim)))
    two = store_with(tmp_path / "two.db", (iran, [sanction]))
    with EventStore.open(tmp_path / "all.db") as combined:
        assert combined.combine(one) == {"added": 1, "replaced": 0, "unchanged": 0}
        assert combined.combine(two) == {"added": 1, "replaced": 0, "unchanged": 0}
        assert combined.combine(two) == {"added": 0, "replaced": 0, "unchanged": 1}
        with EventStore.open(one, read_only=True) as a, EventStore.open(two, read_only=True) as b:
            by_id = {r["id"]: r for r in a.query() + b.query()}
            assert {r["id"]: r for r in combined.query()} == by_id and len(combined.query()) == len(by_id) > 1
            assert combined.query(actor_country="USA", event="SANCTION") == b.query()
            assert combined.query(text="sanctions") == b.query(text="sanctions")  # the full-text index came along
        # a part coded again after a change replaces the document and all its old events
        store_with(two, (iran, []))
        assert combined.combine(two) == {"added": 0, "replaced": 1, "unchanged": 0}
        assert combined.query(doc_id="iran") == [] and len(combined) == 2


def test_a_part_that_is_no_store_or_is_cut_short_changes_nothing(tmp_path: Path) -> None:
    kim = make_doc()
    target = store_with(tmp_path / "all.db", (kim, kim_putin_events(kim)))
    not_a_store = tmp_path / "notes.txt"
    not_a_store.write_text("not a database\n")
    iran = make_doc("iran", text="The United States imposed sanctions on Iran.", published=date(2019, 5, 9))
    good = store_with(tmp_path / "good.db", *[(make_doc(f"d{n}", text=f"Text number {n}."), []) for n in range(200)], (iran, []))
    cut = tmp_path / "cut.db"
    data = good.read_bytes()
    cut.write_bytes(data[: len(data) // 2])  # a copy that stopped half way
    with EventStore.open(target) as store:
        before = (store.query(), len(store))
        with pytest.raises(StoreError, match="notes.txt"):
            store.combine(not_a_store)
        with pytest.raises(StoreError, match="cut.db"):
            store.combine(cut)
        with pytest.raises(StoreError, match="combined into"):
            store.combine(target)
        assert (store.query(), len(store)) == before


ARTICLES = {
    "strike.txt": "date 2018-01-22 Turkish jets bombed Kurdish positions near Afrin in Syria on Sunday.",
    "talks.txt": "date 2019-04-24 Kim Jong Un met Vladimir Putin in Vladivostok on Thursday.",
    "sanctions.txt": "date 2019-05-09 The United States imposed new sanctions on Iran on Wednesday.",
    "protest.txt": "date 2019-03-02 Thousands of Algerians protested in Algiers on Friday against President Bouteflika.",
}


def test_shards_coded_apart_and_combined_give_the_store_of_one_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text + "\n", encoding="utf-8")
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "whole.db"), "--quiet"]) == 0
    parts = [tmp_path / f"part{k}.db" for k in (1, 2)]
    for k, part in enumerate(parts, start=1):
        assert main(["ingest", str(corpus), "--db", str(part), "--quiet", "--shard", f"{k}/2"]) == 0
    with EventStore.open(parts[0], read_only=True) as a, EventStore.open(parts[1], read_only=True) as b:
        assert len(a) + len(b) == len(ARTICLES) and len(a) and len(b)
    assert main(["combine", "--db", str(tmp_path / "all.db"), *map(str, parts)]) == 0
    assert "4 documents added" in capsys.readouterr().err
    with EventStore.open(tmp_path / "whole.db", read_only=True) as whole, EventStore.open(tmp_path / "all.db", read_only=True) as combined:
        assert combined.query() == whole.query() and len(combined.query()) >= len(ARTICLES)


def test_combine_names_a_bad_part_and_still_copies_the_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kim = make_doc()
    good = store_with(tmp_path / "good.db", (kim, kim_putin_events(kim)))
    shutil.copy(good, tmp_path / "copy.db")
    (tmp_path / "broken.db").write_bytes(b"\x00" * 100)
    assert main(["combine", "--db", str(tmp_path / "all.db"), str(tmp_path / "broken.db"), str(good)]) == 1
    err = capsys.readouterr().err
    assert "broken.db" in err and "1 documents added" in err and "from 1 of 2 stores" in err


def test_a_bad_shard_is_refused_before_anything_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        main(["ingest", str(tmp_path), "--db", str(tmp_path / "y.db"), "--shard", "3/2"])
    assert refused.value.code == 2 and "K/N" in capsys.readouterr().err and not (tmp_path / "y.db").exists()
