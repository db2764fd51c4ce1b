"""Actor composition and within-article memory (tidings.actors.compose), on golden noun phrases.

Each case in ``tests/data/actor_phrases.jsonl`` names a sentence, the head word of a phrase (its
``nth`` occurrence, default the first) and the actor codes the phrase must get, in any order;
``rule`` (optional) is a prefix of one actor's rule; ``xfail`` (optional) marks a known failure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from golden import case_params, load_cases
from tidings.actors.compose import ArticleMemory, compose, noun_phrase
from tidings.nlp import parse_text
from tidings.records import Article

pytestmark = pytest.mark.model

CASES = load_cases("actor_phrases.jsonl")
DAY = dt.date(2024, 6, 29)


def _parse(coder, text: str):
    doc = coder.nlp(parse_text(text))
    return doc, coder.actors.run(doc, Article("t", text, DAY))


def _head(doc, word: str, nth: int = 1):
    hits = [t for t in doc if t.text == word]
    assert len(hits) >= nth, f"{word!r} occurs {len(hits)} times in {doc.text!r}"
    return hits[nth - 1]


def test_actor_phrase_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", case_params(CASES))
def test_actor_phrase(coder, case):
    doc, index = _parse(coder, case["text"])
    head = _head(doc, case["head"], case.get("nth", 1))
    actors = index.at(head.i)
    assert sorted(a.code.code for a in actors) == sorted(case["codes"])
    if case.get("rule"):
        assert any(a.rule.startswith(case["rule"]) for a in actors), [a.rule for a in actors]


def test_actor_spans_point_into_the_text(coder):
    text = "Pakistan's US Ambassador Masood Khan met Kenyan police and the White House."
    doc, index = _parse(coder, text)
    assert index.by_token
    for actors in index.by_token.values():
        for a in actors:
            assert text[a.span.start : a.span.end] == a.span.text == a.text


def test_index_carries_dictionary_version(coder):
    _, index = _parse(coder, "Kenyan police fired tear gas.")
    assert index.dictionary_version == coder.actors.dictionary.version != ""


def test_noun_phrase_keeps_modifiers_and_of_complements(coder):
    doc = coder.nlp("The Chinese ambassador and the President of France issued statements.")
    ambassador = [t.text for t in noun_phrase(_head(doc, "ambassador"))]
    assert ambassador == ["The", "Chinese", "ambassador"]
    president = [t.text for t in noun_phrase(_head(doc, "President"))]
    assert president == ["the", "President", "of", "France"]


def test_compose_without_matches_gives_nothing(coder):
    doc = coder.nlp("The weather was cold.")
    assert compose(_head(doc, "weather"), {}, ArticleMemory()) == ()


def test_memory_does_not_leak_between_articles(coder):
    _parse(coder, "Pakistan's US Ambassador Masood Khan met reporters.")
    doc, index = _parse(coder, "Khan said he wanted more arms.")
    assert index.at(_head(doc, "Khan").i) == ()
    assert index.at(_head(doc, "he").i) == ()


def test_person_name_is_remembered(coder):
    doc, index = _parse(coder, "French President Emmanuel Macron visited Kenya. He then left.")
    (he,) = index.at(_head(doc, "He").i)
    assert he.name == "Emmanuel Macron"
    assert he.span.text == "He"
