"""A speaker's later quotes are dated by the occasion of their dated statement.

News dates a statement once and quotes it on: "During a visit to Jerusalem on
Sunday, Bolton said the withdrawal would depend on conditions. 'We are going to
withdraw,' Bolton said." The second "said" is Sunday's, not the publication's.
A past verb of saying with no time of its own takes the date of the same
speaker's last dated statement when only a few sentences separate them and the
story has not moved on to another time in between.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from sanderling.events.dating import AnchoredTimex, EventDate, date_event, is_well_before
from sanderling.events.sayings import Saying
from sanderling.events.tenses import verb_tense
from sanderling.model import Event
from sanderling.times.ranges import timex_range

# How many sentences may separate two statements of one speaker for them to be of one occasion.
QUOTE_SPAN = 3


@dataclass(slots=True)
class _Occasion:
    said_on: EventDate
    sentence: int


class SpeakerOccasions:
    """The dated occasions of the speakers of one article, read sentence by sentence."""

    def __init__(self, published: date, speech_lemmas: frozenset[str]) -> None:
        self._published = published
        self._speech_lemmas = speech_lemmas
        self._by_speaker: dict[int, _Occasion] = {}
        self._all_dated: dict[int, list[EventDate]] = {}  # every dated statement of each speaker in the article

    def date_sayings(self, said: list[Saying], number: int, sentence: Span, timexes: list[AnchoredTimex]) -> dict[int, EventDate]:
        """When each past verb of saying of the sentence was said, by token index, where the text tells."""
        dates: dict[int, EventDate] = {}
        for verb, speakers in ((s.verb, s.speakers) for s in said if verb_tense(s.verb) == "past"):
            own = date_event(trigger_tokens={verb.i}, anchor=verb, sentence=sentence, sentence_timexes=timexes, narrative=None, published=self._published)
            if own.basis == "explicit" and timex_range(own.value) is not None:
                for speaker in speakers:
                    self._by_speaker[speaker] = _Occasion(own, number)
                    self._all_dated.setdefault(speaker, []).append(own)
                continue
            occasion = next((self._by_speaker[s] for s in speakers if s in self._by_speaker and number - self._by_speaker[s].sentence <= QUOTE_SPAN), None)
            if occasion is not None:
                occasion.sentence = number
                dates[verb.i] = EventDate(occasion.said_on.value, occasion.said_on.text, "inferred")
        return dates

    @property
    def speech_lemmas(self) -> frozenset[str]:
        return self._speech_lemmas

    def dated_statements(self, speaker: int) -> list[EventDate]:
        return self._all_dated.get(speaker, [])

    def story_moves_to(self, value: str | None) -> None:
        """The narrative has taken another time: earlier occasions no longer carry on."""
        self._by_speaker = {s: o for s, o in self._by_speaker.items() if o.said_on.value == value}


def date_possessed_statements(events: list[Event], occasions: SpeakerOccasions, doc: Doc, by_token: dict[int, list]) -> None:
    """ "Kalin criticised Bolton for his insistence that Turkey not attack the Kurds": a speaker's own noun of
    saying names a statement the article reports; when it reports that speaker's dated statements all on one
    day, the noun takes that day."""
    for event in events:
        noun = doc[event.extra["token"]]
        if event.date_basis == "explicit" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in occasions.speech_lemmas:
            continue
        owners = {m.entity for c in noun.children if c.dep_ == "poss" for m in by_token.get(c.i, ()) if getattr(m, "entity", None) is not None}
        days = {d.value: d for owner in owners for d in occasions.dated_statements(owner)}
        if len(days) == 1:
            (said_on,) = days.values()
            event.date, event.date_text, event.date_basis = said_on.value, said_on.text, "inferred"
            event.rule += f"; date of the speaker's dated statement ('{said_on.text}')"
            if event.status == "asserted" and is_well_before(event.date, event.published):
                event.status = "historical"
                event.rule += f"; status historical: dated {event.date}, well before publication"

