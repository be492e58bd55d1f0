"""How the events stage found each part of an event: its actor and recipient, their countries, its place.

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


class FrameKind(Enum):
    """Which grammar a trigger's actor and recipient were read from (``arguments.Frame``).

    The value is the explanation shown in ``Event.rule``; nothing compares it.
    """

    ACTIVE = "active"
    PASSIVE = "passive"
    STATIVE = "stative participle"  # "Israel is opposed to French mediation"
    NOMINAL = "nominal"
    NOMINAL_UNDER = "nominal, the subject is under it"  # "the town is under threat from Turkey"
    SUBJECT_IS_VICTIM = "the subject is the victim"  # "a soldier died in an attack"
    FELL_FIGHTING = "the victim fell fighting the actor"  # "Britons killed fighting Isis"
    OBLIGATION_SPEECH = "speech with an obligation modal"  # "declared that China must drop barriers"
    BLAME_SPEECH = "speech or belief that a party is to blame"  # "said the regime was responsible for the attack"

    @property
    def nominal(self) -> bool:
        return self in (FrameKind.NOMINAL, FrameKind.NOMINAL_UNDER)


class PartyFound(Enum):
    """A party found beyond its trigger's own frame, or the two sides turned round, in the order told.

    The value is the explanation shown in ``Event.rule`` after the frame's; nothing compares it.
    """

    ISSUER = "actor: who issued the statement"  # "the PKK issued a declaration demanding ..."
    GOVERNING_VERB = "actor from the governing verb"  # "responded with strikes from drones"
    CONDITION = "recipient: who must meet the condition"  # a threat "unless X ..."
    COMPLEMENT = "recipient from the complement clause"  # "demanded that Hamas renounce ..."
    ATTENDS_HOST = "actor: who attends; recipient: the host"  # "would not attend Russia's talks"
    ANSWERER = "recipient: who answers it"  # "the US deflected Ankara's complaints"
    FORCES_THEMSELVES = "actor: the forces themselves"  # "the guerrillas have been demobilized"
    HOST_AT_HOME = "recipient: the host met at home"  # "Putin met Iran's leaders in Tehran"
    VISITOR_AT_HOME = "actor: the visitor met at the subject's home"  # "the French president met the German chancellor in Paris"
    BY_PHRASE = "actor: the 'by' phrase the parse hung on the verb"  # "condemned the killings by militias"
    UNDERGOER = "recipient: who undergoes it"  # "the town faces an invasion"
    BETWEEN = "actor: the parties it is between"  # "as part of a deal between Trump and Erdoğan"
    ASKED_TO_ACT = "recipient: whose act is asked for"  # "called for US support"


class Derivation(Enum):
    """An event PLOVER reads out of another event of the same words (``derived.py``)."""

    ANNOUNCED_CONCESSION = auto()  # an announced withdrawal is also a verbal concession
    STATED_INTENT = auto()  # a stated plan is a threat, promise or refusal


class CountryFrom(Enum):
    """Where a party the events stage made, or gave a country to, got its country (``Actor.country_from``).

    None: from the party's own words, as the actors stage resolved them.
    """

    PLACE_NAMED = auto()  # "an attack on the city of Afrin": a place named as the recipient stands for its state
    ATTACHED_PLACE = auto()  # "lifted a curfew in Montenegro": the state of the place a material act is done in
    VISITED_PLACE = auto()  # "arrived in Cairo": the host of a foreign visitor
    DOMESTIC_PLACE = auto()  # "imposed a curfew in Cizre": a domestic event is aimed at the state where it happens
    DOMESTIC_ACTOR = auto()  # "Egyptian demonstrators rioted": ... or, with no place, at the actor's own state
    EVENT_PLACE = auto()  # "killed 23 people in Tel Aviv": people of no country are of the event's place
    ACTORS_COUNTRY = auto()  # "Nigerian police jailed 52 activists": ... or, with no place, of the actor's country
    FORCES_PLACE = auto()  # "guerrillas operating in Macedonia have been demobilized": forces of no state are the place's
    PROTEST_PLACE = auto()  # "protesters marched in Caracas": people protesting in a country are its people
    AUTHORITY_PLACE = auto()  # "were detained in Tehran": the state where an arrest or sentence was done did it
    WHERE_BLOW_FELL = auto()  # "Israel struck Gaza, killing ten people": the people were where the blow fell
    WHERE_FORCES_STAND = auto()  # a withdrawal is from where the article has the withdrawing forces


# Targets the events stage gives an event that names none, for want of one (data/domestic_targets.tsv).
DOMESTIC = frozenset({CountryFrom.DOMESTIC_PLACE, CountryFrom.DOMESTIC_ACTOR})
# People who named no country of their own and took one from the event's place or its actor.
GIVEN_A_COUNTRY = frozenset({CountryFrom.EVENT_PLACE, CountryFrom.ACTORS_COUNTRY})


@dataclass(frozen=True, slots=True)
class Placing:
    """How an event's location was found, and the explanation of it shown after "place: "."""

    found: PlaceFound
    explanation: str


def named_by_a_noun(event: Event) -> bool:
    """ "Russia's demand", "the talks": the event's parties were read from a noun phrase, not a clause."""
    return event.frame is not None and event.frame.nominal


def move_place(event: Event, location: Location, placing: Placing) -> None:
    """Give ``event`` another place: the explanation's place note is replaced, at its end."""
    rule = event.rule
    if event.placing is not None:
        rule = rule.replace(f"; place: {event.placing.explanation}", "")
    event.location, event.placing = location, placing
    event.rule = f"{rule}; place: {placing.explanation}"
