"""Actor dictionary model and TSV loader (tidings.actors.dictionary): schemas, errors, case and date rules."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.actors.dictionary import KINDS, ActorDictionary, ActorEntry, EntryFlag, load_builtin, parse_tsv_file
from tidings.errors import DictionaryError
from tidings.records import ActorCode


def _load(kind_file: str, body: str, path: str | None = None) -> ActorDictionary:
    into = ActorDictionary()
    parse_tsv_file(kind_file, body, path or f"data/{kind_file}", into)
    return into


COUNTRIES = (
    "code\tnames\tadjectives\tcapitals\n# comment\n\n"
    "PAK\tPakistan|Islamic Republic of Pakistan\tPakistani\tIslamabad\n"
)
PEOPLE_HEADER = "names\tcode\tvalid_from\tvalid_to\ttitle\n"


def test_countries_file_gives_names_adjectives_and_capitals():
    d = _load("countries.tsv", COUNTRIES)
    country = d.lookup("Pakistan")
    assert (country.kind, country.code.code, country.name, country.rule) == ("country", "PAK", "Pakistan",
                                                                             "countries.tsv:4")
    assert d.lookup("Islamic Republic of Pakistan").code.code == "PAK"
    adjective = d.lookup("Pakistani")
    assert (adjective.kind, adjective.code.code, adjective.name) == ("adjective", "PAK", "Pakistan")
    capital = d.lookup("Islamabad")
    assert (capital.kind, capital.code.code) == ("capital", "PAKGOV")
    assert len(d) == 4


def test_metonyms_file():
    d = _load("metonyms.tsv", "name\tcode\nWhite House|the White House\tUSAGOV\n")
    entry = d.lookup("White House")
    assert (entry.kind, entry.code, entry.name) == ("metonym", ActorCode("USA", ("GOV",)), "White House")
    assert d.lookup("the White House").name == "White House"


def test_organisations_file():
    d = _load("organisations.tsv", "code\tcountry\tnames\nIGOUNO\t\tUnited Nations|UN\n")
    entry = d.lookup("UN")
    assert (entry.kind, entry.code.code, entry.name) == ("organisation", "IGOUNO", "United Nations")
    assert entry.code.country == "IGO" and entry.code.groups == ("UNO",)


def test_groups_file():
    d = _load("groups.tsv", "code\tcountry\tnames\nSOMINSSHB\tSOM\tal-Shabaab|Shabaab\n")
    entry = d.lookup("Shabaab")
    assert (entry.kind, entry.code.code, entry.name) == ("group", "SOMINSSHB", "al-Shabaab")
    assert entry.code == ActorCode("SOM", ("INS",), ("SHB",))


def test_agents_file():
    d = _load("agents.tsv", "words\trole\tkind\npolice|police officers\tcop\tgroup\n"
                            "minister|ministers\tGOV\tperson\n")
    police = d.lookup("police officers")
    assert (police.kind, police.code.code, police.role_kind) == ("agent", "COP", "group")
    assert police.code.country == ""
    minister = d.lookup("ministers")
    assert (minister.code.roles, minister.role_kind, minister.rule) == (("GOV",), "person", "agents.tsv:3")


def test_people_file_with_dates():
    row = "Joe Biden|Joseph R. Biden\tUSAGOV\t2021-01-20\t2025-01-20\tPresident\n"
    d = _load("people.tsv", PEOPLE_HEADER + row)
    entry = d.lookup("Joseph R. Biden", day=dt.date(2022, 1, 1))
    assert (entry.kind, entry.code.code, entry.name) == ("person", "USAGOV", "Joe Biden")
    assert (entry.valid_from, entry.valid_to) == (dt.date(2021, 1, 20), dt.date(2025, 1, 20))


def test_unknown_file_kind_raises_t114():
    with pytest.raises(DictionaryError) as info:
        _load("cities.tsv", "name\tcode\nParis\tFRA\n")
    assert info.value.code == "T114"
    assert "countries.tsv" in str(info.value)


BAD = {
    "wrong_header": ("countries.tsv", "code\tnames\n", "T110", 1),
    "header_after_comment": ("metonyms.tsv", "# only a comment\nname\tcodes\n", "T110", 2),
    "wrong_column_count": ("countries.tsv", "code\tnames\tadjectives\tcapitals\nPAK\tPakistan\n", "T113", 2),
    "bad_actor_code_length": ("metonyms.tsv", "name\tcode\n\nWhite House\tUSAG\n", "T111", 3),
    "bad_actor_code_digits": ("groups.tsv", "code\tcountry\tnames\nSOM1NS\tSOM\tx\n", "T111", 2),
    "bad_valid_from": ("people.tsv", PEOPLE_HEADER + "A B\tUSAGOV\t2021-13-01\t\tx\n", "T112", 2),
    "bad_valid_to": ("people.tsv", PEOPLE_HEADER + "#\nA B\tUSAGOV\t\tsoon\tx\n", "T112", 3),
    "bad_role": ("agents.tsv", "words\trole\tkind\npolice\tCO\tgroup\n", "T115", 2),
    "unknown_agent_kind": ("agents.tsv", "words\trole\tkind\npolice\tCOP\tcrowd\n", "T116", 2),
}


@pytest.mark.parametrize(("kind_file", "text", "code", "line"), list(BAD.values()), ids=list(BAD))
def test_malformed_lines_cite_path_and_line(kind_file, text, code, line):
    with pytest.raises(DictionaryError) as info:
        _load(kind_file, text, f"dicts/{kind_file}")
    assert info.value.code == code
    assert f"dicts/{kind_file}:{line}" in str(info.value)
    assert info.value.line == line


@pytest.fixture(scope="module")
def cased() -> ActorDictionary:
    d = ActorDictionary()
    parse_tsv_file("countries.tsv", "code\tnames\tadjectives\tcapitals\nUSA\tUS|U.S.\t\t\n", "c.tsv", d)
    parse_tsv_file("countries.tsv", "code\tnames\tadjectives\tcapitals\nPAK\tPakistan\t\t\n", "c.tsv", d)
    parse_tsv_file("agents.tsv", "words\trole\tkind\npolice\tCOP\tgroup\n", "a.tsv", d)
    return d


@pytest.mark.parametrize(
    ("surface", "text", "found"),
    [
        ("us", "US", True),
        ("us", "us", False),
        ("us", "Us", False),
        ("u.s.", "U.S.", True),
        ("u.s.", "u.s.", False),
        ("pakistan", "Pakistan", True),
        ("pakistan", "PAKISTAN", True),
        ("pakistan", "pakistan", False),
        ("police", "police", True),
        ("police", "Police", True),
        ("police", "POLICE", True),
    ],
    ids=lambda v: repr(v) if isinstance(v, str) else str(v),
)
def test_case_rule(cased, surface, text, found):
    assert (cased.lookup(surface, text) is not None) is found


def test_lookup_normalises_case_and_spaces_of_the_key():
    d = ActorDictionary()
    d.add(ActorEntry("White  House", "metonym", ActorCode("USA", ("GOV",)), "m.tsv:2"))
    assert d.lookup("white house", "White House") is not None
    assert list(d.surfaces()) == ["white house"]


BIDEN = "Joe Biden\tUSAGOV\t2021-01-20\t2025-01-20\tPresident\n"
TRUMP = (
    "Donald Trump\tUSAGOV\t2017-01-20\t2021-01-20\tPresident\n"
    "Donald Trump\tUSABUS\t2021-01-20\t2025-01-20\tx\n"
    "Donald Trump\tUSAGOV\t2025-01-20\t\tPresident\n"
)


@pytest.mark.parametrize(
    ("day", "valid"),
    [(dt.date(2022, 1, 1), True), (dt.date(2021, 1, 20), True), (dt.date(2025, 1, 20), False),
     (dt.date(2025, 2, 1), False), (dt.date(2020, 12, 31), False)],
    ids=["inside", "first-day", "end-day-exclusive", "after", "before"],
)
def test_date_bounded_entry(day, valid):
    """In office: the dated code; out of office: still the person's country, as an elite (ELI)."""
    d = _load("people.tsv", PEOPLE_HEADER + BIDEN)
    entry = d.lookup("Joe Biden", day=day)
    assert entry is not None
    assert (entry.code.code == "USAGOV") is valid
    if not valid:
        assert entry.code.code == "USAELI" and entry.rule.endswith("+out-of-office")


