"""The figures every report gives, computed one way: precision, recall, F1 and shares of right answers,
rounded to four places."""

from __future__ import annotations

PLACES = 4


def precision_recall_f1(right_of_predicted: int, predicted: int, right_of_gold: int, gold: int) -> tuple[float, float, float]:
    """Two counts of right answers, since a prediction matching an optional gold event is right without
    being asked for (SPEC §3); where all gold is required they are one count. A measure over nothing is 0."""
    precision = right_of_predicted / predicted if predicted else 0.0
    recall = right_of_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, PLACES), round(recall, PLACES), round(f1, PLACES)


def share(right: int, total: int) -> float | None:
    """How many of ``total`` were right; None where nothing was scored."""
    return round(right / total, PLACES) if total else None
