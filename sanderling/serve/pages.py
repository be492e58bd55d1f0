"""The explorer's HTML: plain pages with a filter form, tables and the marked article text.

Every value shown is escaped; every page links to its JSON twin.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any
from urllib.parse import quote, urlencode

from sanderling.model import PLOVER_EVENTS, STATUSES, Document

Record = Mapping[str, Any]

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5rem; max-width: 80rem; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
form { margin: 1rem 0; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
label { display: flex; flex-direction: column; font-size: 0.8rem; }
mark { background: #fff3b0; } mark.trigger { background: #ffd166; font-weight: bold; }
.muted { color: #777; } .error { color: #a00; } pre { white-space: pre-wrap; }
"""


def page(title: str, body: str, *, json_href: str) -> str:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)} · sanderling</title>"
            f"<style>{_STYLE}</style></head><body><p class='muted'><a href='/events'>events</a> · <a href='/stats'>stats</a> · "
            f"<a href='{escape(json_href)}'>JSON</a></p><h1>{escape(title)}</h1>{body}</body></html>")


def events_page(records: Sequence[Record], params: Mapping[str, list[str]], *, limit: int, merged: bool, stats: Mapping[str, Any]) -> str:
    query = urlencode([(k, v) for k, values in params.items() for v in values])
    told = sum((r.get("reports") or {}).get("count", 1) for r in records)
    summary = (f"<p>{len(records)} {'event' if len(records) == 1 else 'events'}"
               + (f" from {told} reports" if merged else "")
               + (f" (the first {limit}; raise <code>limit</code> for more)" if len(records) == limit else "")
               + f" · the store holds {stats['events']} events from {stats['documents']} documents"
               + (f", {escape(str(stats['date_from']))} to {escape(str(stats['date_to']))}" if stats.get("date_from") else "")
               + "</p>")
    head = "<tr><th>date</th><th>event</th><th>actor → recipient</th><th>status</th><th>place</th><th>trigger</th>" \
           + ("<th>reports</th>" if merged else "") + "<th>article</th></tr>"
    rows = "".join(_event_row(r, merged) for r in records)
    return page("Events", _filter_form(params, merged) + summary + f"<table>{head}{rows}</table>", json_href=f"/events.json?{query}")


def event_page(record: Record) -> str:
    event_id = str(record.get("id"))
    reports = record.get("reports")
    facts = [
        ("event", f"{record.get('event')}" + (f" ({record.get('mode')})" if record.get("mode") else "")),
        ("actor", _parties(record.get("actor"))), ("recipient", _parties(record.get("recipient"))),
        ("date", f"{record.get('date')} ({record.get('date_basis')}" + (f": “{record.get('date_text')}”" if record.get("date_text") else "") + ")"),
        ("status", record.get("status")), ("place", _place(record)), ("published", record.get("published")),
        ("score", record.get("score")), ("confidence", record.get("confidence")),
    ]
    table = "".join(f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in facts)
    sentence = _marked_sentence(record)
    link = f"<p><a href='/documents/{quote(str(record.get('doc_id')), safe='')}'>the article {escape(str(record.get('doc_id')))}</a></p>"
    extra = f"<p>{reports['count']} reports</p>" if reports else ""
    return page(f"Event {event_id}", f"<blockquote>{sentence}</blockquote><table>{table}</table>{extra}{link}",
                json_href=f"/events/{quote(event_id, safe='')}.json")


def document_page(document: Document, events: Sequence[Record]) -> str:
    text = document.text
    spans = sorted({(int(r["start"]), int(r["end"])) for r in events if r.get("start") is not None})
    parts, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        ids = [r["id"] for r in events if (r.get("start"), r.get("end")) == (start, end)]
        links = " ".join(f"<a href='/events/{quote(i, safe='')}'>{escape(_short(i))}</a>" for i in ids)
        parts.append(escape(text[at:start]) + f"<mark title='{escape(', '.join(ids))}'>{escape(text[start:end])}</mark> <sup>{links}</sup>")
        at = end
    parts.append(escape(text[at:]))
    meta = " · ".join(escape(str(v)) for v in (document.published.isoformat(), document.source, document.url) if v)
    rows = "".join(_event_row(r, False) for r in events)
    body = f"<p class='muted'>{meta}</p><pre>{''.join(parts)}</pre><h2>{len(events)} events</h2><table>{rows}</table>"
    return page(document.title or document.doc_id, body, json_href=f"/documents/{quote(document.doc_id, safe='')}.json")


