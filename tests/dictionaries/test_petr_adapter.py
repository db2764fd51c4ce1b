"""tidings' coder as PETRARCH's validation harness sees it (tidings.dictionaries.petr_adapter), and a tiny
``tidings evaluate petr`` run on an invented validation file with invented dictionaries (Valoria, Ostland)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from tidings.cli import cli
from tidings.dictionaries.petr_adapter import PetrAdapter, make_petr_coder
from tidings.errors import ConfigError
from tidings.evaluate.petr import PetrCoding
from tidings.evaluate.petr_suite import Environment

VERBS = """\
--- PRAISE [051] ---
PRAISE

--- AGREE [---] ---
AGREE
- % * [030]

--- QUARREL [---] ---
QUARREL
- % * [111]

--- SCOLD [224] ---
SCOLD
"""
ACTORS = "VALORIA_ [VAL]\n+VALORIAN\nOSTLAND_ [OST]\n+OSTLANDER\n"
AGENTS = "GOVERNMENT [~GOV]\n"
DISCARDS = "CROQUET\n+ REGATTA\n"
FILES = {"Toy.verbs.txt": VERBS, "Toy.actors.txt": ACTORS, "Toy.agents.txt": AGENTS, "Toy.discards.txt": DISCARDS}
ENV = Environment("Toy.verbs.txt", ("Toy.actors.txt",), "Toy.agents.txt", discard_file="Toy.discards.txt")
DAY = dt.date(2001, 2, 3)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("petr-dicts")
    for name, text in FILES.items():
        (out / name).write_text(text, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def adapter(folder) -> PetrAdapter:
    return make_petr_coder(folder, ENV)


VAL_OST = ("VAL", "OST")
# id -> (text, options, coding)
CASES = {
    "dyad": ("Valoria praised Ostland.", {}, PetrCoding(((*VAL_OST, "051"),))),
    "missing-target-dropped-by-default": ("Valoria praised.", {}, PetrCoding(())),
    "missing-target-require-dyad-true": ("Valoria praised.", {"require_dyad": "true"}, PetrCoding(())),
    "missing-target-kept-when-dyad-not-required": ("Valoria praised.", {"require_dyad": "false"},
                                                   PetrCoding((("VAL", "---", "051"),))),
    "require-dyad-any-case": ("Valoria praised.", {"require_dyad": "False"}, PetrCoding((("VAL", "---", "051"),))),
    "dyad-unchanged-when-not-required": ("Valoria praised Ostland.", {"require_dyad": "false"},
                                         PetrCoding(((*VAL_OST, "051"),))),
    "duplicates-removed": ("Valoria praised Ostland. Valoria praised Ostland again.", {},
                           PetrCoding(((*VAL_OST, "051"),))),
    "compound-both-directions-in-order": ("Valoria and Ostland agree.", {},
                                          PetrCoding(((*VAL_OST, "030"), ("OST", "VAL", "030")))),
    "null-country-role": ("The government praised Ostland.", {}, PetrCoding((("---GOV", "OST", "051"),))),
    "foreign-code-kept": ("Valoria scolded Ostland.", {}, PetrCoding(((*VAL_OST, "224"),))),
    "sentence-discard": ("Valoria praised Ostland. Valoria scolded Ostland at croquet.", {},
                         PetrCoding(((*VAL_OST, "051"),), "sentence")),
    "story-discard": ("Valoria praised Ostland. The regatta began.", {}, PetrCoding((), "story")),
    "comma-options-ignored": ("Valoria praised Ostland.", {"comma_min": "2", "new_actor_length": "0"},
                              PetrCoding(((*VAL_OST, "051"),))),
}


@pytest.mark.model
@pytest.mark.parametrize(("text", "options", "expected"), list(CASES.values()), ids=list(CASES))
def test_adapter_codes_records(adapter, text, options, expected):
    got = adapter.code(text, DAY, options)
    assert got == expected
    assert all(isinstance(part, str) for triple in got.triples for part in triple)


@pytest.mark.model
def test_adapter_uses_petrarch_semantics_and_only_the_named_files(adapter):
    d = adapter.coder.dictionaries
    assert d.profile.semantics == "petrarch" and d.profile.skip_bad_lines is True
    assert (d.profile.builtin_actors, d.profile.builtin_patterns) == (False, False)
    assert [p.name for p in d.profile.files()] == ["Toy.verbs.txt", "Toy.actors.txt", "Toy.agents.txt",
                                                    "Toy.discards.txt"]


@pytest.mark.model
def test_without_a_discard_file_nothing_is_discarded(folder):
    coder = make_petr_coder(folder, Environment("Toy.verbs.txt", ("Toy.actors.txt",), "Toy.agents.txt"))
    got = coder.code("Valoria praised Ostland. Valoria scolded Ostland at croquet.", DAY, {})
    assert got == PetrCoding(((*VAL_OST, "051"), (*VAL_OST, "224")))


def test_missing_file_is_a_config_error(folder):
    with pytest.raises(ConfigError) as err:
        make_petr_coder(folder, Environment("Nope.verbs.txt", ("Toy.actors.txt",), "Toy.agents.txt"))
    assert err.value.code == "T012" and "Nope.verbs.txt" in err.value.message


# -- tidings evaluate petr, end to end ----------------------------------------------------------------

SUITE = """<Validation>
<Environment>
  <Verbfile>Toy.verbs.txt</Verbfile>
  <Actorfile>Toy.actors.txt</Actorfile>
  <Agentfile>Toy.agents.txt</Agentfile>
  <Discardfile>Toy.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="20010203" id="TOY-1" category="DYAD" sentence="true">
