"""Events stage: PLOVER events from a parsed article and the other stages' findings.

For each prose sentence: find triggers (lexicon), read actor and recipient
from the parse (arguments), decide status (status), date it (dating), place
it (the places stage's mentions) and score it. Every event records the
trigger words and the lexicon row and rules that produced it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from sanderling.events.arguments import (
    Frame,
    MentionIndex,
    clause_subject,
    complement_recipients,
    complement_subjects,
    condition_subjects,
    governing_verb,
    invitation_owner,
    movement_frame,
    noun_frame,
    objects_of_preposition,
    verb_frame,
)
from sanderling.events.dating import (
    AnchoredTimex,
    EventDate,
    anchor_timexes,
    clause_level,
    date_event,
    date_from_details,
    date_from_place,
    dates_speech,
    is_after,
    is_background_perfect,
    is_pluperfect,
    is_well_before,
    points_ahead,
    verb_tense,
)
from sanderling.events.discourse import echoed_recipients, stances_on_told_acts, withdrawal_origins
from sanderling.events.derived import announced_concession, casualty_report, has_party, stated_intent
from sanderling.events.governors import AGENT, SUFFERER, misplaced_agents, subject_role
from sanderling.events.implied import REQUEST_ENTRY, find_obligations, obligation_subject
from sanderling.events.lexicon import Lexicon, TriggerEntry, load_lexicon
from sanderling.events.neighbours import hosts_of_attended_meetings, victims_of_the_main_clause, visitors_ask_hosts
from sanderling.events.occasions import place_from_same_occasion
from sanderling.events.placing import disrupts, home_location, locate, names_a_participant, place_actors, scene_places
from sanderling.events.senses import asked_for, in_other_sense, infinitive_clause, made_by_no_official, verbal_object
from sanderling.events.speakers import SpeakerOccasions, date_possessed_statements
from sanderling.events.speaking_places import Speaking, place_statements, speakings, speech_verb
from sanderling.events.status import decide_status, said_long_ago
from sanderling.events.triggers import TriggerMatch, choose_entry, match_triggers
from sanderling.model import NON_STATE_CODES, Actor, Document, Event, Location, Timex
from sanderling.parse import Paragraph, doc_text, paragraphs, prose_sentences

# How many sentences back an attack's actor is carried to later reports of its victims.
PERPETRATOR_SPAN = 3
# A time expression (or place) sets the story's time (or scene) for the sentences that follow it, not for the whole article.
NARRATIVE_SPAN = 2
_CLIMB_DEPS = {"xcomp", "ccomp", "pcomp", "prep", "pobj", "advcl", "acl", "dobj", "conj"}
# Material events whose place's state is on the receiving end ("lifted a curfew in Montenegro");
# a demand or a meeting in a city is not addressed to that city's state.
_DONE_TO_A_PLACE = {"ASSAULT", "COERCE", "AID", "RETREAT", "CONCEDE", "MOBILIZE", "SANCTION", "COOPERATE"}
# Nouns of these types state in a 'that' clause what is demanded, alleged or threatened.
_CONTENT_NOUN_EVENTS = {"REQUEST", "ACCUSE", "THREATEN"}
# Events inside a protest's own words that say what it is aimed at ("to demand", "in defiance of", "in protest against").
_PROTEST_AIMS = {"REQUEST", "ACCUSE", "REJECT", "PROTEST"}
# "the town", "the Syrian city", "the besieged port": a place named before, referred to again.
_TOWN_NOUNS = frozenset({"town", "city", "village", "port", "capital", "enclave", "stronghold"})
# Nominal events a party addresses to whoever the sentence has answer them ("deflected Ankara's complaints").
_ANSWERED = {"ACCUSE", "REQUEST", "THREATEN", "AGREE", "SUPPORT"}
# Events whose object is usually the actor's own forces ("withdrew its troops", "mobilised reservists"), not a target.
_OWN_FORCES = {"RETREAT", "MOBILIZE"}
# Subordinators that open a clause of its own, never the content of a demand or accusation.
_ADVERBIAL_MARKS = {"while", "as", "because", "after", "before", "when", "although", "though", "since", "whereas", "if", "until"}


@dataclass(slots=True)
class _SentenceContext:
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


def find_events(
    doc: Doc,
    *,
    document: Document,
    mentions: Sequence[Any],
    timexes: Sequence[Timex],
    places: Sequence[Any] = (),
    lexicon: Lexicon | None = None,
) -> list[Event]:
    """All events of one parsed article, in text order."""
    lexicon = lexicon or load_lexicon()
    index = MentionIndex(mentions)
    anchored = anchor_timexes(doc, list(timexes), document.published)
    events: list[Event] = []
    narrative: AnchoredTimex | None = None
    narrative_age = place_age = 0
    dateline = next((p for p in places if p.how == "dateline"), None)
    removals, occasions, disruptions = (frozenset(lexicon.roles[role]) for role in ("removal", "occasion", "disruption"))
    paragraph_place = dateline
    current_paragraph: Paragraph | None = None
    speakers = SpeakerOccasions(document.published, lexicon.speech_lemmas)
    spoken: list[Speaking] = []
    for number, (sentence, paragraph) in enumerate(prose_sentences(doc, paragraphs(doc_text(doc)))):
        if paragraph is not current_paragraph:
            current_paragraph, narrative, paragraph_place, narrative_age, place_age = paragraph, None, dateline, 0, 0
        context = _SentenceContext(
            sentence=sentence,
            paragraph=paragraph,
            timexes=[t for t in anchored if sentence.start <= t.span.root.i < sentence.end],
            narrative=narrative,
            places=[p for p in places if sentence.start <= p.start < sentence.end and not names_a_participant(p, index, doc, removals, disruptions)],
            recent_place=paragraph_place if place_age < NARRATIVE_SPAN else None,
            last_town=next((p for p in reversed(places) if p.end <= sentence.start and (p.location.feature_code or "").startswith("PPL")), None),
        )
        context.said_on = speakers.date_sayings(sentence, number, context.timexes, index.by_token)
        spoken += speakings(sentence, number, context.places, index.by_token, lexicon.speech_lemmas)
        for event in _code_sentence(context, index=index, lexicon=lexicon, document=document):
            _answer_accusation(event, events, doc, lexicon)
            event.index = len(events)
            event.extra["sentence"] = number
            events.append(event)
        # A plan's date ("will meet on Tuesday") is not the story's time: past events after it are not dated by it.
        dated = [t for t in context.timexes if t.event_date and clause_level(t) and not dates_speech(t, lexicon.speech_lemmas) and not points_ahead(t, document.published)]
        narrative_age += 1
        if dated:
            narrative, narrative_age = dated[-1], 0
            speakers.story_moves_to(narrative.event_date)
        elif narrative_age >= NARRATIVE_SPAN:
            narrative = None
        place_age += 1
        if scenes := scene_places(context.places, doc, occasions):
            paragraph_place, place_age = scenes[-1], 0
    place_from_same_occasion(events)
    place_statements(events, spoken, doc, index.by_token, lexicon.speech_lemmas)
    date_from_details(events, document.published)
    date_possessed_statements(events, speakers, doc, index.by_token)
    date_from_place(events, document.published)
    _perpetrators_from_earlier(events)
    withdrawal_origins(events, doc)
    echoed_recipients(events, doc, lexicon)
    stances_on_told_acts(events, doc, lexicon)
    return events


def _perpetrators_from_earlier(events: list[Event]) -> None:
    """ "Russians were killed when US forces carried out air strikes. ... Dozens of Russians had been killed":
    victims reported without their attacker take the attacker of the same victims a few sentences before."""
    for victims in events:
        if victims.event != "ASSAULT" or victims.actor or not victims.recipient:
            continue
        hurt = {r.country for r in victims.recipient if r.country}
        here = victims.extra.get("sentence", 0)
        earlier = [e for e in events[:victims.index] if e.event == "ASSAULT" and e.actor and 0 <= here - e.extra.get("sentence", 0) <= PERPETRATOR_SPAN
                   and hurt & {r.country for r in e.recipient}]
        if earlier:
            attack = earlier[-1]
            victims.actor = list(attack.actor)
            victims.rule += f"; actor from an earlier report of the attack on them ('{attack.trigger}')"


def _answer_accusation(event: Event, earlier: list[Event], doc: Doc, lexicon: Lexicon) -> None:
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


def _code_sentence(context: _SentenceContext, *, index: MentionIndex, lexicon: Lexicon, document: Document) -> list[Event]:
    """The events of one sentence, in the order of their trigger words."""
    sentence = context.sentence
    context.matches = {m.head.i: m for m in match_triggers(sentence, lexicon)}
    if not context.matches and not any(lexicon.has_role(t.lower_, "obligation") for t in sentence):
        return []
    context.contexts = _contexts(sentence, lexicon)
    obligations = find_obligations(sentence, lexicon)
    context.demanded = {t.i for _, clause in obligations for t in clause.subtree}
    found = [_request_event(speech, clause, context, index=index, lexicon=lexicon, document=document) for speech, clause in obligations]
    found = [event for event in found if has_party(event)]
    for match in context.matches.values():
        found.extend(_events_for(match, context, index=index, lexicon=lexicon, document=document))
    _share_perpetrators(found, sentence.doc)
    found = _drop_echoes(found)
    found = _drop_promises_of_threats(found)
    _protest_targets(found, sentence.doc)
    visitors_ask_hosts(found, sentence.doc)
    victims_of_the_main_clause(found, sentence.doc)
    hosts_of_attended_meetings(found, sentence.doc, lexicon)
    return sorted(found, key=lambda e: e.extra.get("token", 0))


def _drop_promises_of_threats(found: list[Event]) -> list[Event]:
    """ "Hamas vowed to attack Israel" is a threat (THREATEN), not also a promise (AGREE) by 'vowed'."""
    threats = {e.extra.get("intent_token") for e in found if e.event == "THREATEN" and e.extra.get("intent_token") is not None}
    return [e for e in found if not (e.event == "AGREE" and e.extra.get("token") in threats)]


def _drop_echoes(found: list[Event]) -> list[Event]:
    """A noun that names again an event its sentence already coded is that event, not another.

    "the US has accused it of helping Pyongyang – accusations Moscow denies":
    one accusation (whose denial answers the accuser: ``_answer_accusation``).
    """
    echoes: set[int] = set()  # ids of the nouns that name a told event again
    for noun_event in found:
        # Its own words name no actor: none at all, or one borrowed from the verb it depends on.
        borrowed = "actor from the governing verb" in noun_event.rule
        if (noun_event.actor and not borrowed) or not noun_event.extra.get("frame", "").startswith("nominal"):
            continue
        told = next((e for e in found if e.event == noun_event.event and e.actor and not e.extra.get("frame", "").startswith("nominal")
                     and e.extra["token"] < noun_event.extra["token"]
                     and (not noun_event.actor or {a.country for a in e.actor} == {a.country for a in noun_event.actor})), None)
        if told is not None:
            echoes.add(id(noun_event))
    return [e for e in found if id(e) not in echoes]


# Nouns whose "of" phrase names an event without being that event's occasion ("the anniversary of the invasion").
_NOT_THE_OCCASION = frozenset({"anniversary", "eve", "aftermath", "wake", "run-up", "end", "start", "beginning", "day", "week", "month", "year", "time", "date", "memory", "history"})


def _naming_noun(trigger: Token) -> Token:
    """The noun an event noun names through "of" ("the congress of national dialogue, which opens on Saturday",
    "a round of talks on Monday"): its words, and the time they carry, are the event's own."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN") and head.head.lemma_.lower() not in _NOT_THE_OCCASION:
        return head.head
    return trigger


