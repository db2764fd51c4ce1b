"""PETRARCH/TABARI actor files (tidings.dictionaries.petrarch_actors): constructs, dates, kinds, errors.

All names and codes are invented; the snippets only follow the PETRARCH format.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.actors.dictionary import NULL_KIND, ActorDictionary, EntryFlag
from tidings.dictionaries.petrarch_actors import (
    CENTURY_PIVOT,
    parse_bounds,
    parse_date,
    parse_petrarch_actors,
    petrarch_code,
    read_petrarch_actors,
)
from tidings.errors import DictionaryError
from tidings.records import ActorCode


def _load(text: str, path: str = "dicts/Test.actors.txt", skipped=None) -> ActorDictionary:
    into = ActorDictionary()
    parse_petrarch_actors(text, path, into, skipped=skipped)
    return into


def _codes(d: ActorDictionary, surface: str) -> list[str]:
    return [e.code.code for e in d.entries[surface]]


# one snippet per construct: (text, surface, expected code of lookup(surface), kind)
CONSTRUCTS = {
    "code-on-name-line": ("VALORIA [VAL]\n", "valoria", "VAL", "country"),
    "underscore-words": ("LEDGER_FRONT_COMMAND [VALLFCGOV]\n", "ledger front command", "VALLFCGOV", "organisation"),
    "blank-words": ("LEDGER FRONT  WING [VALLFCBRD]\n", "ledger front wing", "VALLFCBRD", "organisation"),
    "exact-marker": ("VALORIA_  [VAL]\n", "valoria", "VAL", "country"),
    "synonym": ("VALORIA [VAL]\n+VALORIAN\n+THE_VALE_\n", "the vale", "VAL", "country"),
    "code-on-indented-line": ("VALORIA\n\t[VAL]\n", "valoria", "VAL", "country"),
    "synonyms-then-code-line": ("VALORIA\n+VALORIAN\n    [VAL]\n", "valorian", "VAL", "country"),
    "lower-case-code": ("VALORIAN [val]\n", "valorian", "VAL", "country"),
    "null-code": ("TOMAS_QUILL [---]\n", "tomas quill", "", NULL_KIND),
    "international-root": ("VALE_UNION [IGOVLU]\n", "vale union", "IGOVLU", "organisation"),
    "role-first": ("VALE_JUDGES [JUDVAL]\n", "vale judges", "JUDVAL", "organisation"),
    "digits-in-code": ("QUILL_RELIEF_FUND [NGOVALREL214]\n", "quill relief fund", "NGOVALREL214", "organisation"),
    "odd-length-code": ("VALORIA_TV [VALTV]\n", "valoria tv", "VALTV", "organisation"),
    "comment-after-code": ("VALORIA  [VAL] # jw 9/10/91\n", "valoria", "VAL", "country"),
    "semicolon-comment": ("VALORIA  [VAL] ; CountryInfo.txt\n", "valoria", "VAL", "country"),
    "tab-before-code": ("TOMAS QUILL_\t[VALGOV]\t# note\n", "tomas quill", "VALGOV", "organisation"),
    "indented-name-line": ("\tTOMAS_QUILL_\t[VALGOV]\n", "tomas quill", "VALGOV", "organisation"),
    "adjacent-blocks": ("QUILL_BANK_ [VALBUS <200101][BRMBUS]\n", "quill bank", "BRMBUS", "person"),
    "comment-block-between": ("VALORIA\n<!--\nBRENNMARK [BRM]\n-->\n\t[VAL]\n", "valoria", "VAL", "country"),
}


@pytest.mark.parametrize(("text", "surface", "code", "kind"), list(CONSTRUCTS.values()), ids=list(CONSTRUCTS))
def test_construct(text, surface, code, kind):
    entry = _load(text).lookup(surface, day=dt.date(2024, 1, 1))
    assert entry is not None
    assert (entry.code.code, entry.kind, entry.surface) == (code, kind, surface)


def test_codes_keep_their_exact_string_and_order():
    d = _load("LEDGER_FRONT_COMMAND [VALLFCGOV]\nVALE_UNION [IGOVLU]\n")
    command = d.lookup("ledger front command")
    assert command.code == ActorCode("VAL", ("LFC", "GOV"))  # not reordered into roles and groups
    assert d.lookup("vale union").code == ActorCode("", ("IGO", "VLU"))


def test_entry_fields():
    d = _load("# header\nVALORIA_ [VAL]\n+VALORIAN\n", "some/dir/Test.actors.txt")
    first, synonym = d.lookup("valoria"), d.lookup("valorian")
    assert (first.rule, first.name, first.flags, first.exact_word) == ("Test.actors.txt:2", "Valoria",
                                                                       EntryFlag.EXACT_WORD, True)
    assert (synonym.rule, synonym.name, synonym.exact_word) == ("Test.actors.txt:2", "Valoria", False)
    assert first.valid_from is None and first.valid_to is None and first.role_kind == ""


def test_compound_code_gives_one_entry_per_code_in_order():
    d = _load("THE_VALE_LEAGUE [VAL/BRM/QLL]\n")
    assert _codes(d, "the vale league") == ["VAL", "BRM", "QLL"]
    assert d.lookup("the vale league").code.code == "VAL"


def test_null_code_is_an_empty_actor_code():
    entry = _load("TOMAS_QUILL [---]\n").lookup("tomas quill")
    assert entry.code == ActorCode() and entry.code.code == "" and entry.kind == NULL_KIND


def test_names_in_a_row_share_the_codes_below():
    d = _load("TOMAS_QUILL_\nPRESIDENT_QUILL_\n+T._QUILL\n\t[VALGOV 200101-200601]\n")
    assert {e.rule for s in ("tomas quill", "president quill", "t. quill") for e in d.entries[s]} == {
        "Test.actors.txt:4"}
    assert d.lookup("president quill").name == "Tomas Quill"


def test_return_value_counts_entries():
    into = ActorDictionary()
    assert parse_petrarch_actors("VALORIA [VAL]\n+VALORIAN\nBRENNMARK [BRM/QLL]\n", "x", into) == 4
    assert len(into) == 4


QUILL = (
    "TOMAS_QUILL_  # an invented person\n"
    "+T._QUILL\n"
    "\t[VALELI <900101]\n"  # before
    "\t[VALGOV 900101-19951231]\n"  # range, 6 and 8 digits mixed
    "\t[VALMIL 930101-930201]\n"  # overlaps the range: the first listed wins
    "\t[VALREB > 20100101]\n"  # from, with a blank
    "\t[VALELI]\n"  # default
)


@pytest.mark.parametrize(
    ("day", "code"),
    [(dt.date(1985, 5, 1), "VALELI"), (dt.date(1989, 12, 31), "VALELI"), (dt.date(1990, 1, 1), "VALGOV"),
     (dt.date(1993, 1, 15), "VALGOV"), (dt.date(1995, 12, 31), "VALELI"), (dt.date(2005, 1, 1), "VALELI"),
     (dt.date(2010, 1, 1), "VALREB"), (dt.date(2024, 1, 1), "VALREB"), (None, "VALREB")],
    ids=["before", "last-day-before", "range-first-day", "overlap-first-listed", "range-end-exclusive",
         "gap-takes-default", "from-first-day", "from-later", "no-date-latest-open"],
)
def test_date_bounded_codes_and_the_default(day, code):
    d = _load(QUILL)
    assert d.lookup("t. quill", day=day).code.code == code


def test_date_bounds_are_recorded_on_entries():
    d = _load(QUILL)
    by_code = {(e.code.code, e.valid_from, e.valid_to) for e in d.entries["tomas quill"]}
    assert by_code == {
        ("VALELI", None, dt.date(1990, 1, 1)), ("VALGOV", dt.date(1990, 1, 1), dt.date(1995, 12, 31)),
        ("VALMIL", dt.date(1993, 1, 1), dt.date(1993, 2, 1)), ("VALREB", dt.date(2010, 1, 1), None),
        ("VALELI", None, None)}
    assert {e.kind for e in d.entries["tomas quill"]} == {"person"}
    assert {e.role_kind for e in d.entries["tomas quill"]} == {"person"}


def test_date_bounds_on_the_name_line():
    d = _load("ANNA_BRENN_ [BRMGOV 030101-050101] [BRMELI]\n")
    assert d.lookup("anna brenn", day=dt.date(2004, 1, 1)).code.code == "BRMGOV"
    assert d.lookup("anna brenn", day=dt.date(2006, 1, 1)).code.code == "BRMELI"


def test_without_a_default_a_person_out_of_office_is_an_elite_of_their_country():
    """tidings' own rule (PETRARCH would give no code)."""
    d = _load("ANNA_BRENN_\n\t[BRMGOV 030101-050101]\n")
    entry = d.lookup("anna brenn", day=dt.date(2010, 1, 1))
    assert entry.code.code == "BRMELI" and entry.rule.endswith("+out-of-office")


