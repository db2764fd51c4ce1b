"""The events engine (tidings.events) on golden sentences, compared as a careful CAMEO coder would code them.

Each line of ``tests/data/engine_cases.jsonl`` is ``{"id", "date", "text", "expect"}`` where ``expect``
lists ``[source country, target country or null, CAMEO code]`` triples (the whole set must match);
``event_date`` (optional) is the date every event must get; ``xfail`` (optional) names a known
failure, run as a strict xfail so that a fix is noticed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from golden import case_params, load_cases
from tidings.records import Article, ArticleResult

pytestmark = pytest.mark.model

CASES = load_cases("engine_cases.jsonl")
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"


def _article(case: dict) -> Article:
    return Article(case["id"], case["text"], dt.date.fromisoformat(case["date"]))


@pytest.fixture(scope="module")
def results(coder) -> dict[str, ArticleResult]:
    """Every case coded once, in one batch."""
    return {r.article.id: r for r in coder.code(_article(c) for c in CASES)}


def _triples(result: ArticleResult) -> set[tuple[str, str | None, str]]:
    return {(e.source.code.country, e.target.code.country if e.target else None, e.cameo.code)
            for e in result.events}


def test_engine_case_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", case_params(CASES))
def test_engine_case(results, case):
    result = results[case["id"]]
    assert result.errors == ()
    assert _triples(result) == {tuple(t) for t in case["expect"]}
    if case.get("event_date"):
        want = dt.date.fromisoformat(case["event_date"])
        assert [e.date for e in result.events] == [want] * len(result.events)


def _check_provenance(result: ArticleResult, version: str) -> None:
    text = result.article.text
    ids = [e.id for e in result.events]
    assert len(ids) == len(set(ids))
    for e in result.events:
        assert e.rule, e
        assert e.article_id == result.article.id
        assert e.group and e.id.startswith(e.group)
        assert e.sentence >= 0
        assert e.dictionary_version == version
        spans = [e.spans.verb, e.spans.source, *([e.spans.target] if e.target else [])]
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert e.spans.source == e.source.span
        assert (e.spans.target is None) == (e.target is None)
        if e.target:
            assert e.spans.target == e.target.span
        assert e.source.rule
        assert e.date_reason


def test_every_golden_event_has_provenance(coder, results):
    events = [e for r in results.values() for e in r.events]
    assert len(events) > 30
    for result in results.values():
        _check_provenance(result, coder.events.version)


def test_example_articles_have_provenance(coder):
    from tidings.ingest import read_inputs

    articles = list(read_inputs([str(EXAMPLES)]))
    assert articles and all(isinstance(a, Article) for a in articles)
    for result in coder.code(articles):
        assert result.events
        _check_provenance(result, coder.events.version)


def test_negated_events_are_kept_only_when_asked(coder):
    from tidings.events import EventStage

    doc = coder.nlp("Russia did not attack Ukraine.")
    article = Article("neg", doc.text, dt.date(2024, 6, 29))
    actors = coder.actors.run(doc, article)
    stage = EventStage()
    assert stage.run(doc, article, actors) == []
    kept = stage.run(doc, article, actors, keep_unasserted=True)
    assert [(e.cameo.code, e.negated) for e in kept] == [("190", True)]


def test_two_sides_of_one_country_are_one_dyad(results):
    """"X's army and Y (same country) clashed" gives one event, as the gold format's conventions ask."""
    events = results["coordinated-same-country-one-dyad"].events
    assert len(events) == 1


def test_one_event_per_country_dyad_and_root_in_a_sentence(results):
    """"used water cannon to disperse protesters": one repression, with the named target kept."""
    events = results["one-event-per-dyad-and-root"].events
    assert len(events) == 1
    assert not events[0].target.rule.startswith("context:")
