"""Datelines: the place an article was filed from, at its very start.

"KABUL, Afghanistan —", "BEIJING (Reuters) -", "LONDON, March 5 (Reuters) -".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sanderling.parse import doc_text

DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z'’.\- ]{1,38}[A-Z.])"
    r"(?:,\s*(?P<region>(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)[A-Z][A-Za-z'’.\- ]{1,38}?))?"
    r"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?"
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?\s*(?:[—–]|--?)\s"
)




def find_dateline(doc: Doc) -> tuple[int, int] | None:
    """Token span (start, end) of the dateline's place words, if the article opens with one."""
    match = DATELINE.match(doc_text(doc)[:120])
    if not match or len(match.group("city").split()) > 4:
        return None
    end_char = match.end("region") if match.group("region") else match.end("city")
    span = doc.char_span(match.start("city"), end_char, alignment_mode="expand")
    return None if span is None else (span.start, span.end)


def dateline_name(text: str) -> str:
    """"KABUL, Afghanistan" -> "Kabul, Afghanistan": datelines shout the city's name."""
    head, _, rest = text.partition(",")
    return head.title() + ("," + rest if rest else "")
