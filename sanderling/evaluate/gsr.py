"""Scoring on the PLOVER gold-standard records (GSR): one sentence, one event each.

Besides the event measures, ``event_place_accuracy`` is how often the event
found for a record that names its place (``eventLoc``) is located there, and
``actor_text_resolution`` how often the actors stage alone resolves each gold
``actorText`` to the gold country.

The GSR uses an older draft of PLOVER's type names and a few older country
codes; they are mapped to today's before comparing. Measures (issues 4 and 5):
recall of type + actor country, and among gold events found with the right
type, how often the actor and recipient countries are right.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sanderling.actors.measure import IGO_LIKE, OLD_CODES, gsr_actor_accuracy
from sanderling.evaluate.figures import share
from sanderling.model import Document
from sanderling.places.names import name_key
from sanderling.read import InputError, InputRejected

# Draft type names of the GSR -> PLOVER 2021 types (CAMEO->PLOVER crosswalk).
DRAFT_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
# A GSR "IGO" is any international organisation: PLOVER now splits out the UN and the EU (IGO_LIKE).


@dataclass(slots=True)
class GsrReport:
    records: int = 0
    type_found: int = 0
    type_and_actor: int = 0
    actor_scored: int = 0
    actor_right: int = 0
    recipient_scored: int = 0
    recipient_right: int = 0
    actor_texts: int = 0
    actor_texts_right: int = 0
    place_scored: int = 0
    place_right: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self, *, errors: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            "records": self.records,
            "type_recall": share(self.type_found, self.records),
            "type_actor_recall": share(self.type_and_actor, self.records),
            "actor_country_accuracy": share(self.actor_right, self.actor_scored),
            "actor_scored": self.actor_scored,
            "recipient_country_accuracy": share(self.recipient_right, self.recipient_scored),
            "recipient_scored": self.recipient_scored,
            "event_place_accuracy": share(self.place_right, self.place_scored),
            "place_scored": self.place_scored,
            "actor_text_resolution": share(self.actor_texts_right, self.actor_texts),
            "actor_texts": self.actor_texts,
        }
        if errors:
            result["errors"] = self.misses
        return result

    def format_table(self, *, errors: bool = False) -> str:
        lines = [f"{key:<28} {value}" for key, value in self.as_dict().items()]
        if errors:
            lines += [json.dumps(miss, ensure_ascii=False) for miss in self.misses]
        return "\n".join(lines)


def _codes(actors: Any) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {OLD_CODES.get(a.get("code", ""), a.get("code", "")) for a in actors if isinstance(a, dict) and a.get("code")}


def _agree(predicted: set[str], gold: set[str]) -> bool:
    """Countries agree when the sets match, a gold IGO accepting IGO, UNO or EUR."""
    if "IGO" in gold:
        return bool(predicted & IGO_LIKE) and _agree(predicted - IGO_LIKE, gold - {"IGO"})
    return predicted == gold


def _same_place(gold: str, name: str | None) -> bool:
    """Names of one place: equal when folded, one inside the other ("province of Herat"), or a close spelling."""
    if not name:
        return False
    g, t = name_key(gold), name_key(name)
    return g == t or (len(t) >= 4 and t in g) or (len(g) >= 4 and g in t) or difflib.SequenceMatcher(None, g, t).ratio() >= 0.8


def load_gsr(path: str | Path) -> list[dict[str, Any]]:
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputRejected(InputError(str(path), f"not a readable GSR JSON file: {err}")) from err
    return [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]


def evaluate_gsr(path: str | Path) -> GsrReport:
    from sanderling.pipeline import code_documents

    records = load_gsr(path)
    documents = []
    for record in records:
        try:
            published = date.fromisoformat(record.get("date") or "2000-01-01")
        except ValueError:
            published = date(2000, 1, 1)
        documents.append(Document(doc_id=record["id"], published=published, text=record["text"]))
    by_id = {r["id"]: r for r in records}
    report = GsrReport()
    for document, events in code_documents(documents):
        record = by_id[document.doc_id]
        gold_type = DRAFT_TYPES.get(record["event"], record["event"])
        gold_actor, gold_recipient = _codes(record.get("source")), _codes(record.get("target"))
        report.records += 1
        same_type = [e for e in events if e.event == gold_type]
        gold_place = (record.get("eventLoc") or {}).get("name")
        report.place_scored += bool(gold_place)
        if not same_type:
            report.misses.append({"id": document.doc_id, "gold": gold_type, "found": sorted({e.event for e in events}), "text": document.text})
            continue
        report.type_found += 1
        actor_sets = [{a.country for a in e.actor if a.country} for e in same_type]
        if any(s & gold_actor or (not s and not gold_actor) or ("IGO" in gold_actor and s & IGO_LIKE) for s in actor_sets):
            report.type_and_actor += 1
        best = max(same_type, key=lambda e: (_agree({a.country for a in e.actor if a.country}, gold_actor), e.confidence))
        if gold_actor:
            report.actor_scored += 1
            report.actor_right += _agree({a.country for a in best.actor if a.country}, gold_actor)
        if gold_place and best.location is not None:
            report.place_right += any(_same_place(gold_place, name) for name in (best.location.extracted_place, best.location.resolved_place))
        if gold_recipient:
            report.recipient_scored += 1
            report.recipient_right += _agree({a.country for a in best.recipient if a.country}, gold_recipient)
    resolution = gsr_actor_accuracy(Path(path))
    report.actor_texts, report.actor_texts_right = resolution.total, resolution.correct
    return report
