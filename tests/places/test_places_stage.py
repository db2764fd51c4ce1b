"""The places stage (tidings.places): golden cases from tests/data/places_cases.jsonl, one id each.

Each case lists the places expected as [text, country, feature] (and optionally the admin1 name) in
order; "uses" lists their uses (literal, metonym, embedded; all literal when absent); "not" lists texts
that must not be places. The stage runs on a parse of the article text with
its dateline blanked, as the pipeline does.
"""

from __future__ import annotations

import pytest

from golden import case_params, load_cases
from tidings.nlp import parse_text
from tidings.places import PlaceStage, find_dateline
from tidings.places.gazetteer import load_index
from tidings.records import Article

pytestmark = pytest.mark.model

CASES = load_cases("places_cases.jsonl")


@pytest.fixture(scope="module")
def stage():
    return PlaceStage()


@pytest.mark.parametrize("case", case_params(CASES))
def test_places_case(coder, stage, case):
    article = Article(case["id"], case["text"])
    doc = coder.nlp(parse_text(case["text"]))
    places = stage.run(doc, article)
    got = [[p.span.text, p.country, p.feature] for p in places]
    want = [w[:3] for w in case["places"]]
    assert got == want
    assert [p.use for p in places] == case.get("uses", ["literal"] * len(want))
    for w, p in zip(case["places"], places, strict=True):
        assert case["text"][p.span.start:p.span.end] == p.span.text
        if len(w) > 3:
            assert p.admin1 == w[3]
        assert p.lat is not None and p.lon is not None
    for text in case.get("not", ()):
        assert text not in [p.span.text for p in places]


def test_dateline_offsets():
    text = "WASHINGTON/ISLAMABAD, June 29: Talks resumed."
    found = find_dateline(text, load_index())
    assert [(text[s:e], name) for s, e, name, _ in found] == [("WASHINGTON", "Washington"),
                                                              ("ISLAMABAD", "Islamabad")]


def test_no_dateline_in_ordinary_text():
    assert find_dateline("Talks resumed in Islamabad.", load_index()) == []


def test_dateline_region_before_a_bracket_or_dash():
    # "EDMONTON, Ky (WBKO) --": the division keeps the dateline's candidates inside it, point or none
    text = "EDMONTON, Ky (WBKO) -- A barn burned on Monday."
    (found,) = find_dateline(text, load_index())
    assert {e.admin1 for e in found[3]} == {"Kentucky"}


def test_canadian_province_abbreviations():
    index = load_index()
    assert [e.name for e in index.lookup("Alta.")] == ["Alberta"]
    assert [e.name for e in index.lookup("Sask.")] == ["Saskatchewan"]


def _town(name: str, admin1: str, population: int = 5_000, feature: str = "city"):
    from tidings.places.gazetteer import GeoEntry
    return GeoEntry(name, hash((name, admin1)) % 10**6, 40.0, -80.0, "USA", admin1, feature, population, False)


def test_a_small_town_out_of_the_story_state_is_not_a_place():
    from tidings.places import _home_states, _not_out_of_state
    from tidings.places.resolve import Mention

    chosen = [_town("Millbrook", "Ohio"), _town("Cedarville", "Ohio"), _town("Ashford", "Ohio"),
              _town("Pinecrest", "Oregon"), _town("Chicago", "Illinois", 2_700_000)]
    mentions = [Mention(i, i + 1, 10 * i, 10 * i + 5, e.name, (e,)) for i, e in enumerate(chosen)]
    # a story set in Ohio: a small namesake in Oregon is dropped, a big city there is kept
    assert _not_out_of_state(mentions, chosen, _home_states(mentions, chosen, ())) == [True, True, True, False, True]
    # a division written after it ("Pinecrest, Ore.") keeps it
    mentions[3].within = (_town("Oregon", "Oregon", 0, "admin1"),)
    assert _not_out_of_state(mentions, chosen, _home_states(mentions, chosen, ())) == [True] * 5
    # a town in a state the story's other names also lie in stays
    chosen = chosen[:2] + [chosen[3], _town("Salem", "Oregon")]
    mentions = [Mention(i, i + 1, 10 * i, 10 * i + 5, e.name, (e,)) for i, e in enumerate(chosen)]
    assert _not_out_of_state(mentions, chosen, _home_states(mentions, chosen, ())) == [True] * 4

