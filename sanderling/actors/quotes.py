"""The quotations of an article and who speaks each.

News quotes a speaker over several sentences and paragraphs, and names the
speaker once: '"My child was only 15," Ahmed Ali said. "I would ask the
British government not to cancel her citizenship."' The second quotation has
no verb of saying, yet "I" is Ahmed Ali. A quotation is found by its marks
across sentences (a paragraph that goes on quoting opens with a new mark and
leaves the last one unclosed); its speaker is the subject of the verb of saying
outside the marks in a sentence it touches, else the speaker of the quotation
just before it when nothing but that attribution stands between them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from sanderling.parse import sentences

_OPENING = "\u201c"
_CLOSING = "\u201d"
# A quotation left open longer than this is an unbalanced mark, not a quotation.
_LONGEST = 8
# Sentences that may separate an unattributed quotation from the attributed one it goes on from.
_CARRY_OVER = 1


def quotation_of_tokens(doc: Doc) -> list[int | None]:
    """For each token, the number of the double-quoted quotation it lies inside, or None.

    Straight double quotes are paired within their sentence; curly ones may run
    over sentences. An opening mark inside an open quotation begins another of its
    paragraphs, not a new quotation.
    """
    inside: list[int | None] = [None] * len(doc)
    count = -1
    current: int | None = None
    opened_in = 0
    for number, sentence in enumerate(sentences(doc)):
        if current is not None and number - opened_in >= _LONGEST:
            current = None
        straight: int | None = None
        for tok in sentence:
            if tok.text == _OPENING:
                if current is None:
                    count += 1
                    current, opened_in = count, number
            elif tok.text == _CLOSING:
                current = None
            elif tok.text == '"':
                if straight is None:
                    count += 1
                    straight = count
                else:
                    straight = None
            else:
                inside[tok.i] = straight if straight is not None else current
    return inside


def quotation_speakers(doc: Doc, inside: list[int | None], speaker_of: Callable[[Token], int | None]) -> dict[int, int]:
    """The speaker of each quotation, as ``speaker_of`` names the subject of its verb of saying.

    ``speaker_of`` maps the subject token of a verb of saying outside the marks to a speaker (a mention's
    index), or None when it names none.
    """
    found: dict[int, int] = {}
    span: dict[int, tuple[int, int]] = {}  # first and last sentence of each quotation
    for number, sentence in enumerate(sentences(doc)):
        for tok in sentence:
            quotation = inside[tok.i]
            if quotation is None:
                continue
            first, _last = span.get(quotation, (number, number))
            span[quotation] = (first, number)
            if quotation in found:
                continue
            speaker = _attributed(tok, inside, speaker_of)
            if speaker is not None:
                found[quotation] = speaker
    for quotation in sorted(span):
        previous = quotation - 1
        if quotation not in found and previous in found and previous in span \
                and span[quotation][0] - span[previous][1] <= _CARRY_OVER:
            found[quotation] = found[previous]
    return found


def _attributed(tok: Token, inside: list[int | None], speaker_of: Callable[[Token], int | None]) -> int | None:
    """The speaker a quoted word's sentence names: the subject of the first verb above it outside the marks."""
    verb = next((a for a in tok.ancestors if inside[a.i] is None), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and inside[c.i] is None), None)
    return speaker_of(subject) if subject is not None else None
