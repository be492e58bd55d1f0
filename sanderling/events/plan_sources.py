"""Whose words make an event a plan.

PLOVER reads a promise, a threat or a refusal (AGREE, THREATEN, REJECT), and the concession of an announced
withdrawal (CONCEDE), out of an event that lies ahead only when the side that would act makes it known:
"Turkey said it would attack the Kurds" is Turkey's threat; "analysts said Turkey would attack" and an
article's own "Turkey will attack" forecast or schedule. A word of the actor's own intention states the plan
by itself ("vowed to", "plans to", "his decision to"); a plain "will" or "would" needs a verb of saying above
it whose speaker is the acting side, its government or spokesperson ("his office said", "we will ...,"
he said). Getting ready ("are preparing to reopen embassies") is a deed, and states a plan only as "will" does,
through such a verb of saying. A plan asked about ("whether Turkey would ..."), believed ("they believed
the militias would ...") or not confirmed ("has not confirmed it will attend") is stated by no one.

Roles (``data/trigger_roles.tsv``): ``forecast``, ``belief``, ``pronouncement``, ``preparation`` and
``commentator``, with ``speech``, ``report`` and ``intent``; a verb that withholds what it governs is a
``negated`` governor of ``data/status_cues.tsv`` ("refused to say").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sanderling.events.arguments import MentionIndex
from sanderling.events.lexicon import Lexicon
from sanderling.model import Actor

# The ways up from a plan to the words that carry it: "said [it would] attack", "vowed [to] attack",
# "ready [to] attack", "his decision [to] withdraw", "the announcement [that troops] will leave".
_UP = frozenset({"ccomp", "xcomp", "conj", "advcl", "acomp", "acl", "oprd"})
_PRONOUNS = frozenset({"i", "we", "us", "me", "he", "she", "it", "they", "him", "her", "them"})
_QUESTION_WORDS = frozenset({"WDT", "WP", "WP$", "WRB"})


def stated_by_own_side(trigger: Token, anchor: Token, cue: Token, actors: Sequence[Actor], *, index: MentionIndex, lexicon: Lexicon,
                       purposes: bool = True) -> bool:
    """Whether the plan of the event of ``trigger``, in the clause of ``anchor`` and put ahead by ``cue``, is made
    known by the side of ``actors``: through a word of its own intention, or a verb of saying of its own side.
    With ``purposes``, what a stated act is for is stated with it ("would keep a force in Syria to fight Isis")."""
    if _counterfactual(anchor) or (_preparation(cue, lexicon) and cue == anchor):
        return False  # "would have killed me"; "was preparing for the strike", whoever would strike
    if cue == anchor and trigger != anchor and not _aimed_at(trigger, cue):
        return False  # "aiming for Assad's removal as a result of negotiations": the talks are not what is aimed at
    source = _carrier(anchor, lexicon)
    if isinstance(source, _Unstated):
        return False
    if not (_forecast(cue, lexicon) or _preparation(cue, lexicon)):
        # "vowed to", "is ready to", "plans to", "the decision to": the actor's own intention; not "seeks to",
        # "begged them to agree to", whose plan is unsaid or another's.
        return _states(cue, lexicon)
    if source is None or not _put_ahead_by(cue, anchor, purposes):
        return False
    subject = _plan_subject(anchor)
    if subject is not None and subject.dep_ == "csubj":
        return False  # "removing our troops will encourage our enemies": an effect foretold, not a plan
    if subject == trigger and any(c.dep_ in ("dobj", "attr", "acomp", "dative", "oprd") and c.lower_ not in _COMING_ABOUT for c in anchor.children):
        return False  # "withdrawal would be a mistake", "its withdrawal will leave them exposed": what it would do or be
    return _same_side(_speakers(source), actors, subject, index, lexicon)


# Objects of "take" by which an event comes about rather than does something: "a ceasefire would take hold".
_COMING_ABOUT = frozenset({"hold", "effect", "place"})


def _aimed_at(noun: Token, word: Token) -> bool:
    """ "vowed an offensive", "promised a ceasefire", "ready for talks": the event noun is the intent word's own object."""
    return noun.head == word or (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == word)


