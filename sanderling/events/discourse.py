"""Parties an article states once and then leaves to the reader.

"The Pentagon was told to plan for the withdrawal of US soldiers": a news
story rarely repeats where the soldiers are. A withdrawal is from the country
where the article has the withdrawing party's forces fighting, deployed or
withdrawing from by name; that country is the withdrawal's recipient.

"Trump told the EU it must take back its fighters. The president's call came
as ...": a definite noun that names again an event just told is that event,
and has its recipient. "Turkey pressed its plan for a safe zone. The Kurds are
resisting the move": a stance on "the move" is aimed at who acted before.

"The US has accused it of ... – accusations Russia denies": a denial answers its
accuser. "Dozens of Russians had been killed", a few sentences after the US strikes
that killed them: victims reported without their attacker have the one told before.

Each rule leaves alone an event whose own words name the party it supplies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from sanderling.events.lexicon import Lexicon
from sanderling.events.provenance import CountryFrom, Derivation, PartyFound, PlaceFound, named_by_a_noun
from sanderling.model import NON_STATE_CODES, Actor, Event

# Acts whose definite noun ("the call", "the accusation", "its sanctions") names the same act again; "the
# attack" or "the incursion" may be a wider campaign than the strike told before, with other victims.
_RESTATED = {"REQUEST", "ACCUSE", "THREATEN", "AGREE", "SUPPORT", "REJECT", "SANCTION", "CONCEDE"}
# How many sentences back a definite event noun looks for the event it names again.
ECHO_SPAN = 2
# How many sentences back an attack's actor (or a state that acted on a person) is carried to later reports of them.
PERPETRATOR_SPAN = 3
# Stances on an act: rejecting, condemning, backing or accepting it.
_STANCES = {"REJECT", "ACCUSE", "SUPPORT", "AGREE", "PROTEST"}
_DEFINITE = {"the", "this", "that"}
_TARGET_PREPOSITIONS = {"on", "against", "into", "to", "with", "at", "over", "for", "toward", "towards", "in"}

# Events that put a party's forces in a country: fighting there, deployed there, leaving it.
_FORCES_STAND = {"ASSAULT", "MOBILIZE", "RETREAT"}


def answer_accusation(event: Event, earlier: list[Event], doc: Doc, lexicon: Lexicon) -> None:
    """ "the US has accused it of ... – accusations Russia denies": a denial with no recipient answers its accuser.

    The accusation must name the denier as its recipient and come from the
    same or the previous sentence.
    """
    if event.event != "REJECT" or event.recipient or not event.actor:
        return
    if not lexicon.has_role(doc[event.extra["token"]].lemma_.lower(), "denial"):
        return
    deniers = {a.country for a in event.actor if a.country}
    sentence = doc[event.extra["token"]].sent
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    for other in reversed(earlier):
        if other.start < previous.start_char:
            break
        accusers = [a for a in other.actor if a.country and a.country not in deniers]
        if other.event == "ACCUSE" and accusers and deniers & {r.country for r in other.recipient}:
            event.recipient = accusers
            event.rule += f"; recipient: the accuser ('{other.trigger}')"
            return


def perpetrators_from_earlier(events: list[Event]) -> None:
    """ "Russians were killed when US forces carried out air strikes. ... Dozens of Russians had been killed":
    victims reported without their attacker take the attacker of the same victims a few sentences before."""
    for victims in events:
        if victims.event != "ASSAULT":
            continue
        if _attackers_told_before(victims) or (victims.extra.get("attack_told_before") and not victims.actor):
            # "A suicide bombing claimed by Isis has killed four Americans. The bomber struck inside a restaurant":
            # "the bomber" is the one whose attack was just told, and "the attack has killed scores" that attack.
            earlier = [e for e in _shortly_before(events, victims) if e.event == "ASSAULT" and any(a.country for a in e.actor)]
            if earlier:
                victims.actor = list(earlier[-1].actor)
                victims.rule += f"; actor: the attacker of the attack told before ('{earlier[-1].trigger}')"
            continue
        if victims.actor or not victims.recipient:
            continue
        hurt = {r.country for r in victims.recipient if r.country}
        earlier = [e for e in _shortly_before(events, victims) if e.event == "ASSAULT" and e.actor and hurt & {r.country for r in e.recipient}]
        if earlier:
            attack = earlier[-1]
            victims.actor = list(attack.actor)
            victims.rule += f"; actor from an earlier report of the attack on them ('{attack.trigger}')"


def _attackers_told_before(event: Event) -> bool:
    """Its actors are attackers of no known side named as ones already told of: "the bomber", "the gunmen"."""
    return bool(event.actor) and all(a.sector == "UAF" and a.country is None and a.text.lower().startswith("the ") for a in event.actor)


def _shortly_before(events: list[Event], event: Event) -> list[Event]:
    """The events told before ``event`` in its own sentence or up to PERPETRATOR_SPAN sentences earlier."""
    here = event.extra.get("sentence", 0)
    return [e for e in events[:event.index] if 0 <= here - e.extra.get("sentence", 0) <= PERPETRATOR_SPAN]


def custodians_from_earlier(events: list[Event], doc: Doc, lexicon: Lexicon) -> None:
    """ "Robinson was arrested on a Turkish beach. ... He was convicted in September": an act of a state's authorities
    on a person (trigger_roles.tsv `authority`) with no one said to do it is the act of the state that arrested, held
    or tried the same person a few sentences before."""
    authority = {id(e) for e in events if lexicon.has_role(doc[e.extra["token"]].lemma_.lower(), "authority")}
    for act in events:
        if act.actor or not act.recipient or id(act) not in authority:
            continue
        # People of a state, not members of a group: "suspected Isis fighters" may be held by anyone.
        held = {r.country for r in act.recipient if r.country and r.country not in NON_STATE_CODES}
        earlier = [e for e in _shortly_before(events, act) if e.actor and id(e) in authority
                   and held & {r.country for r in e.recipient} and all(a.country and a.country not in held for a in e.actor)]
        if earlier:
            custodian = earlier[-1]
            act.actor = list(custodian.actor)
            act.rule += f"; actor: the state that acted on them before ('{custodian.trigger}')"


def courts_nearby(events: list[Event], mentions: Sequence[Any], doc: Doc, lexicon: Lexicon) -> None:
    """ "A former British soldier was in court on Wednesday facing an unprecedented prosecution. ... He has been
    charged with ...": an act of authority on people of one state (trigger_roles.tsv `authority`) with no one said
    to do it is the act of that state's court or police the same sentence or the few before it tell of."""
    # ("faces prosecution", "stand trial": a phrase's last word may be the act of authority)
    authority = {id(e) for e in events if any(lexicon.has_role(word, "authority") for word in (doc[e.extra["token"]].lemma_.lower(), e.trigger.split()[-1].lower()))}
    bodies = [(doc[m.head].sent.start, m.actor) for m in mentions
              if m.actor.sector in _JUSTICE and m.actor.country and m.actor.country not in NON_STATE_CODES]
    if not bodies:
        return
    starts = sorted({s.start for s in doc.sents})
    for act in events:
        if act.actor or id(act) not in authority:
            continue
        held = {r.country for r in act.recipient if r.country}
        if len(held) != 1 or held & NON_STATE_CODES:
            continue
        here = starts.index(doc[act.extra["token"]].sent.start)
        window = set(starts[max(0, here - PERPETRATOR_SPAN):here + 1])
        court = next((actor for start, actor in reversed(bodies) if start in window and actor.country in held), None)
        if court is not None:
            act.actor = [court]
            act.rule += f"; actor: the state's {court.text!r} told of just before"


