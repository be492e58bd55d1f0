"""Small walks over the dependency tree shared by the events stage's modules."""

from __future__ import annotations

from spacy.tokens import Token


def verb_above(token: Token, *, limit: int = 8) -> Token | None:
    """The first verb (or auxiliary) above ``token``: the clause it belongs to."""
    current = token
    for _ in range(limit):
        if current.head == current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def in_clause_of(token: Token, anchor: Token) -> bool:
    """``token`` belongs to the event's own clause or to one of the clauses governing it."""
    verb = verb_above(token)
    if verb is None:
        return token == anchor or token in anchor.ancestors
    return verb == anchor or verb in anchor.ancestors


def continued_infinitive(verb: Token) -> Token | None:
    """The infinitive a bare verb continues ("is due to arrive tomorrow, then fly on"), when the parse lost the link.

    A base-form verb with no subject, auxiliary or "to" of its own, hung
    loosely (dep or conj) after another base-form verb of its sentence.
    """
    if verb.tag_ != "VB" or verb.dep_ not in ("dep", "conj") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children):
        return None
    before = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.pos_ == "VERB"), None)
    return before if before is not None and before.tag_ == "VB" else None


# What a verb may carry of its own that a verb sharing another's object would not.
_OWN_COMPLEMENTS = ("dobj", "nsubjpass", "xcomp", "ccomp", "prep", "dative", "attr", "oprd", "acomp", "advcl", "prt")


def object_sharers(verb: Token) -> list[Token]:
    """ "killed or wounded 4,315 fighters since 2014": the object and what goes with it hang on the last of verbs that
    share them. The verbs conjoined to ``verb`` whose object it shares: only when it has no object or complement of its
    own ("refused to deploy troops and urged its citizens to leave" share nothing)."""
    if any(c.dep_ in _OWN_COMPLEMENTS for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ == "dobj" for g in c.children)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
