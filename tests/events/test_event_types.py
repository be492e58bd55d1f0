"""Which PLOVER type a real event takes when its trigger word has several readings.

Whole pipeline on hand-written sentences; each rule is checked against the reading it must keep.
"""

from __future__ import annotations

from event_coding import brief


def _types(text: str) -> list[str]:
    return [event for event, *_ in brief(text)]


def test_armed_groups_and_nations_occupy_by_force_protesters_by_sitting_in() -> None:
    assert "COERCE" in _types("Rebel fighters occupied the town of Kafr Nabl on Monday.")
    assert "PROTEST" not in _types("Rebel fighters occupied the town of Kafr Nabl on Monday.")
    assert "COERCE" in _types("Residents of the peninsula have lived under the Russian occupation since 2014.")
    assert "PROTEST" in _types("Students in Paris occupied the square outside the ministry on Sunday.")
    assert "PROTEST" in _types("Young Algerians occupied the square outside the ministry on Sunday.")
