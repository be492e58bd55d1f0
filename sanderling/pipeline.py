"""The journey of an article: read -> parse -> the stages of ``stages.py`` (times -> actors -> places -> events).

``code_text`` and ``code_document`` are what a Python user calls; the CLI is
a thin layer over ``code_documents``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from sanderling.actors import ActorTables
from sanderling.model import Document, Event
from sanderling.parallel import code_in_processes
from sanderling.parse import load_nlp
from sanderling.stages import STAGES, Analysis


def code_text(text: str, *, published: date, doc_id: str = "text", actors_csv: Path | None = None,
              keep_unattributed: bool = False) -> list[Event]:
    """Events in one article's text, resolved against its publication date.

    ``keep_unattributed`` also returns events whose actor has no country (left out by default:
    see ``sanderling.events.find_events``).

    >>> events = code_text("Russia and China signed a trade deal in Moscow on Monday.", published=date(2019, 4, 24))
    """
    return code_document(Document(doc_id=doc_id, published=published, text=text), actors_csv=actors_csv, keep_unattributed=keep_unattributed)


def code_document(document: Document, *, actors_csv: Path | None = None, keep_unattributed: bool = False) -> list[Event]:
    return analyse(load_nlp()(document.text), document, actors_csv=actors_csv, keep_unattributed=keep_unattributed)


def code_documents(
    documents: Iterable[Document],
    *,
    batch_size: int = 16,
    n_process: int = 1,
    actors_csv: Path | None = None,
    on_error: Callable[[Document, Exception], None] | None = None,
    keep_unattributed: bool = False,
) -> Iterator[tuple[Document, list[Event]]]:
    """Events of many documents, parsed in batches (spaCy's ``nlp.pipe``).

    With ``on_error``, a document whose analysis fails is reported to it and
    skipped, so one odd article cannot stop a long run; without it the
    exception propagates. ``n_process`` above 1 runs the whole journey on that
    many processes (``sanderling.parallel``).
    """
    if n_process > 1:
        yield from code_in_processes(documents, n_process=n_process, batch_size=batch_size, actors_csv=actors_csv, on_error=on_error,
                                     keep_unattributed=keep_unattributed)
        return
    nlp = load_nlp()
    tables = ActorTables.load(extra_csv=actors_csv)
    pairs = ((document.text, document) for document in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        try:
            events = analyse(doc, document, tables=tables, keep_unattributed=keep_unattributed)
        except Exception as err:
            if on_error is None:
                raise
            on_error(document, err)
            continue
        yield document, events


def analyse(doc: Doc, document: Document, *, actors_csv: Path | None = None, tables: ActorTables | None = None,
            keep_unattributed: bool = False) -> list[Event]:
    """Run the stages after parsing on one parsed article."""
    analysis = Analysis(doc, document, tables or ActorTables.load(extra_csv=actors_csv), keep_unattributed=keep_unattributed)
    for _, stage in STAGES:
        stage(analysis)
    return analysis.events
