"""Which events to keep, and the events PLOVER reads out of others.

An announced withdrawal is also a verbal concession; an actor's stated plan
(``stated_plan``) to coerce is a threat, to help a promise (``data/intents.tsv``);
a report of casualties is an event even when nobody is named.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Token

from sanderling.events.dating import EventDate, is_after
from sanderling.events.lexicon import Lexicon, TriggerEntry
from sanderling.events.provenance import Derivation
from sanderling.events.triggers import TriggerMatch
from sanderling.model import Event


def has_party(event: Event) -> bool:
    """Someone identifiable acts or is acted on: a country or a named actor, not just "refugees"."""
    return any(party.country or party.name for party in [*event.actor, *event.recipient])


# Acts reported for what befell their victims, whoever did them: a killing, a wounding, people driven
# from their homes ("five others were wounded in the blast", "thousands fled"). Any other act is news
# only with its doer: "is being urged to act" with no one urging is no event an analyst can count.
_REPORTED_WITHOUT_ACTOR = frozenset({"ASSAULT", "SANCTION"})


def attributed(event: Event) -> bool:
    """Whether the event says whose act it is: an actor of known country or organisation code, or a type
    whose victims are the news."""
    return event.event in _REPORTED_WITHOUT_ACTOR or any(party.country for party in event.actor)


def casualty_report(trigger: Token, entry: TriggerEntry) -> bool:
    """ "Five others were wounded in the blast": violence with victims is an event even when no party is named."""
    # (the subject of "an attack was launched" is the attack, not its victims)
    return entry.event == "ASSAULT" and trigger.pos_ == "VERB" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() not in entry.lemmas for c in trigger.children)


@dataclass(frozen=True, slots=True)
class StatedPlan:
    """An actor's stated plan: the word that states it ("vowed", "will"), the index of the word of intent, the
    "unless" or "if" of an ultimatum or offer, and whether the intent word commits (a promise, not a warning)."""

    intent: str | None
    intent_token: int | None
    condition: str | None
    commitment: bool


def stated_plan(anchor: Token, *, the_actors_own: bool, status: str, cue: Token | None, lexicon: Lexicon,
                voiced: Callable[..., bool]) -> StatedPlan:
    """What the event in the clause of ``anchor``, of status ``status`` decided by ``cue``, says of its actor's plans.

    Only an actor's own stated plan (``the_actors_own``: its subject acts) is a promise or threat:
    "it will lead to a massacre" predicts, it does not threaten. ``voiced`` tells whether a plan put ahead by
    a word is made known by the acting side itself (``plan_sources.stated_by_own_side``): "analysts said
    Turkey would attack" is no Turkish threat.
    """
    own_plan = the_actors_own and anchor.pos_ == "VERB" and anchor.lemma_ not in ("be", "lead")
    states_intent = own_plan and status == "future" and cue is not None and lexicon.has_role(cue.lemma_.lower(), "intent") and voiced(cue)
    # "will not accept", "would not meet their demands": a stated refusal.
    will = next((c for c in anchor.children if c.dep_ == "aux" and lexicon.has_role(c.lower_, "intent")), None)
    # "has been unwilling to accede": a word of unwillingness states a refusal as "will not" does.
    if will is None and cue is not None and status == "negated" and lexicon.has_role(cue.lemma_.lower(), "refusal"):
        will = cue
    refuses = own_plan and status == "negated" and will is not None and voiced(will)
    # "will withdraw its troops unless ...": a conditional the actor sets is an ultimatum or an offer; an
    # ultimatum's "unless" is its own statement, an offer's "if" needs the actor's voice like any plan.
    condition = next((m.lower_ for c in anchor.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark" and m.lower_ in ("unless", "if")), None)
    conditional = own_plan and will is not None and status in ("future", "hypothetical") and condition is not None \
        and (condition == "unless" or voiced(will))
    intent = cue.text if states_intent and cue is not None else (will.text if (refuses or conditional) and will is not None else None)
    return StatedPlan(
        intent=intent,
        intent_token=cue.i if states_intent and cue is not None else None,
        condition=condition if conditional else None,
        commitment=bool(states_intent and cue is not None and lexicon.has_role(cue.lemma_.lower(), "commitment")),
    )


def announces_retreat(status: str, cue: Token | None, lexicon: Lexicon, voiced: Callable[..., bool]) -> bool:
    """A withdrawal ahead is an announced concession when its actor's side decides or announces it ("Trump's
    decision to withdraw", "said troops would leave"), not when others expect, fear or beg for it, nor when
    it is only offered ("is willing to hand over prisoners": an offer, AGREE), nor when it is only what an
    announced act is for ("will begin an operation to free the east")."""
    return status == "future" and cue is not None and not lexicon.has_role(cue.lemma_.lower(), "commitment") and voiced(cue, purposes=False)


# Hostile acts that a party threatens by keeping them open.
_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def kept_open(event: Event, match: TriggerMatch, matches: Mapping[int, TriggerMatch], lexicon: Lexicon) -> Event:
    """ "Israel has not ruled out a military strike on Iran": a hostile act not ruled out is threatened (PLOVER THREATEN),
    no refusal that did not happen."""
    if event.event != "REJECT" or event.status != "negated" or match.entries[0].phrase != "rule out":
        return event
    objects = [c for c in match.head.children if c.dep_ in ("dobj", "xcomp")]
    if not any(o.i in matches and matches[o.i].entries[0].event in _HOSTILE for o in objects):
        return event
    return replace(event, event="THREATEN", mode=None, status="asserted", score=lexicon.score("THREATEN", None),
                   rule=event.rule + "; a hostile act not ruled out is threatened")


def announced_concession(event: Event, lexicon: Lexicon, said_on: EventDate, *, long_ago: bool = False) -> Event:
    """An announced withdrawal is also a verbal concession (PLOVER CONCEDE), asserted when announced (``said_on``),
    historical when the withdrawal or its announcement (``long_ago``) is background."""
    status = "historical" if event.status == "historical" or long_ago else "asserted"
    # "said the withdrawal would begin next week": the concession is the saying, not the withdrawal's week.
    undated = event.date == "FUTURE_REF" or is_after(event.date, event.published)
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
        extra=dict(event.extra),
    )


def stated_intent(event: Event, lexicon: Lexicon, said_on: EventDate, *, long_ago: bool = False) -> Event:
    """ "Nato said it would tighten the blockade": the statement, made when ``said_on`` says, is a THREATEN (or, for help, an AGREE);
    "Syria will not accept more refugees" is a REJECT; "will withdraw unless ..." is a THREATEN. A statement made
    long before the story (``long_ago``: "the US announced in 2016 it would ...") is background, historical."""
    refused = event.status == "negated"
    if event.extra.get("condition") == "unless":
        intent = "THREATEN"  # "will withdraw unless ...": an ultimatum, whatever is threatened
    elif refused:
        intent = lexicon.refusals[event.event]
    else:
        intent = (lexicon.commitments if event.extra.get("commitment") else lexicon.intents)[event.event]
    # "Iran will not negotiate with the US": the plan about a meeting of both is the subject's side's, towards the other.
    side = event.extra.get("subject_side") or []
    actors, recipients = (list(side), [a for a in event.actor if a not in side]) if side else (event.actor, event.recipient)
    return replace(
        event,
        event=intent,
        mode=None,
        actor=actors,
        recipient=recipients,
        status="historical" if long_ago else "asserted",
        date=said_on.value,
        date_text=said_on.text,
        date_basis=said_on.basis,
        score=lexicon.score(intent, None),
        confidence=event.confidence * 0.8,
        rule=event.rule + f"; stated {'ultimatum' if event.extra.get('condition') == 'unless' else 'refusal' if refused else 'intention'} ({event.extra['intent']}) coded as {intent}",
        derivation=Derivation.STATED_INTENT,
        extra=dict(event.extra),
    )
