"""Coding on several processes: each worker parses *and* analyses its documents.

spaCy's own ``nlp.pipe(n_process=...)`` parallelises only the parse; the
stages after it would then run on one core. Here every worker runs the whole
journey, so a laptop's cores all do the work. Workers are forked after the
model, tables and gazetteer are loaded, so they share those pages instead of
loading them again.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sanderling.model import Document, Event


class DocumentFailed(Exception):
    """A document whose analysis raised in a worker; the message names the original error."""


_actors_csv: Path | None = None
_keep_unattributed = False


def _start_worker(actors_csv: Path | None, keep_unattributed: bool) -> None:
    global _actors_csv, _keep_unattributed
    _actors_csv, _keep_unattributed = actors_csv, keep_unattributed


def _code_one(document: Document) -> tuple[Document, list[Event] | None, str | None]:
    from sanderling.actors import ActorTables
    from sanderling.parse import load_nlp
    from sanderling.pipeline import analyse

    try:
        events = analyse(load_nlp()(document.text), document, tables=ActorTables.load(extra_csv=_actors_csv), keep_unattributed=_keep_unattributed)
    except Exception as err:  # reported to the parent, which decides whether the run goes on
        return document, None, f"{type(err).__name__}: {err}"
    return document, events, None


def code_in_processes(
    documents: Iterable[Document],
    *,
    n_process: int,
    batch_size: int,
    actors_csv: Path | None,
    on_error: Callable[[Document, Exception], None] | None,
    keep_unattributed: bool = False,
) -> Iterator[tuple[Document, list[Event]]]:
    """Events of each document, in input order, coded by ``n_process`` forked workers."""
    from sanderling.actors import ActorTables
    from sanderling.parse import load_nlp
    from sanderling.places import Gazetteer

    load_nlp(), ActorTables.load(extra_csv=actors_csv), Gazetteer.default()  # loaded once, shared by the forks
    gc.freeze()  # keep the collector from touching, and so copying, the shared pages in every worker
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(n_process, initializer=_start_worker, initargs=(actors_csv, keep_unattributed)) as pool:
            for document, events, error in pool.imap(_code_one, documents, chunksize=batch_size):
                if error is not None:
                    if on_error is None:
                        raise DocumentFailed(f"{document.doc_id}: {error}")
                    on_error(document, DocumentFailed(error))
                    continue
                assert events is not None
                yield document, events
    finally:
        gc.unfreeze()
