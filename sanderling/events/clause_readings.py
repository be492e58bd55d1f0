"""Readings of a trigger that its clause shows to report no event (tests of data/other_senses.tsv).

"Those who kill and those who maim", "Trump tends to side with", "To ignore his plight threatens ...",
"Canada's ability to provide assistance", "her relief is palpable", "support for the Taliban is high",
"the two leaders agreed the regime was responsible": the word keeps its sense, but the clause says what anyone
does, what someone tends or is able to do, what someone feels, how widely a view is held, or what is so, not
that anyone did anything. Each reading takes the trigger and the row's ``words``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token


def _felt(noun: Token, pronouns: frozenset[str]) -> bool:
    """ "her relief is palpable": what a person feels (not "relief for the refugees")."""
    return any(c.dep_ == "poss" and c.lower_ in pronouns for c in noun.children) \
        and not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in noun.children)


def _how_widely_held(noun: Token, levels: frozenset[str]) -> bool:
    """ "support for the Taliban is high", "support for the war has waned", "aid is scarce": how much of it there
    is, not an act."""
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    return verb.lemma_.lower() in levels or (verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in levels for c in verb.children))


def _anonymity(verb: Token, words: frozenset[str]) -> bool:
    """ "who refused to be named", "declined to be identified": a source's anonymity, not a refusal between parties."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in words and any(a.dep_ == "auxpass" for a in c.children) for c in verb.children)


def _describes(participle: Token, _: frozenset[str]) -> bool:
    """ "the base, equipped with twenty shelters", "men armed with knives": a participle that says what something
    has, with no one named who gave it."""
    return participle.tag_ == "VBN" and participle.dep_ in ("acl", "amod", "advcl") \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in participle.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in participle.children)


def _as_once_said(verb: Token, _: frozenset[str]) -> bool:
    """ "As Thucydides warned, war has its own logic": a nod to what someone once said, with nothing said here."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in verb.children)


def _states_what_is(clause: Token) -> bool:
    """A clause in the past or present indicative with no modal: what is or was so, not what anyone will do."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxiliaries):
        return False
    return clause.tag_ in ("VBD", "VBZ", "VBP") or any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxiliaries)


def _shared_view(verb: Token, _: frozenset[str]) -> bool:
    """ "the two leaders agreed the regime had a pattern of dangerous behaviour": a view of what is or was, no
    commitment to act ("agreed that the talks would resume" is one)."""
    return not any(c.dep_ in ("dobj", "xcomp") for c in verb.children) and any(c.dep_ == "ccomp" and _states_what_is(c) for c in verb.children)


def _standing(noun: Token, changes: frozenset[str]) -> bool:
    """ "the US military presence in Syria": troops that are there, an event only when it is changed ("increased its
    military presence", "Iran's expanding presence")."""
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj") else None
    verb = verb.head if verb is not None and verb.dep_ in ("prep", "prt") else verb
    changed = verb is not None and verb.lemma_.lower() in changes
    return not changed and not any(c.dep_ == "amod" and c.lemma_.lower() in changes for c in noun.children)


def _remark(verb: Token, _: frozenset[str]) -> bool:
    """ "It is striking how ...", "it is striking that ...": a remark on what follows."""
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) and not any(c.dep_ in ("dobj", "prep") for c in verb.children) \
        and any(c.dep_ == "ccomp" for c in verb.children)


def _said_of_anyone(verb: Token, generic: frozenset[str]) -> bool:
    """ "Everyone talks about Syrians", "those who kill and those who maim", "anyone giving him support": a subject
    that is anyone at all, with a verb in the simple present or a participle, says what holds in general. A past
    tense tells of a particular act ("those who attacked the embassy were caught")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ in ("relcl", "acl") and (subject is None or subject.tag_ in ("WP", "WDT")):
        subject = verb.head
    if subject is None:
        return False
    words = {subject.lower_, " ".join(t.lower_ for t in subject.subtree if t.i <= subject.i)}
    if not words & generic:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    simple_present = verb.tag_ in ("VBP", "VBZ") and not auxiliaries
    return simple_present or (verb.dep_ == "acl" and verb.tag_ == "VBG")


def _able_to(trigger: Token, abilities: frozenset[str]) -> bool:
    """ "Canada's ability to provide consular assistance is limited", "the right to strike": what someone can or may
    do. A noun trigger is read through the verb whose object it is ("ability to provide assistance")."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" else trigger
    return verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in abilities and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _habit(verb: Token, inclinations: frozenset[str]) -> bool:
    """ "Trump tends to side with strongmen": what someone is inclined to do, no one act."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in inclinations


def _act_as_subject(verb: Token, _: frozenset[str]) -> bool:
    """ "To ignore his plight threatens our values": an act named as a subject, done by no one in particular."""
    return verb.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)


def _criticised(noun: Token, grounds: frozenset[str]) -> bool:
    """ "has come under fire for his decision", "came under fire over the deal": criticism for what someone did or
    said ("came under fire for three hours from a tank" names no ground)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return False
    verb = noun.head.head
    # ("came under fire for the alleged embezzlement": whatever it is for, unless a stretch of time)
    return any(p.dep_ == "prep" and p.lower_ in ("for", "over")
               and any(g.dep_ == "pobj" and (g.lemma_.lower() in grounds or (g.lemma_.lower() not in _SPELLS and g.like_num is False and g.ent_type_ not in ("TIME", "DATE")))
                       for g in p.children)
               for p in verb.children)


