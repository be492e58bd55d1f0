"""Times stage: find TIMEX3 time expressions in news text and resolve them against the publication date.

The tagger is hand-written rules over lexicons and patterns in ``data/``, because the
libraries measured in issue 3 (Recognizers-Text, dateparser) fall far short of the
TempEval-3 targets in both span and value.

- ``tag_times(text, published, *, doc=None) -> list[Timex]``
- ``evaluate_timex(paths) -> TimexScores`` (TempEval-3 scoring of ``.tml`` files)
- ``read_tml(path) -> TimeMLDoc``
"""

from sanderling.times.evaluate import TimexScores, evaluate_timex, score_documents
from sanderling.times.tagger import tag_times
from sanderling.times.timeml import TimeMLDoc, read_tml

__all__ = ["TimeMLDoc", "TimexScores", "evaluate_timex", "read_tml", "score_documents", "tag_times"]
