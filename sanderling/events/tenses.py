"""The tense an event's verb is told in: past, perfect, present, past perfect, background perfect.

Dating and status both ask it: what is told in the past perfect lies before the story's own time,
and a present perfect reaching back "since March 2018" is background, not the day's news.
"""

from __future__ import annotations

from spacy.tokens import Token


def purpose_clause(verb: Token) -> bool:
    """ "fought to liberate": an infinitive clause of purpose."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def verb_tense(verb: Token) -> str | None:
    """ "past" ("criticised", "was killed"), "perfect" ("has told"), "present", or None for a non-verb or future."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll", "wo") for a in auxiliaries):
        return None
    if any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
        return "perfect"
    # "Trump tweeted: ..." tagged as a participle: with a subject and no auxiliary it is a finite past.
    finite_participle = verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children)
    if (verb.tag_ == "VBD" or finite_participle) and not auxiliaries or any(a.tag_ == "VBD" for a in auxiliaries if a.lemma_ in ("be", "do", "have")):
        return "past"
    return "present"


def is_pluperfect(verb: Token) -> bool:
    """ "had stuck", "had been lifted": an event before the story's own time."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children) and verb.tag_ == "VBN"


def is_background_perfect(verb: Token) -> bool:
    """ "has held four meetings since March 2018", "forces who have fought with the US", "the talks follow
    invitations since Kim embarked on his overtures": recalled background."""
    tense = verb_tense(verb)
    if tense not in ("perfect", "present"):
        return False
    clause = [verb, *(c for c in verb.children if c.dep_ == "xcomp" or purpose_clause(c))]
    # "since March 2018", "since Kim embarked on his overtures": a span reaching back.
    since = [c for v in clause for c in v.children if c.lower_ == "since" and c.dep_ in ("prep", "mark")]
    # A "since" clause in the past is a time ("since Kim embarked"); in the present it is a reason ("since they do not believe").
    since += [c for v in clause for c in v.children if c.dep_ == "advcl" and verb_tense(c) == "past" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)]
    return bool(since) or (tense == "perfect" and verb.dep_ == "relcl")


def tensed_verb(verb: Token) -> Token:
    """The verb whose tense a participle clause shares ("had stuck to its proxies, ... deflecting complaints")."""
    for _ in range(3):
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "retaliated by expelling": the means has the tense of what it is the means of
            continue
        if verb.tag_ != "VBG" or verb.dep_ not in ("conj", "advcl") or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
            break
        verb = verb.head
    return verb
