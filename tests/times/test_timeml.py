"""Reading TimeML files and scoring them the TempEval-3 way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sanderling.model import Timex
from sanderling.times import TimexScores, evaluate_timex, read_tml

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
Six <EVENT eid="e1" class="OCCURRENCE">deaths</EVENT> were reported in <TIMEX3 tid="t2" type="DATE" value="2013-W11">the last week</TIMEX3> &amp; more, Dr. Jhung said <TIMEX3 tid="t3" type="DATE" value="2013-03-22">Friday</TIMEX3>.
It lasted <TIMEX3 tid="t4" type="DURATION" value="P1M">a month</TIMEX3>.<TIMEX3 tid="t9" type="DATE" value="2013-02"/>
</TEXT>
</TimeML>
"""


@pytest.fixture
def tml(tmp_path: Path) -> Path:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_read_tml_gives_text_dct_and_offsets(tml: Path) -> None:
    doc = read_tml(tml)
    assert doc.dct == date(2013, 3, 22)
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("the last week", "DATE", "2013-W11"), ("Friday", "DATE", "2013-03-22"), ("a month", "DURATION", "P1M")]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
    assert "&" in doc.text and "<EVENT" not in doc.text


def test_read_tml_without_creation_time_says_how_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><TEXT>x</TEXT></TimeML>", encoding="utf-8")
    with pytest.raises(ValueError, match="CREATION_TIME"):
        read_tml(path)


def test_scores_strict_relaxed_and_attributes() -> None:
    gold = [Timex(0, 13, "the last week", "DATE", "2013-W11"), Timex(20, 26, "Friday", "DATE", "2013-03-22"),
            Timex(40, 47, "a month", "DURATION", "P1M")]
    system = [Timex(4, 13, "last week", "DATE", "2013-W11"), Timex(20, 26, "Friday", "DATE", "2013-03-15"),
              Timex(60, 65, "today", "DATE", "2013-03-22")]
    scores = TimexScores()
    scores.add("doc", gold, system)
    assert (scores.strict, scores.relaxed, scores.type_correct, scores.value_correct) == (1, 2, 2, 1)
    figures = scores.as_dict()
    assert figures["strict_precision"] == round(1 / 3, 4) and figures["strict_recall"] == round(1 / 3, 4)
    assert figures["relaxed_f1"] == round(2 / 3, 4)
    assert figures["value_f1"] == round(1 / 3, 4)
    assert "value" in scores.format_table()


def test_evaluate_timex_on_a_directory(tml: Path) -> None:
    scores = evaluate_timex(tml.parent)
    assert scores.documents == 1 and scores.gold == 3
    assert scores.as_dict()["value_f1"] > 0.5


def test_evaluate_timex_on_an_empty_directory_says_what_to_give(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no .tml files"):
        evaluate_timex(tmp_path)
