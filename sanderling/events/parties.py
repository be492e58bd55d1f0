"""The actor and recipient of an event, as its sentence's grammar gives them.

The trigger's frame (``arguments.py``) offers tokens; the mentions under them are the
parties. Failing those, the clauses around the trigger speak: the issuer of a statement,
the subject of the governing verb, who must meet a threat's condition or a demand's
complement, who answers a party's complaint. Then the sides are settled: no party is its
own target, forces moved stand for the side moving them, a reciprocal event's parties all act.
``Parties.found`` records each party found beyond the frame, for later passes and the explanation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from sanderling.events.arguments import (
    Frame,
    asked_to_act,
    MentionIndex,
    clause_subject,
    comes_to_help,
    complement_recipients,
    complement_subjects,
    condition_subjects,
    distinct_parties,
    governing_verb,
    invitation_owner,
    moves_own,
    objects_of_preposition,
)
from sanderling.events.governors import AGENT, SUFFERER, misplaced_agents, named_by_an_onlooker, subject_role
from sanderling.events.lexicon import Lexicon, TriggerEntry
from sanderling.events.place_parties import meets_host_at_home
from sanderling.events.placing import place_actors
from sanderling.events.provenance import CountryFrom, FrameKind, PartyFound
from sanderling.events.triggers import TriggerMatch
from sanderling.model import Actor, Location

# Nominal events a party addresses to whoever the sentence has answer them ("deflected Ankara's complaints").
_ANSWERED = {"ACCUSE", "REQUEST", "THREATEN", "AGREE", "SUPPORT"}


@dataclass(slots=True)
class Parties:
    """An event's actors and recipients, how those beyond its frame were found, and the recipient tokens read."""

    actors: list[Actor]
    recipients: list[Actor]
    found: list[PartyFound]
    recipient_tokens: list[Token]
    # Of a reciprocal event whose parties all became actors, the side its clause's subject is on ("Iran will not
    # negotiate with the US": Iran), so that a plan stated about the event is that side's.
    subject_side: list[Actor] = field(default_factory=list)


