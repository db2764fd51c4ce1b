"""Time expressions in articles (tidings.timex.find_dates): spans, values by tense, datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.records import Article
from tidings.timex import dateline_date, find_dates

SATURDAY = dt.date(2024, 6, 29)


def _dates(coder, text: str, day: dt.date | None = SATURDAY) -> list[tuple[str, str, str]]:
    result = coder.code_one(Article("t", text, day))
    for d in result.dates:
        assert text[d.span.start:d.span.end] == d.span.text
    return [(d.span.text, d.value, d.kind) for d in result.dates]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides will hold a meeting on Friday.", ("Friday", "2024-07-05", "DATE")),
        ("Protests have continued since Saturday.", ("Saturday", "2024-06-29", "DATE")),
        ("Rebels attacked the town on Friday.", ("Friday", "2024-06-28", "DATE")),
        ("Talks collapsed last week.", ("last week", "2024-W25", "DATE")),
        ("Elections are due next month.", ("next month", "2024-07", "DATE")),
        ("Police arrested him two days ago.", ("two days ago", "2024-06-27", "DATE")),
        ("The ceasefire was agreed in early June.", ("early June", "2024-06", "DATE")),
        ("The law was passed in 2023.", ("2023", "2023", "DATE")),
        ("The minister resigned on June 3.", ("June 3", "2024-06-03", "DATE")),
        ("The minister resigned on 3 June.", ("3 June", "2024-06-03", "DATE")),
        ("Shelling resumed on Tuesday night.", ("Tuesday night", "2024-06-25TNI", "TIME")),
        ("The council met at 14:00.", ("14:00", "2024-06-29T14:00", "TIME")),
        ("Prices are rising now.", ("now", "PRESENT_REF", "DATE")),
        ("The siege lasted three weeks.", ("three weeks", "P3W", "DURATION")),
        ("The envoys planned to leave on Thursday.", ("Thursday", "2024-07-04", "DATE")),
        # the tense of a date in a prepositional phrase on a noun is its clause's
        ("Regional leaders will hold a summit in Accra on Sunday.", ("Sunday", "2024-06-30", "DATE")),
        # a conjoined or catenative verb takes the first verb's modal
        ("He said they would file a protest and summon the envoy on Thursday.", ("Thursday", "2024-07-04", "DATE")),
        ("He said troops would begin clearing the road on Thursday.", ("Thursday", "2024-07-04", "DATE")),
        # an infinitive under a future verb, or on a noun, is ahead
        ("Lawyers will ask the court to review the ban on Monday.", ("Monday", "2024-07-01", "DATE")),
        ("The deputies would join a party to be launched on Friday.", ("Friday", "2024-07-05", "DATE")),
        ("He said the talks would resume Tuesday.", ("Tuesday", "2024-07-02", "DATE")),
        ("Troops could reach the border as early as Monday.", ("Monday", "2024-07-01", "DATE")),
        ("The rebels failed to appear on Thursday.", ("Thursday", "2024-06-27", "DATE")),
        ("Profit rose 5% in the year ended March 31.", ("the year", "P1Y", "DURATION")),
        ("The two leaders meet in Cairo on Monday.", ("Monday", "2024-07-01", "DATE")),
        ("Prices are above current levels.", ("current", "PRESENT_REF", "DATE")),
        ("The recent clashes left ten dead.", ("recent", "PAST_REF", "DATE")),
        # a date right after a past verb is that verb's, whatever the clause after it says
        ("Officials said on Tuesday they would begin talks in July.", ("Tuesday", "2024-06-25", "DATE")),
        ("A delegation of lawmakers is expected on Friday.", ("Friday", "2024-07-05", "DATE")),
        ("The run-off is scheduled for Sunday.", ("Sunday", "2024-06-30", "DATE")),
        # a clock time takes the day named next to it
        ("The missile was fired at 07:40 local time on Tuesday.", ("07:40 local time", "2024-06-25T07:40", "TIME")),
        ("Talks will open on Monday at 14:00 in Geneva.", ("14:00", "2024-07-01T14:00", "TIME")),
        # "be to" is a plan; a planned event's date is ahead; a plan in the past perfect was overtaken
        ("The bank is to reopen its branches on Tuesday.", ("Tuesday", "2024-07-02", "DATE")),
        ("Farmers planned a march on the capital on Thursday.", ("Thursday", "2024-07-04", "DATE")),
        ("The ministry has scheduled a briefing Monday on the floods.", ("Monday", "2024-07-01", "DATE")),
        ("The truce had been due to expire on Thursday.", ("Thursday", "2024-06-27", "DATE")),
        ("Officials would be able to visit the detainees on Friday.", ("Friday", "2024-07-05", "DATE")),
        ("Guards had recorded 300 attempts to cross the border on Monday.", ("Monday", "2024-06-24", "DATE")),
        ("After a flat second quarter, sales recovered.", ("second quarter", "2024-Q2", "DATE")),
        ("The minister could not be reached for comment on Friday.", ("Friday", "2024-06-28", "DATE")),
        ("Troops could not arrive before Friday, officials warned.", ("Friday", "2024-07-05", "DATE")),
        ("Officials will meet the envoy, and the minister left for Cairo on Friday.", ("Friday", "2024-06-28", "DATE")),
        # a stretch "of" a year is two expressions
        ("Exports fell in the first nine months of 2023.", ("2023", "2023", "DATE")),
        ("Exports fell in the first nine months of 2023.", ("the first nine months", "P9M", "DURATION")),
        # a present tag on an irregular past, or on a noun after a preposition, is no timetable
        ("Ankara leapt to the defence of Baku at the OSCE on Monday.", ("Monday", "2024-06-24", "DATE")),
        ("Seoul and Tokyo began sharing radar data on North Korean missile launches on Tuesday.",
         ("Tuesday", "2024-06-25", "DATE")),
    ],
    ids=["future-weekday", "since-weekday", "past-weekday", "last-week", "next-month", "days-ago", "early-june",
         "in-year", "month-day", "day-month", "weekday-night", "clock", "now", "duration",
         "to-infinitive-of-plan", "pp-on-noun-takes-clause-tense", "modal-of-first-conjunct",
         "modal-of-catenative-verb", "infinitive-under-future-verb", "infinitive-on-noun", "modal", "as-early-as",
         "to-infinitive-not-a-plan",
         "year-ended", "timetable-present", "current", "recent", "date-of-the-saying-verb", "is-expected-on",
         "is-scheduled-for", "time-on-weekday", "weekday-at-time",
         "be-to", "planned-event", "scheduled-event",
         "overtaken-plan", "modal-over-adjective", "past-perfect-over-noun", "ordinal-quarter",
         "negated-could-passive-is-past", "negated-could-active-still-ahead", "past-conjunct-keeps-its-tense",
         "stretch-of-year-date", "stretch-of-year-duration", "past-tagged-present", "noun-tagged-present"],
)
def test_expression_in_a_sentence(coder, text, expected):
    assert expected in _dates(coder, text)


@pytest.mark.model
def test_dateline_date_is_a_dateref(coder):
    text = "WASHINGTON/ISLAMABAD, June 29: Pakistan's ambassador met officials on Friday."
    got = _dates(coder, text)
    assert got[0] == ("June 29", "2024-06-29", "DATE")
    assert ("Friday", "2024-06-28", "DATE") in got


@pytest.mark.model
def test_article_without_a_date_has_no_dates(coder):
    assert _dates(coder, "Rebels attacked the town on Friday.", None) == []


@pytest.mark.model
def test_event_date_and_dateref_agree(coder):
    text = "Pakistan accused India on Friday of killing three civilians."
    result = coder.code_one(Article("t", text, SATURDAY))
    (event,) = [e for e in result.events if e.date_text == "Friday"]
    (ref,) = [d for d in result.dates if d.span.text == "Friday"]
    assert event.date.isoformat() == ref.value


@pytest.mark.model
def test_ages_and_bare_numbers_are_not_dates(coder):
    assert _dates(coder, "The 44-year-old leader was freed with 25 others.") == []
    assert _dates(coder, "A nine-year-old girl was freed with her mother.") == []


@pytest.mark.model
def test_a_current_that_is_a_noun_is_not_a_date(coder):
    assert _dates(coder, "The swimmers were swept away by the current.") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [("WASHINGTON/ISLAMABAD, June 29: Pakistan said", "June 29", "2024-06-29"),
     ("NAIROBI, May 14 - Kenyan police said", "May 14", "2024-05-14"),
     ("LONDON, 3 June (AFP) - Britain said", "3 June", "2024-06-03")],
    ids=["two-cities-colon", "dash", "day-month-agency"],
)
def test_dateline_date(text, span, value):
    ref = dateline_date(text, SATURDAY)
    assert ref is not None and (ref.span.text, ref.value) == (span, value)
    assert text[ref.span.start:ref.span.end] == span


@pytest.mark.parametrize("text", ["KYIV (Reuters) - Ukraine said", "Pakistan said on Friday", ""],
                         ids=["no-date", "no-dateline", "empty"])
def test_no_dateline_date(text):
    assert dateline_date(text, SATURDAY) is None


def test_find_dates_needs_a_publication_date():
    assert find_dates(None, Article("x", "text", None)) == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parliament voted on June 3. Two days later, the president signed the law.",
         ("Two days later", "2024-06-05", "DATE")),
        ("The parliament voted on June 3. The next day, protesters gathered.", ("The next day", "2024-06-04", "DATE")),
        ("The talks ended on Monday. The day before, rebels had shelled the town.",
         ("The day before", "2024-06-23", "DATE")),
        ("The army attacked on Tuesday. On the same day, the envoy left.", ("the same day", "2024-06-25", "DATE")),
        ("A week after the June 3 vote, the law took effect.", ("A week after", "2024-W24", "DATE")),
        # the publication date stands in for an undated anchor; a past clause cannot end after publication
        ("Protests began a day after the vote.", ("a day after", "2024-06-29", "DATE")),
        ("Protests will begin a day after the vote.", ("a day after", "2024-06-30", "DATE")),
        ("The vote was held on June 29. Two days later, the president signed the law.",
         ("Two days later", "2024-06-29", "DATE")),
        ("The law was passed in 1997. The following year it was repealed.", ("The following year", "1998", "DATE")),
        ("The rebels struck on Tuesday, the day before the talks.", ("the day before", "2024-06-25", "DATE")),
        ("The envoy accused Kigali on Sunday of arming the rebels, a day after clashes at the border.",
         ("a day after", "2024-06-23", "DATE")),
        # a later expression that is no date anchors nothing: the sentence's day is still the one
        ("The envoy said on Sunday it would reopen, a day after its members were sworn in following weeks of unrest.",
         ("a day after", "2024-06-23", "DATE")),
        # one entity of spaCy's, two expressions: the second counts from the first
        ("Farmers blocked the road on June 10 and two days later marched to the town hall.",
         ("two days later", "2024-06-12", "DATE")),
        ("Officials said on Tuesday they would meet again in July, two days after the election.",
         ("two days after", "2024-06-25", "DATE")),
        ("Turnout in Sunday's election was low. Two days after the vote, the party claimed victory.",
         ("Two days after", "2024-06-25", "DATE")),
        ("Rebels attacked the base on Monday. Hours later, the army struck back.",
         ("Hours later", "2024-06-24", "DATE")),
        ("The deal was signed in 2019 but collapsed a year later.", ("a year later", "2020", "DATE")),
        ("Police arrived only two days after the first attack on June 20.", ("two days after", "2024-06-22", "DATE")),
        # the model tags no date in "a day after" before a clause: found all the same
        ("The minister spoke to a radio station on Tuesday, a day after fishermen staged protests in several ports.",
         ("a day after", "2024-06-25", "DATE")),
    ],
    ids=["days-later", "next-day", "day-before", "same-day", "own-anchor-date", "publication-date-anchor",
         "publication-date-anchor-future", "past-clause-not-after-publication", "following-year", "apposition",
         "sentence-date-of-undated-anchor", "a-later-non-date-anchors-nothing", "split-entity-anchored-piece",
         "sentence-day-not-a-later-month", "same-event-noun-dated-earlier",
         "hours-later", "year-later", "only-before-a-count", "untagged-before-a-clause"],
)
def test_anchored_expression_counts_from_its_anchor(coder, text, expected):
    assert expected in _dates(coder, text)


@pytest.mark.model
def test_an_earnings_reports_periods_are_its_quarters(coder):
    text = ("Acme said net income fell in the third quarter. Sales in the latest period were $3 billion, up from "
            "the year-ago period. In the 2023 period, costs were lower than in the corresponding period last year.")
    got = _dates(coder, text, dt.date(2024, 10, 25))
    for expected in [("the latest period", "2024-Q3", "DATE"), ("the year-ago period", "2023-Q3", "DATE"),
                     ("the 2023 period", "2023-Q3", "DATE"), ("the corresponding period last year", "2023-Q3", "DATE")]:
        assert expected in got


@pytest.mark.model
def test_a_period_outside_an_earnings_report_is_not_a_quarter(coder):
    assert _dates(coder, "Sales in the latest period were strong, the company said.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [("The gunmen opened fire at 9 a.m. on Sunday.", ("9 a.m.", "2024-06-23T09:00", "TIME")),
     ("The envoy landed on June 3. Talks began at 10 p.m. in the palace.", ("10 p.m.", "2024-06-03T22:00", "TIME")),
     ("The envoy landed on June 3. Talks resume this morning.", ("this morning", "2024-06-29TMO", "TIME")),
     ("Talks began at 10 p.m. in the palace.", ("10 p.m.", "2024-06-29T22:00", "TIME"))],
    ids=["day-after-the-time", "day-named-before", "indexical-part-of-day", "publication-day"],
)
def test_time_of_day_falls_on_its_reference_day(coder, text, expected):
    assert expected in _dates(coder, text)


@pytest.mark.model
def test_a_part_of_day_cut_off_from_its_date_is_dropped(coder):
    got = _dates(coder, "The embassy was attacked on the night of Tuesday, June 25.")
    assert ("Tuesday, June 25", "2024-06-25", "DATE") in got
    assert not any(text.endswith(" of") for text, *_ in got)


@pytest.mark.model
def test_a_part_of_day_naming_a_kind_of_thing_or_a_greeting_is_no_time(coder):
    assert _dates(coder, "The minister spoke on the state TV morning talk show.") == []
    assert _dates(coder, "Good evening from the capital.") == []


@pytest.mark.model
def test_a_weekday_before_its_date_is_one_expression(coder):
    assert _dates(coder, "The clashes began Tuesday June 4 in the north.") == [("Tuesday June 4", "2024-06-04", "DATE")]
