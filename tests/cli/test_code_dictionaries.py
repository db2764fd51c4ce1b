"""``tidings code --dictionaries``: coding with invented PETRARCH-format dictionaries (Valoria, Ostland) named by
a profile or a directory, and the errors of bad profiles and dictionary files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import cli
from tidings.export import EVENT_COLUMNS

VERBS = "--- PRAISE [051] ---\nPRAISE\n- * (FOR +) [051]\n\n--- SCOLD [224] ---\nSCOLD\n"
ACTORS = "VALORIA_ [VAL]\n+VALORIAN\nOSTLAND_ [OST]\n"
AGENTS = "GOVERNMENT [~GOV]\n"
FILES = {"Invented.verbs.txt": VERBS, "Invented.actors.txt": ACTORS, "Invented.agents.txt": AGENTS}
PROFILE = 'verbs = "Invented.verbs.txt"\nactors = "Invented.actors.txt"\nagents = "Invented.agents.txt"\n'
ARTICLE = "Valoria praised Ostland. Valoria scolded Ostland.\n"


def _setup(tmp_path: Path, profile: str = PROFILE, files: dict[str, str] = FILES) -> tuple[Path, Path]:
    folder = tmp_path / "dicts"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "profile.toml").write_text(profile, encoding="utf-8")
    article = tmp_path / "report.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return folder, article


def _invoke(*args: str):
    return CliRunner().invoke(cli, ["code", "--date", "2024-05-01", *args])


def _triples(stdout: str) -> list[tuple[str, str, str]]:
    (line,) = stdout.splitlines()
    data = json.loads(line)
    assert data["errors"] == []
    return [(e["source"]["code"], e["target"]["code"], e["cameo"]["code"]) for e in data["events"]]


@pytest.mark.model
@pytest.mark.parametrize(
    "which",
    [
        pytest.param("profile-file", id="profile-file"),
        pytest.param("directory-with-profile", id="directory-with-profile"),
        pytest.param("directory-of-files", id="directory-of-files"),
    ],
)
def test_code_with_invented_dictionaries(tmp_path, which):
    folder, article = _setup(tmp_path)
    if which == "directory-of-files":
        (folder / "profile.toml").unlink()
    target = folder / "profile.toml" if which == "profile-file" else folder
    result = _invoke("--dictionaries", str(target), "--format", "json", str(article))
    assert result.exit_code == 0, result.output
    assert _triples(result.stdout) == [("VAL", "OST", "051"), ("VAL", "OST", "224")]


@pytest.mark.model
def test_events_format_with_a_foreign_code(tmp_path):
    folder, article = _setup(tmp_path)
    result = _invoke("--dictionaries", str(folder), "--format", "events", str(article))
    assert result.exit_code == 0, result.output
    header, praised, scolded = result.stdout.splitlines()
    assert header.split("\t") == EVENT_COLUMNS
    rows = [dict(zip(EVENT_COLUMNS, line.split("\t"), strict=True)) for line in (praised, scolded)]
    assert [(r["cameo"], r["goldstein"]) for r in rows] == [("051", "+3.4"), ("224", "")]


@pytest.mark.model
def test_petrarch_semantics_from_the_profile(tmp_path):
    folder, article = _setup(tmp_path, 'semantics = "petrarch"\n' + PROFILE)
    article.write_text("The government praised Ostland.\n", encoding="utf-8")
    result = _invoke("--dictionaries", str(folder), "--format", "json", str(article))
    assert result.exit_code == 0, result.output
    assert _triples(result.stdout) == [("---GOV", "OST", "051")]


# id -> (profile text, files, error code, text the message must hold)
BAD = {
    "unknown-key": ('vrebs = "Invented.verbs.txt"\n', FILES, "[T014]", "profile.toml"),
    "bad-toml": ("verbs = [\n", FILES, "[T013]", "profile.toml"),
    "unknown-semantics": ('semantics = "tabari"\n' + PROFILE, FILES, "[T015]", "profile.toml"),
    "flag-not-bool": ('builtin_actors = "yes"\n' + PROFILE, FILES, "[T011]", "profile.toml"),
    "missing-file": (PROFILE.replace("Invented.agents.txt", "Missing.agents.txt"), FILES, "[T012]",
                     "Missing.agents.txt"),
    "malformed-dictionary-line": (PROFILE, {**FILES, "Invented.actors.txt": "VALORIA_ [VAL]\nOSTLAND_ [OST\n"},
                                  "[T142]", "Invented.actors.txt:2"),
}


@pytest.mark.parametrize(("profile", "files", "code", "where"), list(BAD.values()), ids=list(BAD))
def test_bad_profile_exits_1_naming_the_file(tmp_path, profile, files, code, where):
    folder, article = _setup(tmp_path, profile, files)
    result = _invoke("--dictionaries", str(folder / "profile.toml"), str(article))
    assert result.exit_code == 1, result.output
    assert code in result.stderr and where in result.stderr
    assert result.stdout == ""


def test_missing_dictionaries_path_is_a_usage_error(tmp_path):
    _, article = _setup(tmp_path)
    result = _invoke("--dictionaries", str(tmp_path / "nowhere.toml"), str(article))
    assert result.exit_code == 2 and "--dictionaries" in result.stderr


def test_directory_without_dictionary_files_exits_1(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    _, article = _setup(tmp_path)
    result = _invoke("--dictionaries", str(empty), str(article))
    assert result.exit_code == 1 and "[T016]" in result.stderr and str(empty) in result.stderr


def test_help_mentions_dictionaries():
    result = CliRunner().invoke(cli, ["code", "--help"])
    assert result.exit_code == 0
    assert "--dictionaries" in result.stdout and "PROFILE_OR_DIR" in result.stdout
    assert "tidings code --dictionaries" in result.stdout  # the example