def read_parties(match: TriggerMatch, entry: TriggerEntry, frame: Frame, recipient_tokens: Sequence[Token], places: Sequence[Any], *,
                 index: MentionIndex, lexicon: Lexicon) -> Parties:
    """The actor and recipient of the event ``match`` codes with ``entry``, from its frame and, failing that, the clauses around it."""
    trigger = match.head
    actors = distinct_parties([a for token in frame.actor_tokens for a in index.actors_under(token, through_places=False)])
    found: list[PartyFound] = []
    if not actors:
        # "the PKK issued a declaration demanding ...": a statement or letter speaks for whoever issued it.
        documents = [t for t in frame.actor_tokens if lexicon.has_role(t.lemma_.lower(), "document")]
        issuers = [clause_subject(governor) for t in documents if (governor := governing_verb(t)) is not None]
        actors = distinct_parties([a for token in issuers if token is not None for a in index.actors_under(token, through_places=False)])
        if actors:
            found.append(PartyFound.ISSUER)
    # "the monitor recorded deaths", "the town faces an invasion": the verb above a noun may not lend its subject as the doer.
    lent = subject_role(trigger, lexicon, mediated=entry.mode == "third-party", undergone=any(t.dep_ == "poss" for t in frame.recipient_tokens) and not comes_to_help(trigger),
                        done_to_people="poss" in entry.recipient_cues) if match.pos == "NOUN" else AGENT
    if lent != AGENT and not actors and (stray := distinct_parties([a for t in misplaced_agents(trigger, givers=lent == SUFFERER) for a in index.actors_under(t)])):
        actors = stray
        found.append(PartyFound.BY_PHRASE)
    if not any(a.country or a.name for a in actors) and frame.fallback_actor_tokens and lent == AGENT:
        # "responded with strikes from drones": an unidentified instrument yields to the one who wields it.
        governing = distinct_parties([a for token in frame.fallback_actor_tokens for a in index.actors_under(token)])
        if governing and (not actors or any(a.country or a.name for a in governing)):
            actors = governing
            found.append(PartyFound.GOVERNING_VERB)
    # What is opposed or accepted in an invitation is the inviter's act: "to the Kurds" names the invited.
    recipient_tokens = [owner for token in recipient_tokens
                        for owner in (invitation_owner(token) if token != trigger and token.pos_ == "NOUN" and lexicon.has_role(token.lemma_.lower(), "invitation") else [token])]
    # "the Salisbury incident, which the UK blamed on the Kremlin": a relative clause's noun is a party only if it names one.
    recipients = distinct_parties([a for token in recipient_tokens
                                   for a in index.actors_under(token) or ([] if _relative_head(trigger, token) else place_actors(token, places))])
    if not recipients and entry.event == "THREATEN":
        recipients = distinct_parties([a for token in condition_subjects(trigger) for a in index.actors_under(token)])
        if recipients:
            found.append(PartyFound.CONDITION)
    if not recipients:
        # "demanded that Hamas renounce its struggle against Israel": the party who must act, not what it must act on.
        recipients = distinct_parties([a for token in complement_subjects(trigger) for a in index.actors_under(token)])
        if not recipients:
            recipients = distinct_parties([a for token in complement_recipients(trigger) for a in index.actors_under(token)])
        if recipients:
            found.append(PartyFound.COMPLEMENT)
    if not recipients and entry.event == "REQUEST" and (recipients := distinct_parties([a for t in asked_to_act(trigger) for a in index.actors_under(t, through_places=False)])):
        found.append(PartyFound.ASKED_TO_ACT)
    if not recipients and frame.fallback_recipient_tokens and not (match.pos == "NOUN" and named_by_an_onlooker(trigger, lexicon)):
        # (an event answered, reported or investigated is not aimed at the partners of the verb above that noun:
        # "will coordinate with France in its response to the attack")
        recipients = distinct_parties([a for token in frame.fallback_recipient_tokens for a in index.actors_under(token)])
    if not recipients and lent == SUFFERER and (recipients := distinct_parties([a for t in frame.fallback_actor_tokens for a in index.actors_under(t)])):
        found.append(PartyFound.UNDERGOER)
    if match.pos == "NOUN" and actors and PartyFound.GOVERNING_VERB not in found and frame.fallback_actor_tokens:
        # "the US deflected Ankara's complaints", "Iran rejected Israel's offer": a party's demand, complaint
        # or offer is aimed at whoever the sentence has answer it; "would not attend Russia's talks": the
        # host is met by whoever attends.
        answerer = distinct_parties([a for token in frame.fallback_actor_tokens for a in index.actors_under(token)])
        answerer = [a for a in answerer if not any(_same(a, b) or a.country == b.country for b in actors)]
        governor = governing_verb(trigger)
        if answerer and governor is not None and lexicon.has_role(governor.lemma_.lower(), "attendance"):
            actors, recipients = answerer, actors
            found.append(PartyFound.ATTENDS_HOST)
        elif answerer and not recipients and entry.event in _ANSWERED:
            recipients = answerer
            found.append(PartyFound.ANSWERER)
    if match.pos == "NOUN" and not any(a.country or a.name for a in actors) and not lexicon.has_role(trigger.lemma_.lower(), "reciprocal"):
        # "a deal between Trump and Erdoğan", "an agreement between Ottawa and the Kurds": with no one else named as its
        # doer, those it is between are its parties, all of them acting (the manual's reading of a joint act).
        between = distinct_parties([a for token in objects_of_preposition(trigger, ("between",))
                                     for a in index.actors_under(token, through_places=False)])
        if len(between) > 1:
            actors = between
            recipients = [r for r in recipients if not any(_same(r, a) or r.text == a.text for a in between)]
            found.append(PartyFound.BETWEEN)
    if moves_own(entry) and entry.mode != "release" and frame.kind is FrameKind.PASSIVE and not found and not actors and recipients:
        # "the guerrillas have been demobilized", "reservists were mobilised": with no agent named,
        # the forces moved stand for the side that moves them.
        actors, recipients = recipients, []
        found.append(PartyFound.FORCES_THEMSELVES)
    if entry.event == "ACCUSE" and match.pos == "VERB":
        # "complained to the UN over Israeli air raids": whom a complaint is about outranks whom it is made to.
        audience = set(objects_of_preposition(trigger, ("to",)))
        complained_of = distinct_parties([a for token in recipient_tokens if token not in audience for a in index.actors_under(token, through_places=False)])
        if audience and complained_of:
            recipients = complained_of
    recipients = [r for r in recipients if not any(_same(r, a) for a in actors)]
    if len({a.country for a in actors if a.country}) > 1:
        # "both leaders agreed to return their ambassadors": a party of a joint act is not also its target.
        recipients = [r for r in recipients if r.country not in {a.country for a in actors}]
    if moves_own(entry) and recipients:
        # "the withdrawal of US soldiers", "mobilised its reservists": the actor's own forces are not its target.
        recipients = [r for r in recipients if r.country is None or r.country not in {a.country for a in actors}]
    # A place in the actor's own country does not make its state a recipient ("Putin arrived in Vladivostok").
    recipients = [r for r in recipients if r.country_from is not CountryFrom.PLACE_NAMED or r.country not in {a.country for a in actors}]
    return Parties(actors, recipients, found, recipient_tokens)


