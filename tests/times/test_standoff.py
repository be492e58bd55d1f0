"""Stand-off gold: offsets into articles read by the read stage, checked line by line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanderling.times import read_standoff, score_documents

ARTICLES = [
    {"id": "a1", "date": "2019-04-24", "text": "Talks collapsed last week. They will resume on Friday."},
    {"id": "a2", "date": "2019-04-24", "text": "Nothing happened."},
]


def _files(tmp_path: Path, gold: list[dict | str]) -> tuple[Path, Path]:
    docs = tmp_path / "articles.jsonl"
    docs.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = tmp_path / "gold.jsonl"
    path.write_text("".join((g if isinstance(g, str) else json.dumps(g)) + "\n" for g in gold), encoding="utf-8")
    return path, docs


GOOD = [
    {"doc_id": "a1", "start": 16, "end": 25, "text": "last week", "type": "DATE", "value": "2019-W16"},
    {"doc_id": "a1", "start": 47, "end": 53, "text": "Friday", "type": "DATE", "value": "2019-04-26"},
]


def test_gold_spans_are_read_against_the_article_text_and_scored(tmp_path: Path) -> None:
    docs = read_standoff(*_files(tmp_path, GOOD))
    assert [(d.dct.isoformat(), [t.text for t in d.timexes]) for d in docs] == [("2019-04-24", ["last week", "Friday"])]
    scores = score_documents(docs)
    assert (scores.gold, scores.system, scores.value_correct) == (2, 2, 2)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ({**GOOD[0], "start": 15}, r"line 2: the text at 15-25 of article 'a1' is ' last week', not 'last week'"),
        ({**GOOD[0], "doc_id": "zz"}, r"line 2: no article with id 'zz'"),
        ("{not json", r"line 2: not a JSON object"),
        ({"doc_id": "a1", "start": 16, "end": 25}, r"line 2: missing text, type, value"),
        ({**GOOD[0], "start": 30, "end": 20}, r"line 2: start and end must be whole numbers"),
    ],
)
def test_a_bad_gold_line_is_named_with_its_problem(tmp_path: Path, line: dict | str, problem: str) -> None:
    gold, docs = _files(tmp_path, [GOOD[1], line])
    with pytest.raises(ValueError, match=problem):
        read_standoff(gold, docs)


def test_cli_scores_stand_off_gold_and_asks_for_the_articles(tmp_path: Path) -> None:
    gold, docs = _files(tmp_path, GOOD)
    run = [sys.executable, "-m", "sanderling.cli", "eval-timex", str(gold)]
    scored = subprocess.run([*run, "--documents", str(docs), "--json"], capture_output=True, text=True, check=True)
    assert json.loads(scored.stdout)["value_f1"] == 1.0
    refused = subprocess.run(run, capture_output=True, text=True)
    assert refused.returncode != 0 and "needs --documents" in refused.stderr
