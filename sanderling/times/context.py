"""What a normaliser knows besides its match: the text, the publication date and the narrative time."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from sanderling.times.dates import granularity, value_date
from sanderling.times.lexicon import lookup
from sanderling.times.tense import NOT_AFTER_TITLE, close_direction, direction

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Norm(NamedTuple):
    """A normaliser's answer: TIMEX3 type and value, and optionally a narrower span."""

    type: str
    value: str
    start: int | None = None
    end: int | None = None


@dataclass
class Context:
    """State carried through one text, in reading order.

    ``narrative`` is the value of the last explicitly dated expression (any
    granularity); ``narrative_day`` the last one precise to the day. Anaphoric
    expressions ("the next day", "a year earlier") are resolved against them.
    """

    text: str
    dct: date
    doc: Doc | None = None
    narrative: str = ""
    narrative_day: str = ""
    last_day_end: int = -1
    narrative_start: int = -1
    narrative_end: int = -1
    checking: bool = False  # True while matches are only being validated: tense is not needed then
    _directions: dict[tuple[int, int], str | None] = field(default_factory=dict)
    days_named: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) -> year first given it

    def __post_init__(self) -> None:
        self.narrative = self.narrative or self.dct.isoformat()
        self.narrative_day = self.narrative_day or self.dct.isoformat()

    def direction(self, m: re.Match[str]) -> str | None:
        if self.checking:
            return None
        key = m.span()
        if key not in self._directions:
            self._directions[key] = direction(self.text, key[0], key[1], self.doc)
        return self._directions[key]

    def firm(self, m: re.Match[str]) -> bool:
        """Whether the clause's direction comes from a word right next to ``m``."""
        if self.checking:
            return False
        return close_direction(self.text, m.start(), m.end()) is not None

    def sentence_story_time(self, m: re.Match[str]) -> date | None:
        """The start of an earlier year's period dated before ``m`` in the same sentence, if any.

        "When the war began in March 2011, few thought it would last past Christmas": a date
        named without a year in a sentence set in a past year belongs to that year's story,
        not to the publication date's. So does "last year" anywhere in the sentence, unless the
        date lies ahead ("initiated last year and scheduled to be held in December").
        """
        if not 0 <= self.narrative_end <= m.start():
            return None
        between = self.text[self.narrative_end:m.start()]
        if _SENTENCE_BREAK.search(between) or _PRESENT_FUTURE.search(between):
            return None  # "built in 2009, the plant will close in August": the future is the reader's
        sentence_start = max((b.end() for b in _SENTENCE_BREAK.finditer(self.text, 0, self.narrative_start)), default=0)
        year_before = _YEAR_BEFORE.fullmatch(self.text, self.narrative_start, self.narrative_end) is not None
        if granularity(self.narrative) != "day" and not _SETS_THE_SCENE.match(self.text, sentence_start, self.narrative_start) \
                and not (year_before and self.direction(m) != "future"):
            # "the town, held by rebels until 2016, ...": a year inside a noun phrase sets no scene,
            # but a full date does ("on Saturday 31 August 2013 - Labor Day weekend - ...")
            return None
        start = value_date(self.narrative)
        return start if start is not None and start.year < self.dct.year else None

    def narrative_date(self) -> date:
        return date.fromisoformat(self.narrative_day[:10])

    def update(self, norm: Norm, rule: str, end: int, start: int | None = None) -> None:
        """Move the narrative time to a newly found specific date."""
        if norm.type not in ("DATE", "TIME") or rule in NOT_NARRATIVE:
            return
        if granularity(norm.value) == "day":
            # "on Saturday 31 August 2013 ... two days earlier, on 29 August": a day the story has dated is
            # the day meant when its month and day are named again without a year
            told = date.fromisoformat(norm.value[:10])
            self.days_named.setdefault((told.month, told.day), told.year)
        compared = _COMPARED.search(self.text[max(0, start - 40):start]) if start is not None else None
        if compared and (compared["how"].lower() != "after" or granularity(norm.value) in ("quarter", "half", "year")):
            # "after a flat second quarter", "compared with 1988": a period set beside the story's, not its own
            # ("after talks on Monday ... the next day" does count from Monday)
            return
        if rule == "offset" and re.search(r"\b(?:earlier|before|previously)$", self.text[:end], re.I):
            return
        if rule == "holiday" and 0 <= self.last_day_end <= (start if start is not None else end) \
                and not _SENTENCE_BREAK.search(self.text, self.last_day_end, start if start is not None else end):
            return  # "on Saturday 31 August 2013 - Labor Day weekend - ...": the date named stays the story's day
        g = granularity(norm.value)
        if g is None or (rule == "offset" and (g == "quarter" or g == "year" and self.text[:end].lower().endswith("ago"))):
            return  # "up from a year ago" compares; the story stays in its own period
        self.narrative = norm.value[:10] if g == "day" else norm.value
        self.narrative_start, self.narrative_end = (start if start is not None else end), end
        if g == "day":
            self.narrative_day = norm.value[:10]
            self.last_day_end = end


_COMPARED = re.compile(r"\b(?P<how>(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!years\s)(?<!day\s)(?<!week\s)(?<!month\s)(?<!year\s)after|than|compared\s+(?:with|to)|versus|against)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?$", re.I)


# "spent four months in jail last year after his arrest in July": a past year named as an adverb sets the
# story's year wherever it stands in the sentence, as an opening "In 2015" does.
_YEAR_BEFORE = re.compile(r"(?:last|the\s+previous)\s+year|the\s+year\s+before", re.I)
_PRESENT_FUTURE = re.compile(r"\b(?:will|shall|won't|is\s+going\s+to|are\s+going\s+to)\b|'ll\b", re.I)

# A time in the opening adverbial of its sentence ("In 2015 the firm ...", "When the war began in
# March 2011, ...") sets the scene for the rest of the sentence.
_SENTENCE_BREAK = re.compile(NOT_AFTER_TITLE + r"[.!?][\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018]?[A-Z])|\n|[\u2022\u25aa\u25a0]\s*")  # bullets open a new item
_SETS_THE_SCENE = re.compile(r"[\"'\u201c\u2018(]?\s*(?:When|After|As|Before|Since|In|During|By|Until|Following|Throughout|From|Back\s+in|Between|Once|While)\b[^,;:]*$")

NOT_NARRATIVE = {"reference", "set_word", "set_every", "weekday_plural", "duration", "year_end"}


def word(m: re.Match[str], name: str) -> str | None:
    """The text of group ``name``, lower-cased with normalised spacing, or None."""
    try:
        value = m.group(name)
    except IndexError:
        return None
    return " ".join(value.lower().split()) if value else None


def lex(name: str, m: re.Match[str], group: str) -> str | None:
    w = m.group(group) if group in m.re.groupindex else None
    return lookup(name, w) if w else None
