"""The places index's on-disk cache (tidings.places.prebuilt): built once, then loaded."""

from __future__ import annotations

import os

from tidings.places import prebuilt
from tidings.places.gazetteer import GeoEntry, PlaceIndex

KISUMU = GeoEntry("Kisumu", 1, -0.1, 34.75, "KEN", "Kisumu", "city", 400_000)
KENYA = GeoEntry("Kenya", 2, 1.0, 38.0, "KEN", "", "country", 50_000_000)


def tiny() -> PlaceIndex:
    return PlaceIndex.of({"kisumu": [KISUMU], "kenya": [KENYA], "republic of kenya": [KENYA]})


def test_built_once_then_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv("TIDINGS_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return tiny()

    first = prebuilt.load_or_build(build)
    second = prebuilt.load_or_build(build)
    assert calls == [1]
    assert len(list(tmp_path.glob("places-*.pickle"))) == 1
    assert second.lookup("Kisumu") == (KISUMU,) == first.lookup("kisumu")
    assert second.lookup("the Republic of Kenya") == (KENYA,)
    assert second.max_words == 3


def test_an_unwritable_cache_still_gives_the_index(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("TIDINGS_CACHE_DIR", str(blocker / "sub"))
    assert prebuilt.load_or_build(tiny).lookup("Kenya") == (KENYA,)


def test_a_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("TIDINGS_CACHE_DIR", str(tmp_path))
    prebuilt.load_or_build(tiny)
    (path,) = tmp_path.glob("places-*.pickle")
    path.write_bytes(b"garbage")
    assert prebuilt.load_or_build(tiny).lookup("Kisumu") == (KISUMU,)


def test_stale_caches_of_other_keys_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("TIDINGS_CACHE_DIR", str(tmp_path))
    old = tmp_path / "places-0000000000000000.pickle"
    recent = tmp_path / "places-1111111111111111.pickle"
    crashed = tmp_path / "places-2222222222222222.123.tmp"
    for f in (old, recent, crashed):
        f.write_bytes(b"x")
    long_ago = 1_000_000_000  # 2001
    os.utime(old, (long_ago, long_ago))
    os.utime(crashed, (long_ago, long_ago))
    prebuilt.load_or_build(tiny)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert old.name not in left and crashed.name not in left
    assert recent.name in left  # another installation's index, in use
    assert len([p for p in left if p.endswith(".pickle")]) == 2


def test_loading_marks_the_cache_as_used(tmp_path, monkeypatch):
    monkeypatch.setenv("TIDINGS_CACHE_DIR", str(tmp_path))
    prebuilt.load_or_build(tiny)
    (path,) = tmp_path.glob("places-*.pickle")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    prebuilt.load_or_build(tiny)
    assert path.stat().st_mtime > 1_000_000_000
