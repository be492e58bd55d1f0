"""Trigger words read in a sense that reports no event (data/other_senses.tsv).

"Seized the chance", "a request for comment", "ceased to be a friend",
"insisted it had acted lawfully", "warned the decision could cost lives":
the word is a trigger, but here it names no seizure, request, ceasefire,
demand or threat. Each test is a fact of the parse that a linguist would
state for the word in general; the tests that read the trigger's clause rather
than the word ("those who kill", "tends to side with") are in ``clause_readings.py``.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from sanderling.datafiles import read_table
from sanderling.events.clause_readings import CLAUSE_READINGS
from sanderling.model import Actor

PACKAGE = "sanderling.events"
_PROMISING_MODALS = frozenset({"will", "would", "'ll", "shall", "wo", "must"})
_PARTY_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
_PARTY_POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "its", "their"})


@dataclass(frozen=True, slots=True)
class OtherSense:
    test: str
    words: frozenset[str]
    row: int


def load_other_senses() -> dict[tuple[str, str], list[OtherSense]]:
    senses: dict[tuple[str, str], list[OtherSense]] = {}
    for number, row in enumerate(read_table(PACKAGE, "other_senses.tsv"), start=1):
        words = frozenset(w.strip() for w in row.get("words", "").split(",") if w.strip())
        for trigger in row["trigger"].lower().split(";"):
            senses.setdefault((trigger.strip(), row["pos"].upper()), []).append(OtherSense(row["test"], words, number))
    return senses


def in_other_sense(head: Token, phrase: str, pos: str, senses: dict[tuple[str, str], list[OtherSense]], actor_tokens: Mapping[int, Sequence[Any]]) -> bool:
    """The trigger ``head`` (a row ``phrase`` of triggers.tsv) is used in a sense that reports no event; rows for the
    trigger ``*`` hold for every trigger of their part of speech (what a clause says of anyone, or of habits)."""
    return any(_shows(sense, head, actor_tokens) for sense in (*senses.get((phrase, pos), ()), *senses.get(("*", pos), ())))


def verbal_object(head: Token, phrase: str, pos: str, senses: dict[tuple[str, str], list[OtherSense]]) -> bool:
    """ "attacked the decision": the object names words, a policy or a decision (the `verbal` rows)."""
    return any(sense.test == "verbal" and any(c.dep_ == "dobj" and c.lemma_.lower() in sense.words for c in head.children)
               for sense in senses.get((phrase, pos), ()))


def made_by_no_official(phrase: str, pos: str, senses: dict[tuple[str, str], list[OtherSense]], actors: Sequence[Actor]) -> bool:
    """ "Begum married soon after arriving in Syria", "refugees arriving in Germany": the word reports a visit
    only when a government, parliament, party or international body makes it (the `official` rows)."""
    return any(sense.test == "official" and not any(a.sector in sense.words or a.country in sense.words for a in actors)
               for sense in senses.get((phrase, pos), ()))


def thing_travels(verb: Token, visit: bool, actor_tokens: Container[int]) -> bool:
    """ "Russian and North Korean flags were flying": a visit needs someone to make it, not a thing
    ("Kim's train arrived" is Kim's visit). ``visit``: the verb codes a visit here."""
    if not visit:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i in actor_tokens:
        return False
    return not any(c.dep_ == "poss" and c.i in actor_tokens for c in subject.children)


def _shows(sense: OtherSense, head: Token, actor_tokens: Mapping[int, Sequence[Any]]) -> bool:
    if sense.test == "object":
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        # "the refugees admitted last year", "the number of refugees admitted" (the parse hangs it on the number, or
        # makes the number the subject of a participle with no auxiliary)
        people = head.head if head.dep_ == "acl" and head.tag_ == "VBN" else None
        if head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
            people = next((c for c in head.children if c.dep_ == "nsubj"), people)
        if people is not None:
            objects += [people, *(g for p in people.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")]
        return any(o.lemma_.lower() in sense.words for o in objects)
    if sense.test == "predicate":
        # "remains a threat", "sees the Kurds as a threat", "turned into a threat": says what something is.
        return head.dep_ in ("attr", "oprd") or (head.dep_ == "pobj" and head.head.lower_ in ("as", "into"))
    if sense.test == "governed_by":
        return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in sense.words
    if sense.test.endswith(":") and sense.test[:-1].isalpha():
        # "a request for comment", "contributed to this report", "speaking with an accent", "died of cancer".
        preposition = sense.test[:-1]
        # "because of a lack of care": a two-word preposition hangs its object on its second word. A verb and
        # object phrase may have it on its object ("take control of the House").
        holders = [head, *(c for c in head.children if c.dep_ == "dobj")] if head.pos_ == "VERB" else [head]
        return any(p.dep_ == "prep" and p.lower_ == preposition
                   and any(g.lemma_.lower() in sense.words for g in _with_conjuncts([*p.children, *(o for c in p.children if c.dep_ == "pcomp" for o in c.children)]) if g.dep_ == "pobj")
                   for holder in holders for p in holder.children)
    if sense.test.startswith("after:"):
        # "in exchange for", "in denial", "to the dismay of", "to her relief": the noun in a set phrase of its
        # preposition, not an act ("in an exchange of fire" has its article).
        return head.dep_ == "pobj" and head.head.lower_ == sense.test.split(":", 1)[1] \
            and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    if sense.test in CLAUSE_READINGS:
        return CLAUSE_READINGS[sense.test](head, sense.words)
    if sense.test == "other_party":
        return any(_fate_of_another(head, c, sense.words, actor_tokens) for c in head.children if c.dep_ == "ccomp")
    if sense.test == "intransitive":
        return not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children) and not _object_after_particle(head)
    if sense.test == "bare":
        return not any(c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp") for c in head.children) and not _object_after_particle(head)
    if sense.test == "dependent":
        # "who has died aged 83": an obituary's word on the verb itself (not its infinitive's "to": "forced to resign").
        return any(c.lower_ in sense.words and c.dep_ != "aux" for c in head.children)
    if sense.test == "infinitive":
        # "sought to reassure its allies", "a bid to retake the town": trying, not asking ("sought assurances" keeps
        # its object, "a bid for membership" what is asked for).
        complements = ("acl", "relcl") if head.pos_ in ("NOUN", "PROPN") else ("xcomp",)
        return not any(c.dep_ == "dobj" for c in head.children) \
            and any(c.dep_ in complements and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in head.children)
    if sense.test == "contest":
        return any(t.lemma_.lower() in sense.words for t in _contest_words(head))
    if sense.test == "question":
        return _asks_a_question(head, sense.words)
    if sense.test == "particle":
        # The parser labels a stranded particle an adverb as often as not ("the mines they left behind").
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in sense.words for c in head.children)
    if sense.test == "object_first":
        # "called Erdoğan on Wednesday", "called him on the day she remarried": a phone call, no calling on.
        return any(o.dep_ == "dobj" and any(p.dep_ in ("prep", "prt") and p.i > o.i and p.lower_ in sense.words for p in head.children)
                   for o in head.children)
    if sense.test == "modifier":
        # "the death penalty", "capital punishment": a kind of penalty the law provides, not one imposed.
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in sense.words for c in head.children)
    if sense.test == "subject":
        # "the evidence supports the claim", "evidence to support a prosecution", "data that back the view".
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "agent")]
        subjects += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if head.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in head.children):
            subjects.append(head.head)
        return any(t.lemma_.lower() in sense.words for t in subjects)
    if sense.test == "resultative":
        # "left ten people dead", "withdrew, leaving Assad in power": what an act leaves behind, not a departure.
        trailing_participle = head.dep_ == "advcl" and head.tag_ == "VBG" and head.i > head.head.i \
            and not any(c.dep_ in ("nsubj", "mark") for c in head.children) and any(c.dep_ == "dobj" for c in head.children)
        return trailing_participle or any(c.dep_ == "oprd" for c in head.children)
    if sense.test == "complement":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in sense.words for c in head.children)
    if sense.test == "claim":
        clauses = [c for c in head.children if c.dep_ == "ccomp"]
        return any(_states_a_fact(c) for c in clauses) and not any(_demand_shaped(c) for c in clauses)
    if sense.test.startswith("except:"):
        # "warned of a humanitarian catastrophe": the danger foreseen; "warned of consequences" is a threat.
        preposition = sense.test.split(":", 1)[1]
        objects = [g for p in head.children if p.dep_ == "prep" and p.lower_ == preposition for g in p.children if g.dep_ == "pobj"]
        return bool(objects) and not any(c.dep_ == "dobj" for c in head.children) and not any(o.lemma_.lower() in sense.words for o in objects)
    if sense.test == "forecast":
        # "warned the tariffs could push ...": the parse may take the clause's subject for the warning's object.
        stray_object = next((c for c in head.children if c.dep_ == "dobj"), None)
        if stray_object is not None and _a_party(stray_object, actor_tokens):
            return False  # "warned America that ...", "warned Syria that the world is watching": addressed to a party
        return any(_forecast(c, stray_object, actor_tokens, sense.words) for c in head.children if c.dep_ == "ccomp")
    return False


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """Each token and the tokens coordinated with it ("of an illness and malnutrition")."""
    return [c for t in tokens for c in (t, *t.conjuncts)]


