"""The native input: one article per file, ``date YYYY-MM-DD <text>`` (SPEC §1)."""

from __future__ import annotations

import re
from datetime import date

from sanderling.model import Document
from sanderling.read.errors import InputError

_HEADER = re.compile(r"\A\s*date(?: (?P<value>\S+))?(?: |\n|\Z)")
_ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})\Z")


def parse_date(value: str) -> tuple[date | None, str | None]:
    """An ISO date, or None and the reason it is not one."""
    match = _ISO_DATE.match(value)
    if not match:
        return None, f"invalid date {value!r}: expected YYYY-MM-DD"
    try:
        return date(*(int(part) for part in match.groups())), None
    except ValueError as err:
        return None, f"invalid date {value!r}: {err}"


def document_from_text(
    raw: str, *, doc_id: str, path: str, fallback_date: date | None = None
) -> Document | InputError:
    """Split the ``date`` header from the article text.

    Without a header (or with an invalid one) the document is rejected unless
    ``fallback_date`` is given: a publication date is never guessed.
    """
    if not raw.strip():
        return InputError(path, "empty file: no article text")
    header = _HEADER.match(raw)
    if header and header.group("value") is not None:
        published, problem = parse_date(header.group("value"))
        text = raw[header.end():]
        if published is None:
            if fallback_date is None:
                return InputError(path, f"{problem} in the 'date' header; fix it or pass --date", line=_line_of(raw, header.start("value")))
            published = fallback_date
    elif fallback_date is not None:
        published, text = fallback_date, raw
    else:
        return InputError(path, "missing date header: the file must start with 'date YYYY-MM-DD ', or pass --date", line=1)
    if not text.strip():
        return InputError(path, "no article text after the date header")
    return Document(doc_id=doc_id, published=published, text=text, source_path=path)


def _line_of(raw: str, offset: int) -> int:
    return raw.count("\n", 0, offset) + 1