# Sectors of the bodies that try and hold people: courts, prosecutors, police.
_JUSTICE = frozenset({"JUD", "COP"})


def withdrawal_origins(events: list[Event], doc: Doc) -> None:
    """Give a state's withdrawal that says not where from the country where the article stations its forces.

    "pull back from its global role", "withdraw from conflicts" say where from, even if it is no country.
    """
    for withdrawal in events:
        if withdrawal.event != "RETREAT" or withdrawal.mode != "withdraw" or withdrawal.recipient or _says_where_from(doc[withdrawal.extra["token"]]):
            continue
        # Armed groups retreat within a country; a state withdraws from abroad.
        leaving = {a.country for a in withdrawal.actor if a.country and a.country not in NON_STATE_CODES}
        country = _where_forces_stand(events, withdrawal, leaving) if leaving else None
        if country is None:
            continue
        for event in events:
            # The concession read out of an announced withdrawal shares its recipient.
            announced = event.derivation is Derivation.ANNOUNCED_CONCESSION and event.extra.get("token") == withdrawal.extra.get("token")
            if event is withdrawal or (announced and not event.recipient):
                event.recipient = [Actor(text=country, name=None, country=country, sector=None, rule="where the article has the withdrawing forces",
                                         country_from=CountryFrom.WHERE_FORCES_STAND)]
                event.rule += f"; recipient: where the article has the {'/'.join(sorted(leaving))} forces ({country})"


def _says_where_from(verb_or_noun: Token) -> bool:
    """ "withdraw from X", "pull out of X", "the withdrawal of troops from X": a source phrase, on the word or what moves."""
    heads = [verb_or_noun, *(c for c in verb_or_noun.children if c.dep_ in ("dobj", "advmod", "prt"))]  # "pull back from"
    heads += [g for p in verb_or_noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb_or_noun.children)
    return any(c.dep_ == "prep" and (c.lower_ == "from" or (out and c.lower_ == "of")) for head in heads for c in head.children)


