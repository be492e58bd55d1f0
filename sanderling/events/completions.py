"""What a verb of trying, asking, being able, owing or wanting makes of the verb it completes.

"tried to extract a pledge" leaves the pledge open; "is able to strike" tells a capacity, not a strike; "has to
allow access" is owed, not done; "groups that want to kill Isis" says what kind the groups are. The verbs are the
``aim``, ``ability``, ``obligation`` and ``desire`` cues of ``data/status_cues.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sanderling.events.clause_scope import attempt_under_way, done_in
from sanderling.events.tenses import tensed_verb, verb_tense


def completed_status(trigger: Token, anchor: Token, governor: Token, below: Token | None, cues: dict[str, dict[str, str]]) -> tuple[str, str] | None:
    """The status, and why, that ``governor`` gives the event of ``trigger`` in the clause of ``anchor`` it completes
    (``below`` is the governor's child on the way down to the trigger); None when it is no such verb."""
    lemma = governor.lemma_.lower()
    if cues["aim"].get(lemma) and below == anchor and below.dep_ == "xcomp" and done_in(trigger, anchor) \
            and not any(c.dep_ == "auxpass" for c in governor.children) and not cues["attempted"].get(anchor.lemma_.lower()) \
            and not attempt_under_way(governor):
        if verb_tense(tensed_verb(governor)) == "past":
            # "tried to extract a pledge", "sought to overthrow the regime", "urged them to put the fighters on
            # trial": an aim tried or asked for in the past, whose outcome the clause leaves open; no longer ahead.
            return "hypothetical", f"aim of '{governor.text}', in the past"
        return "future", f"aim of '{governor.text}'"
    if cues["ability"].get(lemma) and governor.dep_ == "acomp" and below == anchor and below.dep_ == "xcomp" and done_in(trigger, anchor) \
            and verb_tense(governor.head) == "present" and not any(c.dep_ == "aux" for c in governor.head.children):
        # "is able to strike targets deep inside Syria": a capacity, not a strike ("was able to strike" struck).
        return "hypothetical", f"ability '{governor.text}'"
    if cues["obligation"].get(lemma) and governor.pos_ in ("VERB", "AUX") and below == anchor and below.dep_ == "xcomp" \
            and done_in(trigger, anchor) and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children) \
            and verb_tense(governor) == "present" and not any(c.dep_ == "aux" for c in governor.children):
        if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in governor.children):
            return "negated", f"'{governor.text} yet to': not done so far"
        # "has to allow access", "needs to withdraw": owed, not done ("had to flee" fled).
        return "hypothetical", f"obligation '{governor.text}'"
    if cues["desire"].get(lemma) and governor.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in governor.children):
        # "groups that want to kill Isis", "those who wish to fight": the wish tells what kind the group is, not what it plans.
        return "hypothetical", f"'{governor.text}' describes those who want it"
    return None
