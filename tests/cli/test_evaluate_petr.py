"""``tidings evaluate petr``: the adapter is imported late, JSON and text output, errors and exit codes.

The PETRARCH dictionary adapter (``tidings.dictionaries.petr_adapter``) is someone else's module; these
tests put a fake one in ``sys.modules``.
"""

from __future__ import annotations

import json
import sys
import types

import pytest
from click.testing import CliRunner

from tidings.cli import cli
from tidings.evaluate.petr import PetrCoding

SUITE = """<Validation>
<Environment>
  <Verbfile>toy.verbs.txt</Verbfile>
  <Actorfile>toy.actors.txt</Actorfile>
  <Agentfile>toy.agents.txt</Agentfile>
  <Include>valid TOY ERR</Include>
</Environment>
<Sentences>
<Sentence date="20010203" id="TOY-1" category="TOY" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="051"></EventCoding>
<Text>Arnor praised Gondor.</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="20010203" id="TOY-2" category="TOY" sentence="true">
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="111"></EventCoding>
<Text>Gondor criticised Arnor.</Text>
</Sentence>
<Sentence date="20010203" id="TOY-3" category="TOY" sentence="false">
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="111"></EventCoding>
<Text>Not scored.</Text>
</Sentence>
<Sentence date="20010204" id="ERR-1" category="ERR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>A volleyball match.</Text>
</Sentence>
<Sentence date="20010204" id="ERR-2" category="ERR" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Boom.</Text>
</Sentence>
</Sentences>
</Validation>
"""


class Toy:
    def __init__(self, dictionary_dir, environment) -> None:
        self.dictionary_dir = dictionary_dir
        self.environment = environment
        self.options: list[dict] = []

    def code(self, text, date, options):
        self.options.append(dict(options))
        if text == "Boom.":
            raise KeyError("no such actor")
        if "volleyball" in text:
            return PetrCoding((), "story")
        if text.startswith("Arnor"):
            return PetrCoding((("ARN", "GON", "051"),))
        return PetrCoding((("GON", "ARN", "112"),))


@pytest.fixture
def adapter(monkeypatch):
    made: list[Toy] = []

    def make_petr_coder(dictionary_dir, environment):
        made.append(Toy(dictionary_dir, environment))
        return made[-1]

    module = types.ModuleType("tidings.dictionaries.petr_adapter")
    module.make_petr_coder = make_petr_coder
    monkeypatch.setitem(sys.modules, "tidings.dictionaries.petr_adapter", module)
    return made


@pytest.fixture
def files(tmp_path):
    suite = tmp_path / "toy.xml"
    suite.write_text(SUITE, encoding="utf-8")
    folder = tmp_path / "dicts"
    folder.mkdir()
    return suite, folder


def test_json_report(adapter, files):
    suite, folder = files
    result = CliRunner().invoke(cli, ["evaluate", "petr", str(suite), "--dictionaries", str(folder),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(r["id"], r["passed"]) for r in data["records"]] == [
        ("TOY-1", True), ("TOY-2", False), ("ERR-1", True), ("ERR-2", False)]
    assert data["records"][1]["expected"] == [["GON", "ARN", "111"]]
    assert data["records"][1]["produced"] == [["GON", "ARN", "112"]]
    assert data["records"][3]["crash"].startswith("KeyError")
    s = data["summary"]
    assert (s["records"], s["passed"], s["pass_rate"], s["crashed"], s["skipped"]) == (4, 2, 0.5, 1, 1)
    assert (s["precision"], s["recall"]) == (0.5, 0.5)
    assert s["categories"] == {"TOY": {"records": 2, "passed": 1, "pass_rate": 0.5},
                               "ERR": {"records": 2, "passed": 1, "pass_rate": 0.5}}
    assert s["options"]["changes"] == [{"line": 13, "option": "require_dyad", "value": "false"}]
    (coder,) = adapter
    assert coder.dictionary_dir == folder and coder.environment.verb_file == "toy.verbs.txt"
    assert coder.options == [{}, {"require_dyad": "false"}, {"require_dyad": "false"}, {"require_dyad": "false"}]


def test_text_report_lists_categories_and_failures(adapter, files):
    suite, folder = files
    result = CliRunner().invoke(cli, ["evaluate", "petr", str(suite), "--dictionaries", str(folder)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "records 4, passed 2 (50.00%), crashed 1, skipped 1" in out
    assert "TOY" in out and "ERR" in out
    assert "TOY-2 [TOY] line 14" in out and "ERR-2 [ERR] line 26" in out and "crash KeyError" in out
    assert "TOY-1 [TOY]" not in out


def test_missing_dictionary_file_is_a_clear_error(files):
    suite, folder = files  # the environment names toy.verbs.txt, which the folder lacks
    result = CliRunner().invoke(cli, ["evaluate", "petr", str(suite), "--dictionaries", str(folder)])
    assert result.exit_code == 1
    assert "[T012]" in result.stderr and "toy.verbs.txt" in result.stderr
    assert result.stdout == ""


def test_malformed_file_names_path_and_line(adapter, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text(SUITE.replace("</Text>\n</Sentence>\n<Config", "</Txt>\n</Sentence>\n<Config"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "petr", str(bad), "--dictionaries", str(tmp_path)])
    assert result.exit_code == 1
    assert "[T230]" in result.stderr and f"{bad}:11:" in result.stderr
    assert adapter == []  # the file is read before any dictionary is loaded


def test_dictionaries_option_is_required(files):
    suite, _ = files
    result = CliRunner().invoke(cli, ["evaluate", "petr", str(suite)])
    assert result.exit_code == 2 and "--dictionaries" in result.stderr
