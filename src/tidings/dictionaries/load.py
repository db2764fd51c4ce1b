"""Load the dictionaries a profile names into tidings' one actor model and one pattern model.

Loaded sets are cached per process, keyed by the files and their modification times, so a batch, its
workers and the validation harness read each file once. ``Dictionaries.version`` is a content hash of
everything loaded; every event carries it.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from tidings.actors.dictionary import ActorDictionary, load_builtin
from tidings.dictionaries.petrarch_actors import parse_petrarch_actors
from tidings.dictionaries.petrarch_agents import parse_petrarch_agents
from tidings.dictionaries.petrarch_discards import Discards, parse_petrarch_discards
from tidings.dictionaries.petrarch_issues import Issues, parse_petrarch_issues
from tidings.dictionaries.petrarch_verbs import load_petrarch_verbs
from tidings.dictionaries.profile import DictionaryProfile
from tidings.errors import ConfigError
from tidings.events.patterns import PatternDictionary, load_builtin_patterns

__all__ = ["Dictionaries", "load_dictionaries"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Dictionaries:
    """Everything a coder needs from dictionaries, loaded."""

    actors: ActorDictionary
    patterns: PatternDictionary
    discards: Discards | None
    version: str
    profile: DictionaryProfile
    seconds: float  # time taken to load
    issues: tuple[Issues, ...] = ()  # read and checked; not used for coding yet
    skipped: tuple[str, ...] = ()  # malformed lines left out (skip_bad_lines), as "[T14x] path:line ..." messages


_CACHE: dict[tuple, Dictionaries] = {}


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ConfigError("T018", f"cannot read dictionary {path}: {exc}") from exc


def _merge_actors(into: ActorDictionary, other: ActorDictionary) -> None:
    for entries in other.entries.values():
        for entry in entries:
            into.add(entry)


def _merge_patterns(into: PatternDictionary, other: PatternDictionary) -> None:
    into.extend(p for group in other.by_trigger.values() for p in group)
    for family, table in other.complements.items():
        into.complements.setdefault(family, {}).update(table)
    for name, words in other.classes.items():
        into.classes.setdefault(name, words)


def load_dictionaries(profile: DictionaryProfile) -> Dictionaries:
    """Load (once per process) the dictionaries of ``profile``."""
    key = (profile, tuple(p.stat().st_mtime_ns for p in profile.files()))
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    started = time.perf_counter()
    # with skip_bad_lines, a malformed line is logged and left out (the published Phoenix files have a few);
    # without, the first one stops the load with its path:line
    skipped: list | None = [] if profile.skip_bad_lines else None
    digest = hashlib.sha256()
    actors = ActorDictionary()
    if profile.builtin_actors:
        builtin = load_builtin()
        _merge_actors(actors, builtin)
        digest.update(builtin.version.encode())
    for path in profile.actors:
        text = _read(path)
        digest.update(text.encode())
        parse_petrarch_actors(text, str(path), actors, skipped=skipped)
    for path in profile.agents:
        text = _read(path)
        digest.update(text.encode())
        parse_petrarch_agents(text, str(path), actors, skipped=skipped)
    patterns = PatternDictionary()
    if profile.builtin_patterns:
        builtin_p = load_builtin_patterns()
        _merge_patterns(patterns, builtin_p)
        digest.update(builtin_p.version.encode())
    for path in profile.verbs:
        digest.update(_read(path).encode())
        _merge_patterns(patterns, load_petrarch_verbs(path))
    discards = None
    for path in profile.discards:
        text = _read(path)
        digest.update(text.encode())
        found = parse_petrarch_discards(text, str(path), skipped=skipped)
        discards = found if discards is None else Discards(discards.sentence | found.sentence,
                                                            discards.story | found.story)
    issues = []
    for path in profile.issues:
        text = _read(path)
        digest.update(text.encode())
        issues.append(parse_petrarch_issues(text, str(path), skipped=skipped))
    version = digest.hexdigest()[:12]
    actors.version = patterns.version = version
    seconds = time.perf_counter() - started
    log.info("loaded dictionaries from %s in %.2f s (%d actor entries, %d patterns)", profile.source, seconds,
             len(actors), len(patterns))
    if skipped:
        log.warning("%d malformed dictionary line(s) left out; the first: %s", len(skipped), skipped[0])
    out = Dictionaries(actors, patterns, discards, version, profile, seconds, tuple(issues),
                       tuple(str(e) for e in skipped or ()))
    _CACHE[key] = out
    return out
