"""Typed data passed between the stages of an article's journey.

read -> parse -> times -> actors -> events -> places -> store -> serve.
Each stage takes and returns these plain objects; only ``Event.to_record``
knows the SPEC §2 JSON shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sanderling.datafiles import read_table

if TYPE_CHECKING:
    from sanderling.events.provenance import CountryFrom, Derivation, FrameKind, PartyFound, Placing

# The event types of SPEC §2, from the events stage's PLOVER table: the one list of them.
PLOVER_EVENTS = frozenset(row["event"].upper() for row in read_table("sanderling.events", "plover_types.tsv"))
# The statuses of SPEC §2.
STATUSES = frozenset({"asserted", "future", "hypothetical", "negated", "historical"})

# PLOVER's actor codes for international bodies that states belong to: the UN, the EU and any other (IGO).
INTERNATIONAL_BODY_CODES = frozenset({"IGO", "UNO", "EUR"})
# PLOVER's actor codes for bodies that are not states (SPEC §2): an actor with one of them has no state's territory.
NON_STATE_CODES = INTERNATIONAL_BODY_CODES | {"NGO", "IMG", "MNC", "ISM"}


@dataclass(frozen=True, slots=True)
class Document:
    """One dated news article.

    ``text`` is the article body with any ``date YYYY-MM-DD`` header removed;
    every character offset in sanderling's output points into it.
    ``source_path`` and ``source_line`` say where the document was read from,
    so errors and records can point back at the input.
    """

    doc_id: str
    published: date
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    source_path: str | None = None
    source_line: int | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 time expression: character span, type and normalised value."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: surface text, canonical name, country code, sector.

    ``rule`` says which table row or rule produced the resolution, for
    explanations; ``country_from`` says where the events stage took the
    country from, for its later passes, when it made the party or gave it a
    country. ``term_ended`` is the end of the office the leaders table knows
    a person by, when the text names them out of that office without calling
    them former: the writer is telling of their time in it. ``country_options``
    are the states a people's country was chosen among. None of these is part
    of the SPEC record.
    """

    text: str
    name: str | None
    country: str | None
    sector: str | None
    rule: str = ""
    country_from: CountryFrom | None = None
    term_ended: date | None = None
    # The states a people living across several may be of ("Kurdish": SYR, IRQ, TUR, IRN), when the country was
    # chosen among them by the article's own countries: the event's place may tell better.
    country_options: tuple[str, ...] = ()

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector}


@dataclass(frozen=True, slots=True)
class Location:
    """PLOVER's location object for an event."""

    extracted_place: str
    resolved_place: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country_code: str | None  # ISO alpha-3
    feature_code: str | None
    resolution: str | None  # e.g. "city", "admin1", "country", "region"

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    """One coded PLOVER event, traceable to its sentence and trigger words."""

    doc_id: str
    published: date
    index: int
    event: str
    mode: str | None
    context: list[str]
    actor: list[Actor]
    recipient: list[Actor]
    date: str | None
    date_text: str | None
    date_basis: str
    status: str
    location: Location | None
    trigger: str
    text: str
    start: int
    end: int
    score: float | None
    confidence: float
    rule: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    # How the events stage found the parties and the location, and what event it read this one out of:
    # for its later passes, which must not read the explanation in ``rule``; not part of the record.
    frame: FrameKind | None = None
    parties_found: tuple[PartyFound, ...] = ()
    placing: Placing | None = None
    derivation: Derivation | None = None

    @property
    def id(self) -> str:
        return f"{self.doc_id}:{self.index}"

    def to_record(self) -> dict[str, Any]:
        """The SPEC §2 record: every field present, unknowns as null."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "published": self.published.isoformat(),
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "actor": [a.to_record() for a in self.actor],
            "recipient": [a.to_record() for a in self.recipient],
            "date": self.date,
            "date_text": self.date_text,
            "date_basis": self.date_basis,
            "status": self.status,
            "location": self.location.to_record() if self.location else None,
            "trigger": self.trigger,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "score": self.score,
            "confidence": round(self.confidence, 3),
        }
