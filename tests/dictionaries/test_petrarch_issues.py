"""PETRARCH issue lists (tidings.dictionaries.petrarch_issues): sections, expansions, ignores, errors."""

from __future__ import annotations

import pytest

from tidings.dictionaries.petrarch_issues import IssuePhrase, Issues, parse_petrarch_issues, read_petrarch_issues
from tidings.errors import DictionaryError


def _issues(body: str, path: str = "d/Test.issues.txt") -> Issues:
    return parse_petrarch_issues(f'<ISSUE CATEGORY="HARBOURS" TYPE="ALL">\n{body}</ISSUE>\n', path)


CONSTRUCTS = {
    "plain": ("lighthouse keeping [LIGHTHOUSES]\n", [("lighthouse", "keeping")]),
    "noun": ("n:lighthouse [LIGHTHOUSES]\n", [("lighthouse",), ("lighthouses",)]),
    "noun-y": ("n:quay [LIGHTHOUSES]\n", [("quay",), ("quays",)]),
    "noun-consonant-y": ("n:ferry [LIGHTHOUSES]\n", [("ferry",), ("ferries",)]),
    "noun-inside-phrase": ("harbour n:master [LIGHTHOUSES]\n", [("harbour", "master"), ("harbour", "masters")]),
    "verb": ("v:dredge [LIGHTHOUSES]\n", [("dredge",), ("dredges",), ("dredged",), ("dredging",)]),
    "verb-no-e": ("v:moor [LIGHTHOUSES]\n", [("moor",), ("moors",), ("moored",), ("mooring",)]),
    "plus": ("sea+wall [LIGHTHOUSES]\n", [("sea", "wall"), ("sea-wall",)]),
    "plus-then-noun": ("sea+n:wall [LIGHTHOUSES]\n",
                       [("sea", "wall"), ("sea", "walls"), ("sea-wall",), ("sea-walls",)]),
    "two-nouns": ("n:dock n:worker [LIGHTHOUSES]\n",
                  [("dock", "worker"), ("dock", "workers"), ("docks", "worker"), ("docks", "workers")]),
    "no-blank-before-code": ("n:jetty[LIGHTHOUSES]\n", [("jetty",), ("jetties",)]),
    "comment": ("buoy [LIGHTHOUSES]  # a note\n", [("buoy",)]),
}


@pytest.mark.parametrize(("body", "phrases"), list(CONSTRUCTS.values()), ids=list(CONSTRUCTS))
def test_construct(body, phrases):
    assert _issues(body).codes() == {"LIGHTHOUSES": tuple(phrases)}


def test_phrase_fields_and_ignores():
    issues = _issues("n:buoy [LIGHTHOUSES]\n~buoy market\n~~harbour n:festival\nquay [QUAYS]\n")
    assert issues.phrases[0] == IssuePhrase(("buoy",), "LIGHTHOUSES", "HARBOURS", "Test.issues.txt:2")
    assert [(p.words, p.ignore, p.code) for p in issues.ignores()] == [
        (("buoy", "market"), "sentence", ""), (("harbour", "festival"), "story", ""),
        (("harbour", "festivals"), "story", "")]
    assert issues.codes() == {"LIGHTHOUSES": (("buoy",), ("buoys",)), "QUAYS": (("quay",),)}


def test_outside_a_section_the_category_is_empty():
    issues = parse_petrarch_issues("quay [QUAYS]\n", "x")
    assert issues.phrases[0].category == ""


BAD = {
    "no-code": ("buoy\n", "T148", 2),
    "two-codes": ("buoy [A] [B]\n", "T148", 2),
    "unknown-expansion": ("m:buoy [LIGHTHOUSES]\n", "T148", 2),
    "unclosed-code": ("buoy [LIGHTHOUSES\n", "T142", 2),
    "text-after-code": ("buoy [LIGHTHOUSES] ****\n", "T142", 2),
    "bad-code": ("buoy [LIGHT HOUSES]\n", "T144", 2),
    "no-words": (" [LIGHTHOUSES]\n", "T149", 2),
    "nested-section": ('<ISSUE CATEGORY="QUAYS">\n', "T148", 2),
}


@pytest.mark.parametrize(("body", "code", "line"), list(BAD.values()), ids=list(BAD))
def test_malformed_input_cites_code_path_and_line(body, code, line):
    with pytest.raises(DictionaryError) as info:
        _issues(body, "d/Bad.issues.txt")
    assert info.value.code == code and f"d/Bad.issues.txt:{line}" in str(info.value)


@pytest.mark.parametrize(("text", "line"), [("</ISSUE>\n", 1), ('<ISSUE CATEGORY="X">\nbuoy [B]\n', 1),
                                            ("<ISSUE CATEGORY=X>\n", 1)],
                         ids=["close-without-open", "never-closed", "malformed-tag"])
def test_section_tags_must_match(text, line):
    with pytest.raises(DictionaryError) as info:
        parse_petrarch_issues(text, "d/Bad.issues.txt")
    assert info.value.code == "T148" and f"d/Bad.issues.txt:{line}" in str(info.value)


def test_skipped_list_and_reading_a_file(tmp_path):
    path = tmp_path / "x.issues.txt"
    path.write_text("</ISSUE>\nbuoy\nquay [QUAYS]\n", encoding="utf-8")
    skipped: list[DictionaryError] = []
    assert read_petrarch_issues(path, skipped=skipped).codes() == {"QUAYS": (("quay",),)}
    assert [(e.code, e.line) for e in skipped] == [("T148", 1), ("T148", 2)]
