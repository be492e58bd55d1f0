"""When an event happened: the time expression attached to it, else the narrative time.

Order of preference (issue 3): an expression attached to the event's own
words through the parse (``explicit``); one in its sentence or the
paragraph's narrative time (``inferred``); the publication date
(``published``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from sanderling.events.sayings import in_reported_speech
from sanderling.events.tenses import is_pluperfect, purpose_clause, verb_tense
from sanderling.events.tree import in_clause_of, object_sharers, verb_above
from sanderling.model import Timex
from sanderling.times.ranges import timex_range

# Events more than this far before publication are background, not news.
HISTORICAL_GAP = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class AnchoredTimex:
    """A time expression with its tokens in the parse and its value as an event date."""

    timex: Timex
    span: Span
    event_date: str | None  # None for durations and sets, which do not date an event


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None
    text: str | None
    basis: str
    how: str = ""  # for people: which rule chose the date
    # When the event has no date of its own, a time its story is set in: it lies at or before it ("who was
    # also killed", "had fled") or within a sentence told of it ("the 1982 massacre, when troops rounded up ...").
    set_in: str | None = None


def anchor_timexes(doc: Doc, timexes: list[Timex], published: date) -> list[AnchoredTimex]:
    anchored = []
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        anchored.append(AnchoredTimex(timex, span, _event_date(timex, published)))
    return anchored


def _event_date(timex: Timex, published: date) -> str | None:
    if timex.type not in ("DATE", "TIME"):
        return None
    value = timex.value
    if value == "PRESENT_REF":
        return published.isoformat()
    if "T" in value and not value.endswith("_REF"):
        value = value.split("T", 1)[0]
    # An event is dated to the day, week or month: "this weekend" is its week.
    value = value.removesuffix("-WE")
    return value or None


def _attached(timex: AnchoredTimex, tokens: set[int], anchor: Token, *, through_anchor: bool = True) -> bool:
    """True when the expression modifies the event's own words ("met on Monday", "last week launched").

    The path from the expression up to the event may pass only through
    prepositions: "the 2020 election" dates the election, not a verb above it.
    Without ``through_anchor``, only the trigger's own words count, not the verb a noun hangs on.
    """
    # "the latest violence in Ghouta, where 1,300 died in 2013": a clause about a participant inside the phrase has its own time.
    side_clause = _describing_clause(timex.span.root, None, timex)
    if side_clause is not None and side_clause.head.i in tokens and side_clause.head.head.i in tokens:
        return False  # (a clause about the event's own noun, "the congress, which opens on 18 November", dates it)
    current, below = timex.span.root, None
    for _ in range(6):
        if current.i in tokens or (through_anchor and current.i == anchor.i):
            return True
        if current.head == current or (below is not None and not _transparent(current, below)):
            return False
        current, below = current.head, current
    return False


def _in_clause_about(timex: AnchoredTimex, anchor: Token) -> bool:
    """ "echoes of 2003, when Turkey refused to back the invasion": a relative clause about a time is at that time."""
    current = anchor
    for _ in range(4):
        if current.dep_ == "relcl":
            return current.head in timex.span
        if current.head == current:
            return False
        current = current.head
    return False


def _dates_a_governing_clause(timex: AnchoredTimex, anchor: Token) -> bool:
    """The expression dates the event's own clause or one above it, not a side clause.

    In "the town, which was under Isis control until 2016, is under threat
    after its forces attacked in January", neither 2016 nor January dates the threat.
    """
    verb = verb_above(timex.span.root)
    if verb is None:
        return False
    # "have fought to liberate the town since 2014": an infinitive complement belongs to its verb's event.
    complement = verb.head == anchor and (verb.dep_ == "xcomp" or purpose_clause(verb))
    governs = in_clause_of(timex.span.root, anchor) and _describing_clause(anchor, verb, timex) is None
    return governs or complement or _simultaneous_clause_of(verb, anchor)


# Who or what a clause describes, when the clause has a time of its own: people, groups and places.
_PARTICIPANT_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
_PERSONAL_RELATIVES = frozenset({"who", "whom", "whose"})


def _describing_clause(anchor: Token, above: Token | None, timex: AnchoredTimex | None = None) -> Token | None:
    """The relative clause about a participant that the event sits in, below ``above`` (None: anywhere).

    A relative clause that describes a person, group or place tells of that participant, at a time of its
    own: in "Hill, until last autumn the reviewer, argued against prosecuting citizens who were coerced to
    join Isis", the coercion is not of last autumn, nor is "Ghouta, which has been under siege for years"
    of this morning's bombing. A clause about an event ("an attack that targeted a mosque") or about a
    time ("in 2015, when the ceasefire broke down") shares the time of its antecedent.
    """
    current = anchor
    while current != above and current.head != current:
        if current.dep_ == "relcl" and _about_a_participant(current, timex):
            return current
        current = current.head
    return None


def _about_a_participant(clause: Token, timex: AnchoredTimex | None) -> bool:
    antecedent = clause.head
    if timex is not None and antecedent in timex.span:
        return False
    personal = any(t.lower_ in _PERSONAL_RELATIVES for c in clause.children for t in (c, *c.children))
    return personal or antecedent.ent_type_ in _PARTICIPANT_ENTITIES


def _simultaneous_clause_of(verb: Token, anchor: Token) -> bool:
    """ "were killed when US forces carried out strikes last week": a 'when' clause shares its head's time."""
    return verb.dep_ == "advcl" and verb.head == anchor and any(c.dep_ == "advmod" and c.lower_ in ("when", "as", "while") for c in verb.children)


