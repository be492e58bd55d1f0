"""Measure gates: actor-country accuracy on the PLOVER gold-standard records, and speed."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest

from sanderling.actors import ActorTables, find_actors
from sanderling.actors.measure import gsr_actor_accuracy

FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))


def test_gsr_actor_accuracy(shared_path) -> None:  # type: ignore[no-untyped-def]
    path = shared_path("reference", "plover", "PLOVER_GSR_CAMEO.json")
    acc = gsr_actor_accuracy(path)
    assert acc.total > 600
    assert acc.value >= FLOORS["gsr_actor_country_accuracy"], (
        f"GSR actor accuracy {acc.value:.3f} < floor; first misses: {acc.misses[:10]}")


@pytest.mark.slow
def test_actor_time_is_a_small_share_of_parsing(shared_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    from sanderling.parse import load_nlp

    csv.field_size_limit(1 << 30)
    path = shared_path("data", "guardian-2019", "guardian_2019_sample.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [row for _, row in zip(range(25), csv.DictReader(handle))]
    nlp = load_nlp()
    tables = ActorTables.load()
    find_actors(nlp("Protesters in Vladivostok met the Kremlin."), published=date(2019, 4, 24), tables=tables)  # warm caches
    t0 = time.perf_counter()
    docs = list(nlp.pipe(row["text"] for row in rows))
    t1 = time.perf_counter()
    for doc, row in zip(docs, rows):
        find_actors(doc, published=date.fromisoformat(row["date"]), tables=tables)
    t2 = time.perf_counter()
    share = (t2 - t1) / (t1 - t0)
    assert share <= FLOORS["max_actor_time_share_of_parse"], f"actors took {share:.1%} of parsing time"
