"""Measure gate: actor-country accuracy on the PLOVER gold-standard records (speed is measured by bench/stages.py)."""

from __future__ import annotations

import json
from pathlib import Path


from sanderling.actors.measure import gsr_actor_accuracy

FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))


def test_gsr_actor_accuracy(shared_path) -> None:  # type: ignore[no-untyped-def]
    path = shared_path("reference", "plover", "PLOVER_GSR_CAMEO.json")
    acc = gsr_actor_accuracy(path)
    assert acc.total > 600
    assert acc.value >= FLOORS["gsr_actor_country_accuracy"], (
        f"GSR actor accuracy {acc.value:.3f} < floor; first misses: {acc.misses[:10]}")