def stats_page(stats: Mapping[str, Any]) -> str:
    rows = "".join(f"<tr><th>{escape(str(k))}</th><td>{escape(str(v))}</td></tr>" for k, v in stats.items() if not isinstance(v, dict))
    for name in ("by_event", "by_status"):
        counts = stats.get(name) or {}
        rows += f"<tr><th>{name.replace('_', ' ')}</th><td>" + ", ".join(
            f"<a href='/events?{urlencode({name[3:]: k})}'>{escape(str(k))}</a> {v}" for k, v in counts.items()) + "</td></tr>"
    return page("Store", f"<table>{rows}</table>", json_href="/stats.json")


def error_page(status: str, message: str) -> str:
    return page(status, f"<p class='error'>{escape(message)}</p>", json_href="/events.json")


def _filter_form(params: Mapping[str, list[str]], merged: bool) -> str:
    def value(name: str) -> str:
        return escape(",".join(params.get(name, [])), quote=True)

    def choice(name: str, options: Sequence[str]) -> str:
        chosen = set(params.get(name, []))
        opts = "<option value=''>any</option>" + "".join(
            f"<option{' selected' if o in chosen else ''}>{escape(o)}</option>" for o in options)
        return f"<label>{name}<select name='{name}'>{opts}</select></label>"

    fields = [choice("event", sorted(PLOVER_EVENTS)), choice("status", list(STATUSES))]
    fields += [f"<label>{label}<input name='{name}' value='{value(name)}' size='{size}'></label>"
               for name, label, size in (("actor_country", "actor country", 6), ("recipient_country", "recipient country", 6),
                                         ("country", "either side", 6), ("from", "from", 10), ("to", "to", 10), ("text", "words", 18))]
    fields.append(f"<label>one per event<input type='checkbox' name='merge' value='1'{' checked' if merged else ''}></label>")
    return f"<form action='/events'>{''.join(fields)}<button>show</button></form>"


def _event_row(record: Record, merged: bool) -> str:
    event_id = str(record.get("id"))
    cells = [
        f"<a href='/events/{quote(event_id, safe='')}'>{escape(str(record.get('date')))}</a>",
        escape(str(record.get("event"))),
        f"{escape(_codes(record.get('actor')))} → {escape(_codes(record.get('recipient')))}",
        escape(str(record.get("status"))), escape(_place(record)), escape(" ".join(str(record.get("trigger") or "").split())),
    ]
    if merged:
        cells.append(str((record.get("reports") or {}).get("count", 1)))
    doc_id = str(record.get("doc_id"))
    cells.append(f"<a href='/documents/{quote(doc_id, safe='')}'>{escape(doc_id)}</a>")
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _marked_sentence(record: Record) -> str:
    sentence, trigger = str(record.get("text") or ""), str(record.get("trigger") or "")
    at = sentence.find(trigger) if trigger and "…" not in trigger else -1
    if at < 0:
        return escape(sentence)
    return escape(sentence[:at]) + f"<mark class='trigger'>{escape(trigger)}</mark>" + escape(sentence[at + len(trigger):])


def _codes(parties: Sequence[Mapping[str, Any]] | None) -> str:
    return ",".join(p.get("country") or "?" for p in parties) if parties else "-"


def _parties(parties: Sequence[Mapping[str, Any]] | None) -> str:
    if not parties:
        return "-"
    return "; ".join(f"{p.get('text')} ({p.get('country') or '?'}{'/' + p['sector'] if p.get('sector') else ''})" for p in parties)


def _place(record: Record) -> str:
    location = record.get("location") or {}
    place = location.get("resolved_place") or location.get("extracted_place")
    return f"{place} ({location.get('country_code') or '?'})" if place else ""


def _short(event_id: str) -> str:
    return event_id.rsplit(":", 1)[-1]