def _asks_a_question(head: Token, names: frozenset[str]) -> bool:
    """ "asked about the attack", "asked whether she could", "asked them why", "asked the same question", a bare "he
    asked" after a quote, and "asked to be known only by her first name": a question or a courtesy, not a demand."""
    children = list(head.children)
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in children):
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in children):
        return True
    for clause in (c for c in children if c.dep_ in ("ccomp", "dobj", "advcl") and c.pos_ in ("VERB", "AUX")):
        first = clause.doc[clause.left_edge.i]
        if first.lower_ in ("if", "whether") or first.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return True
    for complement in (c for c in children if c.dep_ == "xcomp"):
        if complement.lemma_.lower() in names and any(a.dep_ == "auxpass" for a in complement.children):
            return True
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "prep", "advcl", "nsubjpass", "oprd") for c in children)


def _contest_words(head: Token) -> list[Token]:
    """The words around a trigger that can name a match or a vote: its objects and prepositional objects (with their
    compounds: "the semi - final"), and for a noun the verb it hangs on ("the striker scored")."""
    around = [head, head.head] if head.pos_ in ("NOUN", "PROPN") else [head]
    found = []
    for token in around:
        for child in token.children:
            targets = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child] if child.dep_ in ("dobj", "npadvmod") else []
            for target in targets:
                # Compounds, not adjectives: "its final battle", "his final months" name no final.
                found += [target, *(c for c in target.children if c.dep_ == "compound")]
        if token != head:  # spaCy makes a new Token object each time: compare by position, not identity
            found.append(token)
    return found