def plan_carrier(anchor: Token, lexicon: Lexicon) -> Token | None:
    """The word of saying or deciding that carries the plan of the clause of ``anchor``, if one does."""
    source = _carrier(anchor, lexicon)
    return source if isinstance(source, Token) else None


class _Unstated:
    pass


_UNSTATED = _Unstated()


def _carrier(anchor: Token, lexicon: Lexicon) -> Token | _Unstated | None:
    """The word of saying or deciding that carries the plan, ``_UNSTATED`` when the plan is asked about,
    believed or not confirmed, None when nothing above it states it."""
    current = anchor
    for _ in range(6):
        if _asked(current) or (current != anchor and _believed(current, lexicon)):
            return _UNSTATED
        if current != anchor and _states(current, lexicon):
            # "How far it is ready to invest remains unclear": the words themselves may be in question.
            return _UNSTATED if _withheld(current, lexicon) or _asked(_clause_of(current)) else current
        if (noun := _noun_before_that(current, lexicon)) is not None:
            return noun
        # "the announcement that troops will leave", parsed as a relative clause: its "that" is no relative pronoun.
        completes = current.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children)
        if (current.dep_ not in _UP and not completes) or current.head == current:
            break
        current = current.head
    # "X will visit Y next month, his office said": the saying may trail the clause it attributes.
    trailing = next((c for c in current.children if c.dep_ in ("parataxis", "conj") and c.i > anchor.i and _states(c, lexicon)), None)
    if trailing is not None:
        return _UNSTATED if _withheld(trailing, lexicon) else trailing
    return None


def _noun_before_that(clause: Token, lexicon: Lexicon) -> Token | None:
    """ "in the wake of the announcement by Trump that troops will leave": the parse may hang a noun's "that"
    clause on the verb above; the noun of saying or deciding just before the "that" is what it completes."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or clause.dep_ != "ccomp" or _states(clause.head, lexicon):
        return None
    for token in reversed(clause.doc[max(clause.sent.start, mark.i - 5):mark.i]):
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            return None
        if token.pos_ == "NOUN" and _states(token, lexicon):
            return token
    return None


def _clause_of(word: Token) -> Token:
    """The verb whose clause holds ``word``: "is" for the "ready" of "it is ready to"."""
    while word.dep_ in ("acomp", "xcomp", "oprd") and word.head != word:
        word = word.head
    return word


def _states(word: Token, lexicon: Lexicon) -> bool:
    lemma = word.lemma_.lower()
    return any(lexicon.has_role(lemma, role) for role in ("speech", "report", "pronouncement")) \
        or (lexicon.has_role(lemma, "intent") and not _forecast(word, lexicon) and not _preparation(word, lexicon))


def _forecast(cue: Token, lexicon: Lexicon) -> bool:
    """ "will", "would", "going to", "wants to": the act lies ahead, but the word does not say whose plan it is."""
    return cue.tag_ == "MD" or lexicon.has_role(cue.lemma_.lower(), "forecast")


def _preparation(cue: Token, lexicon: Lexicon) -> bool:
    """ "are preparing to reopen embassies", "were readying for an assault": getting ready is done, not said."""
    return cue.pos_ == "VERB" and lexicon.has_role(cue.lemma_.lower(), "preparation")


def _put_ahead_by(cue: Token, anchor: Token, purposes: bool) -> bool:
    """The forecast word is the plan's own ("troops would leave", "we're going to withdraw", "would invade and
    destroy"), not that of a clause the event only hangs on ("its withdrawal will leave them exposed")."""
    verb = anchor
    for _ in range(4):
        if verb == cue or cue.head == verb:
            return True
        purpose = purposes and verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.dep_ not in ("conj", "xcomp") and not purpose:
            return False
        verb = verb.head
    return False


