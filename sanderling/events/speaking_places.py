"""Where a speaker is speaking: "During a visit to Jerusalem on Sunday, Bolton said ..." places the
statements Bolton goes on to make in the next sentences ("'We're going to withdraw,' Bolton said").

The verbs of saying and their speakers are read once per sentence for this and for their dates
(``sayings.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from sanderling.events.provenance import PlaceFound, Placing, move_place
from sanderling.events.sayings import Saying, speakers_of
from sanderling.events.speakers import QUOTE_SPAN
from sanderling.model import Event

# Events that happen in the saying of them: the announcement of a withdrawal, a demand, a threat, a refusal.
VERBAL = frozenset({"CONCEDE", "AGREE", "REJECT", "THREATEN", "REQUEST", "ACCUSE", "SUPPORT"})
# Prepositions on the way from a place up to the verb of saying that keep to where it was spoken: "said in
# Ankara", "at a news conference in Kabul", "during a visit to Jerusalem"; not what it was about ("in a
# speech on the war in Syria") or another time ("after talks in Moscow").
_WHERE_SPOKEN = frozenset({"in", "at", "during", "to", "near", "outside", "inside"})
# Trips a speaker can be "on": "said on a visit to Moscow".
_TRIPS = frozenset({"visit", "trip", "tour"})


@dataclass(frozen=True, slots=True)
class Speaking:
    """A speaker's verb of saying in sentence ``sentence``, and the place said to be where, if any."""

    sentence: int
    speakers: frozenset[int]
    place: Any | None


def speech_verb(anchor: Token, speech_lemmas: frozenset[str]) -> Token | None:
    """The verb of saying a statement hangs on: "'we're going to withdraw,' Bolton said"."""
    verb = anchor
    for _ in range(4):
        if verb.lemma_.lower() in speech_lemmas and verb != anchor:
            return verb
        if verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or verb.head == verb:
            return None
        verb = verb.head
    return None


def speakings(said: Sequence[Saying], number: int, sentence: Span, places: Sequence[Any]) -> list[Speaking]:
    """Each verb of saying of sentence ``number`` with a known speaker, and where it was spoken."""
    return [Speaking(number, s.speakers, next((p for p in places if _spoken_at(sentence.doc[p.start:p.end].root, s.verb)), None)) for s in said]


def _spoken_at(root: Token, verb: Token) -> bool:
    """The place hangs on the verb of saying through where-prepositions only ("said at a speech in Ankara"),
    or through a participle of the speaker's own ("Speaking in Kabul, he said"); never through what was said."""
    current = root
    for _ in range(10):
        head = current.head
        if head == current:
            return False
        if current.dep_ == "prep" and not (current.lower_ in _WHERE_SPOKEN or (current.lower_ == "on" and _on_a_trip(current))):
            return False
        if head == verb:
            return current.dep_ == "prep" or _speakers_participle(current)
        if head.pos_ in ("VERB", "AUX") and not (head.head == verb and _speakers_participle(head)):
            return False  # "insisted on joining the operation to defend Afrin": what was said
        current = head
    return False


def _on_a_trip(preposition: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _TRIPS for c in preposition.children)


def _speakers_participle(verb: Token) -> bool:
    """ "Speaking in Kabul, ...", "while visiting Moscow, ...": a subjectless participle on the verb of saying."""
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and all(c.lower_ in ("while", "when") for c in verb.children if c.dep_ == "mark"))


def place_statements(events: Iterable[Event], spoken: Sequence[Speaking], doc: Doc, by_token: dict[int, list],
                     speech_lemmas: frozenset[str]) -> None:
    """A statement is made where its speaker was last said to be speaking, while the speaker's statements
    follow one another closely (``QUOTE_SPAN``): a verbal event with no place of its own words, and any
    announcement read out of a plan ("we will withdraw from Syria", said in Jerusalem, concedes in Jerusalem)."""
    for event in events:
        placed = event.placing is not None and event.placing.found is not PlaceFound.RECENT
        if event.event not in VERBAL or (placed and event.derivation is None):
            continue
        verb = speech_verb(doc[event.extra["anchor"]], speech_lemmas)
        speakers = speakers_of(verb, by_token) if verb is not None else frozenset()
        place = _speaking_place(speakers, event.extra.get("sentence", 0), spoken) if speakers else None
        if place is None:
            continue
        move_place(event, place.location, Placing(PlaceFound.SPEAKING, f"where the speaker was speaking ('{place.location.extracted_place}')"))


def _speaking_place(speakers: frozenset[int], here: int, spoken: Sequence[Speaking]) -> Any | None:
    """Back through the speaker's run of statements to the last one that says where it was spoken."""
    last = here
    for speaking in sorted((s for s in spoken if s.sentence <= here), key=lambda s: -s.sentence):
        if not speaking.speakers & speakers:
            continue
        if last - speaking.sentence > QUOTE_SPAN:
            return None
        if speaking.place is not None:
            return speaking.place
        last = speaking.sentence
    return None