def _object_after_particle(head: Token) -> bool:
    """ "pushed the rebels back" / "pushed back the rebels": an object hung on the particle."""
    return any(c.dep_ == "prt" and any(g.dep_ in ("dobj", "pobj") for g in c.children) for c in head.children)


def _states_a_fact(clause: Token) -> bool:
    """A past, perfect or progressive clause, a present with the -s of the indicative, or what someone will or can do
    ("insisted it would not take part", "insists it cannot house them"): not the bare form of a demand."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("should", "must", "to") for a in auxiliaries):
        return False
    if clause.tag_ in ("VBD", "VBZ") or any(a.tag_ in ("VBD", "VBZ") or a.tag_ == "MD" for a in auxiliaries):
        return True
    if clause.tag_ == "VBN" and not auxiliaries and any(c.dep_ == "nsubj" for c in clause.children):
        return True  # "insisting it aimed only to ...": a past tense the tagger took for a participle
    return clause.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxiliaries)


def _demand_shaped(clause: Token) -> bool:
    """ "that he be removed", "that they leave", "it should withdraw": the bare form or a modal of obligation."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("should", "must") for a in auxiliaries):
        return True
    if any(a.tag_ in ("MD", "VBD", "VBZ") or a.lower_ == "to" for a in auxiliaries):
        return False
    return clause.tag_ in ("VB", "VBP") or any(a.tag_ == "VB" for a in auxiliaries)


def _state_of_affairs(clause: Token, auxiliaries: list[Token]) -> bool:
    """ "Iran is delivering missiles", "4 million have been affected", "Somalia was facing famine": a report of what is
    or has been going on, not of what someone will do."""
    progressive = clause.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxiliaries)
    perfect = any(a.lemma_ == "have" for a in auxiliaries)
    return progressive or perfect or (clause.lemma_ == "be" and clause.dep_ == "ccomp")


