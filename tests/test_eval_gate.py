"""Evaluation gate: the pipeline's accuracy on gold data never falls below the stored floors.

Floors live in tests/floors/events.json; raising one is an ordinary commit,
lowering one needs its reason in the commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanderling.evaluate import evaluate_gold
from sanderling.evaluate.gsr import evaluate_gsr

FLOORS = json.loads((Path(__file__).parent / "floors" / "events.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_report(shared_path):  # type: ignore[no-untyped-def]
    return evaluate_gold(shared_path("gold", "dev"))


@pytest.mark.slow
@pytest.mark.parametrize("measure", sorted(FLOORS["gold_dev"]))
def test_gold_dev_measure_holds_its_floor(dev_report, measure: str) -> None:  # type: ignore[no-untyped-def]
    value = dev_report.as_dict()[measure]
    assert value is not None and value >= FLOORS["gold_dev"][measure], f"{measure} = {value}"


@pytest.mark.slow
def test_founding_example_finds_most_events_with_few_false_positives(dev_report) -> None:  # type: ignore[no-untyped-def]
    example = dev_report.per_document["000"].as_dict()
    floor = FLOORS["gold_dev_000"]
    assert example["matched_required"] >= floor["matched_required"]
    assert example["predicted"] - example["matched"] <= floor["false_positives"]


@pytest.fixture(scope="module")
def gsr_report(shared_path):  # type: ignore[no-untyped-def]
    return evaluate_gsr(shared_path("reference", "plover", "PLOVER_GSR_CAMEO.json"))


@pytest.mark.slow
@pytest.mark.parametrize("measure", sorted(FLOORS["gsr"]))
def test_gsr_measure_holds_its_floor(gsr_report, measure: str) -> None:  # type: ignore[no-untyped-def]
    value = gsr_report.as_dict()[measure]
    assert value is not None and value >= FLOORS["gsr"][measure], f"{measure} = {value}"


# The gold annotated blind over Guardian articles (tests/events/gold/README.md): 24 articles, then 12 more in each later round.
BLIND_ROUNDS = {"gold_guardian_blind": "guardian_events.jsonl", "gold_guardian_blind_round2": "guardian_events_round2.jsonl",
                "gold_guardian_blind_round3": "guardian_events_round3.jsonl", "gold_guardian_blind_round4": "guardian_events_round4.jsonl",
                "gold_guardian_blind_round5": "guardian_events_round5.jsonl", "gold_guardian_blind_round6": "guardian_events_round6.jsonl"}


@pytest.fixture(scope="module")
def blind_reports(shared_path):  # type: ignore[no-untyped-def]
    documents = shared_path("data", "guardian-2019", "guardian_2019_sample.csv")
    gold = Path(__file__).parent / "events" / "gold"
    return {floors: evaluate_gold(gold / name, documents) for floors, name in BLIND_ROUNDS.items()}


@pytest.mark.slow
@pytest.mark.parametrize(("floors", "measure"), [(floors, measure) for floors in BLIND_ROUNDS for measure in sorted(FLOORS[floors])])
def test_blind_guardian_gold_measure_holds_its_floor(blind_reports, floors: str, measure: str) -> None:  # type: ignore[no-untyped-def]
    """Gold the rules were not written from when it was made (tests/events/gold/README.md)."""
    value = blind_reports[floors].as_dict()[measure]
    assert value is not None and value >= FLOORS[floors][measure], f"{floors} {measure} = {value}"


@pytest.fixture(scope="module")
def stories_report(shared_path):  # type: ignore[no-untyped-def]
    from sanderling.evaluate.stories import evaluate_stories

    return evaluate_stories(shared_path("data", "synthetic-plover", "synthetic_events.csv"), sample=FLOORS["synthetic_stories_sample"]["sample"])


@pytest.mark.slow
@pytest.mark.parametrize("measure", ["document_recall", "mode_recall"])
def test_synthetic_stories_measure_holds_its_floor(stories_report, measure: str) -> None:  # type: ignore[no-untyped-def]
    """Stories labelled with their main event type (training material, not gold): how many of each type's are found."""
    value = stories_report.as_dict()[measure]
    assert value is not None and value >= FLOORS["synthetic_stories_sample"][measure], f"{measure} = {value}"
