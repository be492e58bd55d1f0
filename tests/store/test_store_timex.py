"""TIMEX3 values as calendar ranges."""

from __future__ import annotations

from datetime import date

import pytest

from sanderling.store import timex_range


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2019-04-25", date(2019, 4, 25), date(2019, 4, 25)),
        ("2019-02", date(2019, 2, 1), date(2019, 2, 28)),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29)),
        ("2019", date(2019, 1, 1), date(2019, 12, 31)),
        ("2019-W16", date(2019, 4, 15), date(2019, 4, 21)),
        ("2019-W01", date(2018, 12, 31), date(2019, 1, 6)),  # ISO weeks cross years
        ("2020-W53", date(2020, 12, 28), date(2021, 1, 3)),
        ("2019-W16-WE", date(2019, 4, 20), date(2019, 4, 21)),
        ("201", date(2010, 1, 1), date(2019, 12, 31)),
        ("201X", date(2010, 1, 1), date(2019, 12, 31)),
        ("19", date(1900, 1, 1), date(1999, 12, 31)),
        ("20XX", date(2000, 1, 1), date(2099, 12, 31)),
        ("2019-Q1", date(2019, 1, 1), date(2019, 3, 31)),
        ("2019-Q4", date(2019, 10, 1), date(2019, 12, 31)),
        ("2019-H2", date(2019, 7, 1), date(2019, 12, 31)),
        ("2019-SP", date(2019, 3, 1), date(2019, 5, 31)),
        ("2019-SU", date(2019, 6, 1), date(2019, 8, 31)),
        ("2019-FA", date(2019, 9, 1), date(2019, 11, 30)),
        ("2019-WI", date(2019, 1, 1), date(2020, 2, 29)),  # either reading of "winter 2019"
        ("2019-04-25T14:30", date(2019, 4, 25), date(2019, 4, 25)),
        ("2019-04-25TNI", date(2019, 4, 25), date(2019, 4, 25)),
        (" 2019-04 ", date(2019, 4, 1), date(2019, 4, 30)),
    ],
)
def test_ranges(value: str, first: date, last: date) -> None:
    assert timex_range(value) == (first, last)


@pytest.mark.parametrize(
    "value",
    [
        "PAST_REF",
        "FUTURE_REF",
        "PRESENT_REF",
        "P3D",
        "2019-13",
        "2019-02-30",
        "2019-W53",
        "2019-Q5",
        "0000",
        "",
        None,
        "last week",
    ],
)
def test_no_range(value: str | None) -> None:
    assert timex_range(value) is None