def dates_speech(timex: AnchoredTimex, speech_lemmas: frozenset[str]) -> bool:
    """ "said on Tuesday that ...": the expression dates the saying."""
    verb = verb_above(timex.span.root, limit=3)
    return verb is not None and verb.lemma_.lower() in speech_lemmas


def _transparent(token: Token, below: Token) -> bool:
    """Prepositions, the place a time phrase got attached to by mistake ("met in Geneva on Monday"), and the
    occasion a clause happens at, dated by a preposition ("during a visit to Jerusalem on Sunday, Bolton said";
    not "included in year-end spending measures")."""
    return token.dep_ == "prep" or (token.dep_ == "pobj" and token.ent_type_ in ("GPE", "LOC", "FAC")) or (below.dep_ == "prep" and _occasion(token))


# Prepositions that put a clause inside an occasion ("during his visit", "at a news conference", "in an interview"),
# unlike "after the summit" or "before the vote".
_INSIDE_AN_OCCASION = frozenset({"during", "at", "in"})


def _occasion(noun: Token) -> bool:
    """A noun that a clause happens inside of, through prepositions only: its time is the clause's time."""
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return False
    preposition = noun.head
    for _ in range(3):
        if preposition.dep_ != "prep":
            return False
        if preposition.head.pos_ in ("VERB", "AUX"):
            return preposition.lower_ in _INSIDE_AN_OCCASION
        preposition = preposition.head
    return False


def clause_level(timex: AnchoredTimex) -> bool:
    """The expression dates a clause (it hangs off a verb), not a noun phrase."""
    current = _governing_preposition(timex) or timex.span.root
    for _ in range(3):
        if current.head == current:
            return False
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return True
        if current.dep_ != "prep" and current.pos_ != "ADP":
            return False
    return False


# Prepositions that put a clause at the time of their object ("at this weekend's conference", "by Friday"),
# unlike "after Sunday's attack" or "since last year's election".
_AT_THE_TIME = frozenset({"at", "on", "in", "during", "by", "over", "throughout", "within"})


def _governing_preposition(timex: AnchoredTimex) -> Token | None:
    """The preposition just before the expression, when it governs it ("was by Wednesday night redundant").

    The parse sometimes hangs a time noun on the word after it; the preposition still shows what it dates.
    """
    start = timex.span.start
    if start == 0:
        return None
    before = timex.span.doc[start - 1]
    # ("On Sunday Mr Trump threatened": the parse made "Sunday" part of the name and left "On" without an object.)
    governs = before in timex.span.root.ancestors or not any(c.dep_ == "pobj" for c in before.children)
    if before.dep_ == "prep" and before.lower_ in _AT_THE_TIME and governs:
        return before
    return None


