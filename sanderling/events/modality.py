"""What an event's own clause words say of whether it happened: auxiliaries ("will send", "could meet"),
counterfactuals ("would have"), reported commitments ("said it would"), findings ("agreed the regime had used"),
the words just before a phrase ("without", "instead of") and a nominal event's own determiner or modifier.

``status`` puts these together with what the clauses above the event say.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sanderling.events.lexicon import Lexicon
from sanderling.events.tenses import tensed_verb, verb_tense


@dataclass(frozen=True, slots=True)
class Status:
    """An event's status, the reason in words, and the cue word that decided it (if one did)."""

    value: str
    reason: str = ""
    cue: Token | None = None
    # The cue sets the event years before the time its sentence tells of ("seven years after expelling it"), so a
    # time inferred from the sentence is not the event's.
    years_back: bool = False


def own_status(trigger: Token, cues: dict[str, dict[str, str]], reason: str) -> Status:
    """The status a nominal event's own words give it ("no talks", "the planned withdrawal"), else asserted."""
    for child in trigger.children:
        if child.dep_ == "det" and cues["det"].get(child.lower_) == "negated":
            return Status("negated", f"determiner '{child.text}'", child)
        if child.dep_ in ("amod", "compound", "advmod") and cues["modifier"].get(child.lower_) in ("future", "hypothetical"):
            return Status(cues["modifier"][child.lower_], f"modifier '{child.text}'", child)
    return Status("asserted", reason)


def set_aside(trigger: Token, anchor: Token, cues: dict[str, dict[str, str]]) -> Status | None:
    """ "without any casualties", "instead of a settlement", "rather than talks": what the words just before the event's
    phrase set aside did not happen; "in case the rebels attack", "in case of an attack": it is only supposed."""
    for token in dict.fromkeys([trigger, anchor]):
        current = token
        while True:
            start = current.left_edge.i
            for width in (3, 2, 1):
                words = " ".join(t.lower_ for t in current.doc[max(0, start - width):start])
                if start - width >= 0 and cues["preceding"].get(words):
                    word = current.doc[start - 1]
                    if words == "without" and any(c.dep_ == "neg" for c in word.head.children):
                        # "will not leave without receiving guarantees": a condition, supposed; "did not leave without
                        # receiving them": they were received.
                        return Status(_unless_not(word.head, cues), "'not ... without'", word)
                    return Status(cues["preceding"][words], f"after '{words}'", word)
                # "in case those groups are targeting civilians" parsed with "in case" inside the clause: the words open
                # it and take no object of their own.
                opening = current.doc[start:start + width]
                words = " ".join(t.lower_ for t in opening)
                if current not in opening and opening.end < current.i and cues["preceding"].get(words) and not list(opening[-1].children):
                    return Status(cues["preceding"][words], f"after '{words}'", opening[-1])
            if current.dep_ != "conj" or current.head == current:
                break
            current = current.head
    return None


def _unless_not(verb: Token, cues: dict[str, dict[str, str]]) -> str:
    """What a negated clause cannot do "without": a condition while the clause is planned or supposed, done once it was done."""
    return "hypothetical" if any(c.dep_ == "aux" and c.lower_ in cues["aux"] for c in verb.children) else "asserted"


def modal_status(verb: Token, lexicon: Lexicon) -> Status | None:
    """The status the auxiliary of ``verb`` gives it ("will send", "could meet"), if it has one."""
    cues = lexicon.status_cues
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in cues["aux"]:
            status = cues["aux"][child.lower_]
            if child.lower_ in ("could", "may", "might", "must") and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
                # "as many as 200 could have been killed": an uncertain report of what happened, not a supposition.
                return Status("asserted", f"'{child.text} have': uncertain report of a past event")
            if child.lower_ == "would" and (_reported(verb, lexicon) or _committed(verb, cues)):
                status = "future"  # "said it would send troops", "agreed that they would withdraw": future in the past
            return Status(status, f"auxiliary '{child.text}'", child)
    return None


def finding(governor: Token, below: Token | None, cues: dict[str, dict[str, str]]) -> bool:
    """ "agreed the regime had used chemical weapons", "swore his men had not fired": a past or perfect that-clause of a
    verb of agreeing or committing tells what was done, not what is planned."""
    return cues["finding"].get(governor.lemma_.lower()) is not None and below is not None and below.dep_ == "ccomp" \
        and verb_tense(tensed_verb(below)) in ("past", "perfect")


def _committed(verb: Token, cues: dict[str, dict[str, str]]) -> bool:
    """ "agreed that they would withdraw", "promised it would pull out": what a past commitment binds one to lies ahead;
    "vowed that any use of the weapons would cross a red line" binds no one, it supposes."""
    supposed = any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "any" for d in c.children) for c in verb.children)
    return verb.dep_ == "ccomp" and cues["finding"].get(verb.head.lemma_.lower()) is not None and not supposed


def counterfactual(verb: Token, lexicon: Lexicon) -> bool:
    """ "would have been massacred", "would not have been accepted": a past that did not come about. Reported, "would have"
    is also a future perfect ("said the troops would have left by March"), so there only a condition or "without" tells
    the counterfactual."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if "would" not in auxiliaries or "have" not in auxiliaries:
        return False
    supposed = any((c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children))
                   or (c.dep_ == "prep" and c.lower_ in ("without", "but")) for c in verb.children)
    return supposed or not (_reported(verb, lexicon) or _committed(verb, lexicon.status_cues))


def _reported(token: Token, lexicon: Lexicon) -> bool:
    current = token
    while current.dep_ == "conj" and current.head != current and current.head.pos_ in ("VERB", "AUX"):
        # "said the fight would be abandoned and all units would redeploy": the second clause is reported too.
        current = current.head
    for _ in range(3):
        if current.dep_ != "ccomp":
            return False
        current = current.head
        if lexicon.has_role(current.lemma_.lower(), "speech") or lexicon.has_role(current.lemma_.lower(), "report"):
            return True
    return False
