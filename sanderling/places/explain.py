"""What ``sanderling geocode "TEXT"`` prints: each place found, its resolution and the reasons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language

from sanderling.places.gazetteer import Gazetteer
from sanderling.places.recognize import find_places


def explain_places(text: str, *, context_countries: Sequence[str] = (), nlp: Language | None = None,
                   gazetteer: Gazetteer | None = None) -> list[dict[str, Any]]:
    """Parse ``text`` and return one JSON-ready dict per place mention.

    Each dict has the mention's ``text``, ``start_char``/``end_char``, ``how``
    it was found, the spaCy ``label``, the PLOVER ``location`` object and the
    ``reasons`` (candidates considered, why this one).

    Example: ``explain_places("Clashes broke out in Paris, Texas.")``.
    """
    if nlp is None:
        from sanderling.parse import load_nlp

        nlp = load_nlp()
    doc = nlp(text)
    return [m.to_dict() for m in find_places(doc, context_countries=context_countries, gazetteer=gazetteer)]