def _forecast(clause: Token, stray_object: Token | None, actor_tokens: Container[int], outcomes: frozenset[str] = frozenset()) -> bool:
    """ "the decision could put ... in jeopardy", "the capture of territory does not mean an end to the threat": what a
    thing, not a party, may do or does. A thing that "will" or "would" happen stays a threat ("any attack would be met
    with force") unless the clause only says what it would be or bring about ("their return would be extremely
    difficult", "the strikes would only lead to more chaos"; ``outcomes`` lists such verbs)."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    promised = any(a.lower_ in _PROMISING_MODALS for a in auxiliaries)
    if not promised and _going_on(clause):
        return not _party_doing(clause, actor_tokens)  # what a party is doing is alleged of it (alleges_of_a_party)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), stray_object)
    if subject is None or subject.tag_ == "EX" or _a_party(subject, actor_tokens):
        return False
    # "its missiles", "the US move" belong to a party; "the capture of Isis territory" does not.
    owners = [c for c in subject.children if c.dep_ in ("poss", "compound", "nmod")]
    if any(t.i in actor_tokens or t.lower_ in _PARTY_POSSESSIVES for t in owners):
        return False
    return not promised or _outcome(clause, outcomes)


# Verbs that tell what a party is or undergoes, not what it does ("Al-Qaida is still a threat", "Somalia was facing famine").
_BEING = frozenset({"be", "have", "face", "suffer", "need", "lack", "remain", "seem", "appear", "look", "become", "risk"})


def _party_doing(clause: Token, actor_tokens: Container[int], stray_object: Token | None = None) -> bool:
    """The clause's active subject is a party doing something: "Jordan was forcing refugees home", "Trump is endangering
    security". The parse may take the subject for the warning's object ("warned the Jordanian government ... was
    trying to")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), stray_object)
    return subject is not None and subject.dep_ != "nsubjpass" and subject.pos_ != "PRON" and clause.lemma_.lower() not in _BEING \
        and _a_party(subject, actor_tokens)


def alleges_of_a_party(warning: Token, actor_tokens: Container[int]) -> bool:
    """ "warned that Lebanon and Jordan were trying to force the refugees home", "warned that Trump is endangering US
    security": a warning that reports what a party is doing or has done, with no modal, accuses it."""
    stray_object = next((c for c in warning.children if c.dep_ == "dobj"), None)
    return any(_going_on(c) and _party_doing(c, actor_tokens, stray_object) for c in warning.children if c.dep_ == "ccomp")


def _going_on(clause: Token) -> bool:
    """The clause reports, with no modal, what is or has been going on (``_state_of_affairs``)."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return not any(a.tag_ == "MD" for a in auxiliaries) and _state_of_affairs(clause, auxiliaries)


def _outcome(clause: Token, outcomes: frozenset[str]) -> bool:
    """ "would be extremely difficult", "would be a disaster", "would lead to chaos": what a thing would be or bring,
    not what is to be done to anyone ("would be met with force" is a passive of an act)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
        return False
    if clause.lemma_ == "be":
        return any(c.dep_ in ("acomp", "attr") for c in clause.children)
    return clause.lemma_.lower() in outcomes


_EPISTEMIC_MODALS = frozenset({"could", "might", "may"})


