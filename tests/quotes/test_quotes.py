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
