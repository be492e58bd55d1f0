"""Builders for the store tests: documents and real ``Event`` objects."""

from __future__ import annotations

from datetime import date
from typing import Any

from sanderling.model import Actor, Document, Event, Location

PUBLISHED = date(2019, 4, 24)
SENTENCES = (
    "North Korea last week launched an attack on US Secretary of State Mike Pompeo.",
    "Kim Jong Un will meet Vladimir Putin in Vladivostok on Thursday.",
    "Russia and China signed a trade agreement in February.",
)
TEXT = " ".join(SENTENCES)


def span(text: str, sentence: str) -> dict[str, Any]:
    """The ``text``, ``start`` and ``end`` of an event carried by ``sentence``."""
    start = text.index(sentence)
    return {"text": sentence, "start": start, "end": start + len(sentence)}


def make_doc(doc_id: str = "kim-putin", *, text: str = TEXT, published: date = PUBLISHED, **kw: Any) -> Document:
    return Document(doc_id=doc_id, published=published, text=text, title=kw.pop("title", "Kim arrives in Russia"), **kw)


def actor(country: str | None, name: str | None = None, sector: str | None = "GOV") -> Actor:
    return Actor(text=name or str(country), name=name, country=country, sector=sector)


def make_event(doc: Document, index: int, **kw: Any) -> Event:
    values: dict[str, Any] = {
        "doc_id": doc.doc_id,
        "published": doc.published,
        "index": index,
        "event": "ACCUSE",
        "mode": None,
        "context": ["diplomatic"],
        "actor": [actor("PRK", "North Korea")],
        "recipient": [actor("USA", "Mike Pompeo")],
        "date": "2019-W16",
        "date_text": "last week",
        "date_basis": "explicit",
        "status": "asserted",
        "location": None,
        "trigger": "launched an attack",
        **span(doc.text, doc.text.split(".")[0] + "."),
        "score": -2.0,
        "confidence": 0.8234,
    }
    values.update(kw)
    return Event(**values)


VLADIVOSTOK = Location(
    extracted_place="Vladivostok",
    resolved_place="Vladivostok",
    geonameid=2013348,
    lat=43.10562,
    lon=131.87353,
    country_code="RUS",
    feature_code="PPLA",
    resolution="city",
)


def kim_putin_events(doc: Document) -> list[Event]:
    """Three events: a past accusation, a planned meeting in Russia, a February agreement."""
    return [
        make_event(doc, 0),
        make_event(
            doc,
            1,
            event="CONSULT",
            context=[],
            actor=[actor("PRK", "Kim Jong Un"), actor("RUS", "Vladimir Putin")],
            recipient=[],
            date="2019-04-25",
            date_text="Thursday",
            status="future",
            location=VLADIVOSTOK,
            trigger="meet",
            score=1.0,
            **span(doc.text, SENTENCES[1]),
        ),
        make_event(
            doc,
            2,
            event="AGREE",
            context=["economic"],
            actor=[actor("RUS"), actor("CHN")],
            recipient=[],
            date="2019-02",
            date_text="in February",
            date_basis="explicit",
            trigger="signed",
            score=3.0,
            **span(doc.text, SENTENCES[2]),
        ),
    ]