def _statement_date(anchor: Token, context: _SentenceContext, lexicon: Lexicon, document: Document) -> EventDate:
    """When a plan was stated: the date of the verb of saying above it ("we are going to withdraw," Bolton said),
    else the publication date (the article states it)."""
    verb = speech_verb(anchor, lexicon.speech_lemmas)
    if verb is None:
        return EventDate(document.published.isoformat(), None, "published")
    if verb.i in context.said_on:
        return context.said_on[verb.i]
    return date_event(trigger_tokens={verb.i}, anchor=verb, sentence=context.sentence, sentence_timexes=context.timexes,
                      narrative=context.narrative, published=document.published)


def _intent_table(event: Event, lexicon: Lexicon) -> dict[str, str]:
    """Which table says what an actor's stated plan about ``event`` amounts to."""
    if event.status == "negated":
        return lexicon.refusals
    return lexicon.commitments if event.extra.get("commitment") else lexicon.intents


def _protest_targets(found: list[Event], doc: Doc) -> None:
    """ "blocked streets in defiance of Chinese authorities", "rioted ... demanding independence from Indonesian rule":
    a protest whose words carry a demand, accusation or rejection is aimed at that event's recipient."""
    for protest in found:
        if protest.event != "PROTEST" or any(r.country and "(domestic event)" not in r.rule for r in protest.recipient):
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


