"""Shared PETRARCH text rules (tidings.dictionaries.petrarch_text): comments, phrases, plurals, brackets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.dictionaries.petrarch_text import Report, bracket_blocks, content_lines, phrase_words, plural
from tidings.errors import DictionaryError

COMMENTS = {
    "hash-line": ("# a note\nVALORIA\n", [(2, "VALORIA")]),
    "hash-inline": ("VALORIA  # a note\n", [(1, "VALORIA")]),
    "semicolon-legacy": ("VALORIA ; a TABARI note\n", [(1, "VALORIA")]),
    "xml-one-line": ("<!-- a note -->\nVALORIA\n", [(2, "VALORIA")]),
    "xml-inline": ("VALORIA <!-- a note --> [VAL]\n", [(1, "VALORIA   [VAL]")]),
    "xml-multi-line": ("<!-- starts\nQUILL [QLL]\n# still inside -->\nVALORIA\n", [(4, "VALORIA")]),
    "xml-closes-mid-line": ("<!-- starts\nends --> VALORIA\n", [(2, " VALORIA")]),
    "tabari-spaced-marker": ("<! -- new section -->\nVALORIA\n", [(2, "VALORIA")]),
    "blank-and-whitespace": ("\n   \n\t\nVALORIA\n", [(4, "VALORIA")]),
    "hash-before-xml": ("VALORIA # note <!-- not opened\nBRENNMARK\n", [(1, "VALORIA"), (2, "BRENNMARK")]),
    "indent-kept": ("\t[VAL]\n", [(1, "\t[VAL]")]),
}


@pytest.mark.parametrize(("text", "lines"), list(COMMENTS.values()), ids=list(COMMENTS))
def test_comments_and_blank_lines_are_dropped(text, lines):
    assert list(content_lines(text, "x.txt", Report(None))) == lines


def test_unclosed_comment_raises_t140_at_its_opening_line():
    with pytest.raises(DictionaryError) as info:
        list(content_lines("VALORIA\n<!-- never\nclosed\n", "d/x.txt", Report(None)))
    assert info.value.code == "T140" and "d/x.txt:2" in str(info.value) and "-->" in str(info.value)


def test_report_collects_instead_of_raising_when_given_a_list(caplog):
    skipped: list[DictionaryError] = []
    assert list(content_lines("<!-- never closed\n", "x.txt", Report(skipped))) == []
    assert [e.code for e in skipped] == ["T140"]
    assert "T140" in caplog.text


PHRASES = {
    "underscores": ("LEDGER_FRONT_COMMAND", ("ledger", "front", "command"), False),
    "blanks": ("LEDGER FRONT  COMMAND", ("ledger", "front", "command"), False),
    "mixed": ("LEDGER_FRONT COMMAND", ("ledger", "front", "command"), False),
    "exact-marker": ("VALORIA_", ("valoria",), True),
    "exact-double-underscore": ("TOMAS_QUILL__", ("tomas", "quill"), True),
    "punctuation-kept": ("V.R._NEWS-WIRE", ("v.r.", "news-wire"), False),
    "lower-case-input": ("valoria", ("valoria",), False),
}


@pytest.mark.parametrize(("raw", "words", "exact"), list(PHRASES.values()), ids=list(PHRASES))
def test_phrase_words(raw, words, exact):
    assert phrase_words(raw) == (words, exact)


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.-'", min_size=1, max_size=8)


@given(st.lists(_WORD, min_size=1, max_size=5), st.data(), st.booleans())
def test_phrase_words_round_trip(words, data, exact):
    """Any upper-cased words joined by any mix of _ and blanks, with or without the exact marker."""
    seps = [data.draw(st.sampled_from(["_", " ", "  ", "\t", "_ "])) for _ in words[1:]]
    raw = words[0].upper() + "".join(s + w.upper() for s, w in zip(seps, words[1:], strict=True))
    raw += "_" if exact else ""
    assert phrase_words(raw) == (tuple(words), exact)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("minister", "ministers"), ("ministry", "ministries"), ("envoy", "envoys"), ("congress", "congresses"),
     ("box", "boxes"), ("church", "churches"), ("marsh", "marshes"), ("buzz", "buzzes"), ("y", "ys")],
    ids=["s", "consonant-y", "vowel-y", "s-es", "x-es", "ch-es", "sh-es", "z-es", "lone-y"],
)
def test_plural(word, expected):
    assert plural(word) == expected


def test_bracket_blocks():
    assert bracket_blocks(" [VAL] [VALGOV >200101][BRM]\t", "x", 1) == ["VAL", "VALGOV >200101", "BRM"]


@pytest.mark.parametrize(
    "text", ["[VAL", "[VAL] extra", "[VAL [BRM]]", "junk [VAL]"], ids=["unclosed", "trailing", "nested", "leading"])
def test_bracket_blocks_errors_are_t142(text):
    with pytest.raises(DictionaryError) as info:
        bracket_blocks(text, "d/x.txt", 7)
    assert info.value.code == "T142" and "d/x.txt:7" in str(info.value)
