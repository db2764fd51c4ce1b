"""Event dates (tidings.dates): resolving date expressions, and dating events from their own clause.

Golden expressions live in ``tests/data/date_expressions.jsonl``: ``{"id", "text", "published",
"future", "date" (null when unresolvable), "reason"}``, optional ``xfail``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from golden import case_params, load_cases
from tidings.dates import date_events, resolve_expression
from tidings.records import Article

CASES = load_cases("date_expressions.jsonl")
SATURDAY = dt.date(2024, 6, 29)  # the weekday cases depend on it


def test_date_case_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", case_params(CASES))
def test_resolve_expression(case):
    got = resolve_expression(case["text"], dt.date.fromisoformat(case["published"]), case["future"])
    if case["date"] is None:
        assert got is None
    else:
        assert got == (dt.date.fromisoformat(case["date"]), case["reason"])


def _code(coder, text: str, day: dt.date | None = SATURDAY):
    return coder.code_one(Article("d", text, day)).events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "date_text", "reason"),
    [
        ("Israel attacked Hamas on Friday.", dt.date(2024, 6, 28), "Friday", "weekday-past"),
        ("China will meet Japan on Friday.", dt.date(2024, 7, 5), "Friday", "weekday-future"),
        ("Russia attacked Ukraine on June 3.", dt.date(2024, 6, 3), "June 3", "explicit-date"),
        ("Russia attacked Ukraine three days ago.", dt.date(2024, 6, 26), "three days ago", "relative-ago"),
        ("Russia attacked Ukraine.", SATURDAY, "", "publication-date"),
        ("Russia attacked Ukraine last year.", dt.date(2023, 1, 1), "last year", "timex-year"),
        ("Russia attacked Ukraine in recent years.", SATURDAY, "recent years",
         "unresolved-expression; publication-date"),
    ],
    ids=["past-weekday", "future-weekday", "explicit", "ago", "no-expression", "last-year", "unresolvable"],
)
def test_event_date_from_its_clause(coder, text, date, date_text, reason):
    (event,) = _code(coder, text)
    assert (event.date, event.date_text, event.date_reason) == (date, date_text, reason)


@pytest.mark.model
def test_date_of_reporting_clause_does_not_date_the_reported_event(coder):
    events = _code(coder, "Pakistan said on Friday that India attacked its posts on Monday.")
    attack = next(e for e in events if e.cameo.code == "190")
    assert (attack.date, attack.date_text) == (dt.date(2024, 6, 24), "Monday")


@pytest.mark.model
def test_date_text_is_in_the_article(coder):
    text = "Kenyan police arrested ten protesters in Nairobi on Tuesday."
    (event,) = _code(coder, text)
    assert event.date == dt.date(2024, 6, 25)
    assert event.date_text in text


@pytest.mark.model
def test_article_without_date_gives_undated_events(coder):
    (event,) = _code(coder, "Israel attacked Hamas on Friday.", None)
    assert (event.date, event.date_reason) == (None, "no-date")


def test_date_events_passes_empty_lists_through():
    assert date_events(None, Article("x", "text", SATURDAY), []) == []


def test_event_anchored_a_day_before_its_governing_event(coder):
    """"X on Friday urged ..., a day after Y passed a resolution condemning Z": the condemnation is
    dated one day before Friday, and says why."""
    text = ("Pakistan's US Ambassador Masood Khan on Friday urged Washington to provide small arms, a day after "
            "the National Assembly passed a resolution condemning the US House of Representatives.")
    result = coder.code_one(Article("anchor", text, dt.date(2024, 6, 29)))
    by_root = {e.cameo.root: e for e in result.events}
    assert by_root["02"].date == dt.date(2024, 6, 28)
    assert by_root["11"].date == dt.date(2024, 6, 27)
    assert by_root["11"].date_reason.startswith("relative-to-event")
    assert by_root["11"].date_text == "a day after"


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "granularity", "date_text"), [
    ("Kenya signed a trade deal with Uganda in March.", dt.date(2024, 3, 1), "month", "March"),
    ("Kenya signed a trade deal with Uganda last week.", dt.date(2024, 6, 17), "week", "last week"),
    ("Russia invaded Ukraine in 2022.", dt.date(2022, 1, 1), "year", "2022"),
    ("Kenya signed a trade deal with Uganda on Friday, officials said.", dt.date(2024, 6, 28), "day", "Friday"),
    ("Kenya signed a trade deal with Uganda, officials said.", SATURDAY, "day", ""),
], ids=["month", "week", "year", "weekday", "publication"])
def test_event_date_names_the_period_the_text_gives(coder, text, date, granularity, date_text):
    """An event dated only by a month, a week or a year takes the first day of that period and says
    which period it is, the same value as the article's ``dates`` for that phrase (it used to fall back
    to the publication date for "in March")."""
    (event,) = [e for e in _code(coder, text) if e.cameo.root != "01"]
    assert (event.date, event.date_granularity, event.date_text) == (date, granularity, date_text)


def test_period_start_of_timex_values():
    from tidings.timex import period_start

    assert period_start("2024-06-28T14:00") == (dt.date(2024, 6, 28), "day")
    assert period_start("2024-W26") == (dt.date(2024, 6, 24), "week")
    assert period_start("2024-Q3") == (dt.date(2024, 7, 1), "quarter")
    assert period_start("2024-06") == (dt.date(2024, 6, 1), "month")
    assert period_start("2019") == (dt.date(2019, 1, 1), "year")
    for vague in ("PAST_REF", "P3D", "199", "2024-SU", "2024-W60"):
        assert period_start(vague) is None
