"""The command-line interface (tidings.cli): help texts, exit codes, and where data and errors go.

Invocations of ``code`` build a Coder each, so only a few are made here.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tidings import __version__
from tidings.cli import cli
from tidings.export import EVENT_COLUMNS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"


def _walk(group: click.Group, path: tuple[str, ...] = ()):
    yield path, group
    for name, cmd in sorted(group.commands.items()):
        if isinstance(cmd, click.Group):
            yield from _walk(cmd, (*path, name))
        else:
            yield (*path, name), cmd


COMMANDS = list(_walk(cli))
IDS = [" ".join(p) or "tidings" for p, _ in COMMANDS]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_is_walked():
    assert {"code", "info", "codebook", "evaluate", "evaluate events", "evaluate plover", "evaluate petr",
            "evaluate timex", "evaluate places", "evaluate quotes", "evaluate articles", "ingest", "export", "query",
            "query events", "query counts", "query top-actors"} <= set(IDS)


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_help_has_an_example(path, command):
    assert command.help and "Example" in command.help


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_help_option_exits_zero(runner, path, command):
    result = runner.invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout
    assert "Usage:" in result.stdout


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_unknown_command_is_a_usage_error(runner):
    result = runner.invoke(cli, ["decode"])
    assert result.exit_code == 2


@pytest.mark.model
def test_info_json(runner):
    result = runner.invoke(cli, ["info", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"version", "model"} <= set(data)
    assert data["version"] == __version__
    assert data["actor_entries"] > 2000


def test_codebook_lookup(runner):
    result = runner.invoke(cli, ["codebook", "0232"])
    assert result.exit_code == 0
    assert "Appeal for military aid" in result.stdout
    assert result.stdout.startswith("0232")


def test_codebook_root_lists_children_as_json(runner):
    result = runner.invoke(cli, ["codebook", "19", "--format", "json"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["code"] for r in rows][:2] == ["19", "190"]
    assert all(isinstance(r["code"], str) and r["quad"] == 4 for r in rows)


def test_codebook_unknown_code(runner):
    result = runner.invoke(cli, ["codebook", "9999"])
    assert result.exit_code != 0
    assert "T101" in result.stderr and "9999" in result.stderr
    assert result.stdout == ""


def test_codebook_unknown_root(runner):
    result = runner.invoke(cli, ["codebook", "99"])
    assert result.exit_code != 0
    assert "99" in result.stderr


def test_code_bad_date_is_a_usage_error(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Russia attacked Ukraine.", encoding="utf-8")
    result = runner.invoke(cli, ["code", "--date", "29/06/2024", str(path)])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_code_without_input_is_a_usage_error(runner):
    assert runner.invoke(cli, ["code"]).exit_code == 2


# -- the invocations below load a Coder (at most four) ---------------------------------------------------


@pytest.mark.model
def test_code_json_reports_bad_line_and_keeps_going(runner, tmp_path):
    path = tmp_path / "batch.jsonl"
    good = {"id": "good", "date": "2024-06-29", "text": "Russia attacked Ukraine on Friday."}
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    result = runner.invoke(cli, ["code", "--format", "json", str(path)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["id"] == "good"
    assert [(e["source"]["code"], e["target"]["code"], e["cameo"]["code"]) for e in lines[0]["events"]] == [
        ("RUS", "UKR", "190")]
    assert lines[0]["events"][0]["date"] == "2024-06-28"
    assert lines[1]["errors"][0]["line"] == 2
    assert f"{path}:2" in result.stderr
    assert result.stderr.count("tidings: error") == 1 and "[T202]" in result.stderr


@pytest.mark.model
def test_code_table_on_examples(runner):
    result = runner.invoke(cli, ["code", "--format", "table", str(EXAMPLES)])
    assert result.exit_code == 0, result.stderr
    assert "0232" in result.stdout
    assert result.stdout.splitlines()[0].split()[:3] == ["article", "date", "source"]
    assert result.stdout.rstrip().endswith("events")


@pytest.mark.model
def test_code_events_tsv_has_header(runner, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("France and Germany condemned Iran.", encoding="utf-8")
    result = runner.invoke(cli, ["code", "--format", "events", "--date", "2024-06-29", str(path)])
    assert result.exit_code == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == EVENT_COLUMNS
    assert {(r[2], r[3], r[4]) for r in rows[1:]} == {("FRA", "IRN", "111"), ("DEU", "IRN", "111")}
    assert all(r[1] == "2024-06-29" for r in rows[1:])


def test_code_reads_a_settings_file_and_rejects_unknown_keys(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text("keep_unasserted = true\n", encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text("bogus = 1\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Russia did not attack Ukraine on Monday.", encoding="utf-8")
    runner = CliRunner()
    kept = runner.invoke(cli, ["code", "--config", str(good), "--date", "2024-06-29", "--format", "json", str(article)])
    assert kept.exit_code == 0, kept.output
    events = json.loads(kept.stdout.splitlines()[0])["events"]
    assert events and all(e["negated"] for e in events)
    refused = runner.invoke(cli, ["code", "--config", str(bad), str(article)])
    assert refused.exit_code == 1 and "T001" in refused.output


def test_export_parquet_needs_out(runner, tmp_path):
    result = runner.invoke(cli, ["export", "--db", str(tmp_path / "t.db"), "--format", "parquet"])
    assert result.exit_code == 2 and "--out" in result.output


def test_query_on_an_empty_store(runner, tmp_path):
    result = runner.invoke(cli, ["query", "top-actors", "--db", str(tmp_path / "t.db"), "--format", "csv"])
    assert result.exit_code == 0 and result.stdout == "actor,as_source,as_target,events\n"
