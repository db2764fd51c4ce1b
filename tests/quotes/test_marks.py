"""Quote marks (tidings.quotes.marks): pairing curly and straight marks, quotes over paragraphs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tidings.quotes.marks import quoted_stretches


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_stretches(text)]


def test_curly_and_straight_marks():
    assert _texts('He said \u201cno deal,\u201d and she said "not yet."') == ["no deal,", "not yet."]


def test_nested_other_style_does_not_close():
    assert _texts('"I read the question: \u201cAre you in?\u201d Forty said yes."') == [
        "I read the question: \u201cAre you in?\u201d Forty said yes."]


def test_quote_runs_over_paragraphs_when_next_paragraph_opens_with_a_mark():
    text = "\u201cFirst paragraph.\n\u201cSecond paragraph,\u201d he said."
    (q,) = quoted_stretches(text)
    assert text[q.start : q.end] == "First paragraph.\n\u201cSecond paragraph,"
    assert len(q.pieces) == 2


def test_unclosed_quote_ends_with_its_paragraph_otherwise():
    text = "\u201cNo closing mark here.\nA new paragraph."
    assert _texts(text) == ["No closing mark here."]


def test_apostrophes_are_not_quote_marks():
    assert _texts("It\u2019s the party\u2019s 'plan'.") == []


@given(st.text(alphabet='ab "\u201c\u201d\n', max_size=60))
def test_stretches_are_ordered_and_inside_the_text(text):
    last = 0
    for q in quoted_stretches(text):
        assert 0 < q.start <= q.end <= len(text)
        assert q.start >= last
        assert q.pieces[0][0] == q.start and q.pieces[-1][1] == q.end
        last = q.end
