"""Times stage: find TIMEX3 time expressions in news text and resolve them against the publication date.

The tagger is hand-written rules over lexicons and patterns in ``data/``, because the
libraries measured in issue 3 (Recognizers-Text, dateparser) fall far short of the
TempEval-3 targets in both span and value, and neither reads tense. Islamic holidays
("Ramadan", "Eid al-Adha") are dated with the ``hijridate`` package (Umm al-Qura calendar).

- ``tag_times(text, published, *, doc=None) -> list[Timex]``: every expression, with
  character offsets into ``text`` as given. ``doc`` (a spaCy Doc of the same text)
  lets tense come from the parse.
- ``evaluate_timex(paths, *, nlp=None) -> TimexScores``: TempEval-3 scoring of
  ``.tml`` files; ``.as_dict()`` for JSON, ``.format_table()`` for people.
- ``read_tml(path) -> TimeMLDoc``: text, DCT and gold TIMEX3 spans of one file.
- ``read_standoff(gold, documents) -> list[TimeMLDoc]``: the same from stand-off gold (JSONL
  of offsets) over articles in any format the read stage accepts; score with ``score_documents``.

CLI wiring: ``sanderling timex --date D [FILE]`` prints
``json.dumps(t.to_dict())`` for each ``t in tag_times(text, D)``;
``sanderling eval-timex DIR`` prints ``evaluate_timex(DIR).format_table()``;
``sanderling eval-timex GOLD.jsonl --documents FILE`` scores stand-off gold.
"""

from sanderling.times.evaluate import TimexScores, evaluate_timex, score_documents
from sanderling.times.standoff import read_standoff
from sanderling.times.tagger import tag_times
from sanderling.times.timeml import TimeMLDoc, read_tml

__all__ = ["TimeMLDoc", "TimexScores", "evaluate_timex", "read_standoff", "read_tml", "score_documents", "tag_times"]
