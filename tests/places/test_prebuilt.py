"""The places index's on-disk cache (tidings.places.prebuilt): built once, then loaded."""

from __future__ import annotations

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
