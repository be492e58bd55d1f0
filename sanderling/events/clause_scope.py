"""How far a clause's words reach an event: the parts of a sentence that decide, or do not decide, its status.

The clause's verbs, conditions, time clauses and prepositions are found here; ``status`` weighs
what they say. An event the clause takes as given ("following Russian objections"), an event set
aside ("without casualties"), averted ("prevented an attack") or only weighed ("the likelihood of
attacks") is recognised by walking the parse; the words themselves are cues in
``data/status_cues.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sanderling.events.governors import named_by_an_onlooker
from sanderling.events.lexicon import Lexicon

_CONTROL_DEPS = ("xcomp", "ccomp", "pcomp", "prep", "pobj", "acomp", "dobj", "nsubjpass", "nsubj", "agent")


def governors_of(anchor: Token, *, limit: int = 4) -> list[Token]:
    """Heads above the event's clause that can change its status ("plans to", "denied")."""
    found = []
    current = anchor
    for _ in range(limit):
        # "have sworn to fight": an infinitive the parse hangs as an adverbial clause is still controlled.
        infinitive = current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if (current.dep_ not in _CONTROL_DEPS and not infinitive) or current.head == current:
            break
        if any(c.lower_ == ";" for c in current.head.children if current.i < c.i < current.head.i):
            break  # "our allies have captured them; he did not intend that ...": a semicolon closes a clause of its own
        current = current.head
        found.append(current)
        if current.pos_ == "VERB" and current.dep_ in ("ROOT",):
            break
    return found


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def taken_as_given(trigger: Token, anchor: Token, lexicon: Lexicon) -> str | None:
    """Why a nominal event is a fact the clause around it speaks about, not an event the clause tells (or denies,
    or plans), if it is one; only a verb of reaction ("act on", "accept", "comment on", data) speaks about its object.

    "following Russian objections", "despite the partnership": a cause or time the clause hangs on happened.
    "would not act on Trump's call", "could not accept the charges", "the Russian refusal will anger Washington":
    a definite event that a verb reacts to, or that is the subject of a verb which does not tell it take place,
    exists; the verb's negation or modality is about the reaction. A verb that carries the event out ("hold
    the talks", light), attends it ("join the talks"), or states a plan or refusal of it ("planned the attack")
    still decides its status, as does one of taking place ("the talks did not happen")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger == anchor:
        return None
    cues = lexicon.status_cues
    noun = trigger
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.dep_ == "pobj" and cues["adjunct"].get(noun.head.lower_):
        return f"'{noun.head.text}' takes it as given"
    if definite(noun) and named_by_an_onlooker(noun, lexicon):
        return "a definite event that a response, inquiry or report is about"  # "will decide on a response to the gas attack"
    lemma = anchor.lemma_.lower()
    if anchor.pos_ != "VERB" or lemma == "be" or any(lexicon.has_role(lemma, role) for role in ("light", "attendance")) \
            or lemma in cues["governor"] or lemma in cues["averter"] or lemma in cues["occurrence"]:
        return None
    if not definite(noun):
        return None
    if noun.head == anchor and noun.dep_ in ("nsubj", "nsubjpass"):
        if any(cues["governor"].get(g.lemma_.lower()) for g in governors_of(anchor)):
            return None  # "hopes the US strikes would target the air bases": the subject is hoped for too
        return f"a definite event that '{anchor.text}' takes as given"
    if cues["reaction"].get(lemma) is None or any(c.dep_ == "prt" for c in anchor.children):
        return None  # "welcome back its exiles" is another verb than "welcome"
    if noun.head == anchor and noun.dep_ == "dobj":
        return f"a definite event that '{anchor.text}' reacts to"
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == anchor:
        return f"a definite event that '{anchor.text} {noun.head.text}' reacts to"
    return None


def clause_of_object(noun: Token) -> Token | None:
    """The verb whose object (or prepositional object) ``noun`` is, when it is a plain thing and not a noun whose
    infinitive says what is planned or refused ("decision", "refusal": the status cues' nouns)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    token = noun
    for _ in range(3):
        if token.dep_ not in ("dobj", "pobj", "prep") or token.head == token:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None


def effort_made_by(anchor: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """The verb of effort ("sought", "tried") whose aim ``anchor`` is the "by ..." means of, if any."""
    while anchor.dep_ == "conj" and anchor.head != anchor:
        anchor = anchor.head
    if anchor.dep_ != "pcomp" or anchor.head.lower_ != "by":
        return None
    verb = anchor.head.head
    if cues["effort"].get(verb.lemma_.lower()):
        return verb  # "By arming militias, Tehran has sought to ..."
    if verb.dep_ == "xcomp" and cues["effort"].get(verb.head.lemma_.lower()):
        return verb.head  # "has sought to push back Isis by arming militias"
    return None


def done_by_deciding(act: Token, decision: Token, cues: dict[str, dict[str, str]]) -> bool:
    """ "his decision to revoke her citizenship", "the court's decision to acquit them": an act of authority that a
    decision or order itself performs is done when decided (a decision to withdraw troops still waits on the troops)."""
    return cues["decided"].get(decision.lemma_.lower()) is not None and cues["performed"].get(act.lemma_.lower()) is not None


def object_of(token: Token, preposition: Token) -> bool:
    """ "for an attack", "for talks and a ceasefire": the event is what the preposition takes, not a word deeper in."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.head == preposition


def child_towards(token: Token, ancestor: Token) -> Token | None:
    """The child of ``ancestor`` whose subtree holds ``token``."""
    while token.head != token:
        if token.head == ancestor:
            return token
        token = token.head
    return None


def condition_of(anchor: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """The "if" of a conditional clause the event's own clause depends on ("will die if they stay", "would strike if").

    A simple present or past ("if you go out, they beat you") tells what happens whenever the condition holds,
    not a supposition; "if anything", "if possible" are asides without a clause; "especially if", "even if" do not
    make the main clause depend on the condition."""
    if anchor.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return None  # "would shoot down the missiles and attack the launchers if ...": the first verb's modal decides
    auxiliaries = [c for c in anchor.children if c.dep_ == "aux"]
    simple = anchor.tag_ in ("VBP", "VBZ", "VBD") or any(c.lemma_ == "do" for c in auxiliaries)  # "we don't torture them if ..."
    if simple and not any(c.tag_ == "MD" for c in auxiliaries):
        return None
    for child in anchor.children:
        if child.dep_ != "advcl" or child.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            continue
        for mark in child.children:
            if mark.dep_ == "mark" and cues["condition"].get(mark.lower_) == "hypothetical" and mark.i < child.i \
                    and not (mark.i > 0 and mark.nbor(-1).lower_ in ("even", "especially", "particularly")):
                return mark
    return None


_TIME_CLAUSE_WORDS = frozenset({"when", "once", "until", "till", "before", "after", "whenever"})


def definite(noun: Token) -> bool:
    """ "the attack", "its agreement", "this deal": a thing named as already known."""
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children)


def done_in(trigger: Token, verb: Token) -> bool:
    """The event is what ``verb`` does: the verb itself, or an indefinite object it brings about ("to thrash out a
    deal"), not a thing already there ("its veto", "on charges", "for his massacres")."""
    if trigger == verb:
        return verb.pos_ in ("VERB", "AUX")
    return trigger.dep_ == "dobj" and trigger.head == verb and not definite(trigger)


def later_than(anchor: Token) -> bool:
    """ "before any extradition took place", "until the talks began": a clause of what follows its main clause."""
    return anchor.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in anchor.children)


def in_time_clause(anchor: Token) -> bool:
    """ "when US troops leave", "once they quit": a present-tense clause of time, which no one announces."""
    return anchor.dep_ == "advcl" and anchor.tag_ in ("VBP", "VBZ") \
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_CLAUSE_WORDS for c in anchor.children)


def judged_infinitive(anchor: Token) -> Token | None:
    """The word that judges the act ("it was right to provide help", "it is vital to send aid": the infinitive is the
    extraposed subject of "it is <adjective>"), which is weighed, not told as done; so is an infinitive that completes
    a judged one ("it would be ludicrous to attempt to withdraw": the withdrawal only weighed). A definite event the act
    is about ("it is important to understand the attack") is there already: that is for the caller to tell."""
    current = anchor
    for _ in range(3):
        if _judged(current):
            return next((c for c in current.head.children if c.dep_ == "acomp"), current.head)
        if current.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return None
        current = current.head
    return None


def _judged(anchor: Token) -> bool:
    verb = anchor.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        return False
    if anchor.dep_ in ("xcomp", "advcl") and verb.pos_ == "ADJ" and any(c.dep_ in ("nsubj", "dobj") and c.lower_ == "it" for c in verb.children):
        return True  # "made it more difficult to send aid", "found it hard to reach a deal": the ease of the act is judged
    # Any copula judges ("it’s ludicrous to", whose curly "’s" the lemmatiser leaves as it is).
    return anchor.dep_ == "xcomp" and any(c.dep_ == "acomp" for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def averted_by(trigger: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """The verb that kept the event from happening, when the event is its very object: "avert a clash", "avoided suicide
    attacks, car bombs and ambushes", "avoided blaming Damascus", "prevent the use of chemical weapons", "prevent the fighters from being slaughtered"."""
    token = trigger
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "dobj":
        token = token.head.head  # "the use of chemical weapons"
    if token.dep_ == "dobj" or (token.dep_ == "xcomp" and token.tag_ == "VBG"):  # "avoided blaming Damascus"
        verb = token.head
    elif token.dep_ == "pcomp" and token.head.lower_ == "from":
        verb = token.head.head
    else:
        return None
    return verb if cues["averter"].get(verb.lemma_.lower()) == "negated" else None


def likelihood_noun(trigger: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """ "citing the likelihood of attacks", "the prospect of talks": what may come, not what came."""
    # ("no intention of withdrawing": a verb's gerund is the object of "of" too)
    if not ((trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj") or (trigger.pos_ == "VERB" and trigger.dep_ == "pcomp")) \
            or trigger.head.lower_ != "of":
        return None
    noun = trigger.head.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in cues["of_noun"] else None


def goal_noun(trigger: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """ "the path to a ceasefire", "steps towards talks": the way to an event not yet reached."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or trigger.head.lower_ not in ("to", "towards", "toward"):
        return None
    noun = trigger.head.head
    if noun.pos_ == "VERB" and trigger.head.lower_ in ("towards", "toward"):
        return noun  # "moving towards recognition of Assad", "working towards a deal"
    return noun if noun.pos_ == "NOUN" and noun_cue_of(noun, cues, "goal") else None


def noun_cue_of(noun: Token, cues: dict[str, dict[str, str]], where: str) -> str | None:
    """The cue of ``where`` a noun gives, by its lemma or with its modifier ("road map")."""
    lemma = noun.lemma_.lower()
    return cues[where].get(lemma) or next((cues[where][f"{c.lower_} {lemma}"] for c in noun.children
                                           if c.dep_ in ("amod", "compound") and f"{c.lower_} {lemma}" in cues[where]), None)


def noun_cue(noun: Token, cues: dict[str, dict[str, str]]) -> str | None:
    """The status a noun of aim, plan or permission gives its infinitive: "bid", "decision", "a green light"."""
    return noun_cue_of(noun, cues, "noun")


def aim_noun(infinitive: Token, lexicon: Lexicon) -> Token | None:
    """The noun whose infinitive ``infinitive`` is ("a bid to eliminate", "a green light to attack"), even when the parse
    hangs the infinitive on the clause's verb because words stand between: "a bid by Assad, Syria's president, to
    eliminate", "gave a green light to the regime to kill"."""
    noun = _aim_noun(infinitive, lexicon.status_cues)
    if noun is not None and any(c.dep_ == "compound" and c.pos_ == "NOUN" and lexicon.triggers.get((c.lemma_.lower(), "NOUN")) for c in noun.children):
        return None  # "used a coup attempt to justify a crackdown": the attempt's act is named, the infinitive is a purpose
    return noun


def _aim_noun(infinitive: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    to = next((c for c in infinitive.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    if infinitive.dep_ in ("acl", "relcl"):
        return infinitive.head if infinitive.head.pos_ in ("NOUN", "PROPN") and noun_cue(infinitive.head, cues) else None
    if infinitive.dep_ not in ("xcomp", "advcl"):
        return None
    end = to.i - 1
    while end > 0 and infinitive.doc[end].is_punct:
        end -= 1
    token = infinitive.doc[end]
    past_recipient = False
    for _ in range(8):
        if token.pos_ in ("NOUN", "PROPN") and token.right_edge.i >= end and noun_cue(token, cues):
            # "used a coup attempt to justify a crackdown": an infinitive right after the verb's own object tells the
            # verb's purpose, unless the verb's recipient stands between ("gave a green light to the regime to kill").
            own_object = token.dep_ == "dobj" and token.head == infinitive.head
            return token if past_recipient or not own_object else None
        head = token.head
        if head == token or head.i > to.i:
            return None
        if token.dep_ in ("dative", "prep") and token.lower_ in ("to", "for") and head.pos_ == "VERB" and token.i > 0:
            # "gave a green light to the regime to kill": the verb's own "to the regime" stands between noun and infinitive
            token, end, past_recipient = infinitive.doc[token.i - 1], token.i - 1, True
            continue
        if head.pos_ in ("VERB", "AUX"):
            return None
        token = head
    return None


def attempt_under_way(verb: Token) -> bool:
    """ "killed while trying to clear a house", "died as he attempted to rescue a comrade": a trying told as the
    circumstance of another event was the act under way, not an aim still open."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ not in ("advcl", "pcomp"):
        return False
    marks = [c for c in [*verb.children, verb.head] if c.lower_ in ("while", "as", "when", "whilst")]
    return bool(marks) or (verb.tag_ == "VBG" and verb.dep_ == "advcl")
