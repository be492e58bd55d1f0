"""Actor-resolution accuracy on the PLOVER gold-standard records (source and target ``actorText``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sanderling.actors.phrase import resolve_phrase
from sanderling.actors.tables import ActorTables
from sanderling.model import INTERNATIONAL_BODY_CODES

OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
IGO_LIKE = INTERNATIONAL_BODY_CODES  # a gold "IGO" predates PLOVER's split of the UN and the EU


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0
    misses: list[tuple[str, str, str | None]] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


def gold_matches(gold: str, predicted: str | None) -> bool:
    gold = OLD_CODES.get(gold, gold)
    if gold == "IGO":
        return predicted in IGO_LIKE
    return predicted == gold


def gsr_actor_accuracy(path: Path, *, tables: ActorTables | None = None) -> Accuracy:
    """Resolve every source/target ``actorText`` with its record's date and compare with the gold ``code``."""
    tables = tables or ActorTables.load()
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    acc = Accuracy()
    for record in records:
        if record.get("event") == "DOCUMENT":
            continue
        try:
            published = date.fromisoformat(record.get("date", ""))
        except ValueError:
            continue
        for role in ("source", "target"):
            actors = record.get(role)
            if not isinstance(actors, list):
                continue
            for actor in actors:
                text, gold = (actor.get("actorText") or "").strip(), actor.get("code")
                if not text or not gold:
                    continue
                found = resolve_phrase(text, published=published, tables=tables)
                predicted = found.country if found else None
                acc.total += 1
                if gold_matches(gold[:3], predicted):
                    acc.correct += 1
                else:
                    acc.misses.append((text, gold, predicted))
    return acc
