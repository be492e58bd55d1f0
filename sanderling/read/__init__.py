"""Read stage: files, directories and streams of dated articles -> Documents.

Readers never raise on bad input: they yield an ``InputError`` for that
document and go on, so one broken file cannot stop or spoil a run.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from sanderling.model import Document
from sanderling.read.errors import InputError, InputRejected
from sanderling.read.records import documents_from_csv, documents_from_jsonl
from sanderling.read.text import document_from_text, parse_date

__all__ = ["InputError", "InputRejected", "read_paths", "read_path", "documents_by_id", "document_from_text", "parse_date", "DOCUMENT_SUFFIXES"]

DOCUMENT_SUFFIXES = (".txt", ".jsonl", ".ndjson", ".csv")


def read_paths(paths: Iterable[str | Path], *, fallback_date: date | None = None) -> Iterator[Document | InputError]:
    """Every document in the given files and directories, in order.

    ``-`` reads one article in the native format from standard input.
    """
    for path in paths:
        yield from read_path(path, fallback_date=fallback_date)


def documents_by_id(path: str | Path) -> dict[str, Document]:
    """Every document in ``path`` by its id, for gold kept apart from the articles it annotates; the first
    unreadable document raises ``InputRejected``, since a score over part of the articles would mislead."""
    documents: dict[str, Document] = {}
    for item in read_path(path):
        if isinstance(item, InputError):
            raise InputRejected(item)
        documents[item.doc_id] = item
    return documents


def read_path(path: str | Path, *, fallback_date: date | None = None) -> Iterator[Document | InputError]:
    if str(path) == "-":
        yield document_from_text(sys.stdin.read(), doc_id="stdin", path="<stdin>", fallback_date=fallback_date)
        return
    path = Path(path)
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES and not p.name.startswith("."))
        if not found:
            yield InputError(str(path), f"directory holds no {', '.join(DOCUMENT_SUFFIXES)} files")
        for file in found:
            yield from _read_file(file, fallback_date)
        return
    yield from _read_file(path, fallback_date)


def _read_file(path: Path, fallback_date: date | None) -> Iterator[Document | InputError]:
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield InputError(name, "no such file or directory")
        return
    except IsADirectoryError:
        yield InputError(name, "is a directory")
        return
    except OSError as err:
        yield InputError(name, f"cannot read: {err.strerror or err}")
        return
    if b"\x00" in data[:8192]:
        yield InputError(name, "binary file (contains NUL bytes): expected UTF-8 text")
        return
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        yield InputError(name, f"not UTF-8 text: invalid byte 0x{data[err.start]:02x} at byte {err.start}; re-save the file as UTF-8", line=line)
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from documents_from_jsonl(content, path=name, stem=path.stem, fallback_date=fallback_date)
    elif suffix == ".csv":
        yield from documents_from_csv(content, path=name, stem=path.stem, fallback_date=fallback_date)
    else:
        yield document_from_text(content, doc_id=path.stem, path=name, fallback_date=fallback_date)
