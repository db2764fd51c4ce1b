"""Tone (tidings.tone): GDELT-scale tones from VADER, per sentence, per document and per event."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.records import Article
from tidings.tone import ToneScorer, tone_of_scores


@pytest.fixture(scope="module")
def scorer() -> ToneScorer:
    return ToneScorer()


def test_mapping_is_positive_share_minus_negative_share_in_percent():
    assert tone_of_scores({"pos": 0.25, "neg": 0.5, "neu": 0.25, "compound": -0.6}) == -25.0
    assert tone_of_scores({"pos": 0.0, "neg": 0.0, "neu": 1.0, "compound": 0.0}) == 0.0


@given(st.floats(0, 1), st.floats(0, 1))
def test_tone_stays_on_the_gdelt_scale(pos, neg):
    assert -100.0 <= tone_of_scores({"pos": pos, "neg": neg}) <= 100.0


@pytest.mark.parametrize(
    ("text", "sign"),
    [("Rebels killed dozens of civilians in a brutal massacre.", -1),
     ("The leaders praised the successful peace agreement and welcomed the progress.", 1),
     ("The committee meets on Tuesday.", 0)],
    ids=["violence-negative", "agreement-positive", "neutral"],
)
def test_sentence_tone_sign(scorer, text, sign):
    tone = scorer.sentence_tone(text)
    assert (tone > 0) - (tone < 0) == sign


def test_document_tone_is_word_weighted(scorer):
    doc, tones = scorer.text_tone(["A terrible attack killed many.", "The committee meets on Tuesday at noon."])
    assert tones[1] == 0.0
    assert doc == pytest.approx(tones[0] * 5 / 12, abs=0.01)


def test_empty_text_has_no_tone(scorer):
    assert scorer.text_tone([]) == (None, [])


@pytest.mark.model
def test_article_and_event_tone(coder):
    text = "Israeli troops killed three Palestinians in a deadly raid. The weather was mild."
    result = coder.code_one(Article("t", text, dt.date(2024, 6, 29)))
    assert result.tone is not None and result.tone < 0
    assert result.events and all(e.tone is not None and e.tone < 0 for e in result.events)
