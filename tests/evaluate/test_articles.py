"""The article-checks reader and scorer (tidings.evaluate.articles), on invented records."""

from __future__ import annotations

import json

import pytest

from tidings.errors import InputError
from tidings.evaluate.articles import read_articles, same_date, same_person, score_articles
from tidings.records import Actor, ActorCode, Article, ArticleResult, DateRef, Quote, Span

TEXT = "ROME, May 3 - The minister said on Friday that talks would resume.\n\n\u201cWe are ready,\u201d she said."


def _write(tmp_path, checks, text=TEXT):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "date": "2024-05-03", "text": text, "checks": checks}) + "\n")
    return path


@pytest.mark.parametrize(("produced", "gold", "same"), [
    ("Anna Bianchi", "anna bianchi", True),
    ("Bianchi", "Anna Bianchi", True),
    ("Anna Maria Bianchi", "Anna Bianchi", True),
    ("Marco Bianchi", "Anna Bianchi", False),
    ("Anna", "Anna Bianchi", False),
    ("", "Anna Bianchi", False),
])
def test_same_person(produced, gold, same):
    assert same_person(produced, gold) is same


def test_reader_spans(tmp_path):
    path = _write(tmp_path, [{"type": "quote", "quote": "We are ready", "speaker": "Anna Bianchi", "country": "ITA"},
                             {"type": "date", "text": "Friday", "value": "2024-05-03"}])
    (rec,) = read_articles(path)
    q, d = rec.checks
    assert TEXT[q.start:q.end] == "We are ready" and TEXT[d.start:d.end] == "Friday"
    assert str(rec.article.date) == "2024-05-03"


@pytest.mark.parametrize("check", [
    {"type": "quote", "quote": "said", "speaker": "A B", "country": "ITA"},  # twice in the text
    {"type": "quote", "quote": "not there", "speaker": "A B", "country": "ITA"},
    {"type": "date", "text": "Friday"},
    {"type": "place", "text": "ROME"},
])
def test_reader_rejects_bad_checks(tmp_path, check):
    with pytest.raises(InputError, match="T214"):
        read_articles(_write(tmp_path, [check]))


class _FakeCoder:
    def __init__(self, result):
        self.result = result

    def code(self, articles):
        for a in articles:
            yield ArticleResult(a, quotes=self.result.quotes, dates=self.result.dates)


def test_scoring_passes_and_misses(tmp_path):
    path = _write(tmp_path, [
        {"type": "quote", "quote": "We are ready", "speaker": "Anna Bianchi", "country": "ITA"},
        {"type": "quote", "quote": "talks would resume", "speaker": "Anna Bianchi", "country": "ITA"},
        {"type": "date", "text": "Friday", "value": "2024-05-03"},
        {"type": "date", "text": "May 3", "value": "2024-05-03"},
    ])
    start = TEXT.index("We are")
    she = Actor("she", Span(0, 0, "she"), ActorCode("ITA", ("GOV",)), "Bianchi", "coref:pronoun")
    quote = Quote(Span(start - 1, start + 13, "We are ready,"), "direct", Span(0, 0, "said"), she)
    fri = TEXT.index("Friday")
    dates = (DateRef(Span(fri, fri + 6, "Friday"), "2024-04-26", "day"),)
    art = Article("x", TEXT)
    report = score_articles(path, _FakeCoder(ArticleResult(art, quotes=(quote,), dates=dates)))
    s = report.scores
    assert (s["quote_checks"], s["quote_pass_rate"], s["date_pass_rate"], s["pass_rate"]) == (2, 0.5, 0.0, 0.25)
    by_text = {m["text"]: m for m in report.misses}
    assert by_text["talks would resume"]["produced"] == "no quote over the check"
    assert "2024-04-26" in by_text["Friday"]["produced"]
    assert by_text["May 3"]["produced"] == "no time expression over the check"


def test_a_day_check_takes_the_day_with_a_part_of_the_day():
    assert same_date("2024-05-08TAF", "2024-05-08") and same_date("2024-05-08", "2024-05-08")
    assert not same_date("2024-05-08T10:00", "2024-05-08")  # a clock time is no part of the day
    assert not same_date("2024-05-07TAF", "2024-05-08") and not same_date("2024-05-08", "2024-05-08TAF")
    assert not same_date("2024-05TAF", "2024-05")
