"""The stages after parsing, in the order they run: each reads what the earlier ones found in the article
and adds its own. ``pipeline.analyse`` runs them; ``bench/stages.py`` times each by the same list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from sanderling.actors import ActorTables, find_actors
from sanderling.events import find_events
from sanderling.model import Document, Event, Timex
from sanderling.parse import doc_text
from sanderling.places import find_places
from sanderling.times import tag_times


@dataclass(slots=True)
class Analysis:
    """One parsed article and what the stages have found in it so far."""

    doc: Doc
    document: Document
    tables: ActorTables
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    keep_unattributed: bool = False  # also events whose actor has no country (see events.find_events)

    def __post_init__(self) -> None:
        doc_text(self.doc, parsed_from=self.document.text)  # the parse's own text, so no stage rebuilds it


def _times(analysis: Analysis) -> None:
    analysis.timexes = tag_times(analysis.document.text, analysis.document.published, doc=analysis.doc)


def _actors(analysis: Analysis) -> None:
    analysis.mentions = find_actors(analysis.doc, published=analysis.document.published, tables=analysis.tables)


def _places(analysis: Analysis) -> None:
    analysis.places = find_places(analysis.doc, context_countries=main_countries(analysis.mentions))


def _events(analysis: Analysis) -> None:
    analysis.events = find_events(
        analysis.doc, document=analysis.document, mentions=analysis.mentions, timexes=analysis.timexes, places=analysis.places,
        keep_unattributed=analysis.keep_unattributed,
    )


STAGES: tuple[tuple[str, Callable[[Analysis], None]], ...] = (
    ("times", _times),
    ("actors", _actors),
    ("places", _places),
    ("events", _events),
)


def main_countries(mentions: list) -> list[str]:
    """The document's countries, most mentioned first: context for geocoding."""
    counts: dict[str, int] = {}
    for mention in mentions:
        country = mention.actor.country
        if country and len(country) == 3 and country.isalpha():
            counts[country] = counts.get(country, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])