def test_a_bare_date_means_from_that_day():
    d = _load("ANNA_BRENN_\n\t[BRMGOV 20121204]\n\t[BRMELI]\n")
    assert d.lookup("anna brenn", day=dt.date(2012, 12, 3)).code.code == "BRMELI"
    assert d.lookup("anna brenn", day=dt.date(2012, 12, 4)).code.code == "BRMGOV"


def test_null_code_with_a_bound_hides_a_name_until_then():
    d = _load("LORD_OF_QUILL_HALL\n\t[--- <960315]\n\t[QLL]\n")
    assert d.lookup("lord of quill hall", day=dt.date(1996, 3, 14)).kind == NULL_KIND
    assert d.lookup("lord of quill hall", day=dt.date(1996, 3, 15)).code.code == "QLL"


def test_kinds_compose_with_agent_words():
    """A 3-letter country code is a "country", so "Valoria's president" can take GOV from the agent;
    a country whose code changed over time stays a country in its 3-letter periods."""
    d = _load("VALORIA [VAL]\nBRENNMARK_\n+BRENN_CITY\n\t[OLDBRM <911221]\n\t[BRM >911221]\n")
    assert d.lookup("valoria").kind == "country" and d.lookup("valoria").code.country == "VAL"
    assert d.lookup("brenn city", day=dt.date(2000, 1, 1)).kind == "country"
    assert d.lookup("brenn city", day=dt.date(1980, 1, 1)).code.code == "OLDBRM"


