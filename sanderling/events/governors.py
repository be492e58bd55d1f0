"""What the verb above an event noun says about its subject: did the subject do the deed?

"Russia launched strikes", "the army carried out raids", "the UN held talks": the subject of a
verb that makes, conducts or takes part in the event is its actor. But "the monitor recorded
deaths", "the charity documented killings", "the UN condemned the attack", "Ankara responded to
the strikes": the subject of a verb of reporting, investigating, judging or answering only looks on.
And "the Kurds face an invasion", "civilians suffered attacks": the subject of a verb of undergoing
is the event's target (data/trigger_roles.tsv, roles `onlooker` and `sufferer`).
"""

from __future__ import annotations

from spacy.tokens import Token

from sanderling.events.arguments import governing_verb
from sanderling.events.lexicon import Lexicon

AGENT, ONLOOKER, SUFFERER = "agent", "onlooker", "sufferer"
ONLOOKING_NOUN = "onlooking noun"

# "responded with airstrikes", "retaliated by shelling": the means of a response is the responder's own act.
_MEANS = frozenset({"with", "by", "through", "via"})
# Verbs whose subject brings about what is done to a person ("ordered his arrest", "prolonged her detention").
_ORDERING = frozenset({"order", "authorise", "authorize", "announce", "confirm", "approve", "sanction", "prolong", "extend", "end"})
# What leads to or results in an event causes it; the doer is someone else ("led the fight" still acts).
_LEADING_TO = frozenset({("lead", "to"), ("result", "in"), ("contribute", "to"), ("give", "rise")})
# Whoever is in or under a word of something done to people ("in detention", "under house arrest") undergoes it.
_HELD_IN = frozenset({"in", "into", "under"})
# Verbs of being somewhere, whose subject is where the preposition puts it ("engaged in executions" acts instead).
_BEING_HELD = frozenset({"be", "remain", "stay", "die", "spend", "languish", "live", "sit", "rot", "end", "lie", "wait", "meet"})
# "were held in custody", "was placed under house arrest": the passive subject of a verb of holding is held.
_HOLDING = frozenset({"hold", "keep", "take", "place", "put", "detain", "lock", "leave"})
# "127 deaths by airstrikes": a noun's own "by" phrase is no means of the verb above.
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
# "sees its participation in the strikes as a duty": whoever takes part in an event is a party to it.
_TAKING_PART = frozenset({"participation", "involvement", "part", "role", "share"})
# "fled in a deal", "suffered in the war": only what is undergone directly ("faced an invasion",
# "suffered from attacks") makes the subject its target.
_UNDERGONE = frozenset({"dobj", "from"})


def subject_role(noun: Token, lexicon: Lexicon, *, mediated: bool = False, undergone: bool = False, done_to_people: bool = False) -> str:
    """What the subject of the verb governing ``noun`` is to the event ``noun`` names.

    A noun whose "between" phrase names its parties ("a call between the two leaders", "clashes between
    the army and rebels") takes none from the verb, unless it is a mediation (``mediated``: "launched a
    mediation effort between Riyadh and Abu Dhabi"), where the subject is the go-between. Whoever is in
    or under a noun of something done to people (``done_to_people``, the `poss` cue of triggers.tsv:
    "are in detention", "died in custody") undergoes it.
    """
    governor = governing_verb(noun)
    if governor is None:
        return AGENT
    if not mediated and any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        return ONLOOKER
    if undergone and not (lexicon.has_role(governor.lemma_.lower(), "light") or governor.lemma_.lower() in _ORDERING):
        # "spent four months in jail after his arrest", "is planning an appeal against his conviction": whoever
        # owns the arrest underwent it, and the verb's subject is mostly that person; "ordered his arrest" names the doer.
        return ONLOOKER
    path = _path_up(noun, governor)
    if any(t.dep_ == "prep" and t.lower_ in _MEANS and t.head.pos_ not in _NOMINAL for t in path) or any(t.lemma_.lower() in _TAKING_PART for t in path[1:]):
        return AGENT
    if _under_onlooking_noun(path, lexicon):
        return ONLOOKER  # "launched an investigation into the attack", "made no mention of the strikes"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in governor.children)
    held = governor.lemma_.lower() in _BEING_HELD or (passive and governor.lemma_.lower() in _HOLDING)
    if done_to_people and held and path[-1].dep_ == "prep" and path[-1].lower_ in _HELD_IN:
        return SUFFERER  # "citizens who are in detention", "died in custody", "remains under house arrest"
    lemma = governor.lemma_.lower()
    if (lemma, path[-1].lower_) in _LEADING_TO:
        return ONLOOKER  # "fearing the move will lead to a massacre": a cause, not the doer
    if lexicon.has_role(lemma, SUFFERER) and not any(c.dep_ == "prt" for c in governor.children):  # ("drew up a settlement")
        top = path[-1]
        return SUFFERER if (top.dep_ if top.dep_ != "prep" else top.lower_) in _UNDERGONE else ONLOOKER
    if lexicon.has_role(lemma, ONLOOKER):
        return ONLOOKER
    return AGENT


def named_by_an_onlooker(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the event ``noun`` names is what a noun of answering, reporting or investigating between it and
    its verb is about ("in their response to the chemical attack", "an inquiry into the strikes")."""
    governor = governing_verb(noun)
    return governor is not None and _under_onlooking_noun(_path_up(noun, governor), lexicon)


def _under_onlooking_noun(path: list[Token], lexicon: Lexicon) -> bool:
    return any(t.pos_ == "NOUN" and lexicon.has_role(t.lemma_.lower(), ONLOOKING_NOUN) for t in path[1:])


def _path_up(noun: Token, governor: Token) -> list[Token]:
    """The tokens from ``noun`` up to the child of ``governor`` it hangs under."""
    path = [noun]
    while path[-1].head != governor and path[-1].head != path[-1]:
        path.append(path[-1].head)
    return path


def misplaced_agents(noun: Token, *, givers: bool = False) -> list[Token]:
    """ "documented killings of civilians by militias", "face an invasion by the Turkish army": an active verb has
    no agent, so a "by" phrase the parse hangs on it belongs to the event noun it governs."""
    governor = governing_verb(noun)
    if governor is None or _path_up(noun, governor)[-1].dep_ != "dobj" or any(c.dep_ in ("auxpass", "nsubjpass") for c in governor.children):
        return []
    # ``givers``: the verb's subject underwent the noun, so its "from" names who did ("received aid from China",
    # "drew condemnation from France").
    words = ("by", "from") if givers else ("by",)
    return [g for c in governor.children if c.dep_ in ("agent", "prep") and c.lower_ in words and c.i > noun.i for g in c.children if g.dep_ == "pobj"]
