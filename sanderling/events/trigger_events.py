"""The events of one trigger word in its sentence.

A trigger the lexicon matched codes an event unless another word of the sentence
codes it instead (``yielding.py``) or it is used in another sense (``senses.py``). Its
entry is chosen by what the sentence offers; its parties are read (``parties.py``), its
place found (``placing.py``, ``place_parties.py``), its status and date settled
(``story_time.py``); an announced withdrawal or a stated plan is also the event PLOVER
reads out of it (``derived.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Span, Token

from sanderling.events.arguments import (Frame, MentionIndex, clause_subject, governing_verb, movement_frame, moves_own, noun_frame, objects_of_preposition,
                                        recipient_prepositions, verb_frame)
from sanderling.events.clause_scope import definite, in_time_clause
from sanderling.events.dating import AnchoredTimex, EventDate, date_event, is_well_before
from sanderling.events.derived import announced_concession, announces_retreat, casualty_report, has_party, kept_open, stated_intent, stated_plan
from sanderling.events.implied import REQUEST_ENTRY, obliged_party
from sanderling.events.lexicon import Lexicon, TriggerEntry
from sanderling.events.parties import Parties, read_parties, reciprocal_sides
from sanderling.events.place_parties import parties_from_place
from sanderling.events.placing import home_location, locate
from sanderling.events.plan_sources import plan_carrier, stated_by_own_side
from sanderling.events.provenance import FrameKind, PartyFound, PlaceFound, Placing
from sanderling.events.senses import alleges_of_a_party, in_other_sense, made_by_no_official, thing_travels, verbal_object
from sanderling.events.speaking_places import speech_verb
from sanderling.events.status import said_long_ago
from sanderling.events.story_time import story_time, tensed_verb
from sanderling.events.triggers import ARMED_FORCES, TriggerMatch, choose_entry
from sanderling.events.yielding import acts_by_means, effect_of_event, inside_content_of_other, lends_to_noun, object_of_same_event
from sanderling.model import INTERNATIONAL_BODY_CODES, NON_STATE_CODES, Actor, Document, Event, Location
from sanderling.parse import Paragraph
from sanderling.places.context import PLACE_NOUNS

# "the town", "the Syrian city", "the besieged port": a place named before, referred to again.
_TOWN_NOUNS = frozenset({"town", "city", "village", "port", "capital", "enclave", "stronghold"})


@dataclass(slots=True)
class SentenceContext:
    """What coding a sentence's triggers knows of it: its time expressions, the story's time and scene so far, its
    places and trigger matches, and what its coding has settled so far."""

    sentence: Span
    paragraph: Paragraph
    timexes: list[AnchoredTimex]
    narrative: AnchoredTimex | None
    places: list[Any]
    recent_place: Any | None  # the last place named in the previous sentences of the paragraph, while recent
    last_town: Any | None = None  # the last town or city named before the sentence, for "the town", "the city"
    matches: dict[int, TriggerMatch] = field(default_factory=dict)
    demanded: set[int] = field(default_factory=set)  # tokens of clauses that state what is demanded
    absorbed: set[int] = field(default_factory=set)  # carrier nouns coded with their modifier ("sanctions programme")
    contexts: list[str] = field(default_factory=list)  # the sentence's general contexts (manual's table)
    said_on: dict[int, EventDate] = field(default_factory=dict)  # verbs of saying dated by their speaker's earlier occasion


def _nation_by_adjective(named: list[tuple[Token, Actor]]) -> bool:
    """ "the Turkish occupation", "Russian and Iranian forces": a country's adjective with no sector names its state."""
    return any(t.pos_ == "ADJ" and a.country and a.country not in NON_STATE_CODES and not a.sector for t, a in named)


def _gives_up_a_tie(trigger: Token, lexicon: Lexicon, index: MentionIndex) -> bool:
    """ "withdrew from the nuclear deal", "pulled out of the talks", "withdrew its ambassador", "staff will be withdrawn",
    "its withdrawal from Opec": what is taken back, or left, is a tie (data/trigger_roles.tsv) or an international
    body, not ground."""
    attached = [*trigger.children, *(g for c in trigger.children if c.dep_ in ("prt", "prep") and c.lower_ == "out" for g in c.children)]
    things = [c for c in attached if c.dep_ in ("dobj", "nsubjpass")]
    left = [g for p in attached if p.dep_ == "prep" and p.lower_ in ("from", "of") for g in p.children if g.dep_ == "pobj"]
    return any(lexicon.has_role(t.lemma_.lower(), "tie") for t in (*things, *left)) \
        or any(m.actor.country in INTERNATIONAL_BODY_CODES for t in left for m in index.by_token.get(t.i, ()))


