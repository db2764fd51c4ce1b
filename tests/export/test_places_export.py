"""Export of places (tidings.export): Place and event places survive record -> JSON -> record."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from tidings.codebook import load_codebook
from tidings.export import (
    event_from_dict,
    event_to_dict,
    place_from_dict,
    place_to_dict,
    result_from_dict,
    result_to_dict,
)
from tidings.records import Actor, ActorCode, Article, ArticleResult, Event, EventSpans, Place, Span

BOOK = load_codebook()
PLACE_KEYS = {"text", "start", "end", "name", "geonameid", "lat", "lon", "country", "admin1", "feature", "use"}
texts = st.text(max_size=30)
coords = st.one_of(st.none(), st.floats(-180, 180, allow_nan=False))


@st.composite
def places(draw):
    start = draw(st.integers(0, 10**6))
    text = draw(texts)
    geonameid = draw(st.one_of(st.none(), st.integers(1, 10**9)))
    return Place(Span(start, start + len(text) + 1, text), draw(texts), geonameid, draw(coords), draw(coords),
                 draw(texts), draw(texts),
                 draw(st.sampled_from(["country", "admin1", "city", "continent"])),
                 draw(st.sampled_from(["literal", "metonym", "embedded"])))


def _json(d):
    return json.loads(json.dumps(d))


def _event(place: Place | None, precision: int) -> Event:
    actor = Actor("Kenya", Span(0, 5, "Kenya"), ActorCode("KEN"))
    return Event("e1", "a1", 0, actor, None, BOOK.cameo("010"), BOOK.plover("010"), None, "", "",
                 EventSpans(actor.span, Span(6, 10, "said")), "r", "g", place=place, place_precision=precision)


@given(places())
def test_place_roundtrip(place):
    d = _json(place_to_dict(place))
    assert set(d) == PLACE_KEYS
    assert place_from_dict(d) == place


@given(st.one_of(st.none(), places()), st.integers(0, 4))
def test_event_place_roundtrip(place, precision):
    ev = _event(place, precision)
    d = _json(event_to_dict(ev))
    assert d["place_precision"] == precision
    assert event_from_dict(d, "a1") == ev


@given(st.lists(places(), max_size=4))
def test_result_places_roundtrip(ps):
    result = ArticleResult(Article("a1", "text"), places=tuple(ps))
    d = _json(result_to_dict(result))
    assert len(d["places"]) == len(ps)
    assert result_from_dict(d, "text") == result
