"""Gold files (SPEC §3): articles with exhaustively annotated sentences."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sanderling.model import Document
from sanderling.read import InputError, InputRejected, read_path


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