def events_of_trigger(match: TriggerMatch, context: SentenceContext, *, index: MentionIndex, lexicon: Lexicon, document: Document) -> list[Event]:
    """The events trigger ``match`` codes: none, one, one per elided repeat ("three with Moon"), and those read out of them."""
    trigger = match.head
    if trigger.i in context.demanded or (match.pos == "VERB" and lends_to_noun(trigger, context.matches, lexicon)):
        return []
    if inside_content_of_other(trigger, context.matches, lexicon):
        return []
    if in_other_sense(trigger, match.entries[0].phrase, match.pos, lexicon.other_senses, index.by_token):
        return []
    if match.pos == "VERB" and acts_by_means(trigger, context.matches):
        return []
    if match.pos == "VERB" and thing_travels(trigger, lexicon.has_role(trigger.lemma_.lower(), "visit") or match.entries[0].mode == "visit", index.by_token):
        return []
    if match.pos == "VERB" and effect_of_event(trigger, context.matches, index, lexicon):
        return []
    if match.pos == "NOUN" and object_of_same_event(trigger, match, context.matches, lexicon):
        return []
    if match.pos == "NOUN" and trigger.i in index.by_token:
        # "the Syrian opposition said": the word names an actor here, not an event.
        return []
    if match.pos == "NOUN" and trigger.dep_ == "compound" and len(match.tokens) == 1:
        if not lexicon.has_role(trigger.head.lemma_.lower(), "carrier"):
            # "aid workers", "the British hostage John Cantlie", "protest leaders": a modifier names a kind, not an event.
            return []
        # "a sanctions programme on Iran", "an aid convoy": the phrase names the event and takes its arguments.
        match = replace(match, head=trigger.head, tokens=(trigger, trigger.head))
        trigger = match.head
        context.absorbed.add(trigger.i)  # "a bombing campaign" is one event, not a bombing and a campaign
    elif trigger.i in context.absorbed:
        return []
    cues = match.entries[0].recipient_cues
    frame = _frame(match, cues, lexicon, context.matches)
    named = [(t, a) for t in (*frame.actor_tokens, *frame.fallback_actor_tokens) for a in index.actors_under(t)]
    possible_actors = [a for _, a in named]
    if made_by_no_official(match.entries[0].phrase, match.pos, lexicon.other_senses, possible_actors):
        return []
    actor_sectors = frozenset(a.sector for a in possible_actors if a.sector)
    verbal = verbal_object(trigger, match.entries[0].phrase, match.pos, lexicon.other_senses)
    entry = choose_entry(match, recipient_is_person=verbal or _is_person(frame.recipient_tokens), actor_sectors=actor_sectors, has_actor=bool(possible_actors),
                         actor_countries=frozenset(a.country for a in possible_actors if a.country),
                         object_is_place=any(p.start <= t.i < p.end for t in frame.recipient_tokens for p in context.places)
                         or any(t.lower_ in PLACE_NOUNS for t in frame.recipient_tokens),  # "the town of Saraqeb"
                         actor_is_a_nation=_nation_by_adjective(named),
                         gives_up_a_tie=len(match.entries) > 1 and _gives_up_a_tie(trigger, lexicon, index),  # only a choice of readings asks
                         alleges=len(match.entries) > 1 and match.pos == "VERB" and alleges_of_a_party(trigger, index.by_token),
                         recipient_armed=any(a.sector in ARMED_FORCES for t in frame.recipient_tokens for a in index.actors_under(t)),
                         blocks_a_proposal=any(lexicon.has_role(t.lemma_.lower(), "proposal") for t in _objects(trigger)))
    if entry.recipient_cues != cues:
        frame = _frame(match, entry.recipient_cues, lexicon, context.matches)
    if match.pos == "NOUN" and moves_own(entry):
        frame = movement_frame(trigger, frame)
    anchor = _anchor(trigger, match, lexicon)
    events = [_build(match, entry, frame, frame.recipient_tokens, anchor, context, index=index, lexicon=lexicon, document=document)]
    if match.pos == "NOUN":
        for extra in _elided_repeats(trigger, context):
            recipients = tuple(g for p in extra.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
            events.append(_build(match, entry, frame, recipients, anchor, context, index=index, lexicon=lexicon, document=document))
    events = [event for event in events if has_party(event) or casualty_report(trigger, entry) or event.extra.get("attack_told_before")]
    events = [kept_open(event, match, context.matches, lexicon) for event in events]
    # A withdrawal announced as an ultimatum ("unless ...") threatens rather than concedes.
    said_on = _statement_date(anchor, context, lexicon, document)
    long_ago = said_long_ago(anchor, lexicon) or is_well_before(said_on.value, document.published)
    derived = [announced_concession(event, lexicon, event.extra.get("announced_on") or said_on, long_ago=long_ago) for event in events if event.event == "RETREAT" and event.extra.get("announced") and event.extra.get("condition") != "unless"
               and not in_time_clause(anchor) and not event.extra.get("wished_by_other")
               and not lexicon.status_cues["aim"].get(anchor.head.lemma_.lower())]
    derived += [
        stated_intent(event, lexicon, said_on, long_ago=long_ago)
        for event in events
        if event.extra.get("intent") and (event.extra.get("condition") == "unless" or event.event in _intent_table(event, lexicon))
    ]
    return events + derived


def implied_event(speech: Token, clause: Token, context: SentenceContext, *, index: MentionIndex, lexicon: Lexicon, document: Document,
                  entry: TriggerEntry = REQUEST_ENTRY, cue: Token | None = None) -> Event:
    """ "declared that China must drop barriers": a REQUEST from the speaker to the obliged party; with the THREATEN
    entry, "said the Kurds would face consequences": a threat from the speaker to the party that will pay; with the
    ACCUSE entry and its word of blame as ``cue``, "said the regime was responsible for the attack": an accusation."""
    modal = cue if cue is not None else next(c for c in clause.children if c.dep_ == "aux")
    # (an accusation's words are the speech alone: where the act blamed happened is not where it was said)
    match = TriggerMatch(speech, (speech, modal) if cue is None else (speech,), (entry,))
    speaker = verb_frame(speech, ()) if speech.pos_ in ("VERB", "AUX") else noun_frame(speech, ())
    obliged = obliged_party(speech, clause)
    recipients = (obliged,) if obliged is not None else ()
    frame = Frame(speaker.actor_tokens, recipients, FrameKind.OBLIGATION_SPEECH if cue is None else FrameKind.BLAME_SPEECH, speaker.fallback_actor_tokens)
    told = f"{modal.text} {clause.lemma_}" if cue is None else f"{clause.text} {cue.text}"
    source = f"implied {entry.event}: '{speech.lemma_}' with '{told}' in its complement"
    event = _build(match, entry, frame, recipients, speech if speech.pos_ in ("VERB", "AUX") else _anchor(speech, match, lexicon), context,
                   index=index, lexicon=lexicon, document=document, source=source)
    event.trigger = f"{speech.text} … {modal.text} {clause.text}" if cue is None else f"{speech.text} … {clause.text} {cue.text}"
    return event


def _frame(match: TriggerMatch, cues: Sequence[str], lexicon: Lexicon, matches: Mapping[int, TriggerMatch]) -> Frame:
    if match.pos == "NOUN":
        frame = noun_frame(match.head, cues)
        if match.head.dep_ == "nsubjpass" and lexicon.has_role(match.head.head.lemma_.lower(), "light"):
            frame = _passive_light_frame(match.head, frame, cues)
        if lexicon.has_role(match.head.lemma_.lower(), "proceeding"):
            frame = _proceeding_frame(match.head, frame)
        announcer = _announcer(match.head, lexicon) if match.entries[0].event == "RETREAT" and not frame.actor_tokens else None
        if announcer is not None:
            return replace(frame, fallback_actor_tokens=(announcer,))
        return frame
    lemma = match.head.lemma_.lower()
    violent = lexicon.has_role(lemma, "transitive")
    if match.entries[0].event == "ASSAULT" and (violent or lexicon.has_role(lemma, "victim")):
        fell = _fell_fighting(match.head)
        if fell is not None:
            return fell
    frame = verb_frame(match.head, cues, [t for t in match.tokens if t.dep_ in ("dobj", "nsubjpass", "acomp") and t.head == match.head], violent=violent,
                       authority=lexicon.has_role(lemma, "authority") or lexicon.has_role(lemma, "sending"))
    if frame.kind is FrameKind.ACTIVE and (lexicon.has_role(lemma, "victim") or violent and _objectless(match.head)):
        frame = Frame((), frame.actor_tokens, FrameKind.SUBJECT_IS_VICTIM)
    if frame.kind in (FrameKind.PASSIVE, FrameKind.SUBJECT_IS_VICTIM) and not frame.actor_tokens and match.entries[0].event == "ASSAULT":
        # "were killed in an Israeli airstrike", "died in an air raid by Russia": the noun of the same event under the verb
        # is coded with it (yielding.object_of_same_event), and whose attack the noun says is who killed.
        causes = [noun for prep in match.head.children if prep.dep_ == "prep" and prep.lower_ in _CAUSE_PREPOSITIONS
                  for noun in prep.children if noun.dep_ == "pobj" and noun.i in matches
                  and matches[noun.i].entries[0].event == match.entries[0].event]
        if causes:
            attackers: list[Token] = []
            struck: list[Token] = []
            for noun in causes:
                cause = noun_frame(noun, ())
                attackers += _attackers(cause)
                if lexicon.has_role(noun.lemma_.lower(), "reciprocal"):
                    attackers += cause.recipient_tokens  # "killed in clashes with US forces": the other side killed them
                else:
                    struck += cause.recipient_tokens  # what the attack was on was struck too: "in an Israeli airstrike on Gaza"
            return Frame(tuple(attackers), frame.recipient_tokens + tuple(struck), frame.kind, attack_named=True)
    if frame.kind is FrameKind.SUBJECT_IS_VICTIM:
        return frame
    if frame.kind is FrameKind.ACTIVE and match.entries[0].event == "ASSAULT":
        # "A suicide bombing claimed by Isis has killed four Americans": the attack that killed is the subject, and
        # whose attack it was killed.
        attacks = [t for t in frame.actor_tokens if t.i in matches and matches[t.i].pos == "NOUN" and matches[t.i].entries[0].event == "ASSAULT"]
        if attacks and len(attacks) == len(frame.actor_tokens):
            attackers = [t for noun in attacks for t in _attackers(noun_frame(noun, ()))]
            if attackers:
                return Frame(tuple(attackers), frame.recipient_tokens, frame.kind)  # as if the attackers killed
            if all(definite(noun) for noun in attacks):
                # "The attack has killed scores of civilians": the attack just told of.
                return Frame((), frame.recipient_tokens, frame.kind, attack_told_before=True)
    if frame.kind is FrameKind.ACTIVE and lexicon.has_role(match.entries[0].phrase, "inverse"):
        # "the town fell to Isis": the party it fell to acted on the town. A place left ("fled from their homes
        # in Hama") is no party that drove them out.
        causes = tuple(t for t in frame.recipient_tokens if t.pos_ == "PROPN" or t.lemma_.lower() not in _PLACES_LEFT)
        return Frame(causes, frame.actor_tokens, FrameKind.ACTIVE)
    return frame


def _passive_light_frame(noun: Token, frame: Frame, cues: Sequence[str]) -> Frame:
    """ "Sanctions were imposed on Iran by the US", "an offensive was launched against the town": the passive light
    verb's agent did what its subject noun names, and the verb's objects are the noun's."""
    verb = noun.head
    return replace(frame, fallback_actor_tokens=frame.fallback_actor_tokens or tuple(objects_of_preposition(verb, ("by",))),
                   fallback_recipient_tokens=frame.fallback_recipient_tokens or tuple(objects_of_preposition(verb, recipient_prepositions(cues))))


def _proceeding_frame(noun: Token, frame: Frame) -> Frame:
    """ "Matthews arrived for a preliminary hearing", "faces trial at the criminal court": who attends or faces a court
    proceeding is the accused, not who brings it; a court the noun or its verb names holds it ("at the criminal
    court", "before a military tribunal"). A verb of holding keeps its subject ("the court opened the trial")."""
    governor = governing_verb(noun)
    holders = [t for head in (noun, *(() if governor is None else (governor,))) for t in objects_of_preposition(head, ("at", "in", "before"))
               if t.lemma_.lower() in _COURTS]
    if governor is None or governor.lemma_.lower() in _HOLDING_PROCEEDINGS:
        return replace(frame, fallback_actor_tokens=frame.fallback_actor_tokens or tuple(holders))
    return replace(frame, fallback_actor_tokens=tuple(holders), fallback_recipient_tokens=frame.fallback_actor_tokens + frame.fallback_recipient_tokens)


_COURTS = frozenset({"court", "tribunal"})
_HOLDING_PROCEEDINGS = frozenset({"hold", "open", "begin", "start", "launch", "bring", "conduct", "adjourn", "schedule", "order"})


def _announcer(noun: Token, lexicon: Lexicon) -> Token | None:
    """ "Shoigu said a ceasefire would begin on Tuesday", "Russia announced that the withdrawal would start": a
    withdrawal or ceasefire ahead whose own clause a speaker announces, naming no one who withdraws, is the speaker's
    side's. One told as under way ("the UN said the ceasefire was holding") is only reported."""
    clause = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or not lexicon.has_role(clause.head.lemma_.lower(), "speech"):
        return None
    if clause.lemma_.lower() not in _TAKING_EFFECT or not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUXILIARIES for c in clause.children):
        return None  # "said the withdrawal would depend on conditions": no withdrawal announced
    return clause_subject(clause.head)


_FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "’ll"})
# Verbs by which a withdrawal or ceasefire is said to come about: "would begin", "will take effect", "would be completed".
_TAKING_EFFECT = frozenset({"begin", "start", "commence", "take", "come", "go", "last", "run", "complete", "finish", "end"})


# Verbs (and the parser's nouns) of fighting someone, after which a death names its cause: "killed fighting Isis".
_FIGHTING = frozenset({"fight", "fighting", "battle", "combat"})


def _fell_fighting(verb: Token) -> Frame | None:
    """ "Britons killed fighting Isis", "a volunteer who died while fighting against Islamic State": those fought killed
    the fallen. Fighting alongside someone names an ally, and no one who killed. The parser often misreads these ("Britons
    killed" as subject and verb, "fighting" as the object), so the reading goes by the words, not by the dependencies."""
    following = [t for t in verb.doc[verb.i + 1: verb.i + 3] if t.head == verb]
    fighting = next((t for t in following if t.lemma_.lower() in _FIGHTING and t.tag_ in ("VBG", "NN")
                     and (t.i == verb.i + 1 or verb.nbor(1).lower_ == "while")), None)
    if fighting is None:
        return None
    if verb.dep_ in ("acl", "relcl") and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "that") for c in verb.children):
        fallen = verb.head
    else:
        fallen = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) or clause_subject(verb)
    if fallen is None:
        return None
    enemies = [c for c in fighting.children if c.dep_ == "dobj"] + objects_of_preposition(fighting, ("against",))
    return Frame(tuple(enemies), (fallen,), FrameKind.FELL_FIGHTING)


