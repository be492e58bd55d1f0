"""Whether an event happened: PLOVER's auxiliary modes read from the clause.

Cues (auxiliaries, negation, governing verbs such as "plans to" or "denied",
modifiers such as "planned", conditional conjunctions) live in
``data/status_cues.tsv``; this module only walks the parse to find them.
"""

from __future__ import annotations

from spacy.tokens import Token

from sanderling.events.background import object_long_lasting, recalled_as_background
from sanderling.events.clause_scope import (
    aim_noun,
    averted_by,
    child_towards,
    clause_of_object,
    condition_of,
    definite,
    done_by_deciding,
    done_in,
    effort_made_by,
    goal_noun,
    governors_of,
    in_time_clause,
    judged_infinitive,
    later_than,
    likelihood_noun,
    noun_cue,
    object_of,
    taken_as_given,
)
from sanderling.events.completions import completed_status
from sanderling.events.lexicon import Lexicon
from sanderling.events.modality import Status, counterfactual, finding, modal_status, own_status, set_aside
from sanderling.events.tenses import is_pluperfect, tensed_verb, verb_tense
from sanderling.events.tree import continued_infinitive


def decide_status(trigger: Token, anchor: Token, lexicon: Lexicon) -> Status:
    """The status and the cue that decided it; asserted when none applies."""
    effort = effort_made_by(anchor, lexicon.status_cues)
    if effort is not None:
        # "By arming militias, Tehran has sought to push back Isis": the means is how the effort was made, so it
        # stands as the effort does, not as its aim.
        made = decide_status(effort, effort, lexicon)
        return Status(made.value, f"means of '{effort.text}' ({made.reason or made.value})", made.cue)
    status = _clause_status(trigger, anchor, lexicon)
    if status.value != "asserted":
        return status
    shared = _shared_status(trigger, anchor, lexicon, status)
    if shared.value in ("future", "hypothetical") and trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and trigger != anchor:
        # "would send two men to stand trial on charges", "should be summoned for all his massacres": a thing a
        # preposition names is there already; only its own clause's words make it planned or supposed.
        return status
    return shared


