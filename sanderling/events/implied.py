"""Events the grammar implies without a trigger word of their own.

"Chirac reminded Iraq that it must cooperate" is a demand although no word
in it means "demand": a verb or noun of saying whose complement carries an
obligation modal codes a REQUEST from the speaker to the obliged party. The
speech words and modals are rows of ``data/trigger_roles.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sanderling.events.lexicon import Lexicon, TriggerEntry

REQUEST_ENTRY = TriggerEntry(lemmas=("must",), pos="VERB", event="REQUEST", mode=None, recipient_cues=(), ambiguous=False, row=0)
_CLAUSE_LINKS = ("ccomp", "acl", "relcl", "xcomp", "advcl", "conj", "parataxis")
_FIRST_PERSON = {"i", "we", "us"}


def find_obligations(sentence: Span, lexicon: Lexicon) -> list[tuple[Token, Token]]:
    """(speech word, obliged clause's verb) pairs: "declared that China must drop barriers"."""
    found = []
    for verb in sentence:
        modal = next((c for c in verb.children if c.dep_ == "aux" and lexicon.has_role(c.lower_, "obligation")), None)
        subject = obligation_subject(verb)
        # "we must confirm" is the speaker's own duty, not a demand on another party.
        # ("the US must" is no pronoun: only a pronoun is the speaker.)
        if modal is None or subject is None or (subject.pos_ == "PRON" and subject.lower_ in _FIRST_PERSON):
            continue
        current = verb
        for _ in range(3):
            if current.dep_ not in _CLAUSE_LINKS or current.head == current:
                break
            current = current.head
            if lexicon.has_role(current.lemma_.lower(), "speech"):
                found.append((current, verb))
                break
    return found


def obligation_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
