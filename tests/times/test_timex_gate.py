"""Evaluation gate: the tagger may not fall below the floors in tests/floors/timex.json.

A floor can only rise: when the tagger improves, raise it to just under the new figure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanderling.times import evaluate_timex, read_standoff, score_documents

REPO = Path(__file__).resolve().parents[2]
TEMPEVAL = REPO.parent / "shared" / "data" / "tempeval3"
GUARDIAN = REPO.parent / "shared" / "data" / "guardian-2019" / "guardian_2019_sample.csv"
FLOORS = json.loads((REPO / "tests" / "floors" / "timex.json").read_text(encoding="utf-8"))
# our own stand-off gold over Guardian articles, one file per annotation round (tests/times/gold/README.md)
GUARDIAN_GOLD = {"guardian": "guardian_timex.jsonl", "guardian_round2": "guardian_timex_round2.jsonl",
                 "guardian_round3": "guardian_timex_round3.jsonl", "guardian_round4": "guardian_timex_round4.jsonl",
                 "guardian_round5": "guardian_timex_round5.jsonl"}


def _assert_above_floors(name: str, figures: dict[str, float]) -> None:
    below = {measure: (figures[measure], floor) for measure, floor in FLOORS[name].items() if figures[measure] < floor}
    assert not below, f"{name}: below floor (measured, floor): {below}"


@pytest.mark.slow
@pytest.mark.parametrize("split", sorted(set(FLOORS) - set(GUARDIAN_GOLD)))
def test_timex_scores_stay_above_floors(split: str) -> None:
    folder = TEMPEVAL / split
    if not folder.is_dir():
        pytest.skip(f"{folder} not found: the TempEval-3 data must sit in ../shared/data/tempeval3 beside the checkout")
    _assert_above_floors(split, evaluate_timex(folder).as_dict())


@pytest.mark.parametrize("name", sorted(GUARDIAN_GOLD))
def test_timex_scores_on_our_guardian_gold_stay_above_floors(name: str) -> None:
    if not GUARDIAN.is_file():
        pytest.skip(f"{GUARDIAN} not found: the Guardian sample must sit in ../shared/data beside the checkout")
    docs = read_standoff(REPO / "tests" / "times" / "gold" / GUARDIAN_GOLD[name], GUARDIAN)
    _assert_above_floors(name, score_documents(docs).as_dict())
