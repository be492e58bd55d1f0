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
