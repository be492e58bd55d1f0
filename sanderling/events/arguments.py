"""Who did it and to whom: actor and recipient from the dependency parse.

Arguments are read from the trigger's syntactic frame — subject, object,
passive agent, prepositional objects, possessors and modifiers of nominal
triggers — and resolved through the actor mentions the actors stage found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.tokens import Token

from sanderling.datafiles import data_rows
from sanderling.events.provenance import FrameKind
from sanderling.events.tree import object_sharers
from sanderling.model import Actor

# Dependents that open a new clause: actors inside them belong to other events.
_CLAUSE_DEPS = {"relcl", "acl", "ccomp", "advcl", "xcomp", "pcomp", "parataxis", "csubj"}
_SUBJECT_DEPS = {"nsubj", "csubj"}
_PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}


class Mention(Protocol):
    start: int
    end: int
    head: int
    actor: Actor


@dataclass(frozen=True, slots=True)
class Frame:
    """The actor and recipient tokens a trigger's grammar offers."""

    actor_tokens: tuple[Token, ...]
    recipient_tokens: tuple[Token, ...]
    kind: FrameKind
    # Used when ``actor_tokens`` name no actor: "launched an attack" takes the subject of "launched".
    fallback_actor_tokens: tuple[Token, ...] = ()
    # Used when ``recipient_tokens`` name none: "gave the Ivory Coast aid" takes the object of "gave".
    fallback_recipient_tokens: tuple[Token, ...] = ()
    # The actors are whose attack a noun under the verb names ("killed in an Israeli airstrike"): nothing says
    # the victims are the attacker's own people.
    attack_named: bool = False
    # The actors are those of an attack told before, named again by a definite noun ("The attack has killed scores"):
    # the discourse pass (``discourse.perpetrators_from_earlier``) finds them.
    attack_told_before: bool = False


# Participles by which a noun's event is said to be held or carried out by someone ("talks hosted by Egypt").
_HOLDING_VERBS = frozenset({"sponsor", "host", "organise", "organize", "broker", "mediate", "convene", "chair", "lead", "arrange",
                            "hold", "launch", "conduct", "impose", "stage", "mount", "claim", "carry"})
# Nouns of help whose "with the ... of X" names the helper ("with the backing of Russia", "with the help of the US").
_HELP_NOUNS = frozenset({"backing", "support", "help", "assistance", "aid", "blessing", "cooperation", "collaboration"})
_VERBS_OF_COMING = frozenset({"come", "rush", "ride", "leap", "spring", "run"})
_REASON_PREPOSITIONS = frozenset({"over", "amid", "despite", "following", "after", "because", "before", "since"})
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
_GENERIC_DETERMINERS = frozenset({"any", "every", "no"})
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "from", "to", "into"})
_OBJECT_CONTROL = frozenset(cells[0] for _, cells in data_rows("sanderling.events", "trigger_roles.tsv") if cells[1:2] == ["object_control"])
_CULPABILITY = frozenset(cells[0] for _, cells in data_rows("sanderling.events", "trigger_roles.tsv") if cells[1:2] == ["culpability"])


