"""Fixtures for the store tests: a fresh in-memory store, and one with two articles in it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# The builders sit beside this file; make them importable under any --import-mode.
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

from store_builders import actor, kim_putin_events, make_doc, make_event, span

from sanderling.store import EventStore


@pytest.fixture
def store() -> Iterator[EventStore]:
    with EventStore.open(":memory:") as s:
        yield s


@pytest.fixture
def filled(store: EventStore) -> EventStore:
    """A store holding the Kim-Putin article and a second article about Iran."""
    doc = make_doc()
    store.ingest(doc, kim_putin_events(doc))
    iran = make_doc(
        "iran-sanctions",
        text="The United States imposed new sanctions on Iran's oil exports. Iran protested the decision.",
        published=date(2019, 5, 9),
        title="Sanctions on Iran",
    )
    store.ingest(
        iran,
        [
            make_event(
                iran,
                0,
                event="SANCTION",
                actor=[actor("USA")],
                recipient=[actor("IRN")],
                date="2019-05-08",
                date_text="Wednesday",
                trigger="imposed new sanctions",
                **span(iran.text, iran.text[:62]),
            ),
            make_event(
                iran,
                1,
                event="PROTEST",
                actor=[actor("IRN")],
                recipient=[actor("USA")],
                date="PAST_REF",
                date_text=None,
                date_basis="inferred",
                trigger="protested",
                **span(iran.text, iran.text[63:]),
            ),
        ],
    )
    return store
