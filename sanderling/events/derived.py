"""Which events to keep, and the events PLOVER reads out of others.

An announced withdrawal is also a verbal concession; an actor's stated plan
to coerce is a threat, to help a promise (``data/intents.tsv``); a report of
casualties is an event even when nobody is named.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sanderling.events.dating import EventDate
from sanderling.events.lexicon import Lexicon, TriggerEntry
from sanderling.events.provenance import Derivation
from sanderling.model import Event


def has_party(event: Event) -> bool:
    """Someone identifiable acts or is acted on: a country or a named actor, not just "refugees"."""
    return any(party.country or party.name for party in [*event.actor, *event.recipient])


def casualty_report(trigger: Token, entry: TriggerEntry) -> bool:
    """ "Five others were wounded in the blast": violence with victims is an event even when no party is named."""
    return entry.event == "ASSAULT" and trigger.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in trigger.children)


def announced_concession(event: Event, lexicon: Lexicon, said_on: EventDate, *, long_ago: bool = False) -> Event:
    """An announced withdrawal is also a verbal concession (PLOVER CONCEDE), asserted when announced (``said_on``),
    historical when the withdrawal or its announcement (``long_ago``) is background."""
    status = "historical" if event.status == "historical" or long_ago else "asserted"
    undated = event.date == "FUTURE_REF"
    return replace(
        event,
        event="CONCEDE",
        mode=None,
        status=status,
        date=said_on.value if undated else event.date,
        date_text=said_on.text if undated else event.date_text,
        date_basis=said_on.basis if undated else event.date_basis,
        score=lexicon.score("CONCEDE", None),
        confidence=event.confidence * 0.8,
        rule=event.rule + "; announced retreat coded as CONCEDE too",
        derivation=Derivation.ANNOUNCED_CONCESSION,
        extra={**event.extra, "statement": True},
    )


def stated_intent(event: Event, lexicon: Lexicon, said_on: EventDate) -> Event:
    """ "Nato said it would tighten the blockade": the statement, made when ``said_on`` says, is a THREATEN (or, for help, an AGREE);
    "Syria will not accept more refugees" is a REJECT; "will withdraw unless ..." is a THREATEN."""
    refused = event.status == "negated"
    if event.extra.get("condition") == "unless":
        intent = "THREATEN"  # "will withdraw unless ...": an ultimatum, whatever is threatened
    elif refused:
        intent = lexicon.refusals[event.event]
    else:
        intent = (lexicon.commitments if event.extra.get("commitment") else lexicon.intents)[event.event]
    return replace(
        event,
        event=intent,
        mode=None,
        status="asserted",
        date=said_on.value,
        date_text=said_on.text,
        date_basis=said_on.basis,
        score=lexicon.score(intent, None),
        confidence=event.confidence * 0.8,
        rule=event.rule + f"; stated {'ultimatum' if event.extra.get('condition') == 'unless' else 'refusal' if refused else 'intention'} ({event.extra['intent']}) coded as {intent}",
        derivation=Derivation.STATED_INTENT,
        extra={**event.extra, "statement": True},
    )
