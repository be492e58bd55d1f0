"""Deeds of people long out of the office the text knows them by: told in the past, they were done in office.

"Saddam Hussein gassed Kurdish villages", "Obama refused to get involved", "Talabani negotiated a ceasefire": a writer
who names a leader out of office without calling them former ("the former president said") is telling of their
time in office, years before the story. The actors stage marks such a person with the end of their term
(``Actor.term_ended``); this pass makes their undated past deeds history.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc

from sanderling.events.lexicon import Lexicon
from sanderling.model import Event

# How long out of office a person must be before an undated deed of theirs is read as done in office: one who left
# lately (a president between terms, a minister turned candidate) still makes the day's news by name alone.
LONG_OUT = timedelta(days=365)
# What one out of office still does by name: comment, praise, blame, ask and warn ("Susan Rice saluted his service").
_STILL_DONE = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "THREATEN"})


def deeds_in_office(events: list[Event], mentions: Sequence[Any], doc: Doc, lexicon: Lexicon, published: date) -> None:
    """An event told in the past whose actor left office a while ago, with no date of its own, is historical.

    What such a person says ("Blair warned", "Carter said") may be said today, so acts of speech and comment are left
    as they are; so is anything done by one the article calls former anywhere.
    """
    acting_now = {m.actor.name for m in mentions if m.actor.name and m.actor.term_ended is None}
    for event in events:
        if event.status != "asserted" or event.extra.get("tense") != "past" or event.event in _STILL_DONE:
            continue
        ended = [a.term_ended for a in event.actor if a.term_ended is not None and a.name not in acting_now]
        if not ended or published - max(ended) < LONG_OUT:
            continue
        if doc[event.extra["token"]].lemma_.lower() in lexicon.speech_lemmas:
            continue
        if event.date_basis != "published" and event.date != "PAST_REF":
            continue  # a date of its own says when; one within the term has made it history already
        event.status = "historical"
        event.rule += f"; status historical: told in the past of a person out of office since {max(ended).isoformat()}"
        if event.date_basis == "published":
            event.date, event.date_basis, event.date_text = "PAST_REF", "inferred", None
