"""Export (tidings.export): record -> dict -> JSON -> record round trips, and the JSON shape."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.codebook import QUAD_NAMES, load_codebook
from tidings.export import (
    EVENT_COLUMNS,
    actor_from_dict,
    actor_to_dict,
    dateref_from_dict,
    dateref_to_dict,
    event_from_dict,
    event_row,
    event_to_dict,
    result_from_dict,
    result_to_dict,
)
from tidings.records import (
    ROLE_CODES,
    Actor,
    ActorCode,
    Article,
    ArticleResult,
    CodingFailure,
    DateRef,
    Event,
    EventSpans,
    Span,
)

BOOK = load_codebook()
RESULT_KEYS = {"id", "date", "events", "quotes", "dates", "places", "errors", "tone"}
EVENT_KEYS = {"id", "sentence", "source", "target", "cameo", "plover", "date", "date_text", "date_reason",
              "negated", "spans", "rule"}
CAMEO_KEYS = {"code", "root", "name", "goldstein", "quad"}

texts = st.text(max_size=40)
letters3 = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3)
dates = st.one_of(st.none(), st.dates(dt.date(1979, 1, 1), dt.date(2100, 12, 31)))
codes = st.sampled_from(sorted(BOOK.codes))
tones = st.one_of(st.none(), st.floats(-100, 100, allow_nan=False))


@st.composite
def spans(draw, text=None):
    start = draw(st.integers(0, 100_000))
    text = draw(texts) if text is None else text
    return Span(start, start + draw(st.integers(1, 500)), text)


@st.composite
def actors(draw):
    text = draw(st.text(min_size=1, max_size=40))
    code = ActorCode(draw(st.one_of(st.just(""), letters3)),
                     tuple(draw(st.lists(st.sampled_from(sorted(ROLE_CODES)), max_size=2))),
                     tuple(draw(st.lists(letters3, max_size=2))))
    return Actor(text, draw(spans(text)), code, draw(texts), draw(texts))


@st.composite
def events(draw, article_id=None):
    code = draw(codes)
    source = draw(actors())
    target = draw(st.one_of(st.none(), actors()))
    return Event(
        id=draw(texts), article_id=draw(texts) if article_id is None else article_id,
        sentence=draw(st.integers(0, 10_000)), source=source, target=target, cameo=BOOK.cameo(code),
        plover=BOOK.plover(code), date=draw(dates), date_text=draw(texts), date_reason=draw(texts),
        spans=EventSpans(source.span, draw(spans()), target.span if target else None), rule=draw(texts),
        group=draw(texts), negated=draw(st.booleans()), hypothetical=draw(st.booleans()),
        dictionary_version=draw(texts), tone=draw(tones),
    )


@st.composite
def daterefs(draw):
    kind = draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"]))
    return DateRef(draw(spans()), draw(texts), draw(st.sampled_from(["day", "month", "week", "time", "ref"])), kind)


@st.composite
def results(draw):
    art_id = draw(texts)
    article = Article(art_id, draw(texts), draw(dates), draw(st.one_of(st.none(), texts)),
                      draw(st.one_of(st.none(), texts)), draw(st.one_of(st.none(), texts)))
    maybe_text, maybe_line = st.one_of(st.none(), texts), st.one_of(st.none(), st.integers(1, 10**6))
    failure = st.builds(CodingFailure, maybe_text, texts, texts, maybe_text, maybe_line)
    failures = draw(st.lists(failure, max_size=2))
    return ArticleResult(article, tuple(draw(st.lists(events(art_id), max_size=3))), errors=tuple(failures),
                         dates=tuple(draw(st.lists(daterefs(), max_size=3))), tone=draw(tones))


def _json(d: dict) -> dict:
    return json.loads(json.dumps(d))


@given(actors())
def test_actor_roundtrip(actor):
    assert actor_from_dict(_json(actor_to_dict(actor))) == actor


@given(events())
def test_event_roundtrip(event):
    assert event_from_dict(_json(event_to_dict(event)), event.article_id) == event


@settings(max_examples=50)
@given(results())
def test_result_roundtrip(result):
    assert result_from_dict(_json(result_to_dict(result)), result.article.text) == result


@given(daterefs())
def test_dateref_roundtrip(ref):
    d = _json(dateref_to_dict(ref))
    assert {"text", "start", "end", "value", "kind"} <= set(d)
    assert dateref_from_dict(d) == ref


@given(events())
def test_event_dict_shape(event):
    d = _json(event_to_dict(event))
    assert EVENT_KEYS <= set(d)
    assert CAMEO_KEYS <= set(d["cameo"])
    c = d["cameo"]
    assert isinstance(c["code"], str) and isinstance(c["root"], str)
    assert (c["code"], c["root"], c["name"], c["goldstein"], c["quad"]) == (
        event.cameo.code, event.cameo.code[:2], event.cameo.name, event.cameo.goldstein, event.cameo.quad)
    assert d["cameo"]["quad_name"] == QUAD_NAMES[c["quad"]]
    assert d["date"] is None or d["date"] == event.date.isoformat()
    assert set(d["spans"]) == {"source", "verb", "target"}
    assert d["source"]["code"] == event.source.code.code
    assert (d["target"] is None) == (event.target is None)


@given(results())
def test_result_dict_shape(result):
    d = _json(result_to_dict(result))
    assert RESULT_KEYS <= set(d) and set(d) - RESULT_KEYS <= {"title", "url", "source", "discarded"}
    assert len(d["events"]) == len(result.events)
    assert all(EVENT_KEYS <= set(e) for e in d["events"])
    assert [f["code"] for f in d["errors"]] == [f.code for f in result.errors]


def test_codes_stay_strings_with_leading_zeros():
    actor = Actor("Pakistan", Span(0, 8, "Pakistan"), ActorCode("PAK", ("GOV",)), "", "r")
    event = Event("e", "a", 0, actor, None, BOOK.cameo("010"), BOOK.plover("010"), None, "", "no-date",
                  EventSpans(actor.span, Span(9, 13, "said")), "rule", "g")
    d = _json(event_to_dict(event))
    assert d["cameo"]["code"] == "010" and d["cameo"]["root"] == "01"
    assert d["plover"] == {"type": None, "mode": None}
    assert d["source"]["code"] == "PAKGOV" and d["source"]["roles"] == ["GOV"]


@given(events())
def test_event_row_matches_columns(event):
    row = event_row(event)
    assert len(row) == len(EVENT_COLUMNS)
    assert all(isinstance(v, str) for v in row)
    assert row[EVENT_COLUMNS.index("cameo")] == event.cameo.code
    assert row[EVENT_COLUMNS.index("quad")] == str(event.cameo.quad)
