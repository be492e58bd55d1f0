"""Parties one event of a sentence supplies to another.

"Kim arrived in Russia, as Pyongyang seeks support": the visit's host is asked.
"Israel struck Gaza, killing ten people": the people were where the blow fell.
"Russia's efforts to broker a deal stumbled after the opposition said it would
not attend talks": the talks are the mediator's. "Russians were killed when US
forces carried out air strikes": the strikes' actor killed them. "rioted ...
demanding independence from Indonesian rule": the protest is aimed at whom it demands of.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from sanderling.events.arguments import distinct_parties, governing_verb
from sanderling.events.lexicon import Lexicon
from sanderling.events.provenance import DOMESTIC, GIVEN_A_COUNTRY, CountryFrom, FrameKind, named_by_a_noun
from sanderling.model import Actor, Event

# Events inside a protest's own words that say what it is aimed at ("to demand", "in defiance of", "in protest against").
_PROTEST_AIMS = {"REQUEST", "ACCUSE", "REJECT", "PROTEST"}


def visitors_ask_hosts(found: list[Event], doc: Doc) -> None:
    """ "Kim arrived in Russia for a summit, as Pyongyang seeks support": a visitor's request that names no one
    is put to the host of the visit the same sentence tells."""
    visits = [e for e in found if e.event == "CONSULT" and e.mode == "visit" and e.recipient]
    for request in found:
        if request.event != "REQUEST" or request.recipient:
            continue
        asking = {a.country for a in request.actor if a.country}
        # The request hangs on the visit ("arrived ..., as Pyongyang seeks support", "flew to Tehran to ask for help"),
        # not the visit on the request ("in a speech pitched as the centrepiece of his tour, Pompeo called for ...").
        visit = next((v for v in visits if asking and asking == {a.country for a in v.actor if a.country}
                      and request.extra["token"] in {t.i for t in doc[v.extra["anchor"]].subtree}), None)
        if visit is not None:
            request.recipient = [r for r in visit.recipient if r.country not in asking]
            request.rule += f"; recipient: the host of the visit ('{visit.trigger}')"


def victims_of_the_main_clause(found: list[Event], doc: Doc) -> None:
    """ "Israel struck Gaza on Monday, killing ten people": the people a result participle tells of were where the main
    clause's blow fell, not of the attacker's own country."""
    for result in found:
        verb = doc[result.extra["token"]]
        own = {a.country for a in result.actor}
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not result.recipient or not all(_given_a_country(r) and r.country in own for r in result.recipient):
            continue
        main = next((e for e in found if e.extra["token"] == verb.head.i and e.event == result.event and e.recipient), None)
        targets = {r.country for r in main.recipient if r.country} - own if main is not None else set()
        if main is not None and len(targets) == 1:
            country = targets.pop()
            result.recipient = [replace(r, country=country, rule=r.rule + f"; rather where the main clause's blow fell ('{main.trigger}')",
                                        country_from=CountryFrom.WHERE_BLOW_FELL) for r in result.recipient]


def _given_a_country(recipient: Actor) -> bool:
    """A recipient that named only people and took the country of the event's place or of its actor."""
    return recipient.country_from in GIVEN_A_COUNTRY


def hosts_of_attended_meetings(found: list[Event], doc: Doc, lexicon: Lexicon) -> None:
    """ "Russia's efforts to broker a deal stumbled after the opposition said it would not attend talks": a meeting
    attended (or shunned) whose host is not named is the meeting of whoever the sentence has mediating."""
    mediators = [e for e in found if e.event == "CONSULT" and e.mode == "third-party" and e.actor]
    for attended in found:
        if attended.recipient or not attended.actor or not named_by_a_noun(attended):
            continue
        governor = governing_verb(doc[attended.extra["token"]])
        if governor is None or not lexicon.has_role(governor.lemma_.lower(), "attendance"):
            continue
        attending = {a.country for a in attended.actor}
        mediator = next((m for m in mediators if not attending & {a.country for a in m.actor}), None)
        if mediator is not None:
            attended.recipient = list(mediator.actor)
            attended.rule += f"; recipient: the mediator whose meeting it is ('{mediator.trigger}')"


def share_perpetrators(found: list[Event], doc: Doc) -> None:
    """ "Russians were killed when US forces carried out air strikes": the strikes' actor did the killing.

    Whom the strikes were against was hit too ("... air strikes against a pro-regime force"): the victims
    were among them, and the two accounts are one attack.
    """
    for victim_event in found:
        if victim_event.event != "ASSAULT" or victim_event.actor or victim_event.frame is not FrameKind.PASSIVE:
            continue
        verb = doc[victim_event.extra["token"]]
        # Not the victims' own deeds: "a Briton who went to Syria to fight Isis has been killed".
        theirs = {t.i for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") for t in c.subtree}
        # Nor what they were doing: "a soldier who was killed while fighting against Isis" did the fighting.
        theirs |= {t.i for c in verb.children if c.dep_ == "advcl" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                   for t in c.subtree}
        below = {t.i for t in verb.subtree} - theirs
        for other in found:
            if other is not victim_event and other.event == "ASSAULT" and other.actor and other.extra["token"] in below:
                victim_event.actor = list(other.actor)
                victim_event.rule += f"; actor from the attack that caused it ('{other.trigger}')"
                attackers = {a.country for a in other.actor}
                struck = [r for r in other.recipient if r.country and r.country not in attackers]
                if struck and victim_event.recipient:
                    victim_event.recipient = distinct_parties([*victim_event.recipient, *struck])
                break


def protest_targets(found: list[Event], doc: Doc) -> None:
    """ "blocked streets in defiance of Chinese authorities", "rioted ... demanding independence from Indonesian rule":
    a protest whose words carry a demand, accusation or rejection is aimed at that event's recipient."""
    for protest in found:
        if protest.event != "PROTEST" or any(r.country and r.country_from not in DOMESTIC for r in protest.recipient):
            continue
        below = {t.i for t in doc[protest.extra["anchor"]].subtree}
        for other in found:
            if other is protest or other.event not in _PROTEST_AIMS or other.extra["token"] not in below:
                continue
            aims = [r for r in other.recipient if r.country and r.country not in {a.country for a in protest.actor}]
            if aims:
                protest.recipient = list(aims)
                protest.rule += f"; recipient from what it protests ('{other.trigger}')"
                break
