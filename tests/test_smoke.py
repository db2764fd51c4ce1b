"""End-to-end smoke test: the issue's Pakistan/US example codes the appeal and the condemnation."""

import datetime as dt

from tidings.records import Article

TEXT = (
    "ISLAMABAD, June 29 (Example Wire) - Pakistan's US Ambassador Masood Khan on Friday urged Washington to "
    "provide small arms, a day after the National Assembly passed a resolution condemning the US House of "
    "Representatives."
)


def test_pakistan_us_example(coder):
    result = coder.code_one(Article("pk", TEXT, dt.date(2024, 6, 29)))
    got = {(e.source.code.code, e.target.code.code if e.target else None, e.cameo.code)
           for e in result.events}
    assert ("PAKGOV", "USAGOV", "0232") in got
    appeal = next(e for e in result.events if e.cameo.code == "0232")
    assert appeal.date == dt.date(2024, 6, 28) and appeal.date_text == "Friday"
    assert any(e.cameo.root == "11" and e.target and e.target.code.code == "USALEG" for e in result.events)
