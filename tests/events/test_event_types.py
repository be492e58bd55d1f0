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


def test_admitting_that_something_is_so_states_a_fact() -> None:
    assert "CONCEDE" not in _types("The Polish government conceded that the new law had damaged relations with Israel.")
    assert "CONCEDE" not in _types("The Belgian minister admitted that the prison will not close this year.")
    assert "CONCEDE" in _types("The Polish government conceded defeat in the vote on Tuesday.")
    assert "CONCEDE" in _types("The Kenyan army acknowledged responsibility for the deaths of the civilians.")
    assert "CONCEDE" in _types("The Belgian interior ministry admitted its mistake on Monday.")
