"""Where an event stands in the story's time: its status and date once tense has had its say.

``status.decide_status`` reads negation, modality and the verbs governing an event, and
``dating.date_event`` its date. Tense then moves an event told as fact: dated well before
publication, told in the past perfect or as background in the present perfect, it is history;
dated after publication, it lies ahead. What might happen lies ahead too ("could meet"), and
is dated so when no date of its own says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from sanderling.events.dating import EventDate, is_after, is_well_before
from sanderling.events.lexicon import Lexicon
from sanderling.events.sayings import in_reported_speech
from sanderling.events.status import decide_status
from sanderling.events.tenses import is_background_perfect, is_pluperfect, tensed_verb, verb_tense


@dataclass(frozen=True, slots=True)
class StoryTime:
    """An event's status and why, its date, the tense of its clause and the cue word of its status (if any)."""

    status: str
    reason: str
    date: str | None
    date_text: str | None
    basis: str
    tense: str | None
    cue: Token | None


def story_time(trigger: Token, anchor: Token, when: EventDate, lexicon: Lexicon, published: date) -> StoryTime:
    """The status and date of the event of ``trigger`` in the clause of ``anchor``, dated ``when`` by its words."""
    decision = decide_status(trigger, anchor, lexicon)
    tense = verb_tense(tensed_verb(anchor))
    status, status_reason = decision.value, decision.reason
    date_value, basis, date_text = when.value, when.basis, when.text
    if status == "asserted" and basis != "published" and is_well_before(date_value, published):
        status, status_reason = "historical", f"dated {date_value}, well before publication"
    elif status == "asserted" and when.set_in is not None and is_well_before(when.set_in, published):
        status, status_reason = "historical", f"set in {when.set_in}, well before publication"
    elif status == "asserted" and (is_pluperfect(tensed_verb(anchor)) or _during_pluperfect(anchor)) and not in_reported_speech(anchor, _reporting_lemmas(lexicon)):
        status, status_reason = "historical", "past perfect: before the story's own time"
    elif status == "asserted" and (is_background_perfect(anchor) or _summed_up(anchor, lexicon)) and not _span_of_the_news(anchor, when, published):
        status, status_reason = "historical", "present perfect of a span ('since ...'), of a relative clause or of helping: background"
        if basis == "published":
            # Background reaching back to some past time is not the day's news.
            date_value, basis, date_text = "PAST_REF", "inferred", None
    elif status == "asserted" and basis == "explicit" and is_after(date_value, published):
        status, status_reason = "future", f"dated {date_value}, after publication"
    if status == "historical" and (basis == "published" or (decision.years_back and basis != "explicit")):
        # "has previously refused": history is not the day's news, whatever cue made it history
        date_value, basis, date_text = "PAST_REF", "inferred", None
    # "would commit to", "could meet": what might happen lies ahead, unless it is what might have happened.
    # An aim tried for in the past ("tried to extract a pledge") keeps the time of the trying.
    tried_before = decision.cue is not None and lexicon.status_cues["aim"].get(decision.cue.lemma_.lower()) is not None \
        and verb_tense(tensed_verb(decision.cue)) == "past"
    # "could have met" is what might have happened; "the possible withdrawal ... has raised alarm" is a withdrawal that
    # may yet come, whatever the tense of the verb its noun hangs on.
    own_modifier = decision.cue is not None and trigger.pos_ == "NOUN" and decision.cue.head == trigger
    might_have_been = not own_modifier and any(c.lemma_ == "have" and c.dep_ == "aux" for c in tensed_verb(anchor).children)
    looks_ahead = status == "future" or (status == "hypothetical" and not tried_before and not might_have_been)
    if status == "hypothetical" and looks_ahead and _supposed_back_then(anchor, when, published):
        # "When the war started in March 2011, most thought Assad would be deposed by Christmas": a supposition made
        # long before the story was ahead only then; its time is that past one.
        status_reason = f"{status_reason}, supposed back in {date_value}"
    elif looks_ahead and not is_after(date_value, published) and basis != "explicit":
        date_value, basis, date_text = "FUTURE_REF", "inferred", None
    return StoryTime(status, status_reason, date_value, date_text, basis, tense, decision.cue)



def _supposed_back_then(anchor: Token, when: EventDate, published: date) -> bool:
    """The sentence sets the supposition in a past time of its own, well before the story, and tells it in the past: no
    present or future verb stands between it and the sentence's main verb."""
    if when.basis == "published" or when.value in (None, "PAST_REF", "FUTURE_REF") or not when.text or when.text not in anchor.sent.text:
        return False
    if not is_well_before(when.value, published):
        return False
    verb = anchor
    for _ in range(5):
        tense = verb_tense(verb)
        # "would", "could": the past of "will", "can"; "can be contested" is told now.
        modal = any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "should") for c in verb.children)
        if tense == "perfect" or (tense == "present" and not modal and verb.tag_ != "VB"):
            return False
        if verb.head == verb:
            return tense == "past"
        verb = verb.head
    return False


def _reporting_lemmas(lexicon: Lexicon) -> frozenset[str]:
    """Verbs whose that-clause reports words or a finding ("said", "agreed the army had shelled the town"): a past perfect
    there is the past of the report shifted back, not a time before the story."""
    return lexicon.speech_lemmas | frozenset(lexicon.status_cues["finding"])


def _span_of_the_news(verb: Token, when: EventDate, published: date) -> bool:
    """ "have been bombed since Monday morning", "now accept": a span that begins in the story's own days, or a
    present told as now, is the news, not background."""
    if any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children) or _recent_stretch(verb):
        return True
    if when.value in (None, "PAST_REF") or not when.text or is_well_before(when.value, published):
        return False
    spans = [c for c in verb.children if c.lower_ == "since" and c.dep_ in ("prep", "mark")]
    spans += [c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)]
    # The span's time follows its "since" (the parse may hang "since the barrage began last Sunday" apart).
    return any(when.text in verb.doc[span.i:span.sent.end].text for span in spans)


_SHORT_UNITS = frozenset({"hour", "day", "week", "fortnight"})


def _recent_stretch(verb: Token) -> bool:
    """ "have been killed in the last two weeks", "over the past few days": a stretch of days or weeks up to now."""
    # "have been killed and hundreds wounded in the last two weeks": the stretch closes the coordination.
    clause = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for prep in (p for v in clause for p in v.children):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "over", "during", "within", "for"):
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _SHORT_UNITS \
                        and any(c.lower_ in ("last", "past") for c in noun.children if c.dep_ == "amod"):
                    return True
    return False


def _during_pluperfect(verb: Token) -> bool:
    """ "sanctions that had been lifted by Obama as he pushed for the deal": a 'when'/'as' clause of a past perfect."""
    return verb.dep_ == "advcl" and is_pluperfect(verb.head) and any(c.dep_ == "advmod" or c.dep_ == "mark" for c in verb.children if c.lower_ in ("as", "when", "while"))


def _summed_up(verb: Token, lexicon: Lexicon) -> bool:
    """ "has helped prop up Assad's forces", "have enabled the regime to retake territory": what a perfect of
    helping or enabling brought about is a course of events, not one new event."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    helper = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and lexicon.has_role(helper.lemma_.lower(), "contribution") and verb_tense(helper) == "perfect"
