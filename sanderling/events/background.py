"""Words that set an event years back, as background to the news rather than the news itself.

A span of years the event fills ("over the last three years", "for decades"), a count of years back to it
("four years since Russia annexed Crimea", "seven years after expelling it"), a course of events it belongs
to ("a long history of rebellion", "years of fighting") or a modifier of long duration ("a decades-long
insurgency") each recall what happened well before the story. The words are cues in ``data/status_cues.tsv``
(``span``, ``course``, ``modifier``, ``penalty``); this module finds them in the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from sanderling.events.tenses import verb_tense

_LOOKING_BACK = frozenset({"last", "past", "previous", "recent"})
_LOOKING_AHEAD = frozenset({"next", "coming", "following", "upcoming"})


def recalled_as_background(trigger: Token, anchor: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """The word that sets the event years back, if any."""
    if _superlative(trigger):
        return None  # "the heaviest barrage in three years" is this week's, measured against those years
    for token in _clause_of(anchor):
        cue = _span_filled(token, cues) or _counted_back(token, cues) or _early_in_conflict(token, cues)
        if cue is not None:
            return cue
    if trigger.pos_ in ("NOUN", "PROPN"):
        return _course_of(trigger, cues) or _long_lasting(trigger, cues) or _span_filled(trigger, cues) or _counted_back(trigger, cues)
    return None


def _clause_of(anchor: Token) -> list[Token]:
    """The verb and the verbs it continues: "annexed Crimea and helped to foment a rebellion" is one span back."""
    chain = [anchor]
    current = anchor
    for _ in range(3):
        if current.dep_ not in ("conj", "xcomp") or current.head == current:
            break
        if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            break  # a conjoined clause with a subject of its own keeps its own time
        current = current.head
        chain.append(current)
    return chain


def _years(noun: Token, cues: dict[str, dict[str, str]]) -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and cues["span"].get(noun.lemma_.lower()) is not None


def _span_filled(verb: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """ "captured over the last three years", "in recent years", "For more than a decade, ... included", "have fought
    for years": the event fills years reaching back to now. A "for" span after the verb is the length of what was done
    only when the verb is a perfect ("has been detained for two years") or the span is years without count ("for
    decades"); "was jailed for ten years" is the length of a penalty, which reaches ahead. "the heaviest barrage in
    the past three years" compares this week's barrage with those years."""
    if _superlative(verb):
        return None
    # "has been blockading Kosovo's exports for two years": the parse may hang the span on the object
    progressive = verb.tag_ == "VBG" and any(c.lower_ == "been" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"] if progressive else []
    for prep in [*verb.children, *(p for o in objects for p in o.children)]:
        if prep.dep_ != "prep":
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and _years(c, cues)):
            modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det")}
            if modifiers & _LOOKING_AHEAD:
                continue
            if prep.lower_ in ("over", "in", "during", "throughout", "within") and (modifiers & _LOOKING_BACK or (noun.tag_ == "NNS" and "the" in modifiers and len(modifiers) == 1)):
                return prep  # "over the past decade", "over the years"
            if prep.lower_ != "for" or cues["penalty"].get(verb.lemma_.lower()):
                continue
            # "for years", not "for his years of service", which is a reason
            uncounted = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "amod", "poss") for c in noun.children)
            if prep.i < verb.i or uncounted or verb_tense(verb) == "perfect" or _perfect_participle(verb):
                return prep
    return None


def _superlative(token: Token) -> bool:
    """ "the most intensive barrage", "the worst attack": its span is the range of the comparison."""
    return any(c.tag_ in ("JJS", "RBS") or any(g.tag_ == "RBS" for g in c.children) for c in token.children if c.dep_ in ("amod", "advmod"))


def _perfect_participle(verb: Token) -> bool:
    """ "having been captured", "a pastor detained for two years": a participle of a state lasting up to now."""
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.lower_ == "having" and c.dep_ == "aux" for c in verb.children))


def _counted_back(token: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """ "seven years after expelling it", "two years after the invasion", "It is more than four years since Russia
    annexed Crimea": what lies that many years before the time told of."""
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ in ("after", "since"):
        if any(c.dep_ == "npadvmod" and _years(c, cues) for c in token.head.children):
            return token.head
    if token.dep_ == "advcl":
        mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in ("after", "since")), None)
        if mark is None:
            return None
        if any(c.dep_ == "npadvmod" and _years(c, cues) for c in token.children):
            return mark  # "Two years after the rebels took the city"
        if token.head.lemma_ == "be" and any(c.dep_ in ("attr", "npadvmod") and _years(c, cues) for c in token.head.children):
            return mark  # "It has been a decade since the two countries fought"
    return None


def _course_of(noun: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """ "a long history of rebellion", "years of fighting", "a decade of war": one of a course of events recalled."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    whole = noun.head.head
    if cues["course"].get(whole.lemma_.lower()):
        return whole
    if _years(whole, cues) and not any(c.lower_ in _LOOKING_AHEAD for c in whole.children):
        counted = whole.tag_ == "NNS" or any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in whole.children)
        return whole if counted else None
    return None


def _long_lasting(noun: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """ "a decades-long insurgency", "the long-running conflict", "a longstanding dispute"."""
    for child in noun.children:
        if child.dep_ == "amod":
            words = "".join(t.text_with_ws for t in noun.doc[child.left_edge.i:child.i + 1]).strip().lower()
            if cues["modifier"].get(words) == "historical":
                return child
    return None


def object_long_lasting(verb: Token, cues: dict[str, dict[str, str]], carried_by: bool) -> Token | None:
    """ "has fought a decades-long insurgency", "waged a years-long campaign": a verb that carries out its object
    (``carried_by``) does so over the object's years; "ended a decades-long conflict" is news."""
    if not carried_by:
        return None
    return next((cue for c in verb.children if c.dep_ == "dobj" for cue in [_long_lasting(c, cues)] if cue is not None), None)


def _early_in_conflict(verb: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """ "deployed earlier in the war", "sent advisers at the start of the uprising", "has backed the rebels throughout
    the war": a time in a long conflict's past, or the whole of it. "later in the war" may be the news."""
    if verb_tense(verb) not in ("past", "perfect"):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("early", "earlier") for p in c.children if p.dep_ == "prep"]
    for prep in preps:
        if verb_tense(verb) == "perfect" and _toll_of_conflict(prep, cues):
            return prep
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            early = prep.head.lower_ in ("early", "earlier") or prep.lower_ == "throughout"
            if early and cues["conflict"].get(noun.lemma_.lower()):
                return prep
            if cues["outset"].get(noun.lemma_.lower()) and any(
                    of.lower_ == "of" and any(cues["conflict"].get(w.lemma_.lower()) for w in of.children if w.dep_ == "pobj")
                    for of in noun.children if of.dep_ == "prep"):
                return prep
    return None


def _toll_of_conflict(prep: Token, cues: dict[str, dict[str, str]]) -> bool:
    """ "have been killed in the war", "have already died because of this war", "as a result of the conflict": a perfect
    summing what a war has done is its toll over the years, not one new event."""
    if prep.lower_ not in ("in", "during", "because", "as"):
        return False
    chain = [prep]
    for _ in range(2):
        chain += [p for c in chain[-1].children if c.dep_ in ("pobj", "pcomp") and c.lower_ in ("of", "result") for p in [c, *c.children] if p.dep_ == "prep" or p.lower_ == "of"]
    return any(cues["conflict"].get(c.lemma_.lower()) and c.dep_ == "pobj" and not any(g.dep_ == "amod" and g.lower_ in ("new", "latest") for g in c.children)
               for p in chain for c in p.children)
