"""Event places (tidings.places.attach): the clause's place, else the dateline's, else none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.places.attach import PRECISION, precision_of
from tidings.records import Article, Place, Span

pytestmark = pytest.mark.model

CASES = [
    ("Kenyan police clashed with protesters in Kisumu on Tuesday.", "clashed", "Kisumu", 3),
    ("NAIROBI, May 14 - Kenyan police arrested 12 opposition supporters.", "arrested", "NAIROBI", 3),
    ("Pakistani troops attacked militants near Peshawar, the army said.", "attacked", "Peshawar", 3),
    ("Iran condemned the United States.", "condemned", None, 0),
    ("Ministers met in Kenya to discuss the drought.", "met", "Kenya", 1),
    ("Kenyan police arrested 12 protesters.", "arrested", None, 0),
]


@pytest.mark.parametrize(("text", "verb", "place", "precision"), CASES,
                         ids=["pp-city", "dateline", "near-city", "target-is-not-place", "country",
                              "demonym-is-not-place"])
def test_event_place(coder, text, verb, place, precision):
    result = coder.code_one(Article("a1", text))
    events = [e for e in result.events if e.spans.verb.text == verb]
    assert events, [e.spans.verb.text for e in result.events]
    for ev in events:
        assert (ev.place.span.text if ev.place else None) == place
        assert ev.place_precision == precision


def test_a_place_whose_clause_has_no_verb_above_it_ends(coder):
    # a place hanging from a verbless root used to climb past the root forever (tokens are new objects
    # on every access, so "tok.head is not tok" never ended)
    gold = Path(__file__).resolve().parent.parent / "data" / "events_gold_k.jsonl"
    text = next(json.loads(x)["text"] for x in gold.open(encoding="utf-8") if '"k-r07-002"' in x)
    result = coder.code_one(Article("a1", text))
    assert not result.errors


def test_precision_codes():
    def place(feature):
        return Place(Span(0, 1, "x"), "x", None, 0.0, 0.0, "", "", feature)

    assert precision_of(None) == 0
    assert [precision_of(place(f)) for f in ("country", "admin1", "city")] == [1, 2, 3]
    assert PRECISION["landmark"] == 4


def test_article_places_in_result(coder):
    result = coder.code_one(Article("a1", "Protesters marched in Lagos and Abuja, Nigeria."))
    assert [(p.span.text, p.country) for p in result.places] == [("Lagos", "NGA"), ("Abuja", "NGA"),
                                                                 ("Nigeria", "NGA")]
