"""Events stage: PLOVER events from a parsed article and the other stages' findings.

``find_events`` reads the article sentence by sentence, carrying the story's time
and scene from one sentence to the next. Each trigger word of a sentence codes its
events (``trigger_events.py``); the sentence's events then lend each other parties
(``neighbours.py``) and what it tells twice is coded once (``retold.py``). Passes over
the whole article fill in what a story states once and leaves to the reader: places
(``occasions.py``, ``speaking_places.py``), dates (``dating.py``, ``speakers.py``) and
parties (``discourse.py``); a sentence's verbs of saying are read once (``sayings.py``) for
both when and where its speakers spoke. Every event records the trigger words and the lexicon
row and rules that produced it (``Event.rule``); the passes decide by typed fields
(``provenance.py``), never by that text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from sanderling.events.arguments import MentionIndex
from sanderling.events.dating import (
    AnchoredTimex,
    anchor_timexes,
    clause_level,
    dates_speech,
    points_ahead,
)
from sanderling.events.derived import attributed, has_party
from sanderling.events.discourse import (
    answer_accusation,
    courts_nearby,
    custodians_from_earlier,
    echoed_recipients,
    perpetrators_from_earlier,
    stances_on_told_acts,
    withdrawal_origins,
)
from sanderling.events.implied import ACCUSE_ENTRY, HOSTILE_ACTS, THREATEN_ENTRY, culpability, find_blames, find_directives, find_obligations, find_penalties
from sanderling.events.lexicon import Lexicon, load_lexicon
from sanderling.events.neighbours import (
    hosts_of_attended_meetings,
    protest_targets,
    share_perpetrators,
    victims_of_the_main_clause,
    visitors_ask_hosts,
)
from sanderling.events.occasions import place_from_same_occasion
from sanderling.events.placing import labels_an_event, names_a_participant, scene_places
from sanderling.events.retold import drop_echoes, drop_promises_of_threats, drop_restatements, drop_second_tolls, drop_subjects_of_their_verb
from sanderling.events.sayings import sayings
from sanderling.events.speakers import SpeakerOccasions, date_possessed_statements
from sanderling.events.speaking_places import Speaking, place_statements, speakings
from sanderling.events.story_dates import (
    date_a_death_told_again,
    date_from_details,
    date_from_place,
)
from sanderling.events.terms_of_office import deeds_in_office
from sanderling.events.trigger_events import (
    SentenceContext,
    events_of_trigger,
    implied_event,
)
from sanderling.events.triggers import match_triggers
from sanderling.model import Document, Event, Timex
from sanderling.parse import Paragraph, doc_text, paragraphs, prose_sentences

# A time expression (or place) sets the story's time (or scene) for the sentences that follow it, not for the whole article.
NARRATIVE_SPAN = 2


def find_events(
    doc: Doc,
    *,
    document: Document,
    mentions: Sequence[Any],
    timexes: Sequence[Timex],
    places: Sequence[Any] = (),
    lexicon: Lexicon | None = None,
    keep_unattributed: bool = False,
) -> list[Event]:
    """All events of one parsed article, in text order.

    Events whose actor has no country are left out (``derived.attributed``) unless ``keep_unattributed``:
    on the gold articles they are nearly all false positives, since gold gives such acts their doer.
    """
    lexicon = lexicon or load_lexicon()
    event_nouns = lexicon.event_nouns
    index = MentionIndex(mentions, scenes=[p for p in places if labels_an_event(p, doc, event_nouns)],
                         relational=frozenset(lexicon.roles["relation"]))
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
        context = SentenceContext(
            sentence=sentence,
            paragraph=paragraph,
            timexes=[t for t in anchored if sentence.start <= t.span.root.i < sentence.end],
            narrative=narrative,
            places=[p for p in places if sentence.start <= p.start < sentence.end and not names_a_participant(p, index, doc, removals, disruptions, event_nouns)],
            recent_place=paragraph_place if place_age < NARRATIVE_SPAN else None,
            last_town=next((p for p in reversed(places) if p.end <= sentence.start and (p.location.feature_code or "").startswith("PPL")), None),
        )
        said = sayings(sentence, index.by_token, lexicon.speech_lemmas)
        context.said_on = speakers.date_sayings(said, number, sentence, context.timexes)
        spoken += speakings(said, number, sentence, context.places)
        for event in _code_sentence(context, index=index, lexicon=lexicon, document=document):
            answer_accusation(event, events, doc, lexicon)
            event.index = len(events)
            event.extra["sentence"] = number
            events.append(event)
        # A plan's date ("will meet on Tuesday") is not the story's time: past events after it are not dated by it.
        dated = [t for t in context.timexes if t.event_date and clause_level(t) and not dates_speech(t, lexicon.speech_lemmas) and not points_ahead(t, document.published)]
        narrative_age += 1
        if dated:
            narrative, narrative_age = dated[-1], 0
            speakers.story_moves_to(narrative.event_date)
        elif narrative_age >= NARRATIVE_SPAN or any(t.event_date and not dates_speech(t, lexicon.speech_lemmas) and not points_ahead(t, document.published) for t in context.timexes):
            # ("An incident in October 2016 confirmed the danger": a time of the sentence's own, even one dating no clause, moves the story.)
            narrative = None
        place_age += 1
        if scenes := scene_places(context.places, doc, occasions, event_nouns):
            paragraph_place, place_age = scenes[-1], 0
    deeds_in_office(events, mentions, doc, lexicon, document.published)
    place_from_same_occasion(events)
    place_statements(events, spoken, doc, index.by_token, lexicon.speech_lemmas)
    date_from_details(events, document.published)
    date_a_death_told_again(events, doc, lexicon, document.published)
    date_possessed_statements(events, speakers, doc, index.by_token)
    date_from_place(events, document.published)
    perpetrators_from_earlier(events)
    # "The attack has killed scores": kept for the attack told before; with none told, no one is named.
    events = _kept(events, lambda e: has_party(e) or not e.extra.get("attack_told_before"))
    custodians_from_earlier(events, doc, lexicon)
    courts_nearby(events, mentions, doc, lexicon)
    withdrawal_origins(events, doc)
    echoed_recipients(events, doc, lexicon)
    stances_on_told_acts(events, doc, lexicon)
    return events if keep_unattributed else _kept(events, attributed)


def _kept(events: list[Event], keep: Callable[[Event], bool]) -> list[Event]:
    """The events ``keep`` accepts, numbered again in text order (later passes look events up by index)."""
    kept = [e for e in events if keep(e)]
    for number, event in enumerate(kept):
        event.index = number
    return kept


# Whom a speaker tells what to expect without asking anything of a party: journalists.
_AUDIENCES = frozenset({"JRN"})


def _with_the_press(event: Event) -> bool:
    """ "spoke to the BBC", "talked with reporters": telling the press is a statement, no consultation between parties."""
    others = [*event.actor[1:], *event.recipient]
    return event.event == "CONSULT" and bool(others) and all(party.sector in _AUDIENCES for party in others)


def _asked_for(infinitive: Token) -> set[Token]:
    """The words of what one is told to do, without relative clauses that tell what others do ("told Moscow to get
    ready for US missiles, which the Russian military has vowed to shoot down")."""
    others = {t for c in infinitive.subtree if c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
    return set(infinitive.subtree) - others


def _code_sentence(context: SentenceContext, *, index: MentionIndex, lexicon: Lexicon, document: Document) -> list[Event]:
    """The events of one sentence, in the order of their trigger words."""
    sentence = context.sentence
    context.matches = {m.head.i: m for m in match_triggers(sentence, lexicon)}
    obligations = find_obligations(sentence, lexicon)
    directives = find_directives(sentence, lexicon)
    # (a warning is a threat of its own: "warned that the US would pay a heavy price" is coded from "warned")
    penalties = [(speech, clause) for speech, clause in find_penalties(sentence, lexicon)
                 if not any(e.event == "THREATEN" for m in [context.matches.get(speech.i)] if m is not None for e in m.entries)]
    for blamed in [i for i in context.matches if culpability(sentence.doc[i], lexicon)]:
        del context.matches[blamed]  # "Iran was to blame": Iran is blamed, it blames no one
    if not context.matches and not obligations and not penalties and not directives:
        return []
    # (only a sentence with a hostile act can blame anyone for one)
    blames = find_blames(sentence, lexicon, lambda t: t.i in context.matches and context.matches[t.i].entries[0].event in HOSTILE_ACTS)
    context.contexts = _contexts(sentence, lexicon)
    context.demanded = {t.i for _, clause in obligations for t in clause.subtree} | {t.i for _, clause in directives for t in _asked_for(clause)}
    found = [implied_event(speech, clause, context, index=index, lexicon=lexicon, document=document) for speech, clause in obligations]
    found += [implied_event(speech, clause, context, index=index, lexicon=lexicon, document=document, entry=THREATEN_ENTRY)
              for speech, clause in penalties]
    found += [implied_event(speech, clause, context, index=index, lexicon=lexicon, document=document, entry=ACCUSE_ENTRY, cue=blame)
              for speech, clause, blame in blames]
    # ("told reporters to expect": telling someone of no party what to do asks nothing of a party)
    found += [event for event in (implied_event(verb, clause, context, index=index, lexicon=lexicon, document=document) for verb, clause in directives)
              if any((r.country or r.name) and r.sector not in _AUDIENCES for r in event.recipient)]
    found = [event for event in found if has_party(event)]
    # "insists that they should have a seat": the demand the obligation states is the insisting itself, one REQUEST.
    demanding = {speech.i for speech, _ in obligations}
    for match in context.matches.values():
        found.extend(e for e in events_of_trigger(match, context, index=index, lexicon=lexicon, document=document)
                     if not (e.event == "REQUEST" and e.extra.get("token") in demanding))
    found = [event for event in found if not _with_the_press(event)]
    share_perpetrators(found, sentence.doc)
    found = drop_echoes(found)
    found = drop_restatements(found, sentence.doc, lexicon)
    found = drop_subjects_of_their_verb(found, sentence.doc)
    found = drop_second_tolls(found, sentence.doc, lexicon)
    found = drop_promises_of_threats(found)
    protest_targets(found, sentence.doc)
    visitors_ask_hosts(found, sentence.doc)
    victims_of_the_main_clause(found, sentence.doc)
    hosts_of_attended_meetings(found, sentence.doc, lexicon)
    return sorted(found, key=lambda e: e.extra.get("token", 0))


def _contexts(sentence: Span, lexicon: Lexicon) -> list[str]:
    """The manual's general contexts whose cue words occur in the sentence, in order of first cue."""
    found: list[str] = []
    for token in sentence:
        for name in lexicon.contexts.get(token.lemma_.lower(), ()):
            if name not in found:
                found.append(name)
    return found


