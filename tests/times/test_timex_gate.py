"""Evaluation gate: the tagger may not fall below the floors in tests/floors/timex.json.

A floor can only rise: when the tagger improves, raise it to just under the new figure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanderling.times import evaluate_timex

REPO = Path(__file__).resolve().parents[2]
TEMPEVAL = REPO.parent / "shared" / "data" / "tempeval3"
FLOORS = json.loads((REPO / "tests" / "floors" / "timex.json").read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("split", sorted(FLOORS))
def test_timex_scores_stay_above_floors(split: str) -> None:
    folder = TEMPEVAL / split
    if not folder.is_dir():
        pytest.skip(f"{folder} not found: the TempEval-3 data must sit in ../shared/data/tempeval3 beside the checkout")
    figures = evaluate_timex(folder).as_dict()
    below = {name: (figures[name], floor) for name, floor in FLOORS[split].items() if figures[name] < floor}
    assert not below, f"{split}: below floor (measured, floor): {below}"