def _attackers(attack: Frame) -> list[Token]:
    """Whose attack a noun names. A bare weapon's noun ("a drone strike") says how, not who; one with a modifier
    ("US Predator attacks") may carry the attacker."""
    return [t for t in attack.actor_tokens if not (t.dep_ == "compound" and t.pos_ == "NOUN" and not any(t.children))]


# Prepositions by which a verb of dying or being killed names the attack that did it.
_CAUSE_PREPOSITIONS = frozenset({"in", "by", "during", "under"})
_PLACES_LEFT = frozenset(PLACE_NOUNS) | {"home", "house", "homeland", "country", "land", "camp", "neighbourhood", "neighborhood",
                                          "street", "flat", "apartment", "shelter", "tent"}
_OBJECTS = ("dobj", "dative", "ccomp", "attr", "oprd")
_TOWARDS = frozenset({"to", "towards", "toward", "into"})


def _objectless(verb: Token) -> bool:
    """No object on the verb or on a verb coordinated with it ("killed and wounded dozens" shares its object), and
    none it stands in for ("those they killed": the relative clause's noun is the object)."""
    if verb.dep_ in ("relcl", "acl", "conj", "xcomp", "advcl", "pcomp"):
        return False
    # (a coordinated verb with an auxiliary or subject of its own heads a clause of its own: "... killed fighting Isis have condemned it")
    coordinated = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                           and not any(a.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for a in c.children))]
    return not any(c.dep_ in _OBJECTS for v in coordinated for c in v.children)