class MentionIndex:
    """Actor mentions looked up by token.

    A token can carry several mentions: a compound actor ("Russian and
    Syrian officials", "the two leaders") is one mention per member over the
    same span, and all of them act.
    """

    def __init__(self, mentions: Sequence[Any], scenes: Sequence[Any] = (), relational: frozenset[str] = frozenset()) -> None:
        self.by_token: dict[int, list[Any]] = {}
        for mention in mentions:
            for i in range(mention.start, mention.end):
                self.by_token.setdefault(i, []).append(mention)
        # Tokens of the places that name where an event happened, not who took part ("the Paris attacks").
        self.scenes = {i for place in scenes for i in range(place.start, place.end)}
        # Nouns naming another's party ("its allies"): whose they are is no party of the phrase.
        self.relational = relational

    def actors_under(self, token: Token, *, through_places: bool = True) -> list[Actor]:
        """Actors named by the phrase headed by ``token`` and its conjuncts, nearest first.

        Without ``through_places``, a place phrase under a thing is not searched: in "killed by an
        IED in Syria" Syria is where, not who ("refugees in Liberia" may still be Liberia's, as recipients).
        """
        found: list[Actor] = []
        seen: set[int] = set()
        for head in sorted([token, *_conjuncts(token)], key=lambda t: t.i):
            mentions = self._nearest(head, through_places)
            examples = _examples(head)
            if examples and all(m.actor.country is None for m in mentions):
                # "countries like Jordan, Lebanon and Turkey": the kind is named by its examples
                mentions = [m for e in examples for m in self.by_token.get(e.i, ())]
            for mention in mentions:
                if id(mention) not in seen:
                    seen.add(id(mention))
                    found.append(mention.actor)
        return found

    def _nearest(self, token: Token, through_places: bool) -> list[Any]:
        frontier = [token]
        while frontier:
            # "of any country" names no party; "any assistance to the US" still names the US.
            frontier = [t for t in frontier if not (t.i in self.by_token and _generic(t)) and t.i not in self.scenes]
            for candidate in frontier:
                if candidate.i in self.by_token:
                    return self.by_token[candidate.i]
            frontier = [c for t in frontier for c in t.children
                        if c.dep_ not in _CLAUSE_DEPS and c.dep_ != "conj" and (through_places or not (c.dep_ == "prep" and c.lower_ in _LOCATIVE))
                        and not (c.dep_ in ("poss", "compound") and c.pos_ != "ADJ" and t.lemma_.lower() in self.relational)]
        return []


def _examples(token: Token) -> list[Token]:
    """The examples a plural noun gives of its kind: "countries like Jordan and Lebanon", "states such as Iran"."""
    if token.tag_ not in ("NNS", "NNPS"):
        return []
    for prep in token.children:
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.dep_ == "prep" and (prep.lower_ == "like" or such_as):
            return [t for g in prep.children if g.dep_ == "pobj" for t in [g, *_conjuncts(g)]]
    return []


def distinct_parties(actors: list[Actor]) -> list[Actor]:
    """Each party once, the first mention of a country and name standing for the rest."""
    seen: list[Actor] = []
    for actor in actors:
        if not any(actor.country == s.country and actor.name == s.name for s in seen):
            seen.append(actor)
    return seen


def _generic(token: Token) -> bool:
    """ "the most refugees of any country", "no government": a quantified singular noun names no party
    ("any French members who return" still names French members)."""
    return token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in _GENERIC_DETERMINERS for c in token.children)


def _conjuncts(token: Token) -> list[Token]:
    found = []
    for child in token.children:
        # "Donald Trump and Theresa May met": the parse may hang the first of two names on the second as its
        # modifier, the "and" under it
        misparsed = child.dep_ in ("nmod", "compound") and child.pos_ == "PROPN" and token.pos_ == "PROPN" \
            and any(c.dep_ == "cc" for c in child.children)
        if child.dep_ == "conj" or misparsed:
            found.append(child)
            found.extend(_conjuncts(child))
    return found


def _objects_of_preposition(token: Token, words: Iterable[str]) -> list[Token]:
    wanted = set(words)
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in wanted:
            found.extend(g for g in child.children if g.dep_ in ("pobj", "pcomp"))
    return found


