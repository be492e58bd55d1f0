"""What each actor mention in a text resolves to, and why: the view behind ``sanderling actors``."""

from __future__ import annotations

from datetime import date
from typing import Any

from sanderling.actors.mentions import find_actors
from sanderling.actors.tables import ActorTables


def explain(text: str, *, published: date, tables: ActorTables | None = None) -> list[dict[str, Any]]:
    """Parse ``text`` and list every actor mention: its words, what it resolves to and the rule
    or table row behind it (``rule``), with the antecedent for coreference."""
    from sanderling.parse import load_nlp

    tables = tables or ActorTables.load()
    doc = load_nlp()(text)
    mentions = find_actors(doc, published=published, tables=tables)
    rows = []
    for n, m in enumerate(mentions):
        rows.append({
            "index": n,
            "text": m.text,
            "start": m.start_char,
            "end": m.end_char,
            "kind": m.kind,
            **m.actor.to_record(),
            "role": m.role,
            "coref_of": m.coref_of,
            "entity": m.entity,
            "rule": m.actor.rule,
        })
    return rows