def _elided_repeats(trigger: Token, context: SentenceContext) -> list[Token]:
    """ "four meetings with Xi, three with Moon and two with Trump": each number repeats the trigger. Another
    noun joined to it is another thing ("stipulated a ceasefire and a special status for the territories",
    "providing aid and a safe haven to leaders"), whose "for" or "to" names no party to the event."""
    repeats = []
    for token in trigger.subtree:
        if token == trigger or token.i in context.matches:
            continue
        repeated = token.pos_ == "NUM" or token.lemma_.lower() == trigger.lemma_.lower()
        if repeated and token.dep_ in ("appos", "conj"):
            if any(c.dep_ == "prep" for c in token.children):
                repeats.append(token)
    return repeats


def _anchor(trigger: Token, match: TriggerMatch, lexicon: Lexicon) -> Token:
    """The verb whose clause carries a nominal trigger's tense, status and time."""
    if match.pos == "VERB":
        return trigger
    taking_place = _taking_place(trigger, lexicon)
    if taking_place is not None:
        return taking_place
    governor = governing_verb(trigger)
    if governor is not None:
        return governor
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    return trigger


def _own_noun_carried(noun: Token, verb: Token, actors: Sequence[Actor], index: MentionIndex) -> bool:
    """ "it will extend its offensive to Manbij": the verb's subject carries on its own event, named by the object noun
    (the verb is light or widening, data/trigger_roles.tsv)."""
    if noun.dep_ != "dobj" or noun.head != verb or not actors:
        return False
    subject = clause_subject(verb)
    doers = {a.country for a in index.actors_under(subject)} if subject is not None else set()
    return bool(doers) and doers == {a.country for a in actors}