def _share_perpetrators(found: list[Event], doc: Doc) -> None:
    """ "Russians were killed when US forces carried out air strikes": the strikes' actor did the killing.

    Whom the strikes were against was hit too ("... air strikes against a pro-regime force"): the victims
    were among them, and the two accounts are one attack.
    """
    for victim_event in found:
        if victim_event.event != "ASSAULT" or victim_event.actor or not victim_event.extra["frame"].startswith("passive"):
            continue
        verb = doc[victim_event.extra["token"]]
        # Not the victims' own deeds: "a Briton who went to Syria to fight Isis has been killed".
        theirs = {t.i for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") for t in c.subtree}
        below = {t.i for t in verb.subtree} - theirs
        for other in found:
            if other is not victim_event and other.event == "ASSAULT" and other.actor and other.extra["token"] in below:
                victim_event.actor = list(other.actor)
                victim_event.rule += f"; actor from the attack that caused it ('{other.trigger}')"
                attackers = {a.country for a in other.actor}
                struck = [r for r in other.recipient if r.country and r.country not in attackers]
                if struck and victim_event.recipient:
                    victim_event.recipient = _unique([*victim_event.recipient, *struck])
                break


def _events_for(match: TriggerMatch, context: _SentenceContext, *, index: MentionIndex, lexicon: Lexicon, document: Document) -> list[Event]:
    trigger = match.head
    if trigger.i in context.demanded or (match.pos == "VERB" and _lends_to_noun(trigger, context, lexicon)):
        return []
    if _inside_content_of_other(trigger, context, lexicon):
        return []
    if in_other_sense(trigger, match.entries[0].phrase, match.pos, lexicon.other_senses, index.by_token):
        return []
    if match.pos == "VERB" and _acts_by_means(trigger, context):
        return []
    if match.pos == "VERB" and _thing_travels(trigger, match, index, lexicon):
        return []
    if match.pos == "VERB" and _effect_of_event(trigger, context, index, lexicon):
        return []
    if match.pos == "NOUN" and _object_of_same_event(trigger, match, context, lexicon):
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
    frame = _frame(match, cues, lexicon)
    possible_actors = [a for t in (*frame.actor_tokens, *frame.fallback_actor_tokens) for a in index.actors_under(t)]
    if made_by_no_official(match.entries[0].phrase, match.pos, lexicon.other_senses, possible_actors):
        return []
    actor_sectors = frozenset(a.sector for a in possible_actors if a.sector)
    verbal = verbal_object(trigger, match.entries[0].phrase, match.pos, lexicon.other_senses)
    entry = choose_entry(match, recipient_is_person=verbal or _is_person(frame.recipient_tokens), actor_sectors=actor_sectors, has_actor=bool(possible_actors),
                         actor_countries=frozenset(a.country for a in possible_actors if a.country),
                         object_is_place=any(p.start <= t.i < p.end for t in frame.recipient_tokens for p in context.places))
    if entry.recipient_cues != cues:
        frame = _frame(match, entry.recipient_cues, lexicon)
    if match.pos == "NOUN" and entry.event in _OWN_FORCES:
        frame = movement_frame(trigger, frame)
    anchor = _anchor(trigger, match)
    events = [_build(match, entry, frame, frame.recipient_tokens, anchor, context, index=index, lexicon=lexicon, document=document)]
    if match.pos == "NOUN":
        for extra in _elided_repeats(trigger, context):
            recipients = tuple(g for p in extra.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
            events.append(_build(match, entry, frame, recipients, anchor, context, index=index, lexicon=lexicon, document=document))
    events = [event for event in events if has_party(event) or casualty_report(trigger, entry)]
    # A withdrawal announced as an ultimatum ("unless ...") threatens rather than concedes.
    said_on = _statement_date(anchor, context, lexicon, document)
    long_ago = said_long_ago(anchor, lexicon)
    derived = [announced_concession(event, lexicon, said_on, long_ago=long_ago) for event in events if event.event == "RETREAT" and event.status == "future" and event.extra.get("condition") != "unless"]
    derived += [
        stated_intent(event, lexicon, said_on)
        for event in events
        if event.extra.get("intent") and (event.extra.get("condition") == "unless" or event.event in _intent_table(event, lexicon))
    ]
    return events + derived


def _effect_of_event(verb: Token, context: _SentenceContext, index: MentionIndex, lexicon: Lexicon) -> bool:
    """ "a strike that shut down the capital", "the protests paralysed Bangkok": a disruption whose subject is an
    event tells what that event did, and is no event of its own."""
    if not disrupts(verb, frozenset(lexicon.roles["disruption"])):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "a strike that shut down ...": the relative pronoun stands for the noun
    if subject is None or subject.i in index.by_token:
        return False  # "protesters shut down the capital": people act, not an event
    match = context.matches.get(subject.i)
    return match is not None and match.pos == "NOUN"


def _frame(match: TriggerMatch, cues: Sequence[str], lexicon: Lexicon) -> Frame:
    if match.pos == "NOUN":
        return noun_frame(match.head, cues)
    frame = verb_frame(match.head, cues, [t for t in match.tokens if t.dep_ == "dobj" and t.head == match.head])
    if lexicon.has_role(match.head.lemma_.lower(), "victim") and frame.how == "active":
        return Frame((), frame.actor_tokens, "the subject is the victim")
    return frame


def _request_event(speech: Token, clause: Token, context: _SentenceContext, *, index: MentionIndex, lexicon: Lexicon, document: Document) -> Event:
    """ "declared that China must drop barriers": a REQUEST from the speaker to the obliged party."""
    modal = next(c for c in clause.children if c.dep_ == "aux")
    match = TriggerMatch(speech, (speech, modal), (REQUEST_ENTRY,))
    speaker = verb_frame(speech, ()) if speech.pos_ in ("VERB", "AUX") else noun_frame(speech, ())
    obliged = obligation_subject(clause)
    recipients = (obliged,) if obliged is not None else ()
    frame = Frame(speaker.actor_tokens, recipients, "speech with an obligation modal", speaker.fallback_actor_tokens)
    event = _build(match, REQUEST_ENTRY, frame, recipients, speech if speech.pos_ in ("VERB", "AUX") else _anchor(speech, match), context, index=index, lexicon=lexicon, document=document)
    event.trigger = f"{speech.text} … {modal.text} {clause.text}"
    event.rule = f"implied REQUEST: '{speech.lemma_}' with '{modal.text}' in its complement; " + event.rule.split("; ", 1)[-1]
    return event


def _elided_repeats(trigger: Token, context: _SentenceContext) -> list[Token]:
    """ "four meetings with Xi, three with Moon and two with Trump": each number repeats the trigger."""
    repeats = []
    for token in trigger.subtree:
        if token == trigger or token.i in context.matches:
            continue
        if (token.dep_ == "conj" and token.head == trigger) or (token.pos_ == "NUM" and token.dep_ in ("appos", "conj")):
            if any(c.dep_ == "prep" for c in token.children):
                repeats.append(token)
    return repeats


def _anchor(trigger: Token, match: TriggerMatch) -> Token:
    """The verb whose clause carries a nominal trigger's tense, status and time."""
    if match.pos == "VERB":
        return trigger
    governor = governing_verb(trigger)
    if governor is not None:
        return governor
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    return trigger


def _thing_travels(verb: Token, match: TriggerMatch, index: MentionIndex, lexicon: Lexicon) -> bool:
    """ "Russian and North Korean flags were flying": a visit needs someone to make it, not a thing
    ("Kim's train arrived" is Kim's visit)."""
    if not (lexicon.has_role(verb.lemma_.lower(), "visit") or match.entries[0].mode == "visit"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i in index.by_token:
        return False
    return not any(c.dep_ == "poss" and c.i in index.by_token for c in subject.children)


def _acts_by_means(verb: Token, context: _SentenceContext) -> bool:
    """ "Moscow retaliated by expelling American diplomats": the means says what was done, and is coded instead."""
    return any(p.dep_ == "prep" and p.lower_ == "by" and any(c.dep_ == "pcomp" and c.i in context.matches for c in p.children)
               for p in verb.children)


def _lends_to_noun(verb: Token, context: _SentenceContext, lexicon: Lexicon) -> bool:
    """A light verb whose object is itself a trigger ("launched an attack"): the noun codes the event."""
    if not lexicon.has_role(verb.lemma_.lower(), "light"):
        return False
    return any(c.dep_ in ("dobj", "attr") and c.i in context.matches and context.matches[c.i].pos == "NOUN" for c in verb.children)


def _object_of_same_event(noun: Token, match: TriggerMatch, context: _SentenceContext, lexicon: Lexicon) -> bool:
    """ "signed a treaty", "accepted the demands": the verb codes the event (a light verb yields to its noun instead)."""
    head = noun.head
    if lexicon.has_role(head.lemma_.lower(), "light"):
        return False
    if noun.dep_ == "dobj" and head.i in context.matches and context.matches[head.i].pos == "VERB":
        # "deflected Ankara's complaints" keeps both: the noun names an actor of its own.
        return not any(c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON") for c in noun.children)
    # "met in Geneva for their first summit": one meeting, already coded by the verb.
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in context.matches:
        return context.matches[head.head.i].entries[0].event == match.entries[0].event
    return False


def _inside_content_of_other(trigger: Token, context: _SentenceContext, lexicon: Lexicon) -> bool:
    """The trigger lies in what another event demands, alleges or threatens ("accused X of helping Y")."""
    current = trigger
    happened = False  # a past or perfect clause on the way up: "insisting ... it had carried out a test"
    for _ in range(5):
        if (current.dep_ not in _CLIMB_DEPS and not infinitive_clause(current)) or current.head == current:
            return False
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in current.children):
            return False
        happened = happened or verb_tense(current) in ("past", "perfect")
        below, current = current, current.head
        other = context.matches.get(current.i)
        if other is not None and other.entries[0].event == "REQUEST" and happened:
            return False  # what already happened is not what is demanded
        if other is not None and other.pos == "NOUN" and other.entries[0].event in _CONTENT_NOUN_EVENTS and _that_clause(below):
            return True  # "his insistence that Turkey not attack", "allegations that Russia hacked"
        if asked_for(current, below, {i for i, m in context.matches.items() if m.pos == "NOUN" and m.entries[0].event == "REQUEST"}):
            return True
        if other is not None and other.pos == "VERB" and lexicon.has_role(current.lemma_.lower(), "content"):
            # A denial or refusal keeps the denied event, which its status marks negated.
            return lexicon.status_cues["governor"].get(current.lemma_.lower()) != "negated"
    return False


def _that_clause(clause: Token) -> bool:
    return clause.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _town_anaphor(token: Token) -> bool:
    """ "The Syrian town is under threat", "the city was shelled": a definite town or city noun, the subject of
    its clause, without a name of its own."""
    return token.lemma_.lower() in _TOWN_NOUNS and token.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and not any(c.dep_ in ("compound", "appos", "acl") for c in token.children)


def _during_pluperfect(verb: Token) -> bool:
    """ "sanctions that had been lifted by Obama as he pushed for the deal": a 'when'/'as' clause of a past perfect."""
    return verb.dep_ == "advcl" and is_pluperfect(verb.head) and any(c.dep_ == "advmod" or c.dep_ == "mark" for c in verb.children if c.lower_ in ("as", "when", "while"))


def _tensed_verb(verb: Token) -> Token:
    """The verb whose tense a participle clause shares ("had stuck to its proxies, ... deflecting complaints")."""
    for _ in range(3):
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "retaliated by expelling": the means has the tense of what it is the means of
            continue
        if verb.tag_ != "VBG" or verb.dep_ not in ("conj", "advcl") or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
            break
        verb = verb.head
    return verb


def _summed_up(verb: Token, lexicon: Lexicon) -> bool:
    """ "has helped prop up Assad's forces", "have enabled the regime to retake territory": what a perfect of
    helping or enabling brought about is a course of events, not one new event."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    helper = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and lexicon.has_role(helper.lemma_.lower(), "contribution") and verb_tense(helper) == "perfect"


def _reported_speech(verb: Token, lexicon: Lexicon) -> bool:
    """ "said they had agreed": the past perfect of reported speech is not background."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("ccomp", "conj") or current.head == current:
            return False
        current = current.head
        if lexicon.has_role(current.lemma_.lower(), "speech"):
            return True
    return False


def _is_person(tokens: Sequence[Token]) -> bool:
    return any(t.ent_type_ == "PERSON" or any(s.ent_type_ == "PERSON" for s in t.subtree) for t in tokens)


def _build(
    match: TriggerMatch,
    entry: TriggerEntry,
    frame: Frame,
    recipient_tokens: Sequence[Token],
    anchor: Token,
    context: _SentenceContext,
    *,
    index: MentionIndex,
    lexicon: Lexicon,
    document: Document,
) -> Event:
    trigger = match.head
    actors = _unique([a for token in frame.actor_tokens for a in index.actors_under(token, through_places=False)])
    how = frame.how
    if not actors:
        # "the PKK issued a declaration demanding ...": a statement or letter speaks for whoever issued it.
        documents = [t for t in frame.actor_tokens if lexicon.has_role(t.lemma_.lower(), "document")]
        issuers = [clause_subject(governor) for t in documents if (governor := governing_verb(t)) is not None]
        actors = _unique([a for token in issuers if token is not None for a in index.actors_under(token, through_places=False)])
        if actors:
            how += ", actor: who issued the statement"
    lent = subject_role(trigger, lexicon, mediated=entry.mode == "third-party", undergone=any(t.dep_ == "poss" for t in frame.recipient_tokens),
                        done_to_people="poss" in entry.recipient_cues) if match.pos == "NOUN" else AGENT
    if lent != AGENT and not actors and (stray := _unique([a for t in misplaced_agents(trigger) for a in index.actors_under(t)])):
        actors, how = stray, how + ", actor: the 'by' phrase the parse hung on the verb"
    if not any(a.country or a.name for a in actors) and frame.fallback_actor_tokens and lent == AGENT:
        # "responded with strikes from drones": an unidentified instrument yields to the one who wields it.
        governing = _unique([a for token in frame.fallback_actor_tokens for a in index.actors_under(token)])
        if governing and (not actors or any(a.country or a.name for a in governing)):
            actors = governing
            how += ", actor from the governing verb"
    # What is opposed or accepted in an invitation is the inviter's act: "to the Kurds" names the invited.
    recipient_tokens = [owner for token in recipient_tokens
                        for owner in (invitation_owner(token) if token != trigger and token.pos_ == "NOUN" and lexicon.has_role(token.lemma_.lower(), "invitation") else [token])]
    # "the Salisbury incident, which the UK blamed on the Kremlin": a relative clause's noun is a party only if it names one.
    recipients = _unique([a for token in recipient_tokens
                          for a in index.actors_under(token) or ([] if _relative_head(trigger, token) else place_actors(token, context.places))])
    if not recipients and entry.event == "THREATEN":
        recipients = _unique([a for token in condition_subjects(trigger) for a in index.actors_under(token)])
        if recipients:
            how += ", recipient: who must meet the condition"
    if not recipients:
        # "demanded that Hamas renounce its struggle against Israel": the party who must act, not what it must act on.
        recipients = _unique([a for token in complement_subjects(trigger) for a in index.actors_under(token)])
        if not recipients:
            recipients = _unique([a for token in complement_recipients(trigger) for a in index.actors_under(token)])
        if recipients:
            how += ", recipient from the complement clause"
    if not recipients and frame.fallback_recipient_tokens:
        recipients = _unique([a for token in frame.fallback_recipient_tokens for a in index.actors_under(token)])
    if not recipients and lent == SUFFERER and (recipients := _unique([a for t in frame.fallback_actor_tokens for a in index.actors_under(t)])):
        how += ", recipient: who undergoes it"
    if match.pos == "NOUN" and actors and not how.endswith("actor from the governing verb") and frame.fallback_actor_tokens:
        # "the US deflected Ankara's complaints", "Iran rejected Israel's offer": a party's demand, complaint
        # or offer is aimed at whoever the sentence has answer it; "would not attend Russia's talks": the
        # host is met by whoever attends.
        answerer = _unique([a for token in frame.fallback_actor_tokens for a in index.actors_under(token)])
        answerer = [a for a in answerer if not any(_same(a, b) or a.country == b.country for b in actors)]
        governor = governing_verb(trigger)
        if answerer and governor is not None and lexicon.has_role(governor.lemma_.lower(), "attendance"):
            actors, recipients = answerer, actors
            how += ", actor: who attends; recipient: the host"
        elif answerer and not recipients and entry.event in _ANSWERED:
            recipients = answerer
            how += ", recipient: who answers it"
    if entry.event in _OWN_FORCES and entry.mode != "release" and how == "passive" and not actors and recipients:
        # "the guerrillas have been demobilized", "reservists were mobilised": with no agent named,
        # the forces moved stand for the side that moves them.
        actors, recipients = recipients, []
        how += ", actor: the forces themselves"
    if entry.event == "ACCUSE" and match.pos == "VERB":
        # "complained to the UN over Israeli air raids": whom a complaint is about outranks whom it is made to.
        audience = set(objects_of_preposition(trigger, ("to",)))
        complained_of = _unique([a for token in recipient_tokens if token not in audience for a in index.actors_under(token, through_places=False)])
        if audience and complained_of:
            recipients = complained_of
    recipients = [r for r in recipients if not any(_same(r, a) for a in actors)]
    if len({a.country for a in actors if a.country}) > 1:
        # "both leaders agreed to return their ambassadors": a party of a joint act is not also its target.
        recipients = [r for r in recipients if r.country not in {a.country for a in actors}]
    if entry.event in _OWN_FORCES and recipients:
        # "the withdrawal of US soldiers", "mobilised its reservists": the actor's own forces are not its target.
        recipients = [r for r in recipients if r.country is None or r.country not in {a.country for a in actors}]
    # A place in the actor's own country does not make its state a recipient ("Putin arrived in Vladivostok").
    recipients = [r for r in recipients if r.rule.startswith("country of the place") is False or r.country not in {a.country for a in actors}]
    lemma = trigger.lemma_.lower()
    location, place_how = locate(trigger, anchor, context.places, context.recent_place, removal=lexicon.has_role(lemma, "removal"),
                                 occasions=frozenset(lexicon.roles["occasion"]), disruptions=frozenset(lexicon.roles["disruption"]),
                                 words=match.tokens)
    named = [*frame.actor_tokens, *recipient_tokens, *frame.fallback_recipient_tokens]
    if location is None and context.last_town is not None and any(_town_anaphor(t) for t in named):
        # "The Syrian town ... is under threat from Turkey": the town or city named before.
        location, place_how = context.last_town.location, f"the town named before ('{context.last_town.location.extracted_place}')"
    if location is None:
        location, place_how = home_location(entry.event, entry.mode, actors)
    if not recipients and actors and location is not None and place_how.startswith("attached") and entry.event in _DONE_TO_A_PLACE:
        # "Serbia lifted a curfew in Montenegro": the place's state is on the receiving end.
        if location.country_code and location.country_code not in {a.country for a in actors}:
            recipients = [Actor(text=location.extracted_place, name=None, country=location.country_code, sector=None, rule="country of the place the event is attached to")]
    # People with no country of their own are taken to be of the actor's ("Serb forces killed three villagers",
    # "Nigerian police jailed 52 activists"), never of a non-state body's code ("killed by Islamic State militants").
    # Not for expulsions: who is expelled ("expelled ten diplomats") is foreign.
    home = entry.event not in _OWN_FORCES and entry.mode != "expel" and bool(actors) and all(a.country not in NON_STATE_CODES for a in actors)
    recipients = _countries_for_countryless(recipients, actors, location, place_how, home=home)
    if how.endswith("actor: the forces themselves") and location is not None and location.country_code and place_how.startswith("attached"):
        # "guerrillas operating in Macedonia have been demobilized": forces of no named state are the place's.
        actors = [replace(a, country=location.country_code, rule=a.rule + "; country of the event's place") if a.country is None else a for a in actors]
    if entry.event == "PROTEST" and location is not None and location.country_code and place_how.startswith("attached"):
        # "Protesters marched in Caracas": people protesting in a country are taken to be its people.
        actors = [replace(a, country=location.country_code, rule=a.rule + "; country of the protest's place") if a.country is None else a for a in actors]
    if not recipients and entry.event in lexicon.domestic_targets and any(a.country or a.name for a in actors):
        # "Egyptian demonstrators rioted", "imposed a curfew in Cizre": aimed at the state where it happens.
        recipients = _domestic_target(actors, location, place_how, "actor" in lexicon.domestic_targets[entry.event])
    if lexicon.has_role(lemma, "visit") or entry.mode == "visit":
        # Only visitors known to be foreign are hosted: "officials arrived in Cairo" may be Egypt's own.
        if any(a.country for a in actors) and not recipients and location is not None and location.country_code and location.country_code not in {a.country for a in actors}:
            recipients = [Actor(text=location.extracted_place, name=None, country=location.country_code, sector=None, rule="host country of the place visited")]
    # "fought against Islamic State": one side against another, not a reciprocal event;
    # "fought with the US against Isis": the "with" party is an ally.
    against = any(p.dep_ == "prep" and p.lower_ == "against" for p in trigger.children)
    if against and lexicon.has_role(lemma, "reciprocal"):
        allies = _unique([a for token in objects_of_preposition(trigger, ("with",)) for a in index.actors_under(token)])
        actors = _unique([*actors, *allies])
        recipients = [r for r in recipients if not any(r.country == a.country and r.name == a.name for a in allies)]
    # "would not attend Russia's talks": one side comes to the other's meeting, not a reciprocal one.
    attended = how.endswith("recipient: the host")
    # A reciprocal word in a phrase of another sense is not reciprocal: "would not meet their demands" (but "peace talks" is).
    reciprocal = lexicon.has_role(lemma, "reciprocal") and (len(entry.lemmas) == 1 or entry.event in ("CONSULT", "ASSAULT"))
    # "Putin met Iran's leaders in Tehran": whom one goes to meet at their home is the host of a visit (the manual's
    # visitor -> host), unlike "met in Geneva" or "held talks with Turkish officials", where neither side is said to come.
    in_person = reciprocal and entry.event == "CONSULT" and entry.mode != "phone"
    if in_person and _meets_host_at_home(trigger, match, actors, recipients, location, place_how):
        attended = True
        how += ", recipient: the host met at home"
    elif in_person and _meets_host_at_home(trigger, match, recipients, actors, location, place_how):
        actors, recipients, attended = recipients, actors, True  # "the French president met the German chancellor in Paris"
        how += ", actor: the visitor met at the subject's home"
    if not attended and ((reciprocal and not against) or entry.event == "CONSULT" and entry.mode not in ("visit", "third-party") and recipients and any(p.lower_ in ("with", "between") for p in trigger.children)):
        actors, recipients = _unique([*actors, *recipients]), []
    phrase = _naming_noun(trigger) if match.pos == "NOUN" else trigger
    tokens = {t.i for t in match.tokens} | {t.i for t in phrase.subtree if t.i in range(context.sentence.start, context.sentence.end)} if match.pos == "NOUN" else {t.i for t in match.tokens}
    when = date_event(trigger_tokens=tokens, anchor=anchor, sentence=context.sentence, sentence_timexes=context.timexes, narrative=context.narrative,
                      published=document.published, speech_lemmas=lexicon.speech_lemmas, tensed=_tensed_verb(anchor), said_on=context.said_on)
    decision = decide_status(trigger, anchor, lexicon)
    tense = verb_tense(_tensed_verb(anchor))
    status, status_reason = decision.value, decision.reason
    date_value, basis, date_text = when.value, when.basis, when.text
    if status == "asserted" and basis != "published" and is_well_before(date_value, document.published):
        status, status_reason = "historical", f"dated {date_value}, well before publication"
    elif status == "asserted" and (is_pluperfect(_tensed_verb(anchor)) or _during_pluperfect(anchor)) and not _reported_speech(anchor, lexicon):
        status, status_reason = "historical", "past perfect: before the story's own time"
    elif status == "asserted" and (is_background_perfect(anchor) or _summed_up(anchor, lexicon)):
        status, status_reason = "historical", "present perfect of a span ('since ...'), of a relative clause or of helping: background"
        if basis == "published":
            # Background reaching back to some past time is not the day's news.
            date_value, basis, date_text = "PAST_REF", "inferred", None
    elif status == "asserted" and basis == "explicit" and is_after(date_value, document.published):
        status, status_reason = "future", f"dated {date_value}, after publication"
    # "would commit to", "could meet": what might happen lies ahead, unless it is what might have happened.
    looks_ahead = status == "future" or (status == "hypothetical" and not any(c.lemma_ == "have" and c.dep_ == "aux" for c in _tensed_verb(anchor).children))
    if looks_ahead and not is_after(date_value, document.published) and basis != "explicit":
        date_value, basis, date_text = "FUTURE_REF", "inferred", None
    trigger_text = _trigger_text(match, anchor)
    # Only an actor's own stated plan is a promise or threat: "it will lead to a massacre" predicts, it does not threaten.
    subject_acts = how.startswith("active") or "actor from the governing verb" in how or "actor: who attends" in how
    own_plan = bool(actors) and subject_acts and anchor.pos_ == "VERB" and anchor.lemma_ not in ("be", "lead")
    cue = decision.cue
    states_intent = own_plan and status == "future" and cue is not None and lexicon.has_role(cue.lemma_.lower(), "intent")
    # "will not accept", "would not meet their demands": a stated refusal.
    will = next((c for c in anchor.children if c.dep_ == "aux" and lexicon.has_role(c.lower_, "intent")), None)
    refuses = own_plan and status == "negated" and will is not None
    # "will withdraw its troops unless ...": a conditional the actor sets is an ultimatum or an offer.
    condition = next((m.lower_ for c in anchor.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark" and m.lower_ in ("unless", "if")), None)
    conditional = own_plan and will is not None and status in ("future", "hypothetical") and condition is not None
    intent = cue.text if states_intent and cue is not None else (will.text if (refuses or conditional) and will is not None else None)
    confidence = 0.55 + 0.2 * bool(actors) + 0.1 * bool(recipients) + 0.05 * (basis == "explicit") - 0.15 * entry.ambiguous
    rule = f"triggers.tsv row {entry.row} '{entry.phrase}' {entry.pos} -> {entry.event}/{entry.mode or '-'}; {how}"
    if status_reason:
        rule += f"; status {status}: {status_reason}"
    if place_how:
        rule += f"; place: {place_how}"
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
        extra={
            "token": trigger.i,
            "tense": tense,
            "anchor": anchor.i,
            "place_how": place_how,
            "named_occasion": any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in trigger.children),
            "intent": intent,
            "intent_token": cue.i if states_intent and cue is not None else None,
            "frame": how,
            "condition": condition if conditional else None,
            "commitment": bool(states_intent and cue is not None and lexicon.has_role(cue.lemma_.lower(), "commitment")),
        },
    )


def _relative_head(verb: Token, token: Token) -> bool:
    return verb.dep_ == "relcl" and token == verb.head


def _meets_host_at_home(trigger: Token, match: TriggerMatch, visitors: list[Actor], hosts: list[Actor], location: Location | None, place_how: str) -> bool:
    """A verb with a direct object ("met X"), at a place in the hosts' country and not in the visitors'."""
    if match.pos != "VERB" or not any(c.dep_ == "dobj" for c in trigger.children) or location is None or not place_how.startswith("attached"):
        return False
    home = location.country_code
    return bool(home) and bool(visitors) and home in {h.country for h in hosts} and home not in {v.country for v in visitors}


def _countries_for_countryless(recipients: list[Actor], actors: list[Actor], location: Location | None, place_how: str, *, home: bool) -> list[Actor]:
    """Recipients that are only people ("23 people", "demonstrators", "MASSOB") take a country (ICEWS's convention).

    They are of the event's own place ("killed 23 people in Tel Aviv", "sent
    inspectors to Iran"); with no place of the event's clause and when ``home``,
    of the actor's country when the actor is of one country ("Nigerian police
    jailed 52 activists"). A recipient with a country of its own keeps the
    others out.
    """
    if not recipients or any(r.country for r in recipients):
        return recipients
    if location is not None and location.country_code and place_how and not place_how.startswith("recent"):
        country, why = location.country_code, "country of the event's place"
    elif home and actors and all(a.country for a in actors) and len({a.country for a in actors}) == 1:
        country, why = actors[0].country, "the actor's own country"
    else:
        return recipients
    return [replace(r, country=country, rule=r.rule + f"; {why}") for r in recipients]


def _domestic_target(actors: list[Actor], location: Location | None, place_how: str, home: bool) -> list[Actor]:
    """The state an event with no stated target is aimed at (data/domestic_targets.tsv).

    The country of the event's own place; failing that, when ``home``, the
    actor's own country ("Egyptian demonstrators rioted" -> EGY).
    """
    if location is not None and location.country_code and place_how and not place_how.startswith("recent"):
        return [Actor(text=location.extracted_place, name=None, country=location.country_code, sector=None, rule="state of the place (domestic event)")]
    if home and actors and all(a.country for a in actors) and len({a.country for a in actors}) == 1:
        return [Actor(text=actors[0].text, name=None, country=actors[0].country, sector=None, rule="the actor's own state (domestic event)")]
    return []


def _trigger_text(match: TriggerMatch, anchor: Token) -> str:
    tokens = set(match.tokens)
    if match.pos == "NOUN" and anchor != match.head and match.head.head == anchor:
        tokens.add(anchor)
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    if last - first <= 4:
        return anchor.doc[first:last + 1].text
    return match.text


def _contexts(sentence: Span, lexicon: Lexicon) -> list[str]:
    """The manual's general contexts whose cue words occur in the sentence, in order of first cue."""
    found: list[str] = []
    for token in sentence:
        for name in lexicon.contexts.get(token.lemma_.lower(), ()):
            if name not in found:
                found.append(name)
    return found


def _same(a: Actor, b: Actor) -> bool:
    """The same party: a government accusing its own rebels keeps both sides."""
    return a.country is not None and (a.country, a.sector, a.name) == (b.country, b.sector, b.name)


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: list[Actor] = []
    for actor in actors:
        if not any(actor.country == s.country and actor.name == s.name for s in seen):
            seen.append(actor)
    return seen
