"""Events the grammar implies without a trigger word of their own.

"Chirac reminded Iraq that it must cooperate" is a demand although no word
in it means "demand": a verb or noun of saying whose complement carries an
obligation modal codes a REQUEST from the speaker to the obliged party. In the
same way "Moscow said any group that stays away will suffer as a consequence"
is a threat: a complement that says a party will pay a price codes a THREATEN
from the speaker to that party; and "France said the regime was responsible for
the attack" is an accusation: a complement that says a party is behind a hostile
act codes an ACCUSE from the speaker to that party. The speech words, modals,
penalties and words of blame are rows of ``data/trigger_roles.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from sanderling.events.lexicon import Lexicon, TriggerEntry

REQUEST_ENTRY = TriggerEntry(lemmas=("must",), pos="VERB", event="REQUEST", mode=None, recipient_cues=(), ambiguous=False, row=0)
THREATEN_ENTRY = TriggerEntry(lemmas=("will",), pos="VERB", event="THREATEN", mode=None, recipient_cues=(), ambiguous=False, row=0)
ACCUSE_ENTRY = TriggerEntry(lemmas=("responsible",), pos="VERB", event="ACCUSE", mode="allege", recipient_cues=(), ambiguous=False, row=0)
_CLAUSE_LINKS = ("ccomp", "acl", "relcl", "xcomp", "advcl", "conj", "parataxis")
_FIRST_PERSON = {"i", "we", "us"}


def find_obligations(sentence: Span, lexicon: Lexicon) -> list[tuple[Token, Token]]:
    """(speech word, obliged clause's verb) pairs: "declared that China must drop barriers"."""
    found = []
    for verb in sentence:
        modal = next((c for c in verb.children if c.dep_ == "aux" and lexicon.has_role(c.lower_, "obligation")), None)
        subject = obligation_subject(verb)
        # "we must confirm" is the speaker's own duty, not a demand on another party.
        # ("the US must" is no pronoun: only a pronoun is the speaker.)
        if modal is None or subject is None or (subject.pos_ == "PRON" and subject.lower_ in _FIRST_PERSON):
            continue
        speech = _speech_above(verb, lexicon)
        if speech is not None:
            found.append((speech, verb))
    return found


def find_directives(sentence: Span, lexicon: Lexicon) -> list[tuple[Token, Token]]:
    """(verb of telling, infinitive) pairs: "told Turkey to halt its offensive" asks Turkey to halt it, as "asked"
    would (data/trigger_roles.tsv `directive`). Only an active verb with an object told: "the Pentagon was told to
    plan" says what the Pentagon was to do, not who asked."""
    found = []
    for verb in sentence:
        if not lexicon.has_role(verb.lemma_.lower(), "directive") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue
        if not any(c.dep_ == "dobj" for c in verb.children):
            continue
        found.extend((verb, c) for c in verb.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    return found


def obliged_party(speech: Token, clause: Token) -> Token | None:
    """Who is to act: the subject of the obliged clause, or the one told to act ("told Turkey to halt")."""
    subject = obligation_subject(clause)
    if subject is None and clause.dep_ == "xcomp" and clause.head == speech:
        subject = next((c for c in speech.children if c.dep_ == "dobj"), None)
    return subject


def _speech_above(verb: Token, lexicon: Lexicon) -> Token | None:
    """The verb or noun of saying whose complement ``verb``'s clause is, up to three clauses above it."""
    current = verb
    for _ in range(3):
        if current.dep_ not in _CLAUSE_LINKS or current.head == current:
            return None
        current = current.head
        if lexicon.has_role(current.lemma_.lower(), "speech"):
            # "That the president has announced a withdrawal must be taken with a pinch of salt": a clause that opens
            # the sentence with "that" is its subject, whatever the parse hangs on it; nothing said there obliges.
            opening = current.sent.start
            return None if any(c.dep_ == "mark" and c.lower_ == "that" and c.i == opening for c in current.children) else current
    return None


def find_penalties(sentence: Span, lexicon: Lexicon) -> list[tuple[Token, Token]]:
    """(speech word, penalty verb) pairs: "said any groups that do not attend will suffer as a consequence", "said the
    Kurds would face consequences": a party told it will pay a price is threatened by the speaker."""
    found = []
    for verb in sentence:
        if not _penalty(verb, lexicon) or not any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children):
            continue
        subject = obligation_subject(verb)
        if subject is None or (subject.pos_ == "PRON" and subject.lower_ in _FIRST_PERSON) or not _for_what_it_does(verb, subject):
            continue
        speech = _speech_above(verb, lexicon)
        if speech is not None:
            found.append((speech, verb))
    return found


_WILL = {"will", "would", "'ll", "’ll"}


def _for_what_it_does(verb: Token, subject: Token) -> bool:
    """The price is for what the party does or fails to do: a condition ("if they do not withdraw"), a relative clause
    on the party ("any groups that do not attend") or a "for" ("will pay a price for its crimes"). Without one, "civilians
    will suffer" foresees."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in verb.children) \
        or any(c.dep_ == "relcl" for c in subject.children) \
        or any(c.dep_ == "prep" and c.lower_ == "for" for t in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for c in t.children)


def _penalty(verb: Token, lexicon: Lexicon) -> bool:
    """ "will suffer", "will pay a heavy price", "would face consequences": data/trigger_roles.tsv penalty (a verb alone)
    and penalty_object (the verb's object)."""
    lemma = verb.lemma_.lower()
    if lexicon.has_role(lemma, "penalty"):
        return True
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    return any(lexicon.has_role(f"{lemma} {o}", "penalty_object") for o in objects)


def obligation_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# Acts a party can be blamed for: "responsible for the attack", "behind the killings", "to blame for the siege".
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def find_blames(sentence: Span, lexicon: Lexicon, hostile: Callable[[Token], bool]) -> list[tuple[Token, Token, Token]]:
    """(speech word, "be" verb, word of blame) triples: "said the regime was responsible for the attack", "believe Russia
    was behind the poisoning", "had proof that Assad was to blame for it": the speaker accuses the clause's subject
    (data/trigger_roles.tsv `culpability`; the speech or `attribution` verb above it, through a noun of `evidence`).
    ``hostile`` tells the tokens that name a hostile act; a party said to be responsible for anything else is not accused."""
    found = []
    for verb in sentence:
        if verb.lemma_ != "be":
            continue
        blame = next((c for c in verb.children if culpability(c, lexicon)), None)
        subject = obligation_subject(verb)
        if blame is None or subject is None or subject.tag_ in ("WP", "WDT") or subject.lower_ in _FIRST_PERSON:
            continue  # "who was behind the attack" names no one; "we were responsible" owns up
        if not any(hostile(t) for t in blame.subtree if t is not blame):
            continue
        speech = _attributor_above(verb, lexicon)
        if speech is not None:
            found.append((speech, verb, blame))
    return found


def culpability(word: Token, lexicon: Lexicon) -> bool:
    """A word of blame on "be" ("was responsible for", "was behind", "was to blame for"): the subject is blamed. So
    "Iran was to blame" is no blaming by Iran."""
    lemma = word.lemma_.lower()
    if word.head.lemma_ != "be":
        return False
    if not lexicon.has_role(lemma, "culpability"):
        return False
    if word.dep_ == "acomp":  # "responsible for the attack"
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in word.children)
    if word.dep_ == "xcomp":  # "to blame for the attack"
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    return word.dep_ == "prep"  # "behind the attack"


def _attributor_above(verb: Token, lexicon: Lexicon) -> Token | None:
    """The verb of saying or believing whose complement ``verb``'s clause is, up to four links above it; a noun of
    evidence in between ("had proof that ...") passes on to the verb that has it."""
    current = verb
    for _ in range(4):
        evidence = lexicon.has_role(current.lemma_.lower(), "evidence") and current.pos_ == "NOUN"
        # ("agreed it was highly likely that Iran was to blame": the clause of "likely" passes on to "agreed")
        if (current.dep_ not in _CLAUSE_LINKS and current.dep_ != "acomp" and not evidence) or current.head == current:
            return None
        current = current.head
        lemma = current.lemma_.lower()
        if current.pos_ == "VERB" and (lexicon.has_role(lemma, "speech") or lexicon.has_role(lemma, "attribution")):
            return current
    return None
