"""PETRARCH agent files (tidings.dictionaries.petrarch_agents): codes, plurals, substitution sets, errors.

The words are ordinary English role words; the snippets and codes are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.actors import ActorStage
from tidings.actors.dictionary import ActorDictionary, EntryFlag
from tidings.dictionaries.petrarch_actors import parse_petrarch_actors
from tidings.dictionaries.petrarch_agents import agent_role_kind, parse_petrarch_agents, read_petrarch_agents
from tidings.errors import DictionaryError
from tidings.nlp import parse_text
from tidings.records import ActorCode, Article

SETS = "!HAND! = MAN, MEN, WOMAN, WOMEN, PERSON\n!MIN! = MINISTER, MINISTRY\n"


def _load(text: str, path: str = "dicts/Test.agents.txt", skipped=None) -> ActorDictionary:
    into = ActorDictionary()
    parse_petrarch_agents(text, path, into, skipped=skipped)
    return into


def _surfaces(text: str) -> list[str]:
    return sorted(_load(text).surfaces())


# one snippet per construct: (text, surfaces it gives)
CONSTRUCTS = {
    "regular-plural": ("LAMPWARDEN [~GOV]\n", ["lampwarden", "lampwardens"]),
    "y-plural": ("DEPUTY [~LEG]\n", ["deputies", "deputy"]),
    "vowel-y-plural": ("ENVOY [~QEV]\n", ["envoy", "envoys"]),
    "s-plural": ("BOSS [~QBS]\n", ["boss", "bosses"]),
    "plural-of-last-word": ("HARBOUR_MASTER [~GOV]\n", ["harbour master", "harbour masters"]),
    "no-plural": ("GENDARMERIE {} [~COP]\n", ["gendarmerie"]),
    "explicit-plural": ("CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL]\n", ["chief of staff", "chiefs of staff"]),
    "explicit-plural-blank": ("CHIEF_OF_STAFF {CHIEFS_OF_STAFF } [~MIL]\n", ["chief of staff", "chiefs of staff"]),
    "exact-marker-no-plural": ("BUREAU_ [~GOV]\n", ["bureau"]),
    "substitution-set": (SETS + "HARBOUR!HAND! [~LAB]\n",
                         ["harbourman", "harbourmen", "harbourperson", "harbourwoman", "harbourwomen"]),
    "substitution-set-with-words": (SETS + "!MIN!_OF_LIGHTHOUSES [~GOV]\n",
                                    ["minister of lighthouses", "ministry of lighthouses"]),
    "substitution-no-blank-before-code": (SETS + "DOCK!HAND![~LAB]\n",
                                          ["dockman", "dockmen", "dockperson", "dockwoman", "dockwomen"]),
    "comments": ("<!-- header -->\n# note\nLAMPWARDEN [~GOV] # jap 11 Oct 02\n", ["lampwarden", "lampwardens"]),
}


@pytest.mark.parametrize(("text", "surfaces"), list(CONSTRUCTS.values()), ids=list(CONSTRUCTS))
def test_construct(text, surfaces):
    assert _surfaces(text) == surfaces


CODES = {
    "suffix": ("LAMPWARDEN [~GOV]", ("GOV",), False),
    "suffix-several-pieces": ("HARBOUR_MASTER [~GOVHRB]", ("GOV", "HRB"), False),
    "suffix-blank-inside": ("CONSTABLE [ ~COP]", ("COP",), False),
    "prefix": ("RELIEF_BODY [NGO~]", ("NGO",), True),
    "prefix-blanks-inside": ("RELIEF_BODY [  NGO~ ]", ("NGO",), True),
    "lower-case": ("LAMPWARDEN [~gov]", ("GOV",), False),
    "unknown-code-kept": ("GOOSE_HERD {} [~GSH]", ("GSH",), False),
}


@pytest.mark.parametrize(("line", "roles", "prefix"), list(CODES.values()), ids=list(CODES))
def test_agent_codes(line, roles, prefix):
    d = _load(line + "\n")
    entry = next(iter(d.entries.values()))[0]
    assert entry.kind == "agent"
    assert entry.code == ActorCode("", roles) and entry.code.country == ""
    assert entry.agent_prefix is prefix
    assert (EntryFlag.AGENT_PREFIX in entry.flags) is prefix


def test_entry_fields():
    d = _load("# x\nLAMPWARDEN [~GOV]\n", "some/dir/Test.agents.txt")
    plural = d.lookup("lampwardens")
    assert (plural.rule, plural.name, plural.surface, plural.role_kind) == (
        "Test.agents.txt:2", "lampwardens", "lampwardens", "person")


@pytest.mark.parametrize(
    ("words", "kind"),
    [(("lampwarden",), "person"), (("police",), "group"), (("ministries",), "group"),
     (("ministry", "of", "lighthouses"), "group"), (("minister", "of", "lighthouses"), "person"),
     (("border", "troops"), "group"), (("army", "spokesman"), "person"), (("parties",), "group")],
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else v,
)
def test_role_kind(words, kind):
    assert agent_role_kind(words) == kind


def test_return_value_counts_entries():
    into = ActorDictionary()
    assert parse_petrarch_agents(SETS + "LAMPWARDEN [~GOV]\nHARBOUR!HAND! [~LAB]\nGENDARMERIE {} [~COP]\n",
                                 "x", into) == 8


BAD = {
    "no-code": ("LAMPWARDEN\n", "T141", 1),
    "unclosed-code": ("# x\nLAMPWARDEN [~GOV\n", "T142", 2),
    "code-closed-by-brace": ("LAMPWARDEN [~GOV}\n", "T142", 1),
    "unclosed-brace": ("CHIEF_OF_STAFF {CHIEFS_OF_STAFF [~MIL]\n", "T142", 1),
    "stray-brace": ("CHIEF_OF_STAFF } [~MIL]\n", "T142", 1),
    "text-between-braces-and-code": ("CHIEF {CHIEFS} EXTRA [~MIL]\n", "T142", 1),
    "two-codes": ("LAMPWARDEN [~GOV] [~LEG]\n", "T142", 1),
    "bad-code-characters": ("LAMPWARDEN [~G0V$]\n", "T144", 1),
    "tilde-alone": ("LAMPWARDEN [~]\n", "T147", 1),
    "no-tilde": ("LAMPWARDEN [GOV]\n", "T147", 1),
    "tilde-both-sides": ("LAMPWARDEN [~GOV~]\n", "T147", 1),
    "unknown-set": (SETS + "\nHARBOUR!HANDS! [~LAB]\n", "T146", 4),
    "unpaired-marker": (SETS + "HARBOUR!HAND [~LAB]\n", "T146", 3),
    "malformed-set": ("!HAND = MAN, MEN\n", "T146", 1),
    "empty-set-item": ("!HAND! = MAN, , MEN\n", "T146", 1),
    "no-words": ("__ [~GOV]\n", "T149", 1),
}


@pytest.mark.parametrize(("text", "code", "line"), list(BAD.values()), ids=list(BAD))
def test_malformed_input_cites_code_path_and_line(text, code, line):
    with pytest.raises(DictionaryError) as info:
        _load(text, "dicts/Bad.agents.txt")
    assert info.value.code == code
    assert f"dicts/Bad.agents.txt:{line}" in str(info.value)
    assert info.value.line == line


def test_skipped_list_skips_bad_lines():
    skipped: list[DictionaryError] = []
    d = _load("LAMPWARDEN [~GOV}\nISLAMIST_SCHOLAR\nENVOY [~QEV]\n", skipped=skipped)
    assert [(e.code, e.line) for e in skipped] == [("T142", 1), ("T141", 2)]
    assert sorted(d.surfaces()) == ["envoy", "envoys"]


def test_read_petrarch_agents_into_an_actor_dictionary(tmp_path):
    path = tmp_path / "Mini.agents.txt"
    path.write_text("LAMPWARDEN [~GOV]\n", encoding="utf-8")
    d = read_petrarch_agents(path)
    assert d.lookup("lampwarden").rule == "Mini.agents.txt:1" and len(d.version) == 12


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "head", "code"),
    [("Valoria's president met the Brennmark lighthouse minister.", dt.date(2020, 1, 1), "president", "VALGOV"),
     ("Valoria's president met the Brennmark lighthouse minister.", dt.date(2020, 1, 1), "minister", "BRMGOVLHM"),
     ("Valorian gendarmes arrested Tomas Quill.", dt.date(2020, 1, 1), "gendarmes", "VALCOP"),
     ("Valorian gendarmes arrested Tomas Quill.", dt.date(2005, 1, 1), "Quill", "VALGOV"),
     ("Valorian gendarmes arrested Tomas Quill.", dt.date(2020, 1, 1), "Quill", "VALELI")],
    ids=["possessor-country-and-title", "modifier-country-and-title", "adjective-and-group", "person-in-office",
         "person-default-later"],
)
def test_imported_actors_and_agents_compose(coder, text, day, head, code):
    """PETRARCH actors and agents in one dictionary, run through the actors stage."""
    d = ActorDictionary()
    parse_petrarch_actors("VALORIA_ [VAL]\n+VALORIAN\nBRENNMARK [BRM]\nTOMAS_QUILL_\n\t[VALGOV 030101-090101]\n"
                          "\t[VALELI]\n", "Test.actors.txt", d)
    parse_petrarch_agents("PRESIDENT_ {PRESIDENTS} [~GOV]\nLIGHTHOUSE_MINISTER [~GOVLHM]\nGENDARMES {} [~COP]\n",
                          "Test.agents.txt", d)
    doc = coder.nlp(parse_text(text))
    index = ActorStage(coder.nlp, d).run(doc, Article("t", text, day))
    token = next(t for t in doc if t.text == head)
    assert [a.code.code for a in index.at(token.i)] == [code]
