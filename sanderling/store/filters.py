"""Query filters as SQL: each option becomes one condition on ``events e``.

Kept apart from the store so the rules (how a date range matches, how search
words are quoted) can be read and tested without a database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypedDict, Unpack

from sanderling.model import PLOVER_EVENTS, STATUSES
from sanderling.times.ranges import timex_range

TEXT_SCOPES = ("any", "sentence", "article")

OneOrMany = str | Sequence[str] | None
_SEARCH_TERM = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(slots=True)
class Where:
    """Conditions joined by AND, with their parameters in order."""

    conditions: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""


class QueryFilters(TypedDict, total=False):
    """The filters of ``EventStore.query``, each optional (see its docstring)."""

    event: OneOrMany
    actor_country: OneOrMany
    recipient_country: OneOrMany
    country: OneOrMany
    location_country: OneOrMany
    date_from: str | date | None
    date_to: str | date | None
    status: OneOrMany
    text: str | None
    text_scope: str
    doc_id: OneOrMany


def build_where(**filters: Unpack[QueryFilters]) -> Where:
    """The WHERE clause for ``EventStore.query``; raises ValueError for a bad option."""
    unknown_filters = sorted(set(filters) - set(QueryFilters.__annotations__))
    if unknown_filters:
        raise TypeError(f"unknown query filter {', '.join(unknown_filters)}; use {', '.join(QueryFilters.__annotations__)}")
    event, status, doc_id = filters.get("event"), filters.get("status"), filters.get("doc_id")
    actor_country, recipient_country = filters.get("actor_country"), filters.get("recipient_country")
    country, location_country = filters.get("country"), filters.get("location_country")
    date_from, date_to = filters.get("date_from"), filters.get("date_to")
    text, text_scope = filters.get("text"), filters.get("text_scope", "any")
    where = Where()
    if (events := _values(event, "event", str.upper)) is not None:
        unknown = sorted(set(events) - PLOVER_EVENTS)
        if unknown:
            raise ValueError(f"unknown event type {', '.join(unknown)}; use one of {', '.join(sorted(PLOVER_EVENTS))}")
        where.add(f"e.event IN ({_marks(events)})", *events)
    if (statuses := _values(status, "status", str.lower)) is not None:
        unknown = sorted(set(statuses) - STATUSES)
        if unknown:
            raise ValueError(f"unknown status {', '.join(unknown)}; use one of {', '.join(sorted(STATUSES))}")
        where.add(f"e.status IN ({_marks(statuses)})", *statuses)
    for role, codes in (("actor", actor_country), ("recipient", recipient_country), (None, country)):
        if (values := _values(codes, f"{role or 'any'} country", str.upper)) is not None:
            role_sql = "role = ? AND " if role else ""
            where.add(
                f"e.pk IN (SELECT event_pk FROM event_actors WHERE {role_sql}country IN ({_marks(values)}))",
                *([role] if role else []),
                *values,
            )
    if (places := _values(location_country, "location country", str.upper)) is not None:
        where.add(f"e.location_country IN ({_marks(places)})", *places)
    first = _day(date_from, "date_from", last=False) if date_from is not None else None
    last = _day(date_to, "date_to", last=True) if date_to is not None else None
    if first is not None and last is not None and first > last:
        raise ValueError(f"date_from {date_from} is after date_to {date_to}; swap them")
    if first is not None:
        where.add("e.date_end >= ?", first)
    if last is not None:
        where.add("e.date_start <= ?", last)
    if (doc_ids := _values(doc_id, "doc_id", str)) is not None:
        where.add(f"e.doc_id IN ({_marks(doc_ids)})", *doc_ids)
    if text is not None:
        _add_text(where, text, text_scope)
    return where


def fts_query(text: str) -> str:
    """Plain search words as an FTS5 query: every word must occur.

    ``"quoted words"`` stay a phrase and ``word*`` is a prefix search;
    everything else is quoted, so punctuation ("U.S.", "Kim's") never
    becomes FTS5 syntax.
    """
    terms = []
    for match in _SEARCH_TERM.finditer(text):
        phrase, word = match[1], match[2]
        prefix = word is not None and word.endswith("*") and len(word) > 1
        term = (phrase if phrase is not None else word.rstrip("*") if prefix else word).strip()
        if term:
            terms.append('"' + term.replace('"', '""') + '"' + ("*" if prefix else ""))
    if not terms:
        raise ValueError("text search needs at least one word")
    return " AND ".join(terms)


def _add_text(where: Where, text: str, scope: str) -> None:
    if scope not in TEXT_SCOPES:
        raise ValueError(f"unknown text scope {scope!r}; use one of {', '.join(TEXT_SCOPES)}")
    query = fts_query(text)
    sentence = "e.pk IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
    article = (
        "e.doc_id IN (SELECT d.doc_id FROM documents d WHERE d.pk IN "
        "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))"
    )
    if scope == "sentence":
        where.add(sentence, query)
    elif scope == "article":
        where.add(article, query)
    else:
        where.add(f"({sentence} OR {article})", query, query)


def _values(value: OneOrMany, what: str, normalise: Any) -> list[str] | None:
    if value is None:
        return None
    values = [value] if isinstance(value, str) else list(value)
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise ValueError(f"{what} filter needs one or more non-empty strings, got {value!r}")
    return [normalise(v.strip()) for v in values]


def _day(value: str | date, what: str, *, last: bool) -> str:
    """An ISO day from a date, an ISO date or any TIMEX3 value ("2019-04" -> its first or last day)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    span = timex_range(value) if isinstance(value, str) else None
    if span is None:
        raise ValueError(f"{what} {value!r} is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY, YYYY-Www)")
    return (span[1] if last else span[0]).isoformat()


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))