def _fate_of_another(warning: Token, clause: Token, consequences: frozenset[str], actor_tokens: Mapping[int, Sequence[Any]]) -> bool:
    """ "the Pentagon warned that the militias could meet resistance": what may befall or be done by a party of
    another country than the warner's is foreseen, not threatened. A passive ("Iran could be hit hard") or a
    consequence ("Russia could face sanctions") leaves the warner's side as the one who would act."""
    if not any(a.dep_ == "aux" and a.lower_ in _EPISTEMIC_MODALS for a in clause.children):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
        return False
    speaker = warning.head if warning.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in warning.children) else warning
    warner = next((c for c in speaker.children if c.dep_ == "nsubj"), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if warner is None or subject is None or subject.i not in actor_tokens:
        return False
    # A party whose country is unknown ("the militiamen") is another's when the warner's own is known.
    theirs, ours = _countries(subject, actor_tokens), _countries(warner, actor_tokens)
    if not ours or theirs & ours:
        return False
    undergone = [g for c in clause.children if c.dep_ in ("dobj", "prep") for g in ([c] if c.dep_ == "dobj" else c.children)]
    return not any(t.lemma_.lower() in consequences for t in undergone)


def _countries(token: Token, actor_tokens: Mapping[int, Sequence[Any]]) -> set[str]:
    """The countries of the actors named on ``token`` or the words of its phrase before it ("the Pentagon spokesman")."""
    return {m.actor.country for t in token.subtree if t.i <= token.i for m in actor_tokens.get(t.i, ()) if m.actor is not None and m.actor.country}


def _a_party(token: Token, actor_tokens: Container[int]) -> bool:
    return token.i in actor_tokens or token.lower_ in _PARTY_PRONOUNS or token.pos_ == "PROPN"


# What one does with a telephone call, and where in one something happens.
_CALL_VERBS = frozenset({"hold", "have", "take", "receive", "return", "join", "end", "monitor", "place", "schedule", "arrange", "host", "patch", "answer"})
_CALL_TIMES = frozenset({"during", "in", "into", "throughout"})  # not "on": "acted on his call"
_MESSAGES = frozenset({"text", "message", "email", "e-mail", "letter", "visit", "voicemail"})
# A call that asks for something says for what, or who must do what.
_REQUEST_PREPOSITIONS = frozenset({"for"})


def phone_call(call: Token) -> bool:
    """ "in a phone call with", "held a call", "a call between the two leaders", "during the call": the noun
    names a conversation (PLOVER CONSULT phone), not a call for something ("a call for restraint", "his call
    on Ankara to withdraw", "rejected calls to resign" stay requests)."""
    children = list(call.children)
    if any(c.dep_ == "advmod" and c.lower_ == "home" for c in children):
        return True  # "made an urgent call home to ask about his family"
    # "sending texts, voice messages and the odd call": listed with other ways of keeping in touch.
    listed = [c for c in children if c.dep_ == "conj"] + ([call.head] if call.dep_ == "conj" else [])
    if any(t.lemma_.lower() in _MESSAGES for t in listed):
        return True
    if any(c.dep_ == "prep" and c.lower_ in _REQUEST_PREPOSITIONS for c in children):
        return False
    if any(c.dep_ in ("acl", "xcomp", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in children):
        return False
    if any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.pos_ in ("PROPN", "PRON") for g in c.children) for c in children):
        return True  # "made a call to Putin" ("a call to arms" names no one)
    if any(c.dep_ == "compound" and c.lemma_.lower() in ("phone", "telephone", "conference", "video") for c in children):
        return True
    if call.dep_ == "dobj" and call.head.lemma_.lower() in _CALL_VERBS:
        return True
    return call.dep_ == "pobj" and call.head.lower_ in _CALL_TIMES



def infinitive_clause(clause: Token) -> bool:
    """A to-infinitive clause; the parse sometimes labels one hung on a noun a relative clause ("calls to withdraw")."""
    return clause.dep_ in ("acl", "relcl", "xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


def _asks(noun: Token, below: Token) -> bool:
    """ "calls to withdraw its troops", "demands for the release of the prisoners": a request noun's infinitive or
    "for" phrase states the act asked for. A telephone call's infinitive is its purpose ("held a call to discuss")."""
    if noun.lemma_.lower() == "call" and phone_call(noun):
        return False
    return infinitive_clause(below) or (below.dep_ == "prep" and below.lower_ == "for")


def asked_for(current: Token, below: Token, requests: Container[int]) -> bool:
    """``below`` (a clause or phrase hung on ``current``) states an act that is asked for, not done: it is not done by
    being asked for, and less so when the request is rejected ("refused demands to free the prisoners").
    ``requests`` are the tokens of REQUEST nouns. The parse may hang the infinitive on the verb whose object the
    request is ("rejected calls to halt the demolitions")."""
    if current.i in requests:
        return _asks(current, below)
    if current.pos_ != "VERB" or not infinitive_clause(below):
        return False
    objects = [c for c in current.children if c.dep_ == "dobj" and c.i < below.i]
    return any(o.i in requests and o.i == below.left_edge.i - 1 and _asks(o, below) for o in objects[-1:])