<EventCoding sourcecode="VAL" targetcode="OST" eventcode="051"></EventCoding>
<Text>Valoria praised Ostland.</Text>
</Sentence>
<Sentence date="20010203" id="TOY-2" category="DYAD" sentence="true">
<EventCoding sourcecode="VAL" targetcode="OST" eventcode="030"></EventCoding>
<EventCoding sourcecode="OST" targetcode="VAL" eventcode="030"></EventCoding>
<Text>Valoria and Ostland agree.</Text>
</Sentence>
<Sentence date="20010203" id="TOY-3" category="DYAD" sentence="true">
<EventCoding sourcecode="VAL" targetcode="OST" eventcode="111"></EventCoding>
<Text>Valoria scolded Ostland.</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="20010203" id="TOY-4" category="MONAD" sentence="true">
<EventCoding sourcecode="VAL" targetcode="---" eventcode="051"></EventCoding>
<Text>Valoria praised.</Text>
</Sentence>
<Sentence date="20010204" id="TOY-5" category="DISCARD" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Valoria praised Ostland at the regatta.</Text>
</Sentence>
<Sentence date="20010204" id="TOY-6" category="DISCARD" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Valoria quarrelled with Ostland.</Text>
</Sentence>
</Sentences>
</Validation>
"""


@pytest.mark.model
def test_evaluate_petr_end_to_end(folder, tmp_path):
    suite = tmp_path / "Toy.records.xml"
    suite.write_text(SUITE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "petr", str(suite), "--dictionaries", str(folder),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    s = data["summary"]
    assert (s["records"], s["passed"], s["crashed"], s["skipped"]) == (6, 5, 0, 0)
    assert [(r["id"], r["passed"]) for r in data["records"]] == [
        ("TOY-1", True), ("TOY-2", True), ("TOY-3", False), ("TOY-4", True), ("TOY-5", True), ("TOY-6", True)]
    assert data["records"][2]["produced"] == [["VAL", "OST", "224"]]
    assert s["categories"]["DYAD"] == {"records": 3, "passed": 2, "pass_rate": round(2 / 3, 4)}