def _agents_after_a_time(verb: Token) -> list[Token]:
    """ "was captured at the start of this year by the SDF": the parse hangs the agent on the time before it."""
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for when in prep.children:
            if when.dep_ == "pobj" and when.ent_type_ in ("DATE", "TIME"):
                found.extend(g for t in when.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.ent_type_ in ("DATE", "TIME")
                             for g in t.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"))
    return found


def _at_the_hands_of(token: Token) -> list[Token]:
    """ "persecution at the hands of the Iranian government": whose hands do it."""
    return [x for hands in _objects_of_preposition(token, ("at",)) if hands.lower_ == "hands" for x in _objects_of_preposition(hands, ("of",))]


def objects_of_preposition(token: Token, words: Iterable[str]) -> list[Token]:
    """The objects of ``token``'s prepositions among ``words`` ("fought with the US" -> US)."""
    return _objects_of_preposition(token, words)


def recipient_prepositions(cues: Sequence[str]) -> Sequence[str]:
    """The prepositions whose objects a verb's event is aimed at: the trigger's own `prep:` cues, or the usual ones."""
    return cue_prepositions(cues) or ("with", "against", "on", "to", "into")


def cue_prepositions(cues: Sequence[str]) -> list[str]:
    """The prepositions a trigger row's `prep:` cues name, and no others."""
    return [cue.split(":", 1)[1] for cue in cues if cue.startswith("prep:")]


def clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, inherited through control and coordination when unstated.

    "Russia intends to help" gives "help" the subject of "intends"; "X arrived
    and met Y" gives "met" the subject of "arrived"; "forces that shelled"
    gives "shelled" the noun its relative clause modifies.
    """
    current: Token | None = verb
    raised = False
    for _ in range(6):
        if current is None:
            return None
        for child in current.children:
            # "Bolton is expected to hold talks": the passive subject of a raising verb acts.
            if child.dep_ in _SUBJECT_DEPS or (raised and child.dep_ in _PASSIVE_SUBJECT_DEPS):
                if child.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                    return current.head  # "Erdogan, who had urged him": the relative pronoun stands for its noun
                return child
        if current.dep_ == "ROOT":
            misread = _subject_read_as_time(current)
            if misread is not None:
                return misread
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in _OBJECT_CONTROL:
            # "forced Turkey to withdraw", "persuaded Trump to launch strikes": the object does it.
            done_by = next((c for c in current.head.children if c.dep_ == "dobj" and c.i < current.i), None)
            if done_by is not None:
                return done_by
        # "... has been indicted and will resign": a coordinated verb that is no participle shares the passive subject.
        raised = current.dep_ == "xcomp" or (current.dep_ == "conj" and current.tag_ in ("VB", "VBZ", "VBP"))
        # "..., saying X and urging their followers": the parser may hang a subjectless gerund after "and" on the
        # verb of saying as its complement; it continues the clause above all the same.
        gerund = current.dep_ == "ccomp" and current.tag_ == "VBG" and not any(c.dep_ in ("mark", "aux", "auxpass") for c in current.children)
        if (current.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp", "dep") or gerund) and current.head != current:
            credited = current.dep_ == "pcomp" and current.head.lower_ == "for" and current.tag_ == "VBG"
            current = current.head
            if current.dep_ == "prep":
                current = current.head
                party = next((c for c in current.children if c.dep_ == "dobj" and _names_a_party(c)), None) if credited else None
                if party is not None:
                    return party  # "thanked Turkey for releasing the soldiers", "sanctioned Iran for testing missiles"
                if current.pos_ == "NOUN" and current.lemma_.lower() in _OWN_INTENTIONS:
                    # "Japan has no intention of withdrawing": whose intention it is acts; "Egypt is on the verge of
                    # expelling": so does whoever is on the verge.
                    if current.head.pos_ in ("VERB", "AUX"):
                        return _noun_owner(current)
                    if current.dep_ == "pobj" and current.head.head.pos_ in ("VERB", "AUX"):
                        return clause_subject(current.head.head)
            continue
        # (a past tense the parser hangs on a noun left as the sentence's root is the main verb: "The resolution, which
        # was approved on Saturday, called for a ceasefire")
        misread_main = current.dep_ == "acl" and current.tag_ == "VBD" and current.head.dep_ == "ROOT"
        if (current.dep_ == "relcl" or (current.dep_ == "acl" and current.tag_ == "VBG") or misread_main) and current.head != current:
            return current.head  # "forces that shelled", "a soldier fighting against Isis"
        if current.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return _noun_owner(current.head)
        return None
    return None


def _names_a_party(token: Token) -> bool:
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")


def _subject_read_as_time(verb: Token) -> Token | None:
    """ "In September Turkey persuaded Russia": the parse may read the subject as part of the opening time ("September
    Turkey"); a name after a month or day in the verb's opening phrase is the subject the verb lacks."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i < verb.i:
            for name in prep.children:
                if name.dep_ == "pobj" and name.pos_ == "PROPN" and name.ent_type_ != "DATE" \
                        and any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in name.children):
                    return name
    return None


def invitation_owner(invitation: Token) -> list[Token]:
    """Whose invitation it is: its possessor or sender ("Moscow's invitation", "an invitation from Moscow"), else the
    host of the meeting it invites to ("an invitation to the Kurds to attend Moscow's congress")."""
    owners = [c for c in invitation.children if c.dep_ == "poss"] + _objects_of_preposition(invitation, ("from", "by"))
    if owners:
        return owners
    to_attend = [c for c in invitation.children if c.dep_ in ("acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    found: list[Token] = []
    for verb in to_attend:
        # The parser may read "attend Moscow's congress" as a dative "Moscow" and an object "congress".
        hosts = [c for c in verb.children if c.dep_ == "dative"]
        hosts += [p for m in verb.children if m.dep_ == "dobj" for p in m.children if p.dep_ == "poss"]
        found += hosts or [c for c in verb.children if c.dep_ == "dobj"]
    return found


# Nouns whose "of" gerund their owner would do: "no intention of withdrawing".
_OWN_INTENTIONS = frozenset({"intention", "intent", "plan", "verge", "brink", "idea"})


def _noun_owner(noun: Token) -> Token | None:
    """ "Russia's efforts to broker a deal": whose effort, decision or bid it is acts in the infinitive.

    Not when the noun names someone else to act: in "Moscow's invitation to the Kurds to attend" the Kurds attend.
    """
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for c in noun.children):
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    # "an attempt by Isis fighters to kill him"; "rebels made an attempt to kill him": who makes the attempt owns it.
    by = _objects_of_preposition(noun, ("by",))
    if by:
        return by[0]
    # ("Israel has no plans to release them": one's own plan or intention is had)
    if noun.dep_ == "dobj" and (noun.head.lemma_.lower() in _MAKING or (noun.head.lemma_.lower() == "have" and noun.lemma_.lower() in _OWN_INTENTIONS)):
        return clause_subject(noun.head)
    return None


# Verbs whose object noun of trying or planning is the subject's own: "made an attempt", "launched a bid".
_MAKING = frozenset({"make", "launch", "mount", "lead", "spearhead",
                     # "announced a plan to fund", "unveiled a proposal to send troops", "floated the idea of restoring ties",
                     # "renewed its pledge to": one's own plan or promise put forward (not one broken or kept, whose
                     # act is then undone or done, not ahead)
                     "announce", "unveil", "float", "propose", "outline", "pursue", "renew", "reaffirm", "table"})


def verb_frame(trigger: Token, cues: Sequence[str], phrase_objects: Sequence[Token] = (), *, violent: bool = False, authority: bool = False) -> Frame:
    """Actor and recipient tokens of a verbal trigger, active or passive.

    ``phrase_objects`` are the object nouns of a verb-and-object trigger
    ("lodged a protest with Albania"): their prepositions name recipients too. ``violent``: the verb is
    one of violence done to people that always takes an object ("kill", trigger_roles.tsv `transitive`);
    ``authority``: an act of a state's authorities on a person ("arrest", "sentence", trigger_roles.tsv `authority`),
    or of sending people somewhere (`sending`: "were expelled to Iran").
    """
    # "civilians killed in the strike", "a British soldier jailed in Turkey": a past participle of violence or of
    # an authority's act that modifies a noun is a reduced passive, its noun the one who underwent it ("forces
    # backed by Washington" only describes them, and stays uncoded)
    reduced = trigger.dep_ == "acl" and trigger.tag_ == "VBN" and (violent or authority)
    agents = _objects_of_preposition(trigger, ("by",)) or _agents_after_a_time(trigger)
    # "militias hold sway, supported by US troops": a subjectless participle with its agent is a passive
    # whose undergoer is its clause's subject.
    adverbial = trigger.dep_ == "advcl" and trigger.tag_ == "VBN" and bool(agents) \
        and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in trigger.children)
    passive = reduced or adverbial or any(c.dep_ in _PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in trigger.children)
    if passive:
        stative = _objects_of_preposition(trigger, ("to",))
        if not agents and stative and not (violent or authority):
            # "Israel is opposed to French mediation", "Vietnam is committed to reform": a state, not a passive.
            return Frame(tuple(c for c in trigger.children if c.dep_ in _PASSIVE_SUBJECT_DEPS), tuple(stative), FrameKind.STATIVE)
        objects = [c for c in trigger.children if c.dep_ in _PASSIVE_SUBJECT_DEPS and c in phrase_objects]
        if objects:
            # "Russian missiles were fired at Kiev", "sanctions on Iran were lifted": the subject is the object of the
            # verb-and-object phrase, not who underwent it; whose it is did it, unless an agent says who did.
            preps = recipient_prepositions(cues)
            owners = tuple(m for o in objects for m in [*o.children, *_objects_of_preposition(o, ("by",))] if m.dep_ in ("poss", "amod", "compound", "nmod", "pobj"))
            aimed = [*_objects_of_preposition(trigger, preps), *(t for o in objects for t in _objects_of_preposition(o, preps))]
            return Frame(tuple(agents) or owners, tuple(aimed), FrameKind.PASSIVE)
        actors = tuple(agents)
        recipients = tuple(_antecedent(c, trigger) for c in trigger.children if c.dep_ in _PASSIVE_SUBJECT_DEPS)
        if not recipients and trigger.dep_ == "acl":
            recipients = (trigger.head,)
        if not recipients and adverbial:
            undergoer = clause_subject(trigger)
            recipients = (undergoer,) if undergoer is not None else ()
        return Frame(actors, recipients, FrameKind.PASSIVE)
    subject = clause_subject(trigger)
    actors = (subject,) if subject is not None else ()
    recipients: list[Token] = []
    wants_object = not cues or "dobj" in cues
    if wants_object:
        recipients.extend(_antecedent(c, trigger) for c in trigger.children if c.dep_ in ("dobj", "dative"))
        # "killed or wounded 4,315 fighters": the object hangs on the last of verbs that share it
        recipients.extend(o for c in object_sharers(trigger) for o in c.children if o.dep_ == "dobj")
    preps = recipient_prepositions(cues)
    recipients.extend(_objects_of_preposition(trigger, preps))
    # "lodged a protest with Albania", "accepted demands from the rebels": a verb-and-object trigger's
    # prepositions often hang on its object; "from"/"by" name whose demand or offer it was.
    objects = {*phrase_objects, *(() if wants_object else (c for c in trigger.children if c.dep_ == "dobj"))}
    for obj in sorted(objects, key=lambda t: t.i):
        recipients.extend(_objects_of_preposition(obj, (*preps, "from", "by")))
    if wants_object and "from" in preps:
        # "demanded an apology from Japan", "bought gas from Iran": the source may hang on what is sought or got.
        for obj in (c for c in trigger.children if c.dep_ == "dobj" and c not in objects):
            recipients.extend(_objects_of_preposition(obj, ("from",)))
    return Frame(actors, tuple(recipients), FrameKind.ACTIVE, fallback_recipient_tokens=tuple(_partner_of_main_clause(trigger)))


def _antecedent(argument: Token, verb: Token) -> Token:
    """ "the fighters that we captured", "the soldier, who was jailed": a relative pronoun stands for the noun its clause modifies."""
    return verb.head if verb.dep_ == "relcl" and argument.lower_ in _RELATIVE_PRONOUNS else argument


def _partner_of_main_clause(participle: Token) -> list[Token]:
    """ "Ankara has close ties with Iran, importing its gas": a subjectless participle that elaborates its
    clause deals with that clause's partner, when it names no one itself."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or any(c.dep_ in ("nsubj", "mark") for c in participle.children):
        return []
    main = participle.head
    return [t for head in (main, *(c for c in main.children if c.dep_ == "dobj")) for t in _objects_of_preposition(head, ("with",))]


def noun_frame(trigger: Token, cues: Sequence[str]) -> Frame:
    """Actor and recipient tokens of a nominal trigger ("Russia's attack on X", "talks with Y")."""
    actors: list[Token] = [c for c in trigger.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    actors.extend(_objects_of_preposition(trigger, ("by", "from")))
    actors.extend(_at_the_hands_of(trigger))
    # "talks sponsored by the United Nations", "an offensive led by Turkey", "a bombing claimed by Isis": who holds,
    # carries out or owns up to the event.
    actors.extend(t for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HOLDING_VERBS
                  for t in _objects_of_preposition(c, ("by",)))
    recipients = list(_objects_of_preposition(trigger, cue_prepositions(cues) or ("with", "against", "on", "to", "between", "over")))
    if comes_to_help(trigger):
        # "Iran came to his rescue", "urged Nato to come to Turkey's aid": whom the help is for owns the noun.
        undergoers = [c for c in trigger.children if c.dep_ == "poss"] + _objects_of_preposition(trigger, ("of",))
    else:
        undergoers = _undergoing_possessors(trigger, cues)
    actors = [a for a in actors if a not in undergoers]
    recipients.extend(undergoers)
    fallback: tuple[Token, ...] = ()
    fallback_recipients: tuple[Token, ...] = ()
    governor = _governing_verb(trigger)
    givers = _objects_of_preposition(trigger, ("of",)) if trigger.lemma_.lower() in _HELP_NOUNS else []
    if givers and trigger.dep_ == "pobj" and trigger.head.lower_ == "with":
        # "retook the town with the backing of Russian jets", "the rebels, with the support of Turkey, ...": whose
        # backing it is gives it, to the clause's subject or to the noun it goes with.
        backed = trigger.head.head
        helped = clause_subject(backed) if backed == governor else backed if backed.pos_ in ("NOUN", "PROPN") else None
        return Frame(tuple(givers), (), FrameKind.NOMINAL, (), (helped,) if helped is not None else ())
    if governor is not None and trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and trigger.head.head == governor:
        # "the town is under threat from Turkey", "came under attack by rebels": the subject suffers it.
        subject = clause_subject(governor) or next((c for c in governor.children if c.dep_ in _PASSIVE_SUBJECT_DEPS), None)
        return Frame(tuple(actors), tuple(recipients), FrameKind.NOMINAL_UNDER, (), (subject,) if subject is not None else ())
    # "expelled diplomats over alleged interference", "amid protests": a reason or backdrop is not the subject's own act.
    reason = trigger.dep_ == "pobj" and trigger.head.lower_ in _REASON_PREPOSITIONS
    # "After a meeting with May, Yıldırım said", "rebels withdrew after clashes with the army": a backdrop held
    # "with" someone had the clause's subject as its other side.
    reason = reason and not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)
    if governor is not None and trigger.dep_ not in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS and not reason:
        subject = clause_subject(governor)
        if subject is None and trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and trigger.head.head == governor:
            # "Serb forces were engaged in ethnic cleansing", "militias involved in the killings": who is engaged acts.
            subject = next((c for c in governor.children if c.dep_ in _PASSIVE_SUBJECT_DEPS), None)
        if subject is not None and subject != trigger:
            fallback = (subject,)
        fallback_recipients = tuple(c for c in governor.children if c.dep_ == "dative") + tuple(
            _objects_of_preposition(governor, ("to", "for", "with", "against", "on"))
        )
    return Frame(tuple(actors), tuple(recipients), FrameKind.NOMINAL, fallback, fallback_recipients)


# Events whose object is usually the actor's own forces ("withdrew its troops", "mobilised reservists"), not a target.
OWN_FORCES = {"RETREAT", "MOBILIZE"}


def moves_own(entry: Any) -> bool:
    """A retreat or mobilisation, or a withdrawal of one's envoys, aid or membership (SANCTION withdraw): the actor
    moves what is its own, so what is moved stands for the actor and the place left is the recipient."""
    return entry.event in OWN_FORCES or (entry.event == "SANCTION" and entry.mode == "withdraw")


# Possessives that name a person: "his arrest", "her release", "their deportation".
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "your"})


def comes_to_help(noun: Token) -> bool:
    """ "came to his rescue", "rushed to the aid of Kiev": the noun is the goal of a verb of coming."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_ in _VERBS_OF_COMING


def _undergoing_possessors(trigger: Token, cues: Sequence[str]) -> list[Token]:
    """ "his arrest", "her release", "Khashoggi's murder": a person who owns a word of something done to people
    (the `poss` cue of triggers.tsv) underwent it, unless an "of" phrase names who did ("Russia's arrest of the
    journalist"). A state or group that owns it did it ("Turkey's detentions")."""
    if "poss" not in cues or _objects_of_preposition(trigger, ("of",)):
        return []
    return [c for c in trigger.children if c.dep_ == "poss" and (c.lower_ in _PERSONAL_POSSESSIVES or c.ent_type_ == "PERSON")]


def movement_frame(trigger: Token, frame: Frame) -> Frame:
    """A withdrawal or deployment: where from or to is the recipient, not an actor.

    Who orders it acts ("the US speeded up the withdrawal of its forces"); when no one is
    said to, who moves does ("the withdrawal of US soldiers from Syria began").
    """
    movers = tuple(objects_of_preposition(trigger, ("of",)))
    # "the withdrawal of some forces from Panama": the place left may hang on the movers.
    left = [t for head in (trigger, *movers) for t in objects_of_preposition(head, ("from",))]
    actors = tuple(t for t in frame.actor_tokens if t not in left)
    recipients = tuple(t for t in frame.recipient_tokens if t not in movers) + tuple(left)
    return Frame(actors, recipients, frame.kind, frame.fallback_actor_tokens or movers, frame.fallback_recipient_tokens)


def complement_subjects(trigger: Token) -> list[Token]:
    """The subject of the trigger's "that" clause: who is to act ("demanded that Israel ease restrictions" -> Israel)."""
    return [c for clause in _content_clauses(trigger) for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]


def _content_clauses(trigger: Token) -> list[Token]:
    """The trigger's complement clauses, without a misparsed relative ("the city where 100 people were killed").

    A noun's "that" clause counts too ("its demand that Israel ease restrictions").
    """
    return [
        c for c in trigger.children
        if (c.dep_ == "ccomp" or (c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)))
        and not any(g.tag_ == "WRB" and g.i < c.i for g in c.children)
    ]


