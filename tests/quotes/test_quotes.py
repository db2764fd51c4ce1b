"""The quotes stage (tidings.quotes): golden cases, one test id each, on invented sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.records import Article

CASES = [json.loads(line) for line in
         (Path(__file__).resolve().parents[1] / "data" / "quote_cases.jsonl").read_text().splitlines() if line]


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_quote_case(coder, case):
    text = case["text"]
    quotes = coder.code_one(Article(case["id"], text)).quotes
    for want in case["quotes"]:
        got = next((q for q in quotes if q.span.text == want["text"]), None)
        assert got is not None, f"no quote {want['text']!r} in {[q.span.text for q in quotes]}"
        assert text[got.span.start : got.span.end] == got.span.text  # offsets are the article's
        assert got.kind == want["kind"]
        assert got.cue.text == want["cue"] and text[got.cue.start : got.cue.end] == want["cue"]
        assert got.speaker is not None and got.speaker.text == want["speaker"]
        assert text[got.speaker.span.start : got.speaker.span.end] == want["speaker"]
        if "resolved" in want:
            assert got.speaker.name == want["resolved"]
        if "code" in want:
            assert got.speaker.code.code == want["code"]
    if not case["quotes"]:
        assert quotes == ()


@pytest.mark.model
def test_a_quoted_title_after_a_quote_is_no_continuation(coder):
    text = ("Senator Anna Berg spoke first. \"We cannot wait another year,\" she said.\n\n"
            "\"Songs of the Northern Valley\" was written by a local band in 1998 and is played at every rally.")
    quotes = coder.code_one(Article("t", text)).quotes
    assert not any("Songs of the Northern" in q.span.text for q in quotes)


@pytest.mark.model
def test_the_name_between_quote_and_cue_speaks(coder):
    # the parser may give the cue another subject after it ("Fox"); the name before the cue speaks
    text = ("\"He is absolutely right. There is a deep disconnect between the ministry and the army,\" "
            "Halvorsen, a retired general, said on Thursday on Radio Nord's \"Nord and Friends.\" "
            "\"I mean, there is a lot of frustration within the ranks.\"")
    quotes = [q for q in coder.code_one(Article("t", text)).quotes if q.kind == "direct"]
    assert len(quotes) == 2 and all(q.speaker is not None and q.speaker.text == "Halvorsen" for q in quotes)
