"""Dictionary profiles: TOML files, directories of PETRARCH files, and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.dictionaries.profile import DictionaryProfile, profile_from_dir, read_profile, resolve_profile
from tidings.errors import ConfigError


def _touch(directory: Path, *names: str) -> None:
    for name in names:
        (directory / name).write_text("# invented\n", encoding="utf-8")


def test_profile_file_paths_are_relative_to_it(tmp_path: Path) -> None:
    _touch(tmp_path, "my.verbs.txt", "a.actors.txt", "b.actors.txt", "my.agents.txt")
    prof = tmp_path / "profile.toml"
    prof.write_text('format = "petrarch"\nverbs = "my.verbs.txt"\nactors = ["a.actors.txt", "b.actors.txt"]\n'
                    'agents = "my.agents.txt"\n', encoding="utf-8")
    p = read_profile(prof)
    assert [x.name for x in p.actors] == ["a.actors.txt", "b.actors.txt"]
    assert p.verbs == ((tmp_path / "my.verbs.txt").resolve(),)
    # importing actors and verbs switches the built-ins off unless the profile asks for them
    assert (p.builtin_actors, p.builtin_patterns) == (False, False)


def test_builtin_flags_are_explicit_when_given(tmp_path: Path) -> None:
    _touch(tmp_path, "x.actors.txt")
    prof = tmp_path / "p.toml"
    prof.write_text('actors = "x.actors.txt"\nbuiltin_actors = true\n', encoding="utf-8")
    p = read_profile(prof)
    assert p.builtin_actors is True and p.builtin_patterns is True  # no verbs imported: built-in patterns


def test_directory_is_scanned_by_file_names(tmp_path: Path) -> None:
    _touch(tmp_path, "CAMEO.2.0.txt", "Z.Countries.actors.txt", "Z.agents.txt", "Z.discards.txt",
           "Z.IssueCoding.txt", "notes.md")
    p = resolve_profile(tmp_path)
    assert [x.name for x in p.verbs] == ["CAMEO.2.0.txt"]
    assert [x.name for x in p.issues] == ["Z.IssueCoding.txt"]
    assert len(p.files()) == 5


def test_directory_with_profile_toml_uses_it(tmp_path: Path) -> None:
    _touch(tmp_path, "one.actors.txt", "two.actors.txt")
    (tmp_path / "profile.toml").write_text('actors = "two.actors.txt"\n', encoding="utf-8")
    assert [x.name for x in resolve_profile(tmp_path).actors] == ["two.actors.txt"]


def test_named_files_from_an_environment(tmp_path: Path) -> None:
    _touch(tmp_path, "V.verbs.txt", "A.actors.txt", "Other.actors.txt")
    p = profile_from_dir(tmp_path, {"verbs": ["V.verbs.txt"], "actors": ["A.actors.txt"]})
    assert [x.name for x in p.actors] == ["A.actors.txt"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        pytest.param('verbs = "missing.txt"\n', "T012", id="missing-file"),
        pytest.param('vrebs = "x.txt"\n', "T014", id="unknown-key"),
        pytest.param('format = "tabari-xml"\n', "T015", id="unknown-format"),
        pytest.param("actors = 3\n", "T011", id="not-a-path"),
        pytest.param('builtin_actors = "yes"\n', "T011", id="flag-not-bool"),
        pytest.param("verbs = [\n", "T013", id="bad-toml"),
    ],
)
def test_bad_profiles_name_the_file(tmp_path: Path, body: str, code: str) -> None:
    prof = tmp_path / "bad.toml"
    prof.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        read_profile(prof)
    assert err.value.code == code
    assert "bad.toml" in err.value.message or "missing.txt" in err.value.message


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        resolve_profile(tmp_path)
    assert err.value.code == "T016"


def test_two_verb_files_need_a_profile(tmp_path: Path) -> None:
    _touch(tmp_path, "a.verbs.txt", "CAMEO.2.0.txt")
    with pytest.raises(ConfigError) as err:
        resolve_profile(tmp_path)
    assert err.value.code == "T017"


def test_missing_target(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        resolve_profile(tmp_path / "nowhere")
    assert err.value.code == "T012"


def test_profile_is_hashable_for_the_cache() -> None:
    assert hash(DictionaryProfile()) == hash(DictionaryProfile())
