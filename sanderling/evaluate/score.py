"""Scoring exactly as SPEC §3 says: sentence, type and actor countries decide a match."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sanderling.evaluate.figures import precision_recall_f1, share
from sanderling.evaluate.gold import GoldSentence


@dataclass(slots=True)
class Tally:
    """Counts behind precision, recall and the attribute accuracies."""

    predicted: int = 0
    matched: int = 0  # predictions matched to any gold event, required or optional
    matched_required: int = 0
    required: int = 0
    attributes: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in ("recipient", "date", "status", "location")})
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        self.predicted += other.predicted
        self.matched += other.matched
        self.matched_required += other.matched_required
        self.required += other.required
        for key, (right, total) in other.attributes.items():
            self.attributes[key][0] += right
            self.attributes[key][1] += total
        self.errors.extend(other.errors)

    def as_dict(self) -> dict[str, Any]:
        precision, recall, f1 = precision_recall_f1(self.matched, self.predicted, self.matched_required, self.required)
        result: dict[str, Any] = {
            "predicted": self.predicted,
            "matched": self.matched,
            "required_gold": self.required,
            "matched_required": self.matched_required,
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
        for key, (right, total) in self.attributes.items():
            result[f"{key}_accuracy"] = share(right, total)
            result[f"{key}_scored"] = total
        return result


def _countries(actors: Sequence[Any]) -> set[str]:
    """Country codes of a prediction's actor objects or a gold list of codes."""
    codes = set()
    for actor in actors:
        code = actor.get("country") if isinstance(actor, dict) else actor
        if code:
            codes.add(code)
    return codes


def _actor_match(prediction: dict[str, Any], gold: dict[str, Any]) -> bool:
    predicted, expected = _countries(prediction["actor"]), _countries(gold.get("actor") or [])
    return bool(predicted & expected) or (not predicted and not expected)


def _can_match(prediction: dict[str, Any], gold: dict[str, Any]) -> bool:
    if prediction["event"] != gold["event"] or not _actor_match(prediction, gold):
        return False
    # A gold negated event is matched only by a negated prediction (SPEC §3).
    return gold.get("status") != "negated" or prediction["status"] == "negated"


def _recipients_agree(prediction: dict[str, Any], gold: dict[str, Any]) -> bool:
    return _countries(prediction["recipient"]) == _countries(gold.get("recipient") or [])


def score_sentence(sentence: GoldSentence, predictions: list[dict[str, Any]], *, doc: str) -> Tally:
    tally = Tally(predicted=len(predictions))
    golds = sentence.events
    tally.required = sum(1 for g in golds if not g.get("optional"))
    used_predictions: set[int] = set()
    used_golds: set[int] = set()
    pairs = []
    for optional in (False, True):
        for need_recipients in (True, False):
            for gi, gold in enumerate(golds):
                if gi in used_golds or bool(gold.get("optional")) != optional:
                    continue
                for pi, prediction in enumerate(predictions):
                    if pi in used_predictions or not _can_match(prediction, gold):
                        continue
                    if need_recipients and not _recipients_agree(prediction, gold):
                        continue
                    used_golds.add(gi)
                    used_predictions.add(pi)
                    pairs.append((prediction, gold))
                    break
    tally.matched = len(pairs)
    tally.matched_required = sum(1 for _, g in pairs if not g.get("optional"))
    for prediction, gold in pairs:
        _count(tally, "recipient", _recipients_agree(prediction, gold))
        if gold.get("date") is not None:
            _count(tally, "date", prediction["date"] == gold["date"])
        _count(tally, "status", prediction["status"] == gold.get("status"))
        if gold.get("place_country"):
            location = prediction.get("location") or {}
            _count(tally, "location", location.get("country_code") == gold["place_country"])
    for pi, prediction in enumerate(predictions):
        if pi not in used_predictions:
            tally.errors.append({"doc": doc, "kind": "false_positive", "sentence": sentence.text, "predicted": _brief(prediction)})
    for gi, gold in enumerate(golds):
        if gi not in used_golds and not gold.get("optional"):
            tally.errors.append({"doc": doc, "kind": "missed", "sentence": sentence.text, "gold": gold})
    return tally


def _count(tally: Tally, key: str, right: bool) -> None:
    tally.attributes[key][1] += 1
    tally.attributes[key][0] += int(right)


def _brief(prediction: dict[str, Any]) -> dict[str, Any]:
    return {
        "event": prediction["event"],
        "actor": sorted(_countries(prediction["actor"])),
        "recipient": sorted(_countries(prediction["recipient"])),
        "status": prediction["status"],
        "date": prediction["date"],
        "trigger": prediction["trigger"],
    }


def assign_to_sentences(sentences: Sequence[GoldSentence], predictions: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Each prediction goes to the gold sentence its own sentence overlaps most (unlisted sentences are not scored)."""
    assigned: list[list[dict[str, Any]]] = [[] for _ in sentences]
    for prediction in predictions:
        best, best_overlap = None, 0
        for index, sentence in enumerate(sentences):
            if sentence.start < 0:
                continue
            overlap = min(prediction["end"], sentence.end) - max(prediction["start"], sentence.start)
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is not None:
            shorter = min(prediction["end"] - prediction["start"], sentences[best].end - sentences[best].start)
            if best_overlap * 2 >= shorter:
                assigned[best].append(prediction)
    return assigned
