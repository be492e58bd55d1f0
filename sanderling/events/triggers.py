"""Finding trigger words in a parsed sentence and choosing their PLOVER reading."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sanderling.events.arguments import cue_prepositions
from sanderling.events.lexicon import Lexicon, TriggerEntry
from sanderling.events.senses import phone_call



@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger found in text: its head token, all its tokens, its lexicon readings."""

    head: Token
    tokens: tuple[Token, ...]
    entries: tuple[TriggerEntry, ...]

    @property
    def pos(self) -> str:
        return self.entries[0].pos

    @property
    def text(self) -> str:
        ordered = sorted(self.tokens, key=lambda t: t.i)
        return " ".join(t.text for t in ordered)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _pos_of(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ == "AUX" and token.lemma_ == "be" and any(c.dep_ == "acomp" for c in token.children):
        return "VERB"  # "was angry at Washington", "is critical of Moscow": the copula and its adjective (triggers.tsv "be ...")
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.ent_type_ in ("", "EVENT")):
        # A proper noun that is a named entity ("March", "Strike Force") is not a trigger.
        return "NOUN"
    return None


# Nouns of amount: "700 kg of medicine", "hundreds of websites".
_QUANTITIES = frozenset({
    "hundred", "thousand", "million", "dozen", "ton", "tonne", "kg", "kilogram", "kilo", "litre", "liter", "gallon", "barrel",
    "lot", "number", "worth", "batch", "consignment",
})


def _is_quantity(token: Token) -> bool:
    return _lemma(token) in _QUANTITIES


