"""Trigger words that yield their event to another trigger word of the same sentence.

"launched an attack": the noun codes the attack, not the light verb. "retaliated by expelling
diplomats": the means says what was done. "a strike that shut down the capital": the shutting
down is what the strike did. "signed a treaty": the verb codes the agreement. "accused X of
helping Y": the helping is what is alleged, not an event of its own. ``matches`` are the
sentence's trigger matches by the index of their head token.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from sanderling.events.arguments import MentionIndex
from sanderling.events.tenses import verb_tense
from sanderling.events.lexicon import Lexicon
from sanderling.events.placing import disrupts
from sanderling.events.senses import asked_for, infinitive_clause
from sanderling.events.triggers import TriggerMatch

# How a trigger climbs to the event whose content it may be: through complements, prepositions and clauses.
_CLIMB_DEPS = {"xcomp", "ccomp", "pcomp", "prep", "pobj", "advcl", "acl", "dobj", "conj"}
# Nouns of these types state in a 'that' clause what is demanded, alleged or threatened.
_CONTENT_NOUN_EVENTS = {"REQUEST", "ACCUSE", "THREATEN"}
# Prepositions of an occasion or a time ("urged dialogue in a phone call with Putin"), never of what is demanded or alleged.
_OCCASION_PREPOSITIONS = {"in", "during", "at"}
# Subordinators that open a clause of its own, never the content of a demand or accusation.
_ADVERBIAL_MARKS = {"while", "as", "because", "after", "before", "when", "although", "though", "since", "whereas", "if", "until"}


def lends_to_noun(verb: Token, matches: Mapping[int, TriggerMatch], lexicon: Lexicon) -> bool:
    """A light verb whose object is itself a trigger ("launched an attack"): the noun codes the event."""
    if not lexicon.has_role(verb.lemma_.lower(), "light"):
        return False
    # ("an attack was launched": the passive's subject is the object)
    return any(c.dep_ in ("dobj", "attr", "nsubjpass") and c.i in matches and matches[c.i].pos == "NOUN" for c in verb.children)


def acts_by_means(verb: Token, matches: Mapping[int, TriggerMatch]) -> bool:
    """ "Moscow retaliated by expelling American diplomats": the means says what was done, and is coded instead."""
    return any(p.dep_ == "prep" and p.lower_ == "by" and any(c.dep_ == "pcomp" and c.i in matches for c in p.children)
               for p in verb.children)


def effect_of_event(verb: Token, matches: Mapping[int, TriggerMatch], index: MentionIndex, lexicon: Lexicon) -> bool:
    """ "a strike that shut down the capital", "the protests paralysed Bangkok": a disruption whose subject is an
    event tells what that event did, and is no event of its own."""
    if not disrupts(verb, frozenset(lexicon.roles["disruption"])):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "a strike that shut down ...": the relative pronoun stands for the noun
    if subject is None or subject.i in index.by_token:
        return False  # "protesters shut down the capital": people act, not an event
    match = matches.get(subject.i)
    return match is not None and match.pos == "NOUN"


# Events that undo the measure their phrase's object names.
_UNDOING = frozenset({"CONCEDE", "RETREAT"})


def object_of_same_event(noun: Token, match: TriggerMatch, matches: Mapping[int, TriggerMatch], lexicon: Lexicon) -> bool:
    """ "signed a treaty", "accepted the demands": the verb codes the event (a light verb yields to its noun instead)."""
    head = noun.head
    if lexicon.has_role(head.lemma_.lower(), "light"):
        return False
    if noun.dep_ == "nsubjpass" and head.i in matches and noun in matches[head.i].tokens:
        return True  # "sanctions on Iran were lifted": the passive's subject is the object of the verb's phrase
    if noun.dep_ == "dobj" and head.i in matches and matches[head.i].pos == "VERB":
        undoing = matches[head.i].entries[0]
        if noun in matches[head.i].tokens and (undoing.event in _UNDOING or (undoing.event == "SANCTION" and undoing.mode in ("discontinue", "withdraw"))):
            return True  # "lifted its sanctions", "ended their strike", "ended its aid": what is undone or ended is no new act
        # "deflected Ankara's complaints" keeps both: the noun names an actor of its own.
        return not any(c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON") for c in noun.children)
    # "met in Geneva for their first summit": one meeting, already coded by the verb.
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in matches:
        return matches[head.head.i].entries[0].event == match.entries[0].event
    return False


# Events that are things said: a participle of one beside a verb is said alongside it.
_SPEECH_ACTS = {"REQUEST", "ACCUSE", "THREATEN"}


def inside_content_of_other(trigger: Token, matches: Mapping[int, TriggerMatch], lexicon: Lexicon) -> bool:
    """The trigger lies in what another event demands, alleges or threatens ("accused X of helping Y")."""
    own = matches.get(trigger.i)
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not any(c.dep_ == "mark" for c in trigger.children) \
            and own is not None and own.entries[0].event in _SPEECH_ACTS:
        return False  # "called Erdoğan, urging him to curtail the operation": a demand made alongside, not what is asked
    current = trigger
    happened = False  # a past or perfect clause on the way up: "insisting ... it had carried out a test"
    for _ in range(5):
        if (current.dep_ not in _CLIMB_DEPS and not infinitive_clause(current)) or current.head == current:
            return False
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in current.children):
            return False
        if current.dep_ == "pcomp" and current.head.lower_ in _ADVERBIAL_MARKS and lexicon.has_role(current.head.head.lemma_.lower(), "content"):
            return False  # "after releasing the soldiers, Turkey called for talks": the demand's own time, not what is asked
        if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return False  # "were not charged, and the authorities have called on ...": a clause of its own, with its own subject
        if current.dep_ == "prep" and current.lower_ in _OCCASION_PREPOSITIONS and current.head.i in matches and current.head.pos_ == "VERB":
            return False  # the occasion of the demand itself, not what it demands
        happened = happened or verb_tense(current) in ("past", "perfect")
        below, current = current, current.head
        other = matches.get(current.i)
        if other is not None and other.entries[0].event == "REQUEST" and happened:
            return False  # what already happened is not what is demanded
        if other is not None and other.pos == "NOUN" and other.entries[0].event in _CONTENT_NOUN_EVENTS and _that_clause(below):
            return True  # "his insistence that Turkey not attack", "allegations that Russia hacked"
        if asked_for(current, below, {i for i, m in matches.items() if m.pos == "NOUN" and m.entries[0].event == "REQUEST"}):
            return True
        if other is not None and other.pos == "VERB" and lexicon.has_role(current.lemma_.lower(), "content"):
            # A denial or refusal keeps the denied event, which its status marks negated.
            return lexicon.status_cues["governor"].get(current.lemma_.lower()) != "negated"
    return False


def _that_clause(clause: Token) -> bool:
    return clause.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