def _taking_place(noun: Token, lexicon: Lexicon) -> Token | None:
    """ "Talks are due to resume in Geneva on Tuesday", "a round of talks is expected to begin": the event the subject
    names is told by the infinitive of its taking place (a light verb or one of occurrence), not by the raising verb."""
    subject = noun
    while subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.pos_ == "NOUN":
        subject = subject.head.head  # "a sixth round of talks"
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = subject.head
    for predicate in (head, *(c for c in head.children if c.dep_ in ("acomp", "attr"))):
        for verb in predicate.children:
            lemma = verb.lemma_.lower()
            if verb.dep_ == "xcomp" and verb.pos_ == "VERB" and (lexicon.has_role(lemma, "light") or lemma in lexicon.status_cues["occurrence"]):
                return verb
    return None


def _objects(verb: Token) -> list[Token]:
    """What a verb is done to: its direct object, or its passive subject ("would be blocked by Russia")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _is_person(tokens: Sequence[Token]) -> bool:
    return any(t.ent_type_ == "PERSON" or any(s.ent_type_ == "PERSON" for s in t.subtree) for t in tokens)


def _build(
    match: TriggerMatch,
    entry: TriggerEntry,
    frame: Frame,
    recipient_tokens: Sequence[Token],
    anchor: Token,
    context: SentenceContext,
    *,
    index: MentionIndex,
    lexicon: Lexicon,
    document: Document,
    source: str | None = None,
) -> Event:
    """The event ``match`` codes with ``entry``; ``source`` opens its explanation when no lexicon row is what produced it."""
    trigger = match.head
    parties = read_parties(match, entry, frame, recipient_tokens, context.places, index=index, lexicon=lexicon)
    lemma = trigger.lemma_.lower()
    location, placing = _place_of(match, entry, anchor, frame, parties, context, lexicon)
    place_found = placing.found if placing is not None else None
    attached = place_found is PlaceFound.ATTACHED
    parties.actors, parties.recipients = parties_from_place(entry, lemma, parties.actors, parties.recipients, location, place_found,
                                                            forces_themselves=PartyFound.FORCES_THEMSELVES in parties.found, lexicon=lexicon,
                                                            heads_somewhere=any(c.dep_ == "prep" and c.lower_ in _TOWARDS for c in trigger.children),
                                                            attack_named=frame.attack_named)
    reciprocal_sides(parties, match, entry, location, attached, index=index, lexicon=lexicon)
    actors, recipients, found = parties.actors, parties.recipients, parties.found
    phrase = _naming_noun(trigger) if match.pos == "NOUN" else trigger
    tokens = {t.i for t in match.tokens} | {t.i for t in phrase.subtree if t.i in range(context.sentence.start, context.sentence.end)} if match.pos == "NOUN" else {t.i for t in match.tokens}
    when = date_event(trigger_tokens=tokens, anchor=anchor, sentence=context.sentence, sentence_timexes=context.timexes, narrative=context.narrative,
                      published=document.published, speech_lemmas=lexicon.speech_lemmas, tensed=tensed_verb(anchor), said_on=context.said_on,
                      word_tokens={t.i for t in match.tokens})
    timing = story_time(trigger, anchor, when, lexicon, document.published)
    status, status_reason, tense, cue = timing.status, timing.reason, timing.tense, timing.cue
    date_value, basis, date_text = timing.date, timing.basis, timing.date_text
    announced_on: EventDate | None = None
    if entry.event == "RETREAT" and entry.mode == "withdraw" and match.pos == "NOUN" and status == "asserted" \
            and trigger.dep_ == "dobj" and lexicon.has_role(trigger.head.lemma_.lower(), "announcement"):
        # "Putin announced a substantial troop withdrawal", "Trump's ordering the withdrawal": a withdrawal still to come,
        # announced by its own side (and so a concession too)
        status, status_reason, cue = "future", f"announced by '{trigger.head.text}'", trigger.head
        announced_on = EventDate(date_value, date_text, basis)
        date_value, basis, date_text = "FUTURE_REF", "inferred", None
    trigger_text = _trigger_text(match, anchor)
    # The subject of the event's own clause (or of the verb it hangs on) acts, and may state its own plan.
    subject_acts = frame.kind is FrameKind.ACTIVE or PartyFound.GOVERNING_VERB in found or PartyFound.ATTENDS_HOST in found \
        or (any(lexicon.has_role(anchor.lemma_.lower(), role) for role in ("light", "widening")) and _own_noun_carried(trigger, anchor, actors, index))
    # Cooperation takes two: a visit or aid either side announces is agreed ("X will visit Albania, the Albanian
    # embassy said"); a threat, refusal or withdrawal is the actor's own to announce.
    own_side = [*actors, *recipients] if lexicon.intents.get(entry.event) == "AGREE" else actors

    def voiced(word: Token, purposes: bool = True) -> bool:
        return stated_by_own_side(trigger, anchor, word, own_side, index=index, lexicon=lexicon, purposes=purposes)

    plan = stated_plan(anchor, the_actors_own=bool(actors) and subject_acts, status=status, cue=cue, lexicon=lexicon, voiced=voiced)
    confidence = 0.55 + 0.2 * bool(actors) + 0.1 * bool(recipients) + 0.05 * (basis == "explicit") - 0.15 * entry.ambiguous
    how = ", ".join([frame.kind.value, *(f.value for f in found)])
    source = source or f"triggers.tsv row {entry.row} '{entry.phrase}' {entry.pos} -> {entry.event}/{entry.mode or '-'}"
    rule = f"{source}; {how}"
    if status_reason:
        rule += f"; status {status}: {status_reason}"
    if when.how and when.value == date_value:
        rule += f"; date {date_value} from {when.how}"
    if placing is not None:
        rule += f"; place: {placing.explanation}"
    sentence = context.sentence
    return Event(
        doc_id=document.doc_id,
        published=document.published,
        index=0,
        event=entry.event,
        mode=entry.mode,
        context=list(context.contexts),
        actor=actors,
        recipient=recipients,
        date=date_value,
        date_text=date_text,
        date_basis=basis,
        status=status,
        location=location,
        trigger=trigger_text,
        text=sentence.text,
        start=sentence.start_char,
        end=sentence.end_char,
        score=lexicon.score(entry.event, entry.mode),
        confidence=max(0.05, min(0.95, confidence)),
        rule=rule,
        placing=placing,
        frame=frame.kind,
        parties_found=tuple(found),
        extra={
            "token": trigger.i,
            "tense": tense,
            "anchor": anchor.i,
            "named_occasion": any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in trigger.children),
            "attack_told_before": frame.attack_told_before,
            "intent": plan.intent,
            "intent_token": plan.intent_token,
            "condition": plan.condition,
            "commitment": plan.commitment,
            "announced": entry.event == "RETREAT" and announces_retreat(status, cue, lexicon, voiced),
            "announced_on": announced_on,
            # "Moscow expected Turkey to hand over Afrin": the plan is the one who expects it, not the one who would act.
            "wished_by_other": _wished_by_other(anchor, cue),
            "subject_side": parties.subject_side,
        },
    )


def _wished_by_other(anchor: Token, cue: Token | None) -> bool:
    """ "Moscow expected Turkey to hand over Afrin", "pleaded with Russia to halt the offensive": the verb that makes the
    event a plan asks or expects it of someone else (its object, or a subject of the clause below it)."""
    if cue is None or cue.pos_ != "VERB" or cue == anchor or cue not in anchor.ancestors:
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in cue.children):
        return True
    verb = anchor
    while verb != cue:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return True
        verb = verb.head
    return False


def _place_of(match: TriggerMatch, entry: TriggerEntry, anchor: Token, frame: Frame, parties: Parties, context: SentenceContext,
              lexicon: Lexicon) -> tuple[Location | None, Placing | None]:
    """Where the event happened (``placing.locate``); else the town a definite "the town" names again; else, for an
    act a state does at home, the acting state."""
    trigger = match.head
    location, placing = locate(trigger, anchor, context.places, context.recent_place, removal=lexicon.has_role(trigger.lemma_.lower(), "removal"),
                               occasions=frozenset(lexicon.roles["occasion"]), disruptions=frozenset(lexicon.roles["disruption"]),
                               words=match.tokens, event_nouns=lexicon.event_nouns)
    named = [*frame.actor_tokens, *parties.recipient_tokens, *frame.fallback_recipient_tokens]
    if location is None and context.last_town is not None and any(_town_anaphor(t) for t in named):
        # "The Syrian town ... is under threat from Turkey": the town or city named before.
        location = context.last_town.location
        placing = Placing(PlaceFound.TOWN_NAMED_BEFORE, f"the town named before ('{location.extracted_place}')")
    if location is None:
        location, placing = home_location(entry.event, entry.mode, parties.actors)
    return location, placing


# Nouns whose "of" phrase names an event without being that event's occasion ("the anniversary of the invasion").
_NOT_THE_OCCASION = frozenset({"anniversary", "eve", "aftermath", "wake", "run-up", "end", "start", "beginning", "day", "week", "month", "year", "time", "date", "memory", "history"})


def _naming_noun(trigger: Token) -> Token:
    """The noun an event noun names through "of" ("the congress of national dialogue, which opens on Saturday",
    "a round of talks on Monday"): its words, and the time they carry, are the event's own."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN") and head.head.lemma_.lower() not in _NOT_THE_OCCASION:
        return head.head
    return trigger