def complement_recipients(trigger: Token) -> list[Token]:
    """Recipients named inside the trigger's complement.

    "demanded that Israel ease restrictions" -> Israel; "offered to hand over
    suspects to Britain" -> Britain; "promised to continue aid to Mozambique"
    -> Mozambique.
    """
    found: list[Token] = []
    for clause in (c for c in trigger.children if c.dep_ == "xcomp" or c in _content_clauses(trigger)):
        if clause.dep_ != "xcomp":
            found.extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
        found.extend(c for c in clause.children if c.dep_ in ("dobj", "dative"))
        found.extend(_objects_of_preposition(clause, ("to", "with", "against", "on", "for")))
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            found.extend(_objects_of_preposition(obj, ("to", "for", "with", "against", "on")))
        for inner in (c for c in clause.children if c.dep_ == "xcomp"):
            found.extend(c for c in inner.children if c.dep_ in ("dobj", "dative"))
            found.extend(_objects_of_preposition(inner, ("to", "with", "against", "on", "for")))
    return found


def asked_to_act(trigger: Token) -> list[Token]:
    """Whose act a demand asks for, named on the act: "called for US support", "appealed for Nato help",
    "calls for a UN-led inquiry" -> the modifier of what is asked for. Not a possessor, who is as often the
    one the act is for ("an appeal for his release"), nor anyone further in ("the release of Turkish prisoners")."""
    return [m for asked in _objects_of_preposition(trigger, ("for",)) for m in asked.children if m.dep_ in ("compound", "amod", "nmod")
            and any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") for t in m.subtree)]  # a name, not "a separate state"


def condition_subjects(trigger: Token) -> list[Token]:
    """Who must comply with an ultimatum: the subject of its "unless" / "if" clause.

    "threatened to launch an offensive unless Baghdad accepted its conditions"
    -> Baghdad; "threatened to stop the talks if the United States goes ahead" ->
    the United States.
    """
    found: list[Token] = []
    for clause in [trigger, *(c for c in trigger.children if c.dep_ in ("xcomp", "ccomp"))]:
        for condition in (c for c in clause.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in condition.children):
                found.extend(c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass"))
    return found


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(5):
        # ("the jihadis were responsible for attacks in Britain": the attacks are theirs)
        blamed_for = current.dep_ == "acomp" and current.lemma_.lower() in _CULPABILITY
        if current.dep_ in ("dobj", "pobj", "attr", "prep", "oprd", "npadvmod", "appos", "conj") or blamed_for:
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                return current
            continue
        return None
    return None


def governing_verb(token: Token) -> Token | None:
    """The verb a nominal trigger is the object or complement of, if any."""
    return _governing_verb(token)
