"""Places for events with none of their own: the meeting at the venue of the summit it belongs to,
the withdrawal in the theatre of the war its forces fight."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sanderling.events.provenance import OWN_WORDS, PlaceFound, Placing, move_place
from sanderling.model import Event


# Kinds of events that happen at a venue or in a theatre the story names once: the summit's talks and
# meetings, a war's fighting and the withdrawal of the forces fighting it.
_OCCASION_KINDS = {"CONSULT": "meeting", "ASSAULT": "war", "RETREAT": "war", "MOBILIZE": "war", "PROTEST": "protest"}
# How far (in sentences) the story's account of one occasion runs: a meeting is told in a few
# neighbouring sentences, a war's theatre holds for much of the story.
OCCASION_SPAN = {"meeting": 3, "protest": 3, "war": 12}


def _of_an_occasion(event: Event) -> bool:
    """A withdrawal of forces is part of a war; a resignation or a release is not."""
    return event.event in _OCCASION_KINDS and (event.event != "RETREAT" or event.mode == "withdraw")


def _parties(event: Event) -> set[str]:
    return {a.country for a in (*event.actor, *event.recipient) if a.country}


def _same_occasion(event: Event, other: Event, kind: str) -> bool:
    """A meeting's parties are all the other's; a war is shared by any side fighting in both."""
    if (event.status == "historical") != (other.status == "historical"):
        return False  # "held four meetings since 2018" is not this week's summit
    if kind == "war":
        return bool({a.country for a in event.actor if a.country} & {a.country for a in other.actor if a.country})
    return _parties(event) <= _parties(other)


def place_from_same_occasion(events: Sequence[Event]) -> None:
    """An event with no place of its own takes the place of the same occasion told nearby.

    "Kim arrived in Russia for a summit with Putin. The talks will be Kim's first
    meeting with ...": the meeting is the summit's. "US troops fought alongside the
    SDF in Syria ... we are going to withdraw": a withdrawal of forces happens where
    they fight. The other event must be of the same kind, its place said in its
    own words, and tell the same occasion (``_same_occasion``). A meeting takes
    the nearest such place; a war event the country where most of the story's
    fighting of its side is placed ("compared the move to Obama's withdrawal from
    Iraq" does not move a war told in Syria).
    """
    placed = [e for e in events if e.location is not None and e.placing is not None and e.placing.found in OWN_WORDS]
    for event in events:
        kind = _OCCASION_KINDS.get(event.event)
        parties = _parties(event)
        if kind is None or not parties or (event.placing is not None and event.placing.found is not PlaceFound.RECENT):
            continue
        if not _of_an_occasion(event) or event.extra.get("named_occasion"):
            continue  # "the Sochi conference" is placed by its name, even one the gazetteer lacks
        here = event.extra.get("sentence", 0)
        same = [e for e in placed if e is not event and _OCCASION_KINDS.get(e.event) == kind and _of_an_occasion(e)
                and _same_occasion(event, e, kind)]
        if kind == "war":
            # the story's theatre: where most of this side's fighting is placed, anywhere in the article
            counts = Counter(e.location.country_code for e in same)
            same = [e for e in same if counts[e.location.country_code] == max(counts.values())]
        same = [e for e in same if abs(e.extra.get("sentence", 0) - here) <= OCCASION_SPAN[kind]]
        if not same:
            continue
        occasion = min(same, key=lambda e: (abs(e.extra.get("sentence", 0) - here), e.extra.get("sentence", 0) > here))
        move_place(event, occasion.location, Placing(PlaceFound.SAME_OCCASION,
                                                     f"the place of the same occasion ('{occasion.trigger}' at '{occasion.location.extracted_place}')"))