# --- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [("000101", dt.date(2000, 1, 1)), (f"{CENTURY_PIVOT}1231", dt.date(2000 + CENTURY_PIVOT, 12, 31)),
     (f"{CENTURY_PIVOT + 1}0101", dt.date(1900 + CENTURY_PIVOT + 1, 1, 1)), ("991231", dt.date(1999, 12, 31)),
     ("19270101", dt.date(1927, 1, 1)), ("20400229", dt.date(2040, 2, 29))],
    ids=["00-is-2000", "pivot-is-20xx", "after-pivot-is-19xx", "99-is-1999", "eight-digits", "eight-digits-leap"],
)
def test_century_rule(text, day):
    assert parse_date(text, "x", 1) == day


_DAYS_6 = st.dates(dt.date(1900 + CENTURY_PIVOT + 1, 1, 1), dt.date(2000 + CENTURY_PIVOT, 12, 31))


@given(_DAYS_6)
def test_six_digit_dates_round_trip(day):
    assert parse_date(day.strftime("%y%m%d"), "x", 1) == day


@given(st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)))
def test_eight_digit_dates_round_trip(day):
    assert parse_date(f"{day.year:04d}{day.month:02d}{day.day:02d}", "x", 1) == day


def _fmt(day: dt.date, eight: bool) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}" if eight else day.strftime("%y%m%d")


@given(_DAYS_6, _DAYS_6, st.sampled_from(["<", ">", "-"]), st.booleans(), st.sampled_from(["", " "]))
def test_bounds_round_trip(a, b, kind, eight, blank):
    if kind == "<":
        text, want = f"<{blank}{_fmt(a, eight)}", (None, a)
    elif kind == ">":
        text, want = f">{blank}{_fmt(a, eight)}", (a, None)
    else:
        start, end = sorted((a, b))
        if start == end:
            return
        text, want = f"{_fmt(start, eight)}{blank}-{blank}{_fmt(end, not eight)}", (start, end)
    assert parse_bounds(text, "x", 1) == want


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=18))
def test_petrarch_code_round_trips_the_string(code):
    parsed = petrarch_code(code)
    assert parsed.code == code and parsed.groups == ()


# --- errors ----------------------------------------------------------------------------------------

