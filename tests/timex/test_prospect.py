"""Cues that a date lies ahead of (or behind) its clause (tidings.timex.prospect), through find_dates.

Invented sentences; the publication date is Saturday 2024-06-29, or Wednesday 2024-11-13 where a month of
unknown tense would otherwise lean to the nearer side."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.records import Article

SATURDAY = dt.date(2024, 6, 29)
NOVEMBER = dt.date(2024, 11, 13)


def _dates(coder, text: str, day: dt.date = SATURDAY) -> list[tuple[str, str]]:
    return [(d.span.text, d.value) for d in coder.code_one(Article("t", text, day)).dates]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an invitation, a proposal or a preparation dates what is to come, even in the past perfect
        ("The envoys had been invited for talks on Friday.", ("Friday", "2024-07-05")),
        ("The cabinet had invited the unions to talks on Monday.", ("Monday", "2024-07-01")),
        ("She said monitors had been invited to inspect the depots on Thursday.", ("Thursday", "2024-07-04")),
        ("The mediator had proposed a second meeting in Lusaka in August.", ("August", "2024-08")),
        ("The region prepared for the second round of voting on Sunday.", ("Sunday", "2024-06-30")),
        ("The ministry expected a reply at a conference in Oslo on Friday.", ("Friday", "2024-07-05")),
        ("Voters prepared for the first of three rounds of voting on Sunday.", ("Sunday", "2024-06-30")),
        # a scheduled event after "ahead of", "for", or under a modal or an infinitive
        ("Tension has eased, but the issue remains sensitive ahead of a referendum in May.", ("May", "2025-05")),
        ("The party said it would boycott October's election.", ("October", "2024-10")),
        ("The ruling cleared the way for Sunday's vote to go ahead.", ("Sunday", "2024-06-30")),
        ("Campaigning for Sunday's poll entered its final days.", ("Sunday", "2024-06-30")),
        # not ahead: the outcome of an event, an invitation dated by its own verb, a plain past
        ("The party would protest the outcome of Sunday's election.", ("Sunday", "2024-06-23")),
        ("The minister was invited on Monday to a summit.", ("Monday", "2024-06-24")),
        ("Rebels attacked the town on Friday.", ("Friday", "2024-06-28")),
    ],
    ids=["invited-for-talks", "invited-to-talks", "invited-to-infinitive", "proposed-meeting", "prepared-for",
         "expected-object", "gerund-under-preposition",
         "finite-conjunct-own-tense", "modal-over-possessive-event", "event-subject-of-infinitive",
         "campaigning-for-event", "outcome-of-event-not-ahead",
         "date-of-the-invitation", "plain-past"],
)
def test_prospect_in_a_sentence(coder, text, expected):
    assert expected in _dates(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in November, March and February of unknown tense are as near behind as ahead:
        # a deadline ("by", "until") lies ahead, "since" behind
        ("The goal is full service on the line by March.", ("March", "2025-03")),
        ("Envoys met on Wednesday for their first talks since February.", ("February", "2024-02")),
        # "as planned" under a modal: the plan's date is the event's
        ("The summit would go ahead as planned in March.", ("March", "2025-03")),
    ],
    ids=["by-deadline", "since-is-behind", "as-planned-under-modal"],
)
def test_deadline_and_since_in_november(coder, text, expected):
    assert expected in _dates(coder, text, NOVEMBER)