def _town_anaphor(token: Token) -> bool:
    """ "The Syrian town is under threat", "the city was shelled": a definite town or city noun, the subject of
    its clause, without a name of its own."""
    return token.lemma_.lower() in _TOWN_NOUNS and token.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and not any(c.dep_ in ("compound", "appos", "acl") for c in token.children)


def _statement_date(anchor: Token, context: SentenceContext, lexicon: Lexicon, document: Document) -> EventDate:
    """When a plan was stated: the date of the verb of saying above it ("we are going to withdraw," Bolton said),
    or the time a noun of deciding or announcing names ("Trump's decision last December to withdraw"), else the
    publication date (the article states it)."""
    verb = speech_verb(anchor, lexicon.speech_lemmas)
    if verb is None:
        published = EventDate(document.published.isoformat(), None, "published")
        noun = plan_carrier(anchor, lexicon)
        if noun is None or noun.pos_ != "NOUN":
            return published
        own = date_event(trigger_tokens={noun.i}, anchor=noun, sentence=context.sentence, sentence_timexes=context.timexes,
                         narrative=None, published=document.published)
        return own if own.basis == "explicit" else published
    if verb.i in context.said_on:
        return context.said_on[verb.i]
    return date_event(trigger_tokens={verb.i}, anchor=verb, sentence=context.sentence, sentence_timexes=context.timexes,
                      narrative=context.narrative, published=document.published)


def _intent_table(event: Event, lexicon: Lexicon) -> dict[str, str]:
    """Which table says what an actor's stated plan about ``event`` amounts to."""
    if event.status == "negated":
        return lexicon.refusals
    return lexicon.commitments if event.extra.get("commitment") else lexicon.intents


def _trigger_text(match: TriggerMatch, anchor: Token) -> str:
    tokens = set(match.tokens)
    if match.pos == "NOUN" and anchor != match.head and match.head.head == anchor:
        tokens.add(anchor)
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    if last - first <= 4:
        return anchor.doc[first:last + 1].text
    return match.text
