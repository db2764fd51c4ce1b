"""PETRARCH discard lists (tidings.dictionaries.petrarch_discards): sentence and story discards, matching."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.dictionaries.petrarch_discards import Discards, parse_petrarch_discards, read_petrarch_discards
from tidings.errors import DictionaryError

TEXT = (
    "# Story-level discards start with '+'.\n"
    "DAYS LATER\n"
    "CROQUET   # a sport\n"
    "+ VALORIA_REGATTA  # blank after + allowed\n"
    "+Quill Cup Final\n"
    "POLO_ \n"
)


@pytest.fixture(scope="module")
def discards() -> Discards:
    return parse_petrarch_discards(TEXT, "d/Test.discards.txt")


def test_parsed_phrases(discards):
    assert discards.sentence == {("days", "later"), ("croquet",), ("polo",)}
    assert discards.story == {("valoria", "regatta"), ("quill", "cup", "final")}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [("the talks resumed three days later", "sentence"), ("croquet fans gathered", "sentence"),
     ("the valoria regatta began", "story"), ("after the quill cup final and croquet", "story"),
     ("croquet at the quill cup final", "story"), ("the talks resumed", ""), ("days passed later", ""),
     ("polo", "sentence"), ("poloists met", ""), ("", "")],
    ids=["sentence-two-words", "sentence-first-word", "story", "story-beats-earlier-sentence",
         "story-beats-later-sentence", "none", "words-not-consecutive", "whole-sentence", "whole-words-only",
         "empty"],
)
def test_match(discards, sentence, found):
    assert discards.match(sentence.split()) == found


def test_match_takes_any_sequence(discards):
    assert discards.match(("croquet",)) == "sentence"


@given(st.lists(st.sampled_from(["days", "later", "croquet", "valoria", "regatta", "the", "x"]), max_size=8))
def test_match_agrees_with_a_plain_scan(tokens):
    discards = parse_petrarch_discards(TEXT, "x")

    def occurs(phrases):
        return any(tuple(tokens[i : i + len(p)]) == p for p in phrases for i in range(len(tokens)))

    want = "story" if occurs(discards.story) else "sentence" if occurs(discards.sentence) else ""
    assert discards.match(tokens) == want


def test_discards_are_frozen_and_hashable(discards):
    with pytest.raises(AttributeError):
        discards.story = frozenset()  # type: ignore[misc]
    assert hash(discards) == hash(parse_petrarch_discards(TEXT, "other"))


@pytest.mark.parametrize(("text", "code", "line"), [("CROQUET\n+\n", "T149", 2), ("+ _ \n", "T149", 1),
                                                    ("CROQUET\n<!-- open\n", "T140", 2)],
                         ids=["plus-alone", "underscore-alone", "unclosed-comment"])
def test_malformed_input_cites_code_path_and_line(text, code, line):
    with pytest.raises(DictionaryError) as info:
        parse_petrarch_discards(text, "d/Bad.discards.txt")
    assert info.value.code == code and f"d/Bad.discards.txt:{line}" in str(info.value)


def test_skipped_list_and_reading_a_file(tmp_path):
    path = tmp_path / "x.discards.txt"
    path.write_text("+\nCROQUET\n", encoding="utf-8")
    skipped: list[DictionaryError] = []
    assert read_petrarch_discards(path, skipped=skipped).sentence == {("croquet",)}
    assert [(e.code, e.line) for e in skipped] == [("T149", 1)]
