"""An event a sentence tells twice is coded once.

"the US has accused it of helping Pyongyang – accusations Moscow denies": the noun names again
the accusation the verb told. "Hamas vowed to attack Israel": the vow is the threat, not also a
promise; "Iran vowed to support Damascus": the vow is the one promise coded from what it vows. "An Israeli
airstrike killed three Palestinians": the airstrike is the killing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sanderling.events.lexicon import Lexicon
from sanderling.events.placing import LOCATIVE
from sanderling.events.provenance import Derivation, PartyFound, named_by_a_noun
from sanderling.model import Event


def drop_echoes(found: list[Event]) -> list[Event]:
    """A noun that names again an event its sentence already coded is that event, not another.

    "the US has accused it of helping Pyongyang – accusations Moscow denies":
    one accusation (whose denial answers the accuser: ``discourse.answer_accusation``).
    """
    echoes: set[int] = set()  # ids of the nouns that name a told event again
    for noun_event in found:
        # Its own words name no actor: none at all, or one borrowed from the verb it depends on.
        borrowed = PartyFound.GOVERNING_VERB in noun_event.parties_found
        if (noun_event.actor and not borrowed) or not named_by_a_noun(noun_event):
            continue
        told = next((e for e in found if e.event == noun_event.event and e.actor and not named_by_a_noun(e)
                     and e.extra["token"] < noun_event.extra["token"]
                     and (not noun_event.actor or {a.country for a in e.actor} == {a.country for a in noun_event.actor})), None)
        if told is not None:
            echoes.add(id(noun_event))
    return [e for e in found if id(e) not in echoes]


# Acts a participle can tell again: demands, charges and threats ("called for ..., urging ..."), fighting ("hit Idlib,
# targeting drones", "fought back, killing the attackers"), meetings ("visited Kurdistan, meeting troops") and deployments.
# Not a second act of support or help ("restoring ties, encouraging its allies to do the same").
_RESTATED = {"REQUEST", "ACCUSE", "THREATEN", "ASSAULT", "CONSULT", "MOBILIZE"}


def drop_restatements(found: list[Event], doc: Doc, lexicon: Lexicon) -> list[Event]:
    """ "called for a European solution, urging calm reflection": a participle beside a verb that tells an act of the
    same kind by the same side says that act again, in other words; one event. Not the toll of a blow ("struck Gaza,
    killing ten people")."""
    def restates(event: Event) -> bool:
        word = doc[event.extra["token"]]
        if event.event not in _RESTATED or lexicon.has_role(word.lemma_.lower(), "casualty"):
            return False
        if word.dep_ != "advcl" or word.tag_ != "VBG":
            return False
        side = {a.country for a in event.actor}
        return any(other.extra.get("token") == word.head.i and other.event == event.event
                   and {a.country for a in other.actor} == side for other in found)
    return [e for e in found if not restates(e)]


def drop_promises_of_threats(found: list[Event]) -> list[Event]:
    """ "Hamas vowed to attack Israel" is a threat (THREATEN), not also a promise (AGREE) by 'vowed';
    "Iran vowed to support Damascus" is one promise, the one coded from what was vowed, not a second by 'vowed'."""
    stated = {e.extra.get("intent_token") for e in found
              if e.derivation is Derivation.STATED_INTENT and e.extra.get("intent_token") is not None}
    return [e for e in found if not (e.event == "AGREE" and e.derivation is None and e.extra.get("token") in stated)]


def drop_subjects_of_their_verb(found: list[Event], doc: Doc) -> list[Event]:
    """ "An Israeli airstrike killed three Palestinians", "the offensive has displaced thousands": a noun of the event
    that is the subject of a verb of the same type is the event the verb tells, and the verb's record (whose objects
    are who it struck) stands for both."""
    verbs = {e.extra["token"]: e for e in found if not named_by_a_noun(e)}
    told: set[int] = set()
    for event in found:
        noun = doc[event.extra["token"]]
        verb = verbs.get(noun.head.i) if noun.dep_ == "nsubj" else next(
            # "the chemical attack in Douma, which killed at least 50 people": the noun is the subject of its relative clause
            # (which the parse may hang on the place the attack was in: no place kills)
            (verbs[c.i] for c in _with_its_places(noun) for c in c.children if c.dep_ == "relcl" and c.i in verbs
             and any(g.dep_ == "nsubj" and g.tag_ == "WDT" for g in c.children)), None)
        if not named_by_a_noun(event) or verb is None or verb.event != event.event:
            continue
        told.add(id(event))
        if event.date_basis == "explicit" and verb.date_basis != "explicit":
            # "The Manchester Arena attack in May 2017 killed 22 people": the noun's own time dates the killing.
            verb.date, verb.date_text, verb.date_basis, verb.status = event.date, event.date_text, event.date_basis, event.status
            verb.rule += f"; date and status of its subject '{noun.text}'"
    return [e for e in found if id(e) not in told]


def _with_its_places(noun: Token) -> list[Token]:
    return [noun, *(g for p in noun.children if p.dep_ == "prep" and p.lower_ in LOCATIVE
                    for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"))]


def drop_second_tolls(found: list[Event], doc: Doc, lexicon: Lexicon) -> list[Event]:
    """ "killed at least 50 people and injured hundreds", "killed or wounded 4,315 fighters": the dead and the wounded
    of one blow are its toll, one event; the verb told first stands for both."""
    by_token = {e.extra["token"]: e for e in found if not named_by_a_noun(e)}

    def casualty(token_index: int) -> bool:
        return lexicon.has_role(doc[token_index].lemma_.lower(), "casualty")

    def second(event: Event) -> bool:
        word = doc[event.extra["token"]]
        first = by_token.get(word.head.i)
        if word.dep_ != "conj" or first is None or first is event or first.event != event.event:
            return False
        same_side = {a.country for a in event.actor} == {a.country for a in first.actor}
        struck = {a.country for a in event.recipient} <= {a.country for a in first.recipient} | {None}
        return casualty(word.i) and casualty(first.extra["token"]) and same_side and struck
    return [e for e in found if named_by_a_noun(e) or not second(e)]
