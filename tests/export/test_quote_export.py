"""Quotes in the JSON export (tidings.export): the documented shape and record round trips."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from tidings.export import quote_from_dict, quote_to_dict, result_from_dict, result_to_dict
from tidings.records import Actor, ActorCode, Article, ArticleResult, Quote, Span

texts = st.text(max_size=30)
countries = st.sampled_from(["", "PAK", "USA", "IGO", "DEU"])
roles = st.lists(st.sampled_from(["GOV", "MIL", "LEG", "OPP"]), max_size=2)


@st.composite
def spans(draw):
    start, text = draw(st.integers(0, 10_000)), draw(texts)
    return Span(start, start + len(text), text)


@st.composite
def speakers(draw):
    span = draw(spans())
    code = ActorCode(draw(countries), tuple(draw(roles)))
    return Actor(span.text, span, code, draw(texts))


quotes = st.builds(Quote, spans(), st.sampled_from(["direct", "mixed", "indirect"]), spans(),
                   st.one_of(st.none(), speakers()), st.sampled_from(["", "direct", "continuation"]))


def _json(d: dict) -> dict:
    return json.loads(json.dumps(d))


@given(quotes)
def test_quote_roundtrip(quote):
    assert quote_from_dict(_json(quote_to_dict(quote))) == quote


@given(st.lists(quotes, max_size=3))
def test_result_with_quotes_roundtrip(qs):
    result = ArticleResult(Article("a", "text"), quotes=tuple(qs))
    assert result_from_dict(_json(result_to_dict(result)), "text") == result


def test_quote_dict_shape():
    speaker = Actor("she", Span(40, 43, "she"), ActorCode("PAK", ("GOV",)), "Hina Khar")
    q = Quote(Span(1, 30, "We will not accept these terms"), "direct", Span(44, 48, "said"), speaker)
    d = quote_to_dict(q)
    assert {"text", "start", "end", "kind", "cue", "speaker"} <= set(d)
    assert d["cue"] == {"text": "said", "start": 44, "end": 48}
    assert d["speaker"] == {"text": "she", "start": 40, "end": 43, "resolved": "Hina Khar", "code": "PAKGOV",
                            "country": "PAK"}
    assert quote_to_dict(Quote(q.span, "indirect", q.cue, None))["speaker"] is None