def _counterfactual(anchor: Token) -> bool:
    """ "he would have killed me": what would have happened, never a plan."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children) and any(c.tag_ == "MD" for c in anchor.children)


def _asked(clause: Token) -> bool:
    """ "whether Turkey would fight", "not clear if the US will intervene", "what circumstances she would back",
    "how far it is ready to invest remains unclear", "and how quickly Turkish troops plan to cross"."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if "whether" in marks or ("if" in marks and clause.dep_ in ("ccomp", "csubj", "pcomp")):
        return True
    return clause.dep_ in ("ccomp", "pcomp", "csubj", "conj") and any(t.tag_ in _QUESTION_WORDS for t in clause.subtree if t.i < clause.i and _in_clause(t, clause))


def _in_clause(token: Token, clause: Token) -> bool:
    while token != clause and token.head != token:
        if token.dep_ in ("relcl", "ccomp", "advcl") and token.head != clause:
            return False
        token = token.head
    return token == clause


def _believed(verb: Token, lexicon: Lexicon) -> bool:
    return lexicon.has_role(verb.lemma_.lower(), "belief")


def _withheld(word: Token, lexicon: Lexicon) -> bool:
    """ "has not yet confirmed", "refused to say", "declined to comment on": the words are not given."""
    if any(c.dep_ == "neg" for c in word.children):
        return True
    return word.dep_ == "xcomp" and lexicon.status_cues["governor"].get(word.head.lemma_.lower()) == "negated"


def _speakers(source: Token) -> list[Token]:
    """Who says or decides: the verb's subject (or, for "saying ...", its clause's), the noun's owner or
    agent ("Trump's decision", "a US announcement", "the announcement by Trump")."""
    if source.pos_ in ("VERB", "AUX"):
        subjects = [c for c in source.children if c.dep_ == "nsubj"]
        if not subjects and source.dep_ in ("advcl", "xcomp", "conj"):
            subjects = [c for c in source.head.children if c.dep_ == "nsubj"]
        agents = [g for c in source.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return subjects + agents
    owners = [c for c in source.children if c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.pos_ == "PROPN")]
    agents = [g for c in source.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    return owners + agents


def _plan_subject(anchor: Token) -> Token | None:
    verb = anchor
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "acomp", "conj", "advcl") or verb.head == verb:
            return subject
        verb = verb.head
    return None


def _same_side(speakers: list[Token], actors: Sequence[Actor], subject: Token | None, index: MentionIndex, lexicon: Lexicon) -> bool:
    """The speaker is the actor's side: the same country or the same actor. "X said it would ...", "we will ...":
    the speaker's own plan. Unnamed insiders ("sources said") and speakers of no country ("an aide said")
    tell it; commentators and former officials forecast."""
    if _pronoun(subject, _PRONOUNS):
        return True
    if not speakers:
        return True  # "it was announced that", "the decision to": no other voice is named
    if any(_commentator(s, lexicon) for s in speakers):
        return False  # "analysts said Turkey would attack": a forecast, whoever it names
    said_by = [a for s in speakers for a in index.actors_under(s)]
    said_countries = {a.country for a in said_by if a.country}
    if not said_countries:
        return True
    if said_countries & {a.country for a in actors if a.country}:
        return True
    return bool({a.name or a.text for a in said_by} & {a.name or a.text for a in actors})


def _commentator(speaker: Token, lexicon: Lexicon) -> bool:
    """ "analysts", "a former state department official": who speaks on a side's affairs without speaking for it."""
    return lexicon.has_role(speaker.lemma_.lower(), "commentator") \
        or any(c.dep_ == "amod" and c.lower_ in ("former", "retired", "ex") for c in speaker.children)


def _pronoun(token: Token | None, pronouns: frozenset[str]) -> bool:
    return token is not None and token.pos_ == "PRON" and token.lower_ in pronouns  # not the "US" of "the US"
