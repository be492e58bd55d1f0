"""The verbs of saying of a sentence and who says them, read once for both when (``speakers.py``) and
where (``speaking_places.py``) each statement was made.

The speakers are the coreference entities of the verb's subjects: "Bolton", "John Bolton" and "he" are
one speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token


@dataclass(frozen=True, slots=True)
class Saying:
    verb: Token
    speakers: frozenset[int]


def sayings(sentence: Span, by_token: dict[int, list], speech_lemmas: frozenset[str]) -> list[Saying]:
    """Each verb of saying in ``sentence`` whose speaker is known, in text order."""
    found = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech_lemmas:
            continue
        if speakers := speakers_of(verb, by_token):
            found.append(Saying(verb, speakers))
    return found


def speakers_of(verb: Token, by_token: dict[int, list]) -> frozenset[int]:
    """The coreference entities of the verb's subject ("Bolton said", "he told reporters")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return frozenset(m.entity for s in subjects for m in by_token.get(s.i, ()) if getattr(m, "entity", None) is not None)


def in_reported_speech(verb: Token, speech_lemmas: frozenset[str]) -> bool:
    """ "said they had agreed", "told the Times that she was pregnant and had fled": the clause reports someone's words."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("ccomp", "conj") or current.head == current:
            return False
        current = current.head
        if current.lemma_.lower() in speech_lemmas:
            return True
    return False