def reciprocal_sides(parties: Parties, match: TriggerMatch, entry: TriggerEntry, location: Location | None, attached: bool, *,
                     index: MentionIndex, lexicon: Lexicon) -> None:
    """Who is on which side of a meeting or fight: allies join the actor, a host at home is met, a reciprocal event
    has its parties all act together. ``attached``: the ``location`` is on the event's own words."""
    trigger = match.head
    lemma = trigger.lemma_.lower()
    # "fought against Islamic State", "fought Isis": one side against another, not a reciprocal event;
    # "fought with the US against Isis": the "with" party is an ally.
    against = any(p.dep_ == "prep" and p.lower_ == "against" for p in trigger.children) \
        or (match.pos == "VERB" and entry.event == "ASSAULT" and any(c.dep_ == "dobj" and c.i in index.by_token for c in trigger.children))
    if against and lexicon.has_role(lemma, "reciprocal"):
        allies = distinct_parties([a for token in objects_of_preposition(trigger, ("with",)) for a in index.actors_under(token)])
        parties.actors = distinct_parties([*parties.actors, *allies])
        parties.recipients = [r for r in parties.recipients if not any(r.country == a.country and r.name == a.name for a in allies)]
    # "would not attend Russia's talks": one side comes to the other's meeting, not a reciprocal one.
    attended = PartyFound.ATTENDS_HOST in parties.found
    # A reciprocal word in a phrase of another sense is not reciprocal: "would not meet their demands" (but "peace talks" is).
    reciprocal = lexicon.has_role(lemma, "reciprocal") and (len(entry.lemmas) == 1 or entry.event in ("CONSULT", "ASSAULT"))
    # "Putin met Iran's leaders in Tehran": whom one goes to meet at their home is the host of a visit (the manual's
    # visitor -> host), unlike "met in Geneva" or "held talks with Turkish officials", where neither side is said to come.
    in_person = reciprocal and entry.event == "CONSULT" and entry.mode != "phone"
    if in_person and meets_host_at_home(trigger, match, parties.actors, parties.recipients, location, attached):
        attended = True
        parties.found.append(PartyFound.HOST_AT_HOME)
    elif in_person and meets_host_at_home(trigger, match, parties.recipients, parties.actors, location, attached):
        parties.actors, parties.recipients, attended = parties.recipients, parties.actors, True  # "the French president met the German chancellor in Paris"
        parties.found.append(PartyFound.VISITOR_AT_HOME)
    if not attended and ((reciprocal and not against) or entry.event == "CONSULT" and entry.mode not in ("visit", "third-party") and parties.recipients and any(p.lower_ in ("with", "between") for p in trigger.children)):
        if parties.actors and parties.recipients:
            parties.subject_side = list(parties.actors)
        parties.actors, parties.recipients = distinct_parties([*parties.actors, *parties.recipients]), []


def _same(a: Actor, b: Actor) -> bool:
    """The same party: a government accusing its own rebels keeps both sides."""
    return a.country is not None and (a.country, a.sector, a.name) == (b.country, b.sector, b.name)


def _relative_head(verb: Token, token: Token) -> bool:
    return verb.dep_ == "relcl" and token == verb.head