def _shared_status(trigger: Token, anchor: Token, lexicon: Lexicon, status: Status) -> Status:
    """The status the event shares with a clause its own clause depends on, else ``status``."""
    if in_time_clause(anchor) and decide_status(anchor.head, anchor.head, lexicon).value == "future":
        # "what will happen when US troops leave": a time clause's present tense speaks of its future main clause's time.
        return Status("future", f"time clause of '{anchor.head.text}'", anchor.head)
    if in_time_clause(anchor) and any(c.dep_ in ("mark", "advmod") and c.lower_ == "once" for c in anchor.children) \
            and verb_tense(tensed_verb(anchor.head)) not in ("past", "perfect"):
        # "how the Kurds are to be protected once US forces leave": "once" with a present tense waits for what has not come.
        return Status("future", "time clause of 'once'", anchor.head)
    if later_than(anchor):
        # "proceedings would have to end before any extradition took place": what comes after something still
        # ahead or supposed is ahead or supposed too, whatever the tense reported speech gives it.
        main = decide_status(anchor.head, anchor.head, lexicon)
        if main.value in ("future", "hypothetical"):
            return Status(main.value, f"after '{anchor.head.text}' ({main.reason})", anchor.head)  # no plan of this actor's
    if anchor.dep_ == "conj" and anchor.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        # "is due to arrive tomorrow, then fly on": a conjoined verb shares its head's status; but "will not join
        # the strikes, but supports the effort" contrasts with its head's negation.
        shared = _clause_status(anchor.head, anchor.head, lexicon)
        contrasted = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in anchor.head.children if anchor.head.i < c.i < anchor.i)
        # "insisted he would stop her and ordered her citizenship revoked": a verb with a tense of its own is outside
        # the first verb's auxiliary.
        finite = anchor.tag_ in ("VBD", "VBZ", "VBP") and shared.cue is not None and shared.cue.head == anchor.head and shared.cue.dep_ in ("aux", "neg")
        # "once backed the Nusra Front and backs Ahrar al-Sham": a present verb is now, whatever its head recalls.
        now = shared.value == "historical" and verb_tense(anchor) == "present"
        return status if (contrasted and shared.value == "negated") or finite or now else shared
    before = continued_infinitive(anchor)
    if before is not None:
        # "is due to arrive tomorrow, then fly on to Beijing" parsed without the coordination: the bare verb
        # continues the plan of the infinitive before it.
        shared = decide_status(before, before, lexicon)
        if shared.value != "asserted":
            return Status(shared.value, f"continues '{before.text}' ({shared.reason})", shared.cue)
    if anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and (trigger == anchor or trigger.dep_ == "dobj") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in anchor.children):
        # "could give Ankara an excuse, triggering an exodus": a participle telling what follows shares a supposed
        # or planned main clause's status (not a negated one: "did not retreat, fighting on" fought).
        head_status = decide_status(anchor.head, anchor.head, lexicon)
        # "has attempted to mount a rearguard action, pressing upon Trump that ...": the way the trying is done happens.
        tried = head_status.cue is not None and lexicon.status_cues["aim"].get(head_status.cue.lemma_.lower()) is not None
        if head_status.value in ("future", "hypothetical") and not tried:
            return Status(head_status.value, f"participle of a clause that is {head_status.value} ({head_status.reason})", anchor.head)
    if anchor.dep_ == "acl" and anchor.tag_ == "VBN" and anchor.head.dep_ == "dobj" and trigger == anchor:
        # "would prefer the Iranian forces expelled", "wants the fighters tried at home": a participle completing the
        # object of a wish is wished for, as the wish's infinitive would be.
        wisher = anchor.head.head
        wished = lexicon.status_cues["governor"].get(wisher.lemma_.lower())
        if wished in ("future", "hypothetical"):
            return Status(wished, f"object complement of '{wisher.text}'", wisher)
    clause_verb = clause_of_object(anchor.head) if anchor.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children) else None
    if clause_verb is not None:
        # "would not put lives at risk to rescue them", "will send aid to help refugees": an infinitive on an object
        # tells the clause's purpose and shares what is planned, supposed or refused of it.
        head_status = decide_status(clause_verb, clause_verb, lexicon)
        if head_status.value != "asserted":
            return Status(head_status.value, f"purpose of a clause that is {head_status.value} ({head_status.reason})", clause_verb)
    if anchor.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        # A purpose clause shares its head's status: "is due to begin a tour to reassure allies" is
        # future, "did not send troops to attack" negated, "fought to liberate the town" happened.
        head_status = decide_status(anchor.head, anchor.head, lexicon)
        if head_status.value != "asserted":
            return Status(head_status.value, f"purpose of a clause that is {head_status.value} ({head_status.reason})", head_status.cue)
    return status


def _clause_status(trigger: Token, anchor: Token, lexicon: Lexicon) -> Status:
    """What the event's own clause and the clauses governing it say, in order of precedence; asserted when nothing does."""
    given = taken_as_given(trigger, anchor, lexicon)
    if given is not None:
        return own_status(trigger, lexicon.status_cues, given)
    governors = _governors(trigger, anchor)
    for reading in _CLAUSE_READINGS:
        status = reading(trigger, anchor, governors, lexicon)
        if status is not None:
            return status
    return Status("asserted")


def _governors(trigger: Token, anchor: Token) -> list[Token]:
    """The verbs the event hangs on; for a nominal trigger, the verb it is attached to comes first ("plan for the withdrawal")."""
    governors = governors_of(anchor)
    return [anchor, *governors] if anchor != trigger else governors


