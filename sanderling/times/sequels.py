"""Days told as following the story's own day ("Fire broke out on April 15. Later on Tuesday, ...")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sanderling.times.context import Context

# "later on Friday": the story has gone on to that day. ("Earlier on Saturday" says earlier in that
# day, often the publication day, and so says nothing of the days before it.)
_SEQUEL = re.compile(r"\blater(?:\s+on)?\s+$", re.I)
STORY_REACH = 400  # characters back to the day named last: beyond them the story has moved on


def still_told(text: str, told_end: int, start: int, *, same_paragraph: bool = True) -> bool:
    """Whether a time told ending at ``told_end`` is still the story's at ``start``: near, and (unless
    ``same_paragraph`` is False, as for wire copy's one-sentence paragraphs) in the same paragraph."""
    between = text[told_end:start]
    return 0 <= told_end <= start and len(between) <= STORY_REACH and not (same_paragraph and "\n\n" in between)


def weekday_in_sequence(isoweekday: int, start: int, ctx: Context) -> date | None:
    """After "later (on)", the first such weekday from the story's day on, when a day was named just before.

    A weekday counts from the publication date only when nothing else anchors it; "later on Tuesday"
    goes on from the day last told, which may be a week or more before publication.
    """
    if _SEQUEL.search(ctx.text, max(0, start - 15), start) is None or not still_told(ctx.text, ctx.last_day_end, start):
        return None
    told = ctx.narrative_date()
    return told + timedelta(days=(isoweekday - told.isoweekday()) % 7)
