"""The measure gate: place accuracy on PLOVER's gold-standard records must not fall below its floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))


def test_gsr_place_accuracy_holds_its_floor() -> None:
    import places_gsr_gate as gate

    if not gate.GSR_PATH.exists():
        pytest.skip(f"shared reference data not found at {gate.GSR_PATH}")
    outcomes = gate.evaluate()
    assert len(outcomes) >= 40
    score = gate.accuracy(outcomes)
    misses = [(o.record_id, o.gold_name, o.found) for o in outcomes if not o.right]
    assert score >= FLOORS["gsr_place_accuracy"], misses