def date_event(
    *,
    trigger_tokens: set[int],
    anchor: Token,
    sentence: Span,
    sentence_timexes: list[AnchoredTimex],
    narrative: AnchoredTimex | None,
    published: date,
    speech_lemmas: frozenset[str] = frozenset(),
    tensed: Token | None = None,
    said_on: dict[int, EventDate] | None = None,
    word_tokens: set[int] | None = None,
) -> EventDate:
    """``tensed`` is the verb whose tense the event's clause has, when the anchor has none of its own
    ("retaliated by expelling diplomats": the past of "retaliated"); ``said_on``, the dates of verbs of
    saying known from elsewhere in the text (a speaker's dated occasion); ``word_tokens``, the trigger's own
    words when ``trigger_tokens`` is its whole phrase."""
    usable = [t for t in sentence_timexes if t.event_date]
    # "imposed sanctions in April and expelled diplomats": a conjoined verb shares its head's time.
    shares_clause = anchor.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children)
    heads = [anchor] + ([anchor.head] if shares_clause else []) + object_sharers(anchor)
    # "spent months in jail last year after his arrest in July": a time on the event's own noun comes before one on the verb it hangs on.
    own = [t for t in usable if _attached(t, word_tokens if word_tokens is not None else trigger_tokens, anchor, through_anchor=False)]
    for head in heads:
        for timex in own + [t for t in usable if t not in own]:
            if _attached(timex, trigger_tokens if head == anchor else set(), head) or _in_clause_about(timex, head):
                return EventDate(timex.event_date, timex.timex.text, "explicit", "the expression on the event's words")
    # Only expressions that date a clause, and not the clause of saying ("said on Tuesday that ..."), date other events.
    clause_dated = [t for t in usable if clause_level(t) and not dates_speech(t, speech_lemmas) and _dates_a_governing_clause(t, anchor)]
    tense = verb_tense(tensed or anchor)
    if tense in ("past", "perfect"):
        # "will hold talks on Tuesday, after he placed conditions": what is told as done is not dated by a time yet to come.
        clause_dated = [t for t in clause_dated if not points_ahead(t, published)]
        if tense == "perfect":
            # "fought a war in 2006 and officials have warned that ...": the present perfect takes no finished past time of
            # another clause ("*have warned in 2006"), only one that reaches now ("this year", "recently").
            # A span "since" a time does reach now ("have fought since September 2014").
            clause_dated = [t for t in clause_dated if _since(t, anchor) or (covered := timex_range(t.event_date)) is None or covered[1] >= published]
    elif tense == "present":
        # "is vowing to win the fight someday": a time ahead in an infinitive complement is the aim's, not the vowing's
        # (but "will discuss what to do next week" is dated by the week, however the parse hangs it)
        clause_dated = [t for t in clause_dated if not (points_ahead(t, published) and _in_complement_of(t, anchor))]
    if clause_dated:
        nearest = min(clause_dated, key=lambda t: abs(t.span.root.i - anchor.i))
        verb = tensed or anchor
        if is_pluperfect(verb) and verb_above(nearest.span.root) != verb and not in_reported_speech(verb, speech_lemmas):
            # "In July 2017, reports emerged that Cantlie had been killed": a past perfect lies before the time of the clause
            # above it (a verb of saying reports what had just been done: "announced on Tuesday it had postponed the talks").
            return EventDate("PAST_REF", None, "inferred", "before the time of the clause above it", set_in=nearest.event_date)
        return EventDate(nearest.event_date, nearest.timex.text, "inferred", "the expression dating its clause")
    span = _span_up_to_now(sentence_timexes, trigger_tokens, tensed or anchor)
    if span is not None:
        return EventDate("PAST_REF", span.timex.text, "inferred", "a span of time up to now")
    saying = _past_saying_above(tensed or anchor, speech_lemmas) if tense == "present" or _past_progressive(tensed or anchor) else None
    if saying is not None:
        # "Trump tweeted: 'The US is asking Britain ...'": a present reported after a past verb of saying is the time of
        # saying, and so is the past progressive that reports it ("announced in October that it was soliciting proposals").
        said_when = [t for t in usable if dates_speech(t, speech_lemmas) and verb_above(t.span.root, limit=3) == saying]
        if said_when:
            return EventDate(said_when[0].event_date, said_when[0].timex.text, "inferred", "the time of the saying that reports it")
        if said_on and saying.i in said_on:
            return said_on[saying.i]
        tense = "past"
    # "An incident in October 2016 confirmed the danger": a sentence with a time of its own has left the story's earlier time.
    own_time = any(not dates_speech(t, speech_lemmas) and not points_ahead(t, published) for t in usable)
    if narrative is not None and not own_time and tense in ("past", "perfect") and _describing_clause(tensed or anchor, None) is None and _narrative_reaches(narrative, tensed or anchor, tense, published, speech_lemmas):
        # "... was killed on Thursday night. Five others were wounded": the story's own time carries on.
        return EventDate(narrative.event_date, narrative.timex.text, "inferred", "the story's time from an earlier sentence")
    if tense == "perfect" and anchor.lemma_.lower() not in speech_lemmas:
        # "Kim has arrived in Russia": the present perfect of news reports what just happened.
        return EventDate(published.isoformat(), None, "published")
    if tense in ("past", "perfect"):
        setting = _set_in(anchor, tensed or anchor, usable, narrative, published, speech_lemmas) if tense == "past" else None
        return EventDate("PAST_REF", None, "inferred", set_in=setting)
    return EventDate(published.isoformat(), None, "published")


