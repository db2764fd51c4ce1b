"""Loading a profile's dictionaries (tidings.dictionaries.load): the per-process cache, the content version,
built-in actors joining imported ones, and malformed lines with and without ``skip_bad_lines``.

The dictionary files are invented for these tests (Valoria, Ostland, Karst) in the PETRARCH formats."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from tidings.actors.dictionary import load_builtin
from tidings.dictionaries.load import Dictionaries, load_dictionaries
from tidings.dictionaries.profile import read_profile
from tidings.errors import DictionaryError

ACTORS = "VALORIA_ [VAL]\n+VALORIAN\nOSTLAND_ [OST]\n"
AGENTS = "LAMPWARDEN [~GOV]\n"
VERBS = "--- PRAISE [051] ---\nPRAISE\n- * (FOR +) [051]\n"
DISCARDS = "CROQUET\n+ REGATTA\n"
BAD_ACTORS = "VALORIA_ [VAL]\nOSTLAND_ [OST\nKARST_ [KRS]\n"  # line 2: '[' never closed


def _folder(base: Path, name: str = "dicts", actors: str = ACTORS, extra: str = "") -> Path:
    folder = base / name
    folder.mkdir()
    files = {"Invented.actors.txt": actors, "Invented.agents.txt": AGENTS, "Invented.verbs.txt": VERBS,
             "Invented.discards.txt": DISCARDS}
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    (folder / "profile.toml").write_text(
        'actors = "Invented.actors.txt"\nagents = "Invented.agents.txt"\nverbs = "Invented.verbs.txt"\n'
        'discards = "Invented.discards.txt"\n' + extra, encoding="utf-8")
    return folder


def _load(folder: Path) -> Dictionaries:
    return load_dictionaries(read_profile(folder / "profile.toml"))


def _bump_mtime(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


def test_loaded_files_make_one_value(tmp_path):
    d = _load(_folder(tmp_path))
    assert isinstance(d, Dictionaries)
    assert {"valoria", "valorian", "ostland", "lampwarden", "lampwardens"} == set(d.actors.surfaces())
    assert d.patterns.patterns("praise", "VERB")
    assert d.discards is not None and d.discards.match(["the", "regatta"]) == "story"
    assert len(d.version) == 12 and d.actors.version == d.patterns.version == d.version
    assert d.skipped == () and d.seconds >= 0
    assert (d.profile.builtin_actors, d.profile.builtin_patterns) == (False, False)


def test_same_profile_is_loaded_once(tmp_path):
    folder = _folder(tmp_path)
    first = _load(folder)
    assert _load(folder) is first  # an equal profile read again: the cached value
    assert load_dictionaries(first.profile) is first


def test_changed_file_is_reloaded(tmp_path):
    folder = _folder(tmp_path)
    first = _load(folder)
    _bump_mtime(folder / "Invented.agents.txt")
    touched = _load(folder)
    assert touched is not first
    assert touched.version == first.version  # same content, same version
    (folder / "Invented.actors.txt").write_text(ACTORS + "KARST_ [KRS]\n", encoding="utf-8")
    _bump_mtime(folder / "Invented.actors.txt")
    edited = _load(folder)
    assert edited is not touched and edited.version != first.version
    assert edited.actors.lookup("karst", "Karst").code.code == "KRS"
    assert _load(folder) is edited


@pytest.mark.parametrize(
    ("file", "text"),
    [
        pytest.param("Invented.actors.txt", ACTORS + "KARST_ [KRS]\n", id="actors"),
        pytest.param("Invented.agents.txt", AGENTS + "HARBOUR_MASTER [~GOV]\n", id="agents"),
        pytest.param("Invented.verbs.txt", VERBS + "- * (WITH +) [042]\n", id="verbs"),
        pytest.param("Invented.discards.txt", DISCARDS + "POLO\n", id="discards"),
    ],
)
def test_version_changes_with_content(tmp_path, file, text):
    same = _load(_folder(tmp_path, "a"))
    copy = _load(_folder(tmp_path, "b"))
    assert copy is not same and copy.version == same.version  # the version hashes content, not paths
    other = _folder(tmp_path, "c")
    (other / file).write_text(text, encoding="utf-8")
    assert _load(other).version != same.version


def test_builtin_actors_join_imported_ones(tmp_path):
    imported = _load(_folder(tmp_path, "alone"))
    merged = _load(_folder(tmp_path, "merged", extra="builtin_actors = true\n"))
    builtin = load_builtin()
    assert merged.profile.builtin_actors is True
    assert merged.actors.lookup("valoria", "Valoria").code.code == "VAL"
    assert merged.actors.lookup("france", "France").code.code == "FRA"
    assert imported.actors.lookup("france", "France") is None
    assert len(merged.actors) == len(builtin) + len(imported.actors)
    assert merged.version != imported.version
    assert not merged.patterns.patterns("attack", "VERB")  # verbs imported: no built-in patterns


def test_builtin_patterns_when_no_verbs_are_imported(tmp_path):
    folder = tmp_path / "actors-only"
    folder.mkdir()
    (folder / "Invented.actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "profile.toml").write_text('actors = "Invented.actors.txt"\n', encoding="utf-8")
    d = _load(folder)
    assert (d.profile.builtin_actors, d.profile.builtin_patterns) == (False, True)
    assert d.patterns.patterns("attack", "VERB")
    assert d.discards is None


def test_malformed_line_stops_loading_with_path_and_line(tmp_path):
    folder = _folder(tmp_path, actors=BAD_ACTORS)
    with pytest.raises(DictionaryError) as err:
        _load(folder)
    path = str((folder / "Invented.actors.txt").resolve())
    assert err.value.code == "T142"
    assert (err.value.path, err.value.line) == (path, 2)
    assert f"{path}:2" in str(err.value)


def test_skip_bad_lines_leaves_the_line_out_and_lists_it(tmp_path, caplog):
    folder = _folder(tmp_path, actors=BAD_ACTORS, extra="skip_bad_lines = true\n")
    with caplog.at_level(logging.WARNING, logger="tidings.dictionaries"):
        d = _load(folder)
    path = str((folder / "Invented.actors.txt").resolve())
    (message,) = d.skipped
    assert message.startswith("[T142] ") and message.endswith(f"{path}:2")
    assert d.actors.lookup("karst", "Karst").code.code == "KRS"  # the lines after it are read
    assert d.actors.lookup("ostland", "Ostland") is None
    assert "1 malformed dictionary line(s) left out" in caplog.text


def test_skip_bad_lines_in_discards(tmp_path):
    folder = _folder(tmp_path, extra="skip_bad_lines = true\n")
    (folder / "Invented.discards.txt").write_text("CROQUET\n+ \nPOLO\n", encoding="utf-8")
    d = _load(folder)
    path = str((folder / "Invented.discards.txt").resolve())
    assert [m.split(" ")[0] for m in d.skipped] == ["[T149]"] and d.skipped[0].endswith(f"{path}:2")
    assert d.discards.sentence == {("croquet",), ("polo",)}
