"""The packaged CAMEO codebook (tidings.codebook): coverage, quad classes, PLOVER mapping, loader errors."""

from __future__ import annotations

import pytest

from tidings.codebook import PLOVER_TYPES, QUAD_BY_ROOT, cameo, load_codebook, parse_codebook, plover
from tidings.errors import DictionaryError

HEADER = "code\tname\tgoldstein\tplover_type\tplover_mode"
GOOD_ROW = "01\tMake public statement\t0.0\t\t"
ROOTS = [f"{r:02d}" for r in range(1, 21)]


def _expected_quad(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


@pytest.fixture(scope="module")
def book():
    return load_codebook()


def test_all_twenty_roots_present(book):
    assert [c for c in book.codes if len(c) == 2] == ROOTS


def test_about_three_hundred_codes(book):
    assert 280 <= len(book.codes) <= 330


def test_codes_are_digit_strings_with_leading_zeros(book):
    for key, c in book.codes.items():
        assert isinstance(c.code, str) and c.code == key
        assert c.code.isdigit() and 2 <= len(c.code) <= 4
    assert "010" in book.codes and "10" in book.codes
    assert book.codes["010"] != book.codes["10"]


def test_every_code_extends_its_parent(book):
    for code in book.codes:
        if len(code) > 2:
            assert code[:-1] in book.codes, code


@pytest.mark.parametrize("root", ROOTS)
def test_quad_by_root_mapping(root):
    assert QUAD_BY_ROOT[root] == _expected_quad(root)


def test_quad_of_every_code_follows_its_root(book):
    for c in book.codes.values():
        assert c.quad == _expected_quad(c.code[:2]), c.code


def test_goldstein_values_in_range(book):
    for c in book.codes.values():
        assert -10.0 <= c.goldstein <= 10.0, c.code


def test_plover_types_known_or_empty(book):
    for code in book.codes:
        assert book.plover(code).type in PLOVER_TYPES | {""}, code


def test_plover_mapping_drops_statements_and_maps_appeals():
    assert plover("01").type == ""
    assert plover("010").type == ""
    assert plover("02").type == "REQUEST"


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "quad"),
    [
        ("0232", "Appeal for military aid", 3.4, 1),
        ("0874", "Retreat or surrender militarily", 10.0, 2),
        ("173", "Arrest, detain, or charge with legal action", -5.0, 4),
        ("19", "Fight", -10.0, 4),
    ],
    ids=["0232", "0874", "173", "19"],
)
def test_code_facts(code, name, goldstein, quad):
    c = cameo(code)
    assert (c.code, c.name, c.goldstein, c.quad) == (code, name, goldstein, quad)


def test_specific_facts():
    assert cameo("0232").name == "Appeal for military aid"
    assert cameo("0874").goldstein == 10.0
    assert cameo("19").goldstein == -10.0
    assert cameo("0232").root == "02"
    assert cameo("173").quad == 4
    assert plover("173").type == "COERCE" and plover("173").mode == "arrest"


def test_children_lists_code_family(book):
    kids = [c.code for c in book.children("023")]
    assert kids == ["023", "0231", "0232", "0233", "0234"]


def test_version_is_content_hash(book):
    assert len(book.version) == 12
    assert parse_codebook(f"{HEADER}\n{GOOD_ROW}\n", "x.tsv").version != book.version


def test_unknown_code_raises_t101():
    with pytest.raises(DictionaryError) as info:
        cameo("9999")
    assert info.value.code == "T101"
    assert "9999" in str(info.value)


def test_plover_of_unknown_code_raises():
    with pytest.raises(DictionaryError, match=r"\[T101\]"):
        plover("9999")


def test_parse_codebook_accepts_comments_and_blank_lines():
    text = f"{HEADER}\n# comment\n\n{GOOD_ROW}\n0232\tAppeal for military aid\t3.4\tREQUEST\tassist\n"
    book = parse_codebook(text, "ok.tsv")
    assert set(book.codes) == {"01", "0232"}
    assert book.plover("0232").mode == "assist"
    assert book.cameo("0232").quad == 1


BAD = {
    "wrong_header": ("code\tname\tgoldstein\n" + GOOD_ROW, "T102", 1),
    "empty_file": ("", "T102", 1),
    "wrong_column_count": (f"{HEADER}\n{GOOD_ROW}\n02\tAppeal\t3.0\tREQUEST\n", "T103", 3),
    "bad_code_letters": (f"{HEADER}\n{GOOD_ROW}\n0x2\tAppeal\t3.0\t\t\n", "T104", 3),
    "bad_code_root": (f"{HEADER}\n{GOOD_ROW}\n2101\tNo such root\t3.0\t\t\n", "T104", 3),
    "bad_code_too_long": (f"{HEADER}\n{GOOD_ROW}\n02321\tToo long\t3.0\t\t\n", "T104", 3),
    "bad_goldstein": (f"{HEADER}\n{GOOD_ROW}\n\n02\tAppeal\thigh\t\t\n", "T105", 4),
    "unknown_plover_type": (f"{HEADER}\n{GOOD_ROW}\n02\tAppeal\t3.0\tBEG\t\n", "T106", 3),
    "duplicate_code": (f"{HEADER}\n{GOOD_ROW}\n{GOOD_ROW}\n", "T107", 3),
}


@pytest.mark.parametrize(("text", "code", "line"), list(BAD.values()), ids=list(BAD))
def test_parse_codebook_errors_cite_path_and_line(text, code, line):
    with pytest.raises(DictionaryError) as info:
        parse_codebook(text, "data/cameo.tsv")
    err = info.value
    assert err.code == code
    assert f"data/cameo.tsv:{line}" in str(err)
    assert (err.path, err.line) == ("data/cameo.tsv", line)