def _set_in(anchor: Token, verb: Token, usable: list[AnchoredTimex], narrative: AnchoredTimex | None, published: date,
            speech_lemmas: frozenset[str]) -> str | None:
    """The time a past event with no date of its own is set in.

    What a relative clause tells of a participant ("arrested in 2015 a man who fought for Isis") and what a
    past perfect tells ("In 2015 she left. Her mother had died") came before the time of the story around them;
    a past told in a sentence whose clauses are all dated long ago ("Interviewed in early 2012, Talabani said
    he welcomed ...") is of that past.
    """
    for timex in usable:
        clause = verb_above(timex.span.root)
        if clause is not None and clause_level(timex) and in_clause_of(timex.span.root, anchor) and _describing_clause(anchor, clause, timex) is not None:
            return timex.event_date
    # (not a time inside a clause that describes something: "Begum, who left in 2015, had her citizenship revoked")
    own = [t for t in usable if clause_level(t) and not dates_speech(t, speech_lemmas)
           and not any(a.dep_ in ("relcl", "acl") for a in (t.span.root, *t.span.root.ancestors))]
    if own and all(is_well_before(t.event_date, published) for t in own):
        return max(own, key=lambda t: t.span.start).event_date
    if narrative is None or any(c.dep_ == "advmod" and c.lower_ in _AFTERWARDS for c in verb.children):
        return None
    if _describing_clause(verb, None) is not None or (is_pluperfect(verb) and not in_reported_speech(verb, speech_lemmas)):
        return narrative.event_date
    return None


# The words that make a length of time reach back from now ("the past three years", "the last few months").
_BACK_FROM_NOW = frozenset({"past", "last", "previous"})


def _span_up_to_now(timexes: list[AnchoredTimex], tokens: set[int], verb: Token) -> AnchoredTimex | None:
    """A length of time the event's clause fills up to now: "has killed 60,000 fighters in the past three
    years", "having been captured over the last three years", "For more than a year the EU has said".

    What is told in the perfect over such a span, or in the past over "the past N years", is spread over
    it: no one day, and not the publication day.
    """
    tense = verb_tense(verb)
    perfect = tense == "perfect" or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "having" for c in verb.children)
    for timex in timexes:
        if timex.timex.type != "DURATION" or not _attached(timex, tokens, verb):
            continue
        if timex.span.root.dep_ in ("amod", "compound", "nmod") and timex.span.root.head.pos_ == "NOUN":
            continue  # "has ordered a five-hour pause": the length of the thing, not a span up to now
        back_from_now = any(t.lower_ in _BACK_FROM_NOW for t in timex.span)
        if (perfect and not _length_of_a_result(timex, verb)) or (tense == "past" and back_from_now):
            return timex
    return None


