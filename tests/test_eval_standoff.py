"""Stand-off event gold: annotated sentences located by offsets into articles the read stage reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanderling.evaluate import evaluate_gold, load_standoff_gold
from sanderling.read import InputRejected

ARTICLES = [
    {"id": "a1", "date": "2019-04-24", "text": "Russia accused Ukraine of shelling Donetsk on Monday. The weather was mild."},
]
ACCUSE = {"event": "ACCUSE", "actor": ["RUS"], "recipient": ["UKR"], "date": "2019-04-22", "status": "asserted",
          "place": None, "place_country": None, "optional": False, "note": "Russia blames Ukraine for shelling"}
GOOD = [
    {"doc_id": "a1", "start": 0, "end": 53, "events": [ACCUSE]},
    {"doc_id": "a1", "start": 54, "end": 75, "events": []},
]


def _files(tmp_path: Path, gold: list[dict | str]) -> tuple[Path, Path]:
    docs = tmp_path / "articles.jsonl"
    docs.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = tmp_path / "gold.jsonl"
    path.write_text("".join((g if isinstance(g, str) else json.dumps(g)) + "\n" for g in gold), encoding="utf-8")
    return path, docs


def test_gold_sentences_are_cut_from_the_article_text(tmp_path: Path) -> None:
    (gold,) = load_standoff_gold(*_files(tmp_path, GOOD))
    assert gold.name == "a1"
    assert [s.text for s in gold.sentences] == ["Russia accused Ukraine of shelling Donetsk on Monday.", "The weather was mild."]
    assert [len(s.events) for s in gold.sentences] == [1, 0]


def test_the_pipeline_is_scored_on_stand_off_gold(tmp_path: Path) -> None:
    report = evaluate_gold(*_files(tmp_path, GOOD)).as_dict()
    assert (report["required_gold"], report["matched_required"], report["recipient_accuracy"]) == (1, 1, 1.0)


def test_a_missed_required_event_costs_recall(tmp_path: Path) -> None:
    assault = {**ACCUSE, "event": "ASSAULT", "actor": ["UKR"], "recipient": [], "note": "shelling"}
    weather = {**GOOD[1], "events": [{**ACCUSE, "event": "PROTEST", "note": "an event the sentence does not report"}]}
    report = evaluate_gold(*_files(tmp_path, [{**GOOD[0], "events": [ACCUSE, assault]}, weather])).as_dict()
    assert report["required_gold"] == 3
    assert report["recall"] < 1.0


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", r"gold.jsonl:2: not a JSON object"),
        ({"doc_id": "a1", "start": 0, "end": 53}, r"gold.jsonl:2: missing events"),
        ({**GOOD[0], "doc_id": "zz"}, r"gold.jsonl:2: no article with id 'zz'"),
        ({**GOOD[0], "end": 500}, r"gold.jsonl:2: start and end must be whole numbers with 0 <= start < end <= 75"),
        ({**GOOD[0], "events": [{**ACCUSE, "event": "BLAME"}]}, r"gold.jsonl:2: event 'BLAME' is not one of the 16 PLOVER types"),
        ({**GOOD[0], "events": [{**ACCUSE, "status": "alleged"}]}, r"gold.jsonl:2: status 'alleged' is not one of"),
        ({**GOOD[0], "events": [{**ACCUSE, "actor": "RUS"}]}, r"gold.jsonl:2: actor and recipient must be lists"),
    ],
)
def test_a_bad_gold_line_is_named_with_its_problem(tmp_path: Path, line: dict | str, problem: str) -> None:
    gold, docs = _files(tmp_path, [GOOD[1], line])
    with pytest.raises(InputRejected, match=problem):
        load_standoff_gold(gold, docs)


def test_cli_scores_stand_off_gold_and_asks_for_the_articles(tmp_path: Path) -> None:
    gold, docs = _files(tmp_path, GOOD)
    run = [sys.executable, "-m", "sanderling.cli", "eval", str(gold)]
    scored = subprocess.run([*run, "--documents", str(docs), "--json"], capture_output=True, text=True, check=True)
    assert json.loads(scored.stdout)["required_gold"] == 1
    refused = subprocess.run(run, capture_output=True, text=True)
    assert refused.returncode != 0 and "needs --documents" in refused.stderr
