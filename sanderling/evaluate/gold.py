"""Gold files (SPEC §3): articles with exhaustively annotated sentences.

Two forms: a directory of ``NNN.json`` files beside their ``NNN.txt`` articles (SPEC §3),
and stand-off gold for articles whose text we may not copy, JSONL with one annotated
sentence per line, located by offsets into the text as the read stage returns it:

    {"doc_id": "126", "start": 0, "end": 213, "events": [{"event": "CONSULT", "actor": ["USA"], ...}]}

Each event has the fields of SPEC §3 (``event``, ``actor``, ``recipient``, ``date``,
``status``, ``place``, ``place_country``, ``optional``, ``note``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sanderling.model import PLOVER_EVENTS, STATUSES, Document
from sanderling.read import InputError, InputRejected, documents_by_id, read_path
from sanderling.read.records import fields_of_line


@dataclass(frozen=True, slots=True)
class GoldSentence:
    text: str
    start: int  # offset in the document text, -1 when the sentence cannot be found
    end: int
    events: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class GoldDocument:
    name: str
    document: Document
    sentences: list[GoldSentence]


def load_gold_dir(directory: str | Path) -> list[GoldDocument]:
    """Every ``NNN.json`` in ``directory`` with its article ``NNN.txt``."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputRejected(InputError(str(directory), "not a directory of gold files (NNN.json beside NNN.txt)"))
    golds = []
    for gold_path in sorted(directory.glob("*.json")):
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            raise InputRejected(InputError(str(gold_path), f"malformed gold file: {err}")) from err
        article = gold_path.with_name(gold.get("doc") or gold_path.with_suffix(".txt").name)
        documents = list(read_path(article))
        if len(documents) != 1 or isinstance(documents[0], InputError):
            problem = documents[0] if documents else InputError(str(article), "no document")
            raise InputRejected(problem if isinstance(problem, InputError) else InputError(str(article), "expected one article"))
        document = documents[0]
        assert isinstance(document, Document)
        golds.append(GoldDocument(gold_path.stem, document, _locate(document.text, gold.get("sentences", []))))
    return golds


def _locate(text: str, sentences: list[dict[str, Any]]) -> list[GoldSentence]:
    located = []
    cursor = 0
    for sentence in sentences:
        found = text.find(sentence["text"], cursor)
        if found < 0:
            found = text.find(sentence["text"])
        if found >= 0:
            cursor = found + len(sentence["text"])
        end = found + len(sentence["text"]) if found >= 0 else -1
        located.append(GoldSentence(sentence["text"], found, end, sentence.get("events", [])))
    return located


def load_standoff_gold(gold_path: str | Path, documents_path: str | Path) -> list[GoldDocument]:
    """The annotated articles of ``documents_path`` with the gold sentences of ``gold_path``.

    A line that is not an annotated sentence of an article in ``documents_path`` raises
    ``InputRejected`` naming the file, the line and the problem.

    Example: ``load_standoff_gold("tests/events/gold/guardian_events.jsonl", "../shared/data/guardian-2019/guardian_2019_sample.csv")``
    """
    gold_path = Path(gold_path)
    articles = documents_by_id(documents_path)
    sentences: dict[str, list[GoldSentence]] = {}
    try:
        lines = gold_path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputRejected(InputError(str(gold_path), f"cannot read as UTF-8 text: {err}")) from err
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc_id, sentence = _standoff_sentence(line, articles)
        except ValueError as err:
            raise InputRejected(InputError(str(gold_path), str(err), line=number)) from None
        sentences.setdefault(doc_id, []).append(sentence)
    return [GoldDocument(doc_id, articles[doc_id], sorted(found, key=lambda s: s.start)) for doc_id, found in sentences.items()]


def _standoff_sentence(line: str, articles: dict[str, Document]) -> tuple[str, GoldSentence]:
    fields = fields_of_line(line, ("doc_id", "start", "end", "events"))
    doc_id, start, end, events = str(fields["doc_id"]), fields["start"], fields["end"], fields["events"]
    article = articles.get(doc_id)
    if article is None:
        raise ValueError(f"no article with id {doc_id!r}")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(article.text)):
        raise ValueError(f"start and end must be whole numbers with 0 <= start < end <= {len(article.text)} (the article's length), got {start!r}, {end!r}")
    if not isinstance(events, list) or not all(isinstance(event, dict) for event in events):
        raise ValueError("events must be a list of objects")
    for event in events:
        if event.get("event") not in PLOVER_EVENTS:
            raise ValueError(f"event {event.get('event')!r} is not one of the 16 PLOVER types")
        if event.get("status") not in STATUSES:
            raise ValueError(f"status {event.get('status')!r} is not one of {', '.join(sorted(STATUSES))}")
        if not isinstance(event.get("actor"), list) or not isinstance(event.get("recipient"), list):
            raise ValueError("actor and recipient must be lists of country codes")
    return doc_id, GoldSentence(article.text[start:end], start, end, events)