def _length_of_a_result(timex: AnchoredTimex, verb: Token) -> bool:
    """ "has been jailed for eight years": after a verb that is done at once, a "for" phrase
    measures what it brought about, not the time up to now. "has been fighting for three years",
    "has been under siege for years", "For more than a year the EU has said" reach up to now."""
    before = timex.span.doc[timex.span.start - 1] if timex.span.start > 0 else None
    if before is None or before.lower_ != "for" or before.i < verb.i or "X" in timex.timex.value:
        return False
    if any(t.lower_ in _BACK_FROM_NOW for t in timex.span) or verb.lemma_ == "be":
        return False
    return not any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children) or verb.tag_ != "VBG"


# Adverbs that put an event after the time the story was at ("He was later charged", "has since been released").
_AFTERWARDS = frozenset({"later", "since", "afterwards", "afterward", "subsequently", "eventually"})


def _narrative_reaches(narrative: AnchoredTimex, verb: Token, tense: str, published: date, speech_lemmas: frozenset[str]) -> bool:
    """Whether the time an earlier sentence set is this clause's time.

    The present perfect tells what holds up to now and takes no finished past time
    ("*has asked in 2015"): after "She left in 2015.", "She has asked to come home" is not of 2015.
    What is told as done was before "now" ("Rebels now hold the town. They took it ..."); a past perfect,
    outside reported speech, was before the story's time; "later" and "since" move past it.
    """
    if tense == "perfect":
        covered = timex_range(narrative.event_date)
        return covered is not None and covered[0] <= published <= covered[1]
    if narrative.timex.value == "PRESENT_REF" and verb_tense(verb) == "past":
        return False
    if is_pluperfect(verb) and not in_reported_speech(verb, speech_lemmas):
        return False
    return not any(c.dep_ == "advmod" and c.lower_ in _AFTERWARDS for c in verb.children)


def _since(timex: AnchoredTimex, anchor: Token) -> bool:
    """The time is where a span "since" it starts: "since late 2011", "since a barrage began last Sunday" (a "since"
    just before the time or between the verb and it, however the parse hangs it)."""
    start = min(anchor.i, max(0, timex.span.start - 3))
    return any(t.lower_ == "since" for t in timex.span.doc[start:timex.span.start])


def _past_progressive(verb: Token) -> bool:
    """ "was soliciting", "were fighting": what was going on at the time told."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ == "VBD" for c in verb.children)


def _past_saying_above(verb: Token, speech_lemmas: frozenset[str]) -> Token | None:
    """The verb of saying in the past whose reported clause ``verb`` heads ("said the talks are over")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in speech_lemmas:
        return None
    return verb.head if verb_tense(verb.head) == "past" else None


def _in_complement_of(timex: AnchoredTimex, anchor: Token) -> bool:
    verb = verb_above(timex.span.root)
    return verb is not None and verb != anchor and verb.head == anchor and verb.dep_ == "xcomp"


def points_ahead(timex: AnchoredTimex, published: date) -> bool:
    """The expression dates what is still to come: after publication, or "later this month"."""
    return is_after(timex.event_date, published) or timex.span[0].lower_ in ("later", "next", "coming", "upcoming")


def is_well_before(value: str | None, published: date) -> bool:
    """The date ends more than two weeks before publication: recalled background."""
    if value == "PAST_REF":
        return False
    covered = timex_range(value)
    return covered is not None and covered[1] < published - HISTORICAL_GAP


def is_after(value: str | None, published: date) -> bool:
    if value == "FUTURE_REF":
        return True
    covered = timex_range(value)
    return covered is not None and covered[0] > published