def _phrase_tokens(token: Token, entry: TriggerEntry) -> tuple[Token, ...] | None:
    """The tokens of a multiword entry around ``token`` (its head), or None."""
    rest = list(entry.lemmas[1:] if entry.pos == "VERB" else entry.lemmas[:-1])
    found = [token]
    # "spoke to Erdogan by phone", "put them on trial": the noun of a verb's phrase hangs on its preposition.
    grandchildren = [g for c in token.children if c.dep_ == "prep" and c.i > token.i for g in c.children if g.dep_ == "pobj"] if entry.pos == "VERB" else []
    # "provided photographs and intelligence": each of coordinated objects is the verb's object.
    further_objects = [c for o in token.children if o.dep_ == "dobj" for c in o.conjuncts] if entry.pos == "VERB" else []
    for child in [*token.children, *grandchildren, *further_objects]:
        # Word order holds: a verb's particle or object follows it, a noun's modifiers precede it
        # ("workers on strike" is a strike; "strikes on a town" is not).
        # An adverb may stand on either side of its verb ("sexually abused", "abused sexually").
        in_order = (child.i > token.i or child.dep_ == "advmod") if entry.pos == "VERB" else child.i < token.i
        named_by_its_preposition = child.dep_ == "pobj" and child.head in found
        if rest and in_order and _lemma(child) in rest and (named_by_its_preposition or child in further_objects
                                                            or child.dep_ in ("prt", "prep", "dobj", "compound", "amod", "advmod", "npadvmod", "dative", "acomp")):
            rest.remove(_lemma(child))
            found.append(child)
        elif rest and entry.pos == "VERB" and child.dep_ == "nsubjpass" and _lemma(child) in rest:
            # "troops were sent to Syria", "missiles were fired": a passive's subject is the phrase's object.
            rest.remove(_lemma(child))
            found.append(child)
        elif rest and in_order and entry.pos == "VERB" and child.dep_ == "dobj" and _is_quantity(child):
            # "handed over 700 kg of medicine", "defaced hundreds of websites": the object is what the amount is of.
            stuff = next((g for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
            if stuff is not None and _lemma(stuff) in rest:
                rest.remove(_lemma(stuff))
                found.append(stuff)
    if not rest and token.pos_ == "AUX":
        # "angry at Washington", "critical of Moscow": a copula's adjective is the act only towards someone ("critical to
        # the alliance" is crucial to it; "he was angry" is a mood)
        wanted = cue_prepositions(entry.recipient_cues)
        if not any(p.dep_ == "prep" and p.lower_ in wanted for adjective in found[1:] for p in adjective.children):
            return None
    if rest:
        # Contiguous phrases the parser split oddly ("hunger strike").
        window = [_lemma(t) for t in token.doc[max(token.i - len(entry.lemmas) + 1, 0): token.i + len(entry.lemmas)]]
        if f" {' '.join(entry.lemmas)} " in f" {' '.join(window)} ":  # whole words: "call up" is not in "call upon"
            return (token,)
        return None
    return tuple(found)


def _tightness(hit: tuple[tuple[Token, ...], TriggerEntry]) -> tuple[bool, int]:
    tokens, entry = hit
    # A phrase found only as a run of words (fewer tokens than lemmas) ranks after one found in the parse.
    return len(tokens) < len(entry.lemmas), max(t.i for t in tokens) - min(t.i for t in tokens)


def match_triggers(sentence: Span, lexicon: Lexicon) -> list[TriggerMatch]:
    matches = []
    for token in sentence:
        pos = _pos_of(token)
        if pos is None:
            continue
        key = (_lemma(token), pos)
        phrase_hits = []
        for entry in lexicon.phrases.get(key, ()):
            tokens = _phrase_tokens(token, entry)
            if tokens:
                phrase_hits.append((len(entry.lemmas), tokens, entry))
        if phrase_hits:
            longest = max(size for size, _, _ in phrase_hits)
            # Of equally long phrases, the tightest: "stopped work over cuts" is "stop work", not "stop over".
            best = sorted(((tokens, entry) for size, tokens, entry in phrase_hits if size == longest), key=_tightness)
            matches.append(TriggerMatch(token, best[0][0], tuple(entry for _, entry in best)))
        elif key in lexicon.triggers:
            matches.append(TriggerMatch(token, (token,), tuple(lexicon.triggers[key])))
    return matches



# Sectors of working and civil life, whose strikes are stoppages: labour, education, health, farming, business, civilians.
UNARMED_SECTORS = frozenset({"LAB", "EDU", "MED", "AGR", "BUS", "CVL"})

# Sectors of the state, whose blocking or occupying coerces.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
# Armed groups outside the state: the ground they take and hold (COERCE seize) is held by force; a road
# they block may be a protest's means as much as a siege's, so blocking keeps the state's test.
ARMED_SECTORS = frozenset({"REB", "PRM", "UAF"})
# Sectors of anyone who bears arms, the state's or not: what is driven out of a town when they are is fought.
ARMED_FORCES = ARMED_SECTORS | {"MIL", "INS"}


def choose_entry(
    match: TriggerMatch, *, recipient_is_person: bool, actor_sectors: frozenset[str] = frozenset(), has_actor: bool = False,
    actor_countries: frozenset[str] = frozenset(), object_is_place: bool = False, actor_is_a_nation: bool = False,
    gives_up_a_tie: bool = False, alleges: bool = False, recipient_armed: bool = False, blocks_a_proposal: bool = False,
) -> TriggerEntry:
    """One reading of an ambiguous trigger.

    "An attack on <a person>" is verbal (ACCUSE) rather than physical
    (ASSAULT); the state's authorities, police or army, or a nation named by
    its adjective ("the Turkish occupation"), who block or occupy something
    coerce (COERCE), and so do armed groups who seize and hold ground; anyone
    else protests (PROTEST obstruct); military
    exercises of forces of two or more countries are joint (COOPERATE), of one
    country a show of force (MOBILIZE), as the PLOVER manual says. A strike by
    workers, teachers, doctors or other civilians is a stoppage (PROTEST); strikes
    a government or an army joins are military (ASSAULT); a party, not civilians,
    that takes over or seizes a place captures it (ASSAULT). A government that
    protests does so in words (ACCUSE), as the manual says of diplomatic
    protests. Shutting
    down a city or a crossing is not censoring, which is done to newspapers,
    websites and broadcasters (``object_is_place``). Withdrawing from an accord
    or a body, or withdrawing aid or envoys (``gives_up_a_tie``), reduces
    relations (SANCTION withdraw); withdrawing forces retreats. A warning that
    reports what a party is doing or has done (``alleges``) accuses it. Troops or
    air power that support a force give it material help (AID). Fighters or
    troops driven out of a place (``recipient_armed``) are fought (ASSAULT);
    people driven out are expelled (SANCTION). A party that blocks a resolution, a
    bid or a move (``blocks_a_proposal``) rejects it (REJECT). Otherwise
    the lexicon's first row for the word is its default reading.
    """
    entries = match.entries
    if object_is_place and any(entry.mode != "censor" for entry in entries):
        entries = tuple(entry for entry in entries if entry.mode != "censor")
    if len(entries) == 1:
        return entries[0]
    by_event: dict[str, TriggerEntry] = {}
    for entry in entries:
        by_event.setdefault(entry.event, entry)  # of two readings of one type, the first is the default
    if "ACCUSE" in by_event and "THREATEN" in by_event:
        return by_event["ACCUSE" if alleges else "THREATEN"]  # a warning of what a party is doing accuses it
    if "ACCUSE" in by_event and "ASSAULT" in by_event:
        return by_event["ACCUSE" if recipient_is_person and not object_is_place else "ASSAULT"]  # ("the enclave of Rojava")
    if "PROTEST" in by_event and "ASSAULT" in by_event and actor_sectors and actor_sectors <= UNARMED_SECTORS:
        return by_event["PROTEST"]  # workers, teachers or doctors who strike stop work; they do not bomb
    if "PROTEST" in by_event and "ASSAULT" in by_event and actor_sectors & {"GOV", "MIL"}:
        return by_event["ASSAULT"]  # a government or an army that joins strikes bombs; it does not stop work
    if "REJECT" in by_event and blocks_a_proposal:
        return by_event["REJECT"]  # "Russia blocked a UN resolution"; blocking a road still obstructs or restricts
    if "PROTEST" in by_event and "COERCE" in by_event and (actor_sectors or has_actor):
        coercers = STATE_SECTORS | ARMED_SECTORS if by_event["COERCE"].mode == "seize" else STATE_SECTORS
        forceful = actor_is_a_nation or bool(actor_sectors & coercers)
        return by_event["COERCE" if forceful else "PROTEST"]
    if "REQUEST" in by_event and "CONSULT" in by_event and match.pos == "NOUN":
        return by_event["CONSULT" if phone_call(match.head) else "REQUEST"]
    if "PROTEST" in by_event and "ACCUSE" in by_event and match.pos == "VERB" and (_protest_in_words(match.head) or (actor_sectors == {"GOV"} and not _a_people(match.head))):
        return by_event["ACCUSE"]
    if "RETREAT" in by_event and "SANCTION" in by_event and gives_up_a_tie:
        return by_event["SANCTION"]
    if "COERCE" in by_event and "ASSAULT" in by_event and by_event["COERCE"].mode == "seize" and object_is_place \
            and has_actor and not actor_sectors & UNARMED_SECTORS:
        return by_event["ASSAULT"]  # a party that takes over or seizes a town captures it; a ministry taken over is coerced
    if "MOBILIZE" in by_event and "ASSAULT" in by_event and match.pos == "VERB":
        return by_event["ASSAULT" if _aimed_at_a_target(match.head) else "MOBILIZE"]  # "fired missiles at Kiev"; a test has no target
    if "COOPERATE" in by_event and "MOBILIZE" in by_event:
        return by_event["COOPERATE" if len(actor_countries) > 1 or _held_with_a_partner(match.head) else "MOBILIZE"]
    if "SANCTION" in by_event and "ASSAULT" in by_event:
        return by_event["ASSAULT" if recipient_armed else "SANCTION"]  # "drove Isis out of Raqqa"; "drove villagers out"
    if "SUPPORT" in by_event and "AID" in by_event:
        return by_event["AID" if actor_sectors and actor_sectors <= {"MIL"} else "SUPPORT"]  # troops that support a force help it
    return entries[0]


def _held_with_a_partner(trigger: Token) -> bool:
    """ "held a training exercise with the French navy", "drills with Belarus": an exercise held with another is joint."""
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    return any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") and any(g.dep_ == "pobj" for g in c.children) for h in holders for c in h.children)


def _aimed_at_a_target(verb: Token) -> bool:
    """ "fired missiles at Kiev", "fired rockets on the town": a launch aimed at someone or somewhere strikes it."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "on", "against") and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
               for c in verb.children)


def _a_people(verb: Token) -> bool:
    """ "Palestinians protested", "Kurds stayed home to protest": a plural name of a people is a crowd of them, not
    their state. An infinitive or a conjoined verb takes the subject of the verb it hangs on."""
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head is not verb:
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.tag_ == "NNPS" for c in verb.children)


def _protest_in_words(verb: Token) -> bool:
    """ "protested that the fees were too high", "protested to Somalia over the raid": a protest that says
    something or is lodged with someone is a complaint in words, not a demonstration."""
    return any(c.dep_ == "ccomp" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)
