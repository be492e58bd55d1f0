"""What the events tests read of the pipeline's output, on hand-written sentences published on a Wednesday.

Events with no actor of known country are kept here (``keep_unattributed``): many tests are about an act's
type, status, place or recipient whoever did it. The default that leaves them out is tested on its own."""

from __future__ import annotations

from datetime import date

from sanderling import code_text
from sanderling.model import Event

PUBLISHED = date(2019, 4, 24)  # a Wednesday


def brief(text: str, published: date = PUBLISHED) -> list[tuple[str, str, list, list]]:
    """Each event of ``text`` as (type, trigger, sorted actor countries, sorted recipient countries), unknown countries left out."""
    return [
        (e.event, e.trigger, sorted(a.country for a in e.actor if a.country), sorted(a.country for a in e.recipient if a.country))
        for e in code_text(text, published=published, keep_unattributed=True)
    ]


def events_of(text: str, event_type: str, published: date = PUBLISHED) -> list[Event]:
    """The events of ``event_type`` in ``text``; fails, naming what was found, when there is none."""
    events = code_text(text, published=published, keep_unattributed=True)
    found = [e for e in events if e.event == event_type]
    assert found, f"no {event_type} in {[(e.event, e.trigger) for e in events]}"
    return found


def one(text: str, event_type: str) -> Event:
    return events_of(text, event_type)[0]


def countries(actors: list) -> list[str | None]:
    return sorted(a.country for a in actors)