def _where_forces_stand(events: list[Event], withdrawal: Event, party: set[str]) -> str | None:
    """The foreign country the article most often has ``party``'s forces in (the nearest mention breaks a tie).

    Another leader's withdrawal ("compared it to Obama's withdrawal from Iraq") is another withdrawal.
    """
    seen: Counter[str] = Counter()
    distance: dict[str, int] = {}
    names = {a.name for a in withdrawal.actor if a.name}
    for event in events:
        if event.event not in _FORCES_STAND or not party & {a.country for a in event.actor}:
            continue
        if event.event == "RETREAT" and names and {a.name for a in event.actor if a.name} - names:
            continue
        for country in _stations(event, party):
            seen[country] += 1
            distance[country] = min(distance.get(country, len(events)), abs(event.index - withdrawal.index))
    if not seen:
        return None
    return max(seen, key=lambda c: (seen[c], -distance[c]))


def _stations(event: Event, party: set[str]) -> list[str]:
    """Countries ``event`` puts forces in: the place it is explicitly attached to, or the place withdrawn from."""
    if event.event == "RETREAT":
        # Who fears or suffers a withdrawal ("the Saudis fear American disengagement") is no place it leaves.
        if event.mode != "withdraw" or any(r.country_from is CountryFrom.WHERE_FORCES_STAND for r in event.recipient) or PartyFound.UNDERGOER in event.parties_found:
            return []
        left = [r.country for r in event.recipient if r.country and r.country not in party]
        if left:
            return left
        # ("ending all US military operations in Syria": a place not yet made the recipient)
    attached = event.placing is not None and event.placing.found is PlaceFound.ATTACHED
    place = event.location.country_code if event.location is not None and attached else None
    return [place] if place and place not in party else []


def echoed_recipients(events: list[Event], doc: Doc, lexicon: Lexicon) -> None:
    """A definite or possessed event noun with no recipient ("the president's call") names again the event of its
    type and actor told in the sentences just before, and takes its recipient."""
    for echo in events:
        noun = doc[echo.extra["token"]]
        # A meeting or clash with no recipient is reciprocal by choice, not for want of one.
        reciprocal = echo.event == "CONSULT" or lexicon.has_role(noun.lemma_.lower(), "reciprocal")
        if reciprocal or echo.event not in _RESTATED or echo.recipient or not echo.actor or not named_by_a_noun(echo) or not _definite(noun):
            continue
        if any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPOSITIONS for c in noun.children):
            continue  # "Turkey's incursion into Rojava" names its own target, even one not resolved
        acting = {a.country for a in echo.actor if a.country}
        here = echo.extra.get("sentence", 0)
        told = [e for e in events[:echo.index] if e.event == echo.event and e.recipient and 0 < here - e.extra.get("sentence", 0) <= ECHO_SPAN
                and acting & {a.country for a in e.actor}]
        told = [e for e in told if {r.country for r in e.recipient if r.country} - acting]
        if told:
            echo.recipient = [r for r in told[-1].recipient if r.country and r.country not in acting]
            echo.rule += f"; recipient: the event it names again ('{told[-1].trigger}')"


def stances_on_told_acts(events: list[Event], doc: Doc, lexicon: Lexicon) -> None:
    """ "The Kurds are resisting the move": a stance on an act named only as "the move" or "the decision"
    (trigger_roles 'anaphor') is aimed at the one party that acts throughout the sentence before."""
    for stance in events:
        if stance.event not in _STANCES or stance.recipient or not stance.actor:
            continue
        verb = doc[stance.extra["token"]]
        if not any(c.dep_ == "dobj" and lexicon.has_role(c.lemma_.lower(), "anaphor") and _bare_definite(c) for c in verb.children):
            continue
        before = [e for e in events if e.extra.get("sentence") == stance.extra.get("sentence", 0) - 1 and any(a.country for a in e.actor)]
        if not before:
            continue
        common = set.intersection(*({a.country for a in e.actor if a.country} for e in before)) - {a.country for a in stance.actor}
        if len(common) == 1:
            country = common.pop()
            owner = next(a for e in before for a in e.actor if a.country == country)
            stance.recipient = [owner]
            stance.rule += f"; recipient: who acted in the sentence before ('{before[0].trigger}')"


def _definite(noun: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children)


def _bare_definite(noun: Token) -> bool:
    """ "the move", not "Turkey's move" or "the move by Ankara": nothing in the phrase says whose act it is."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children) \
        and not any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") for c in noun.children)