BAD = {
    "name-without-code-at-end": ("VALORIA [VAL]\nBRENNMARK\n", "T141", 2),
    "name-without-code-before-coded-name": ("BRENNMARK\n+BRENNISH\nVALORIA [VAL]\n", "T141", 1),
    "unclosed-bracket": ("VALORIA [VAL\n", "T142", 1),
    "stray-closing-bracket": ("VALORIA [VAL]\n+VALOR]IAN\n", "T142", 2),
    "braces-in-actor-file": ("VALORIA {VALORIAS} [VAL]\n", "T142", 1),
    "text-after-code": ("VALORIA [VAL] Capital: Valetta\n", "T142", 1),
    "bad-date-digits": ("TOMAS_QUILL\n\t[VALGOV 9001011-910101]\n", "T143", 2),
    "bad-date-calendar": ("TOMAS_QUILL\n\n\t[VALGOV >900231]\n", "T143", 3),
    "bad-date-letters": ("TOMAS_QUILL\n\t[VALGOV <soon]\n", "T143", 2),
    "bad-date-operator": ("TOMAS_QUILL\n\t[VALGOV =900101]\n", "T143", 2),
    "range-ends-first": ("TOMAS_QUILL\n\t[VALGOV 910101-900101]\n", "T143", 2),
    "range-empty": ("TOMAS_QUILL\n\t[VALGOV 900101-900101]\n", "T143", 2),
    "bad-code-characters": ("VALORIA [VA$]\n", "T144", 1),
    "tabari-marker-code": ("VALORIA [+++]\n", "T144", 1),
    "date-without-code": ("TOMAS_QUILL\n\t[900101-910101]\n", "T144", 2),
    "empty-code": ("VALORIA []\n", "T144", 1),
    "synonym-first": ("# header\n+VALORIAN\nVALORIA [VAL]\n", "T145", 2),
    "code-line-first": ("\t[VAL]\nVALORIA [VAL]\n", "T145", 1),
    "name-of-underscores": ("___ [VAL]\n", "T149", 1),
    "unclosed-comment": ("VALORIA [VAL]\n<!-- to the end\n", "T140", 2),
}


@pytest.mark.parametrize(("text", "code", "line"), list(BAD.values()), ids=list(BAD))
def test_malformed_input_cites_code_path_and_line(text, code, line):
    with pytest.raises(DictionaryError) as info:
        _load(text, "dicts/Bad.actors.txt")
    assert info.value.code == code
    assert f"dicts/Bad.actors.txt:{line}" in str(info.value)
    assert info.value.line == line and info.value.path == "dicts/Bad.actors.txt"


def test_skipped_list_skips_bad_lines_and_keeps_the_rest():
    text = (
        "VALORIA [VAL]\n"
        "+VALOR]IAN\n"  # bad synonym: skipped, the record goes on
        "+VALORIAN\n"
        "TOMAS_QUILL\n"
        "\t[VALGOV 9001011-910101]\n"  # bad code line: skipped
        "\t[VALELI]\n"
        "BRENNMARK [BR$]\n"  # bad name line: skipped with its synonyms
        "+BRENNISH\n"
        "ORPHAN_NAME\n"  # no code before the next coded name: dropped
        "QUILL_BANK [QLLBUS]\n"
        "ANNA_BRENN\n"
        "\t[BRMGOV 0301011-090101]\n"  # its only code is bad: dropped, and the next name does not join it
        "LEDGER_FRONT\n"
        "\t[VALREB]\n"
    )
    skipped: list[DictionaryError] = []
    d = _load(text, skipped=skipped)
    assert [(e.code, e.line) for e in skipped] == [("T142", 2), ("T143", 5), ("T144", 7), ("T141", 9),
                                                   ("T143", 12)]
    assert sorted(d.surfaces()) == ["ledger front", "quill bank", "tomas quill", "valoria", "valorian"]
    assert d.lookup("tomas quill", day=dt.date(1990, 6, 1)).code.code == "VALELI"


def test_read_petrarch_actors_reads_a_file_and_versions_it(tmp_path):
    path = tmp_path / "Mini.actors.txt"
    path.write_text("VALORIA [VAL]\n", encoding="utf-8")
    d = read_petrarch_actors(path)
    assert d.lookup("valoria").rule == "Mini.actors.txt:1"
    first = d.version
    other = tmp_path / "More.actors.txt"
    other.write_text("BRENNMARK [BRM]\n", encoding="utf-8")
    assert read_petrarch_actors(other, d) is d
    assert len(first) == 12 and d.version != first and len(d) == 2