def _counterfactual(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    if counterfactual(anchor, lexicon):
        # "without this, she would not have been accepted back": what would or would not have been, had things gone
        # otherwise, is supposed either way.
        return Status("hypothetical", "counterfactual 'would have'", next(c for c in anchor.children if c.lower_ == "would"))
    if anchor.dep_ == "advcl" and is_pluperfect(anchor) and any(c.dep_ == "mark" and c.lower_ == "if" for c in anchor.children) \
            and counterfactual(anchor.head, lexicon):
        # "if Russia had not intervened, the rebels would have won": the condition of a counterfactual is supposed too.
        return Status("hypothetical", "condition of a counterfactual", next(c for c in anchor.children if c.lower_ == "if"))
    return None


def _negated_by_own_words(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    cues = lexicon.status_cues
    clause = [trigger] if trigger == anchor else [trigger, anchor]
    for token in clause:
        # "will not pull out until Isis is gone": not before, so after; the negation bounds the time, not the event.
        bounded = any(c.lower_ == "until" or any(m.lower_ == "until" for m in c.children if m.dep_ == "mark") for c in token.children)
        for child in token.children:
            if child.dep_ == "neg" and cues["neg"].get(child.lower_) == "negated" and not bounded:
                return Status("negated", f"negation '{child.text}'", child)
            if child.dep_ == "advmod" and any(cues["neg"].get(f"{g.lower_} {child.lower_}") == "negated" for g in child.children if g.dep_ == "neg"):
                # "would no longer supply arms": what stops is not done any more.
                return Status("negated", f"negation 'no {child.text}'", child)
            if child.dep_ == "det" and token.pos_ in ("NOUN", "PROPN") and cues["det"].get(child.lower_) == "negated":
                return Status("negated", f"determiner '{child.text}'", child)
    # The verb's own subject, or a light or attending verb's for the noun it carries ("no one launched an attack",
    # "neither side attended the talks"); not a verb that only reacts to the noun ("none of them condemned the attack").
    carried = trigger == anchor or (trigger.dep_ == "dobj" and any(lexicon.has_role(anchor.lemma_.lower(), role) for role in ("light", "attendance")))
    if carried and anchor.pos_ == "VERB" and (nobody := _no_one(anchor, cues)) is not None:
        return Status("negated", f"subject '{nobody.text}'", nobody)
    noun_head = trigger
    while noun_head.dep_ == "conj" and noun_head.head.pos_ in ("NOUN", "PROPN"):
        noun_head = noun_head.head
        if any(c.dep_ == "det" and cues["det"].get(c.lower_) == "negated" for c in noun_head.children):
            return Status("negated", f"determiner on '{noun_head.text}'", noun_head)
    return None


def _no_one(verb: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """ "None of the big powers support him", "no one was killed", "neither Russia nor Iran attended": a subject
    that names no one does the verb's deed to no one's account; the word that says so."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if cues["subject"].get(subject.lower_) == "negated":
            return subject
        word = next((c for c in subject.children if c.dep_ in ("det", "preconj")
                     and (cues["det"].get(c.lower_) == "negated" or cues["subject"].get(c.lower_) == "negated")), None)
        if word is not None:
            return word
    return None


def _set_aside(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    return set_aside(trigger, anchor, lexicon.status_cues)


def _questioned_or_denied_above(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    cues = lexicon.status_cues
    for below, governor in zip([anchor, *governors], governors):
        lemma = governor.lemma_.lower()
        if below.dep_ in ("pcomp", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "whether" for c in below.children):
            # "would not comment on whether it would seek extradition": an open question, whatever is said of it.
            return Status("hypothetical", "an open question ('whether')", below)
        if cues["governor"].get(lemma) == "negated" or cues["governor"].get(_with_particle(governor)) == "negated":
            if not any(c.dep_ == "neg" for c in governor.children):
                return Status("negated", f"governed by '{governor.text}'", governor)
            if _with_particle(governor) == "rule out":
                return Status("hypothetical", f"not '{governor.text}'", governor)  # "has not ruled out a strike": still possible
            continue  # "did not cancel the visit": the visit stands as the rest of the clause tells it
        pending = next((c for c in governor.children if c.dep_ == "advmod" and cues["pending"].get(c.lower_)), None)
        if pending is not None and lemma in ("be", "have") and below.dep_ == "xcomp" and below == anchor and trigger in (anchor, *anchor.children):
            return Status("negated", f"'{governor.text} {pending.text} to'", governor)
        degree = next((c for c in governor.children if c.dep_ == "advmod" and c.lower_ in _DEGREE_STATUS), None) if governor.pos_ == "ADJ" else None
        if degree is not None and _infinitive_of(below, anchor):
            # "too weak to attack the city": not done; "strong enough to attack the city": an ability, as "able to" is.
            words = f"{degree.text} {governor.text}" if degree.i < governor.i else f"{governor.text} {degree.text}"
            return Status(_DEGREE_STATUS[degree.lower_], f"'{words} to'", governor)
        mistaken = next((c for c in governor.children if c.dep_ == "advmod" and cues["mistaken"].get(c.lower_)), None)
        if mistaken is not None and any(lexicon.has_role(lemma, role) for role in ("speech", "report", "belief")):
            # "was mistakenly thought to be killed", "wrongly reported to have died": believed or told, and untrue.
            return Status("negated", f"'{mistaken.text} {governor.text}'", governor)
        if any(c.dep_ == "neg" for c in governor.children) and not lexicon.has_role(lemma, "speech"):
            # "did not go there to kill": negating the governing clause negates the event (not so "did not say that ...").
            return Status("negated", f"negated '{governor.text}'", governor)
    return None


def _with_particle(verb: Token) -> str:
    """ "ruled out", "called off": the verb's lemma with its particle, as the cues write phrasal verbs."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None else verb.lemma_.lower()


# Adverbs of degree on an adjective whose to-infinitive then tells what was not done, or could be.
_DEGREE_STATUS = {"too": "negated", "enough": "hypothetical"}


def _infinitive_of(below: Token, anchor: Token) -> bool:
    """The event's own verb is the to-infinitive complement hanging on the word above ("too weak to attack")."""
    return below.dep_ == "xcomp" and below == anchor and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)


def _refused_or_averted(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    cues = lexicon.status_cues
    carried = trigger == anchor or (trigger.head == anchor and lexicon.has_role(anchor.lemma_.lower(), "light"))
    if carried and anchor.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children) \
            and cues["noun"].get(anchor.head.lemma_.lower()) == "negated":
        # "Iran's refusal to release the tanker", "the failure to hold talks": not done ("refusal to back
        # Cameron's call" leaves the call made).
        return Status("negated", f"infinitive of '{anchor.head.text}'", anchor.head)
    averter = averted_by(trigger, cues)
    if averter is not None:
        return Status("negated", f"averted by '{averter.text}'", averter)
    return None


def _goal_or_likelihood(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    cues = lexicon.status_cues
    goal = goal_noun(trigger, cues)
    if goal is not None:
        # "the path to a ceasefire would be the next step": not reached yet, and only supposed if the way to it is.
        way = decide_status(goal, goal if goal.pos_ == "VERB" else goal.head if goal.head.pos_ in ("VERB", "AUX") else goal, lexicon)
        value = way.value if way.value in ("hypothetical", "negated") else "future"
        return Status(value, f"goal of '{goal.text}'" + (f" ({way.reason})" if value == way.value else ""), goal)
    likelihood = likelihood_noun(trigger, cues)
    if likelihood is not None:
        if _none_of(likelihood):
            return Status("negated", f"'no {likelihood.text} of'", likelihood)  # "has no intention of withdrawing"
        return Status(cues["of_noun"][likelihood.lemma_.lower()], f"'{likelihood.text} of'", likelihood)
    return None


def _supposed(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    cues = lexicon.status_cues
    for token in [anchor, *governors]:
        for child in token.children:
            if child.dep_ == "mark" and cues["mark"].get(child.lower_) == "hypothetical":
                return Status("hypothetical", f"conditional '{child.text}'", child)
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and cues["mark"].get(c.lower_) for c in token.children):
            return Status("hypothetical", "conditional clause")
    doer = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), anchor.head if anchor.dep_ in ("acl", "relcl") else None)
    if doer is not None and cues["generic"].get(doer.lower_):
        # "ten years in jail for anyone giving him support", "a reward to whoever kills him": no one in particular acts.
        return Status(cues["generic"][doer.lower_], f"done by '{doer.text}', no one in particular", doer)
    judge = judged_infinitive(anchor)
    if judge is not None and (trigger == anchor or not definite(trigger)):
        return Status("hypothetical", f"judged with '{judge.text}'", judge)
    condition = condition_of(anchor, cues)
    if condition is not None:
        # "will die if they are not allowed to leave": what follows from a supposition is supposed too.
        return Status("hypothetical", f"consequence of '{condition.text}'", condition)
    for child in anchor.children if anchor.tag_ not in ("VBN", "VBD") else ():
        # "potentially triggering an exodus" supposes; "were potentially killed unlawfully" hedges a report.
        if child.dep_ == "advmod" and cues["advmod"].get(child.lower_) == "hypothetical":
            return Status("hypothetical", f"adverb '{child.text}'", child)
    return modal_status(anchor, lexicon)


def _ahead_above(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    """A governing verb that plans, awaits, asks for or only may do what it governs."""
    cues = lexicon.status_cues
    for governor in governors:
        lemma = governor.lemma_.lower()
        below = child_towards(trigger, governor)
        if below is not None and below.dep_ == "prep" and object_of(trigger, below) and cues["governor"].get(f"{lemma} {below.lower_}") == "future":
            # "counting on support", "bracing for an attack", "called for talks": what is awaited or asked for.
            return Status("future", f"governed by '{governor.text} {below.text}'", governor)
        if lemma == "go" and (governor.tag_ != "VBG" or below is None or below.dep_ != "xcomp"):
            continue  # "is going to strike" looks ahead; "went on strike" and "going into the call" do not
        completed = completed_status(trigger, anchor, governor, below, cues)
        if completed is not None:
            return Status(*completed, governor)
        if cues["governor"].get(lemma) == "future" and (governor.pos_ in ("VERB", "ADJ", "AUX") or lemma == "due"):
            if lemma in ("agree", "offer", "invite", "pledge", "promise") and trigger == anchor == governor:
                continue
            if finding(governor, below, cues) or done_by_deciding(anchor, governor, cues):
                continue  # ("decided to revoke her citizenship": revoked by the deciding)
            return Status("future", f"governed by '{governor.text}'", governor)
        if cues["governor"].get(lemma) == "hypothetical" and governor.pos_ in ("VERB", "ADJ") and below is not None \
                and ((below.dep_ == "xcomp" and done_in(trigger, anchor)) or (below.dep_ == "dobj" and done_in(trigger, governor))):
            # "is considering suspending relations", "weighing new sanctions", "fears an attack": what is weighed or
            # feared is only possible; a definite object is already there ("considered the attack an act of war").
            return Status("hypothetical", f"weighed with '{governor.text}'", governor)
        if any(c.dep_ == "aux" and cues["aux"].get(c.lower_) == "future" for c in governor.children) and governor.lemma_ == "be":
            return Status("future", f"auxiliary of '{governor.text}'", governor)
        if below is not None and below.dep_ == "xcomp" and below.tag_ == "VBG" and cues["discontinue"].get(lemma):
            continue  # "must stop selling it arms": the selling goes on; only its stopping is owed or planned
        if below is not None and below.dep_ == "xcomp" and governor.pos_ == "VERB" and done_in(trigger, anchor):
            # "will begin to withdraw", "could try to attack", "would have to withdraw": the complement is only as
            # real as the verb it completes. The verb, not its auxiliary, is the cue: "will continue to regroup"
            # predicts; it states no plan of the actor's.
            modal = modal_status(governor, lexicon)
            if modal is not None:
                return Status(modal.value, f"complement of '{governor.text}' ({modal.reason})", governor)
    return None


def _nominal(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    """What a nominal event's modifiers and the verb it is the subject of say ("the planned withdrawal", "talks will be")."""
    cues = lexicon.status_cues
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in trigger.children:
        if child.dep_ in ("amod", "compound", "advmod") and cues["modifier"].get(child.lower_) in ("future", "hypothetical"):
            return Status(cues["modifier"][child.lower_], f"modifier '{child.text}'", child)
    if trigger.dep_ in ("nsubj", "attr") and any(c.dep_ == "aux" and cues["aux"].get(c.lower_) == "future" for c in trigger.head.children):
        return Status("future", f"auxiliary of '{trigger.head.text}'", trigger.head)
    if trigger.dep_ == "nsubj" and cues["governor"].get(trigger.head.lemma_.lower()) == "hypothetical" \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in trigger.children):
        # "a direct clash risks a wider war": an indefinite event weighed for its risks is itself supposed.
        return Status("hypothetical", f"weighed with '{trigger.head.text}'", trigger.head)
    return None


def _none_of(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


# Nouns of trying, whose attempted attack is an attack: the noun forms of the `aim` verbs "try" and "attempt".
_NOUNS_OF_TRYING = frozenset({"attempt", "bid", "try"})


def _aimed_at(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    cues = lexicon.status_cues
    aim = aim_noun(anchor, lexicon)
    if aim is not None and aim.dep_ in ("nsubj", "nsubjpass") and cues["governor"].get(aim.head.lemma_.lower()) == "negated":
        # "attempts to force its exit have failed": what the failed effort aimed at did not happen.
        return Status("negated", f"'{aim.text}' {aim.head.text}", aim.head)
    if aim is not None and aim.lemma_.lower() in _NOUNS_OF_TRYING and cues["attempted"].get(anchor.lemma_.lower()):
        # "an attempt to kill him", "a bid to storm the base": an attempted attack is an attack (PLOVER ASSAULT).
        return None
    if aim is not None and noun_cue(aim, cues) == "future" and _none_of(aim):
        return Status("negated", f"'no {aim.text}' to", aim)  # "has no plans to release them"
    if aim is not None and noun_cue(aim, cues) == "future" and not done_by_deciding(anchor, aim, cues):
        # "his decision to withdraw", "efforts to broker a deal", "a green light to attack": decided, tried or
        # allowed, not yet done.
        return Status("future", f"infinitive of '{aim.text}'", aim)
    own_act = trigger == anchor or (trigger.dep_ == "dobj" and trigger.head == anchor)
    if aim is not None and noun_cue(aim, cues) == "hypothetical" and own_act and not _none_of(aim):
        # "the need to find a compromise", "an opportunity to meet": owed or open, not done ("a duty to react to the
        # use of chemical weapons" leaves the use done; "misses no opportunity to vilify Iran" does vilify it).
        return Status("hypothetical", f"infinitive of '{aim.text}'", aim)
    return None


def _background(trigger: Token, anchor: Token, governors: list[Token], lexicon: Lexicon) -> Status | None:
    cues = lexicon.status_cues
    for child in anchor.children:
        # "has traditionally taken the most refugees", "has long backed the rebels": background, not news.
        if child.dep_ == "advmod" and cues["advmod"].get(child.lower_) == "historical":
            return Status("historical", f"adverb '{child.text}'", child)
        if child.dep_ == "advmod" and child.i < anchor.i and cues["advmod_before"].get(child.lower_) == "historical" and verb_tense(anchor) == "past":
            # "It once backed the Nusra Front": before a past verb "once" is formerly ("attacked once" counts).
            return Status("historical", f"adverb '{child.text}'", child)
    standing = _standing_agreement(trigger, cues)
    if standing is not None:
        return Status("historical", f"an agreement already standing ('{standing.text}')", standing)
    span = recalled_as_background(trigger, anchor, cues)
    if span is None and trigger == anchor:
        carries = lexicon.has_role(anchor.lemma_.lower(), "light") or cues["carries"].get(anchor.lemma_.lower()) is not None
        span = object_long_lasting(anchor, cues, carries)
    if span is not None:
        return Status("historical", f"years back ('{span.text}')", span, years_back=True)
    return None


# Modifiers that make an agreement one still in the making, not one already named: "the proposed deal", "the new accord".
_UNMADE = frozenset({"own", "new", "latest", "proposed", "planned", "draft", "possible", "potential", "future", "prospective", "tentative", "interim"})


def _standing_agreement(trigger: Token, cues: dict[str, dict[str, str]]) -> Token | None:
    """ "torpedoed the Iran nuclear deal", "the 2015 Minsk agreement": a definite agreement named by what it is about
    (status_cues.tsv `standing`) is one concluded before the story, not news, unless the clause makes it
    ("signed the peace deal", `concluding` verbs). Returns the named phrase's noun."""
    if trigger.pos_ != "NOUN" or cues["standing"].get(trigger.lemma_.lower()) is None:
        return None
    if not any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in trigger.children):
        return None
    named = [c for c in trigger.children if (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN", "NUM"))
             or (c.dep_ == "amod" and c.tag_ == "JJ") or (c.dep_ == "nummod" and c.like_num)]
    if not named or any(c.dep_ == "amod" and c.lower_ in _UNMADE for c in trigger.children):
        return None
    head = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if trigger.dep_ in ("dobj", "pobj", "nsubjpass") and cues["concluding"].get(head.lemma_.lower()):
        return None  # "signed the peace deal", "agreed on the ceasefire agreement", "the deal was reached"
    return trigger


# First reading that applies wins: a counterfactual or a negation outweighs a plan above it, a plan outweighs background.
_CLAUSE_READINGS = (
    _counterfactual,
    _negated_by_own_words,
    _set_aside,
    _questioned_or_denied_above,
    _refused_or_averted,
    _goal_or_likelihood,
    _supposed,
    _ahead_above,
    _nominal,
    _aimed_at,
    _background,
)


def said_long_ago(anchor: Token, lexicon: Lexicon) -> bool:
    """The clause that states the event, or one governing it, is background ("the Pentagon was initially told
    to plan for the withdrawal"): what was announced then was announced before the story."""
    cues = lexicon.status_cues["advmod"]
    return any(c.dep_ == "advmod" and cues.get(c.lower_) == "historical" for verb in [anchor, *governors_of(anchor)] for c in verb.children)
