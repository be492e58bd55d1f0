"""Where an event happened: the place attached to its words, else its clause's, else the recent one.

The places stage finds and resolves place mentions; this module decides
which of them is the event's location, and when a place stands for a
participant instead ("Moscow said", "an attack on the city of Afrin").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from sanderling.events.arguments import MentionIndex
from sanderling.events.tree import in_clause_of
from sanderling.events.triggers import STATE_SECTORS
from sanderling.model import NON_STATE_CODES, Actor, Location
from sanderling.places.gazetteer import Gazetteer
from sanderling.places.resolve import to_location

# Acts a state does on its own ground: with no place named, they happen in the acting state
# ("Turkey released a US pastor", "Iranian police arrested 12 protesters").
_AT_HOME = {("COERCE", None), ("RETREAT", "release")}

# Prepositions after which a country or capital is a scene or destination, not a participant
# ("sent troops to Bosnia"; but "pressure on the Kremlin", "a threat from Turkey").
_SCENE = {"in", "at", "near", "inside", "outside", "across", "throughout", "to", "into"}
# Prepositions that place an event rather than name a participant.
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "into", "around", "throughout", "on", "off", "along", "within", "over"}


def place_actors(token: Token, places: Sequence[Any]) -> list[Actor]:
    """ "an attack on the city of Afrin": a recipient named by a place stands for its country."""
    span = {t.i for t in token.subtree}
    for place in places:
        if place.start in span and place.location.country_code:
            return [Actor(text=place.location.extracted_place, name=None, country=place.location.country_code, sector=None, rule="country of the place named as recipient")]
    return []


def names_a_participant(place: Any, index: MentionIndex, doc: Doc) -> bool:
    """ "Moscow said ...", "pressure on the Kremlin": a place named as a participant is an actor, not where the event happened."""
    if not any(i in index.by_token for i in range(place.start, place.end)):
        return False
    head = doc[place.start:place.end].root.head
    return not (head.dep_ == "prep" and head.lower_ in _SCENE)


def locate(trigger: Token, anchor: Token, places: Sequence[Any], recent_place: Any | None) -> tuple[Location | None, str]:
    """The event's location and how it was chosen ("" when there is none).

    A place of the sentence counts only when it belongs to the event's own
    clause: in "the talks will be Kim's first meeting since negotiations in
    Hanoi collapsed", Hanoi is where the negotiations were, not the meeting.
    """
    own = {trigger.i, anchor.i}
    for place in places:
        current = trigger.doc[place.start:place.end].root
        locative = False
        for _ in range(6):
            if current.i in own:
                if locative:
                    return place.location, f"attached to the event ('{place.location.extracted_place}')"
                break
            if current.head == current:
                break
            locative = locative or (current.dep_ == "prep" and current.lower_ in LOCATIVE)
            current = current.head
    for place in places:
        if in_clause_of(trigger.doc[place.start:place.end].root, anchor):
            return place.location, f"place of the event's clause ('{place.location.extracted_place}')"
    if recent_place is not None:
        return recent_place.location, f"recent place '{recent_place.location.extracted_place}'"
    return None, ""


def home_location(event: str, mode: str | None, actors: Sequence[Actor]) -> tuple[Location | None, str]:
    """The acting state's own country for an act a state does at home, when no place is named."""
    if (event, None) not in _AT_HOME and (event, mode) not in _AT_HOME:
        return None, ""
    countries = {a.country for a in actors}
    if len(countries) != 1 or None in countries or countries & NON_STATE_CODES or any(a.sector is not None and a.sector not in STATE_SECTORS for a in actors):
        return None, ""
    country = next(iter(countries))
    place = Gazetteer.default().country(country)
    # No words of the text name the place: the extracted place is the country's own name.
    location = to_location(place.name, place) if place is not None else None
    return (location, f"the acting state's own country ('{actors[0].text}')") if location is not None else (None, "")
