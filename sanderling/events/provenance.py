"""How the events stage found each part of an event: its place, so far.

Later passes decide by these values, never by the wording of an explanation
(``Event.rule``, ``Actor.rule``): the explanations are built from them for
people to read (``sanderling code --explain``) and may be reworded freely.
None of this is part of the SPEC record.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sanderling.model import Event, Location


class PlaceFound(Enum):
    """Where an event's location came from, from the surest to the most borrowed."""

    ATTACHED = auto()  # "in Hanoi, the North demanded": a place on the event's own words
    CLAUSE = auto()  # a place of the event's clause or of a clause governing it
    WORDS = auto()  # a scene said deeper in the event's words ("a strike that shut down Kathmandu")
    RECENT = auto()  # the place the previous sentences of the paragraph set the story in
    TOWN_NAMED_BEFORE = auto()  # "the Syrian town": the town or city named before
    ACTING_STATE = auto()  # an act a state does at home, with no place named
    SAME_OCCASION = auto()  # the place of the summit or war the event belongs to
    SPEAKING = auto()  # where the speaker was last said to be speaking


# Places said in the event's own words, which other events of the same occasion may borrow.
OWN_WORDS = frozenset({PlaceFound.ATTACHED, PlaceFound.WORDS})


@dataclass(frozen=True, slots=True)
class Placing:
    """How an event's location was found, and the explanation of it shown after "place: "."""

    found: PlaceFound
    explanation: str


def move_place(event: Event, location: Location, placing: Placing) -> None:
    """Give ``event`` another place: the explanation's place note is replaced, at its end."""
    rule = event.rule
    if event.placing is not None:
        rule = rule.replace(f"; place: {event.placing.explanation}", "")
    event.location, event.placing = location, placing
    event.rule = f"{rule}; place: {placing.explanation}"
