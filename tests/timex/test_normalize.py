"""TIMEX3 values (tidings.timex.normalize): one golden case per expression.

Cases live in ``tests/data/timex_expressions.jsonl``: ``{"id", "text", "published", "future" (true,
false or null for a clause whose tense does not say), "kind", "value"}`` (kind and value null when the
text is not a time expression); optional ``xfail``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from golden import case_params, load_cases
from tidings.timex import granularity, normalize

CASES = load_cases("timex_expressions.jsonl")


def test_timex_case_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", case_params(CASES))
def test_normalize(case):
    got = normalize(case["text"], dt.date.fromisoformat(case["published"]), case["future"])
    want = None if case["kind"] is None else (case["kind"], case["value"])
    assert got == want


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-06-28", "day"), ("2024-06", "month"), ("2024", "year"), ("2024-W26", "week"), ("2024-Q2", "quarter"),
     ("2024-06-28T14:00", "time"), ("PAST_REF", "ref"), ("P3D", "duration"), ("199", "decade"),
     ("1994-WI", "season")],
    ids=["day", "month", "year", "week", "quarter", "time", "ref", "duration", "decade", "season"],
)
def test_granularity(value, expected):
    assert granularity(value) == expected
