"""The labelled-stories evaluation: reading its CSV, sampling by type, and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanderling.evaluate.stories import evaluate_stories, load_labelled_stories
from sanderling.read import InputRejected


def _write(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    path = tmp_path / "stories.csv"
    lines = ["text,label,mode"] + [f'"{text}",{label},' for text, label in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_story_counts_as_found_when_its_type_is_coded(tmp_path: Path) -> None:
    path = _write(tmp_path, [("Thousands of Iranians protested in Tehran on Friday.", "PROTEST"),
                             ("The weather in Paris was mild on Friday.", "PROTEST"),
                             ("Russia imposed sanctions on Ukraine.", "SANCTION")])
    figures = evaluate_stories(path).as_dict()
    assert figures["stories"] == 3
    assert figures["per_type"] == {"PROTEST": 0.5, "SANCTION": 1.0}
    assert figures["document_recall"] == round(2 / 3, 4)


def test_a_sample_takes_as_many_stories_of_each_type(tmp_path: Path) -> None:
    path = _write(tmp_path, [(f"story {i}", "PROTEST") for i in range(5)] + [(f"story {i}", "AID") for i in range(2)])
    labels = [s.label for s in load_labelled_stories(path, sample=3)]
    assert sorted(labels) == ["AID", "AID", "PROTEST", "PROTEST", "PROTEST"]


def test_a_label_that_is_no_plover_type_is_rejected_with_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, [("Russia imposed sanctions on Ukraine.", "SANCTION"), ("A riot.", "RIOT")])
    with pytest.raises(InputRejected) as raised:
        load_labelled_stories(path)
    assert str(raised.value).endswith("stories.csv:3: label 'RIOT' is not a PLOVER event type")
