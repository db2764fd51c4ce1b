"""Statement events from quotes (tidings.quotes.statements): rule quote:statement, CAMEO 010."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.quotes.statements import RULE
from tidings.records import Article

CASES = {
    "named-official": ("Pakistan's US Ambassador Masood Khan arrived in Washington on Friday.\n\n"
                       "\u201cWe came to listen and to be heard,\u201d the ambassador said.", ["PAKGOV"]),
    "other-event-in-quote": ("Foreign Minister Sergei Lavrov spoke after the talks.\n\n"
                             "\u201cRussia will expel the British ambassador,\u201d Lavrov said.", []),
    "unnamed-speaker": ("\u201cWe came to listen and to be heard,\u201d a resident said.", []),
    "no-quote-marks": ("Ambassador Masood Khan said the two countries would keep talking.", []),
}


@pytest.mark.model
@pytest.mark.parametrize("case", sorted(CASES), ids=sorted(CASES))
def test_statement_case(coder, case):
    text, sources = CASES[case]
    events = coder.code_one(Article(case, text, dt.date(2024, 6, 29))).events
    statements = [e for e in events if e.rule == RULE]
    assert [e.source.code.code for e in statements] == sources
    for e in statements:
        assert e.cameo.code == "010" and e.target is None
        assert text[e.spans.verb.start : e.spans.verb.end] == e.spans.verb.text
        assert e.date is not None