# Stretches of time a unit under fire may be fired on for ("for three hours", "for the second time").
_SPELLS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "time", "while", "moment"})


def _fell_ill(verb: Token, ailments: frozenset[str]) -> bool:
    """ "Her daughter grew sick and died", "he fell ill and died": a death from illness."""
    first = verb.head if verb.dep_ == "conj" else None
    return first is not None and first.i < verb.i and any(c.dep_ in ("acomp", "oprd", "xcomp", "advmod") and c.lower_ in ailments for c in first.children)


def _finds(noun: Token, verbs: frozenset[str]) -> bool:
    """ "its tests showed the sample was a nerve agent": what a test or a check finds is an analysis. A kind named
    before the noun ("the missile test showed ...") keeps the weapons reading."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in verbs and not any(c.dep_ in ("compound", "amod") for c in noun.children)


def _feeling_in_the_singular(noun: Token, _: frozenset[str]) -> bool:
    """ "his hostility towards Greece", "hostility persists": the singular names a feeling; the plural names the
    fighting ("a cessation of hostilities")."""
    return noun.tag_ == "NN"


def _habitual(verb: Token, frequencies: frozenset[str]) -> bool:
    """ "They always complain when something goes wrong", "the army routinely detains": a simple present with an
    adverb of frequency says what someone does as a rule, no one act."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBP", "VBZ") and not auxiliaries and any(c.dep_ == "advmod" and c.lower_ in frequencies for c in verb.children)


def _needed(noun: Token, wants: frozenset[str]) -> bool:
    """ "children in urgent need of evacuation", "the camp needs aid", "aid is needed": what is wanted, no one gives it."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in wants:
        return True
    preposition = noun.head if noun.dep_ == "pobj" else None
    return preposition is not None and preposition.lower_ == "of" and preposition.head.lemma_.lower() in wants


def _purpose(verb: Token, ends: frozenset[str]) -> bool:
    """ "fled the US to join Isis", "fled to Syria with two friends to marry a fighter": a journey made to join or wed
    someone is a choice, no one drove the traveller out ("fled to Turkey to escape the bombing" is flight). The
    parse may hang the infinitive on a noun of the verb's phrase, so any one below it with no verb between counts."""
    for token in verb.subtree:
        if token.lemma_.lower() not in ends or not any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children):
            continue
        between = token.head
        while between.i != verb.i and between.pos_ not in ("VERB", "AUX") and between.head.i != between.i:
            between = between.head
        if between.i == verb.i and not any(c.dep_ == "nsubj" for c in token.children):
            return True
    return False


def _shows_something(verb: Token, _: frozenset[str]) -> bool:
    """ "demonstrating Russia's new clout", "it demonstrates how reckless Russia is": a verb of protest that takes an
    object or a clause says what something shows; protesters demonstrate without one ("demonstrated outside the
    embassy", "demonstrated against the war")."""
    return any(c.dep_ in ("dobj", "ccomp") for c in verb.children)


CLAUSE_READINGS: dict[str, Callable[[Token, frozenset[str]], bool]] = {
    "possessor": _felt,
    "level": _how_widely_held,
    "passive_complement": _anonymity,
    "described": _describes,
    "as_clause": _as_once_said,
    "assessment": _shared_view,
    "standing": _standing,
    "expletive": _remark,
    "generic_subject": _said_of_anyone,
    "capability": _able_to,
    "habit": _habit,
    "infinitive_subject": _act_as_subject,
    "criticised": _criticised,
    "fell_ill": _fell_ill,
    "finding": _finds,
    "singular": _feeling_in_the_singular,
    "habitual": _habitual,
    "needed": _needed,
    "purpose": _purpose,
    "transitive": _shows_something,
}
