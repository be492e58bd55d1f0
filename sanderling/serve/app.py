"""The routes of the explorer: each page of HTML has a JSON twin at the same path plus ``.json``.

``/events``            events passing the filters of ``sanderling events`` (``merge=1`` merges reports)
``/events/<id>``       one event, its sentence and trigger, and its article
``/documents/<id>``    one article with the sentences its events came from marked
``/stats``             counts by type and status, and the date span

A WSGI callable made by ``make_app``; it opens the store read-only for each request, so an ingest may
run beside it. The standard library's WSGI support serves these few read-only pages: a web framework
would add dependencies and set-up for nothing the store's own queries do not already do.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

from sanderling.serve import pages
from sanderling.store import EventStore, StoreError

StartResponse = Callable[..., Any]
Response = tuple[str, str, str]  # status, content type, body

# Query-string names of the filters, each mapped to its ``EventStore.query`` keyword; repeatable ones take lists.
REPEATABLE = {"event": "event", "actor_country": "actor_country", "recipient_country": "recipient_country",
              "country": "country", "location_country": "location_country", "status": "status"}
SINGLE = {"from": "date_from", "to": "date_to", "text": "text"}
DEFAULT_LIMIT = 100
MAX_LIMIT = 5000


class BadRequest(ValueError):
    """A request the explorer cannot answer as asked; the message says what to change."""


def make_app(db: str | Path) -> Callable[[dict[str, Any], StartResponse], Iterable[bytes]]:
    """The explorer over the store at ``db`` as a WSGI application."""
    path = Path(db)

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        route = environ.get("PATH_INFO") or "/"
        as_json = route.endswith(".json")
        if as_json:
            route = route[: -len(".json")]
        try:
            if environ.get("REQUEST_METHOD", "GET") not in ("GET", "HEAD"):
                raise _Status("405 Method Not Allowed", "the explorer only reads: use GET")
            with EventStore.open(path, read_only=True) as store:
                status, body = "200 OK", _answer(store, route, parse_qs(environ.get("QUERY_STRING") or ""), as_json)
        except _Status as err:
            status, body = err.status, _error(err.status, str(err), as_json)
        except (BadRequest, ValueError) as err:
            status, body = "400 Bad Request", _error("400 Bad Request", str(err), as_json)
        except StoreError as err:
            status, body = "503 Service Unavailable", _error("503 Service Unavailable", str(err), as_json)
        data = body.encode("utf-8")
        kind = "application/json" if as_json else "text/html"
        start_response(status, [("Content-Type", f"{kind}; charset=utf-8"), ("Content-Length", str(len(data)))])
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [data]

    return app


class _Status(Exception):
    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status


def _answer(store: EventStore, route: str, params: dict[str, list[str]], as_json: bool) -> str:
    if route in ("/", "/events"):
        filters, limit, merge = read_filters(params)
        records = (store.query_merged if merge else store.query)(limit=limit, **filters)
        shown = {"filters": dict(params), "count": len(records), "limit": limit, "merged": merge}
        return _json({**shown, "events": records}) if as_json else pages.events_page(records, params, limit=limit, merged=merge, stats=store.stats())
    if route.startswith("/events/"):
        event_id = unquote(route[len("/events/"):])
        record = store.event(event_id)
        if record is None:
            raise _Status("404 Not Found", f"no stored event has the id {event_id!r}")
        return _json(record) if as_json else pages.event_page(record)
    if route.startswith("/documents/"):
        doc_id = unquote(route[len("/documents/"):])
        document = store.document(doc_id)
        if document is None:
            raise _Status("404 Not Found", f"no stored document has the id {doc_id!r}")
        events = store.query(doc_id=doc_id)
        if as_json:
            return _json({"doc_id": document.doc_id, "published": document.published.isoformat(), "title": document.title,
                          "url": document.url, "source": document.source, "text": document.text, "events": events})
        return pages.document_page(document, events)
    if route == "/stats":
        stats = store.stats()
        return _json(stats) if as_json else pages.stats_page(stats)
    raise _Status("404 Not Found", f"no page {route!r}: try /events, /events/<id>, /documents/<id> or /stats")


def read_filters(params: dict[str, list[str]]) -> tuple[dict[str, Any], int, bool]:
    """``EventStore.query`` keywords, the limit and whether to merge, from a query string's values;
    raises BadRequest naming an unknown parameter or a bad limit."""
    known = {*REPEATABLE, *SINGLE, "limit", "merge"}
    unknown = sorted(set(params) - known)
    if unknown:
        raise BadRequest(f"unknown parameter {', '.join(unknown)}; use {', '.join(sorted(known))}")
    filters: dict[str, Any] = {}
    for name, keyword in REPEATABLE.items():
        values = [v for value in params.get(name, []) for v in value.split(",") if v.strip()]
        if values:
            filters[keyword] = [v.strip() for v in values]
    for name, keyword in SINGLE.items():
        value = next((v for v in params.get(name, []) if v.strip()), None)
        if value is not None:
            filters[keyword] = value.strip()
    raw_limit = next(iter(params.get("limit", [])), str(DEFAULT_LIMIT))
    if not raw_limit.isdigit() or not 0 < int(raw_limit) <= MAX_LIMIT:
        raise BadRequest(f"limit must be a whole number from 1 to {MAX_LIMIT}, got {raw_limit!r}")
    merge = next(iter(params.get("merge", [])), "0").lower() in ("1", "true", "yes", "on")
    return filters, int(raw_limit), merge


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)


def _error(status: str, message: str, as_json: bool) -> str:
    return _json({"error": message, "status": int(status.split()[0])}) if as_json else pages.error_page(status, message)
