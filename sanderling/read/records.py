"""JSON Lines and CSV inputs: one article per line or row, SPEC §1 columns."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from sanderling.model import Document
from sanderling.read.errors import InputError
from sanderling.read.text import parse_date

# News bodies exceed csv's default 128 KiB field limit.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def fields_of_line(line: str, required: tuple[str, ...]) -> dict[str, Any]:
    """A stand-off gold line: one JSON object with at least the ``required`` fields; a ``ValueError`` says what is wrong."""
    try:
        fields = json.loads(line)
    except json.JSONDecodeError as err:
        raise ValueError(f"not a JSON object ({err.msg})") from None
    if not isinstance(fields, dict):
        raise ValueError("not a JSON object")
    missing = [name for name in required if name not in fields]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}; each line needs {', '.join(required)}")
    return fields


def documents_from_jsonl(
    content: str, *, path: str, stem: str, fallback_date: date | None = None
) -> Iterator[Document | InputError]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(path, f"malformed JSON: {err.msg} at column {err.colno}", line=number)
            continue
        if not isinstance(fields, dict):
            yield InputError(path, "expected a JSON object with 'date' and 'text'", line=number)
            continue
        yield _document_from_fields(fields, path=path, line=number, row=None, default_id=f"{stem}-{number}", fallback_date=fallback_date)


def documents_from_csv(
    content: str, *, path: str, stem: str, fallback_date: date | None = None
) -> Iterator[Document | InputError]:
    reader = csv.DictReader(io.StringIO(content, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield InputError(path, f"CSV has no 'text' column (columns: {', '.join(reader.fieldnames or []) or 'none'})", line=1)
        return
    row_number = 0
    line = 2
    for row_number, fields in enumerate(reader, start=1):
        yield _document_from_fields(fields, path=path, line=line, row=row_number, default_id=f"{stem}-{row_number}", fallback_date=fallback_date)
        line = reader.line_num + 1


def _document_from_fields(
    fields: Mapping[str, Any], *, path: str, line: int, row: int | None, default_id: str, fallback_date: date | None
) -> Document | InputError:
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(path, "no article text in the 'text' field", line=line, row=row)
    raw_date = fields.get("date")
    published: date | None
    if raw_date in (None, ""):
        if fallback_date is None:
            return InputError(path, "missing 'date': give YYYY-MM-DD or pass --date", line=line, row=row)
        published = fallback_date
    else:
        published, problem = parse_date(str(raw_date).strip()[:10] if "T" in str(raw_date) else str(raw_date).strip())
        if published is None:
            if fallback_date is None:
                return InputError(path, f"{problem}; fix it or pass --date", line=line, row=row)
            published = fallback_date
    doc_id = _first_present(fields, "id", "row", "") or default_id
    return Document(
        doc_id=doc_id,
        published=published,
        text=text,
        title=_optional(fields.get("title")),
        url=_optional(fields.get("url")),
        source=_optional(fields.get("source")),
        source_path=path,
        source_line=line,
    )


def _first_present(fields: Mapping[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = fields.get(key)
        if value not in (None, ""):
            return str(value)
    return None


def _optional(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
