"""What the events tests read of the pipeline's output: (type, trigger, actor countries, recipient countries)."""

from __future__ import annotations

from datetime import date

from sanderling import code_text

PUBLISHED = date(2019, 4, 24)  # a Wednesday


def brief(text: str, published: date = PUBLISHED) -> list[tuple[str, str, list, list]]:
    """Each event of ``text`` as (type, trigger, sorted actor countries, sorted recipient countries), unknown countries left out."""
    return [
        (e.event, e.trigger, sorted(a.country for a in e.actor if a.country), sorted(a.country for a in e.recipient if a.country))
        for e in code_text(text, published=published)
    ]
