"""Anchored expressions (tidings.timex.anchored): which phrases count from an anchor, and by how much."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.timex.anchored import anchored_shift, shifted_value


@pytest.mark.parametrize(
    ("text", "shift"),
    [("two days later", ("day", 2)), ("a week earlier", ("week", -1)), ("a day after", ("day", 1)),
     ("The next day", ("day", 1)), ("the previous month", ("month", -1)), ("the day before", ("day", -1)),
     ("earlier that day", ("day", 0)), ("that same year", ("year", 0)), ("last week", None), ("two days", None)],
)
def test_anchored_shift(text, shift):
    assert anchored_shift(text) == shift


def test_shifted_value_keeps_the_units_granularity():
    day = dt.date(2024, 12, 30)
    assert shifted_value(day, "day", 2) == "2025-01-01"
    assert shifted_value(day, "week", 1) == "2025-W02"
    assert shifted_value(day, "month", 1) == "2025-01"
    assert shifted_value(day, "year", -1) == "2023"