@pytest.mark.parametrize(
    ("day", "code", "rule"),
    [(dt.date(2018, 5, 1), "USAGOV", "people.tsv:2"), (dt.date(2022, 1, 1), "USABUS", "people.tsv:3"),
     (dt.date(2025, 6, 1), "USAGOV", "people.tsv:4"), (None, "USAGOV", "people.tsv:4")],
    ids=["first-term", "between-terms", "second-term", "no-date-takes-open-ended"],
)
def test_entries_sharing_a_surface_are_picked_by_date(day, code, rule):
    d = _load("people.tsv", PEOPLE_HEADER + TRUMP)
    entry = d.lookup("Donald Trump", day=day)
    assert (entry.code.code, entry.rule) == (code, rule)


def test_no_date_falls_back_to_a_closed_entry():
    d = _load("people.tsv", PEOPLE_HEADER + BIDEN)
    assert d.lookup("Joe Biden", day=None).code.code == "USAGOV"


def test_load_builtin():
    d = load_builtin()
    assert len(d) > 2000
    assert load_builtin() is d
    assert len(d.version) == 12
    assert {e.kind for es in d.entries.values() for e in es} == set(KINDS)
    assert d.lookup("Pakistan", "Pakistan").code.code == "PAK"
    assert d.lookup("police", "police").code.roles == ("COP",)


def test_builtin_rules_name_their_file_and_line():
    for entries in load_builtin().entries.values():
        for e in entries:
            base, _, line = e.rule.partition(":")
            assert base.endswith(".tsv") and line.isdigit(), e.rule


def test_a_bounded_entry_outranks_an_open_default_added_before_it():
    d = ActorDictionary()
    d.add(ActorEntry("Tomas Quill", "person", ActorCode("VAL", ("ELI",)), "t:1"))
    d.add(ActorEntry("Tomas Quill", "person", ActorCode("VAL", ("GOV",)), "t:2", "Tomas Quill", "person",
                     dt.date(2003, 1, 1), dt.date(2009, 1, 1)))
    assert d.lookup("Tomas Quill", day=dt.date(2005, 1, 1)).rule == "t:2"
    assert d.lookup("Tomas Quill", day=dt.date(2010, 1, 1)).rule == "t:1"


def test_out_of_office_person_without_a_country_keeps_their_code():
    d = ActorDictionary()
    d.add(ActorEntry("Anna Brenn", "person", ActorCode("", ("IGO", "VLU")), "t:1", "Anna Brenn", "person",
                     dt.date(2003, 1, 1), dt.date(2009, 1, 1)))
    entry = d.lookup("Anna Brenn", day=dt.date(2012, 1, 1))
    assert entry.code.code == "IGOVLU" and entry.rule == "t:1+out-of-office"


def test_new_entry_flags_default_to_none():
    entry = ActorEntry("police", "agent", ActorCode("", ("COP",)), "a.tsv:2", "police", "group")
    assert entry.flags == EntryFlag.NONE and not entry.agent_prefix and not entry.exact_word and not entry.bounded()
