"""Read gold time expressions kept apart from the articles they annotate (stand-off).

TimeML files carry their text inline; articles whose text we may not redistribute are
annotated instead by offsets into the text as the read stage returns it. A gold file is
JSONL, one expression per line:

    {"doc_id": "79", "start": 120, "end": 129, "text": "last week", "type": "DATE", "value": "2019-W06"}

The articles come from any file the read stage accepts (CSV, JSONL, text); each
article's publication date is its document creation time.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sanderling.model import Timex
from sanderling.read import documents_by_id
from sanderling.read.records import fields_of_line
from sanderling.times.timeml import TimeMLDoc

_FIELDS = ("doc_id", "start", "end", "text", "type", "value")


def _timex_from_line(line: str, where: str) -> tuple[str, Timex]:
    try:
        fields = fields_of_line(line, _FIELDS)
    except ValueError as err:
        raise ValueError(f"{where}: {err}") from None
    start, end = fields["start"], fields["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise ValueError(f"{where}: start and end must be whole numbers with 0 <= start < end, got {start!r}, {end!r}")
    return str(fields["doc_id"]), Timex(start, end, str(fields["text"]), str(fields["type"]), str(fields["value"]))


def read_standoff(gold_path: Path | str, documents_path: Path | str) -> list[TimeMLDoc]:
    """The annotated articles of ``documents_path`` with the gold expressions of ``gold_path``.

    Every gold line must name an article of ``documents_path`` and its ``text`` must be
    exactly the characters at its offsets; otherwise a ``ValueError`` names the line.

    Example: ``read_standoff("tests/times/gold/guardian_timex.jsonl", "../shared/data/guardian-2019/guardian_2019_sample.csv")``
    """
    gold_path = Path(gold_path)
    gold: dict[str, list[tuple[int, Timex]]] = defaultdict(list)
    with gold_path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                doc_id, timex = _timex_from_line(line, f"{gold_path}, line {number}")
                gold[doc_id].append((number, timex))
    articles = documents_by_id(documents_path)
    docs = []
    for doc_id, expressions in gold.items():
        article = articles.get(doc_id)
        if article is None:
            raise ValueError(f"{gold_path}, line {expressions[0][0]}: no article with id {doc_id!r} in {documents_path}")
        for number, timex in expressions:
            found = article.text[timex.start:timex.end]
            if found != timex.text:
                raise ValueError(f"{gold_path}, line {number}: the text at {timex.start}-{timex.end} of article {doc_id!r} is {found!r}, not {timex.text!r}")
        timexes = tuple(sorted((t for _, t in expressions), key=lambda t: (t.start, t.end)))
        docs.append(TimeMLDoc(Path(f"{Path(documents_path).name}#{doc_id}"), article.published, article.text, timexes))
    return docs
