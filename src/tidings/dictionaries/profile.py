"""Dictionary profiles: which actor, agent, verb and discard dictionaries a coding run uses.

A profile is a small TOML file; paths are relative to the file::

    # tidings dictionary profile
    format = "petrarch"                   # the format of the files listed below
    verbs = "CAMEO.2.0.txt"               # one file or a list
    actors = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"]
    agents = "Phoenix.agents.txt"
    discards = "Phoenix.discards.txt"
    issues = "Phoenix.IssueCoding.txt"
    builtin_actors = false                # also use tidings' own actor dictionaries
    builtin_patterns = false              # also use tidings' own verb patterns
    skip_bad_lines = false                # log and leave out malformed lines instead of stopping
    semantics = "tidings"                 # or "petrarch": code only what the sentence names (below)

``semantics = "petrarch"`` codes the way PETRARCH does: a role without a named country is coded with
the null country (``---GOV``) instead of the article's country, an event without a named target takes
the first actor in the verb's phrase instead of a place or the doer's own country, and no gazetteer is
used. The default, ``"tidings"``, infers those from context.

A malformed line stops loading with an error naming ``path:line`` and what was expected, unless
``skip_bad_lines = true`` (the published Phoenix files have a few dozen such lines; PETRARCH skipped
them silently, tidings logs each). ``builtin_actors``/``builtin_patterns`` default to true when the
profile imports nothing of that kind, else false. ``tidings code --dictionaries`` takes a profile file
or a directory: a directory with a ``profile.toml`` uses it; any other directory is scanned for
PETRARCH files by their usual names (``*.verbs.txt`` or ``CAMEO*.txt``, ``*.actors.txt``,
``*.agents.txt``, ``*.discards.txt``, ``*Issue*.txt``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from tidings.errors import ConfigError

__all__ = ["DictionaryProfile", "read_profile", "profile_from_dir", "resolve_profile"]

_FORMATS = ("petrarch",)
_LIST_KEYS = ("verbs", "actors", "agents", "discards", "issues")
_BOOL_KEYS = ("builtin_actors", "builtin_patterns", "skip_bad_lines")
_SEMANTICS = ("tidings", "petrarch")


@dataclass(frozen=True, slots=True)
class DictionaryProfile:
    """The dictionary files of a run, as absolute paths, and whether built-in dictionaries join them."""

    format: str = "petrarch"
    verbs: tuple[Path, ...] = ()
    actors: tuple[Path, ...] = ()
    agents: tuple[Path, ...] = ()
    discards: tuple[Path, ...] = ()
    issues: tuple[Path, ...] = ()
    builtin_actors: bool = True
    builtin_patterns: bool = True
    skip_bad_lines: bool = False
    semantics: str = "tidings"
    source: str = ""  # the profile file or directory it came from

    def files(self) -> tuple[Path, ...]:
        return (*self.verbs, *self.actors, *self.agents, *self.discards, *self.issues)


def _paths(value, key: str, base: Path, where: str) -> tuple[Path, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise ConfigError("T011", f"{where}: {key} must be a path or a list of paths, got {value!r}")
    out = []
    for item in items:
        path = (base / item).resolve()
        if not path.is_file():
            raise ConfigError("T012", f"{where}: {key} names {item!r}, but {path} is not a file")
        out.append(path)
    return tuple(out)


def read_profile(path: str | Path) -> DictionaryProfile:
    """Read and check a profile TOML file; every listed file must exist."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError("T013", f"cannot read dictionary profile {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("T013", f"{path}: not valid TOML: {exc}") from exc
    known = {"format", "semantics", *_LIST_KEYS, *_BOOL_KEYS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError("T014", f"{path}: unknown key(s) {', '.join(unknown)}; expected some of {sorted(known)}")
    fmt = data.get("format", "petrarch")
    if fmt not in _FORMATS:
        raise ConfigError("T015", f"{path}: format {fmt!r} is not supported; expected one of {list(_FORMATS)}")
    semantics = data.get("semantics", "tidings")
    if semantics not in _SEMANTICS:
        raise ConfigError("T015", f"{path}: semantics {semantics!r} is not supported; "
                          f"expected one of {list(_SEMANTICS)}")
    lists = {k: _paths(data[k], k, path.parent, str(path)) for k in _LIST_KEYS if k in data}
    flags = {}
    for key in _BOOL_KEYS:
        if key in data and not isinstance(data[key], bool):
            raise ConfigError("T011", f"{path}: {key} must be true or false, got {data[key]!r}")
        flags[key] = data.get(key)
    return _build(fmt, lists, flags, str(path), semantics)


def _build(fmt: str, lists: dict, flags: dict, source: str, semantics: str) -> DictionaryProfile:
    actors = bool(lists.get("actors") or lists.get("agents"))
    patterns = bool(lists.get("verbs"))
    return DictionaryProfile(
        format=fmt,
        **{k: lists.get(k, ()) for k in _LIST_KEYS},
        builtin_actors=(not actors) if flags.get("builtin_actors") is None else flags["builtin_actors"],
        builtin_patterns=(not patterns) if flags.get("builtin_patterns") is None else flags["builtin_patterns"],
        skip_bad_lines=bool(flags.get("skip_bad_lines")),
        semantics=semantics,
        source=source,
    )


def _kind(name: str) -> str:
    low = name.lower()
    if not low.endswith(".txt"):
        return ""
    if low.endswith(".verbs.txt") or low.startswith("cameo"):
        return "verbs"
    for kind in ("actors", "agents", "discards"):
        if low.endswith(f".{kind}.txt"):
            return kind
    return "issues" if "issue" in low else ""


def profile_from_dir(directory: str | Path, names: dict[str, list[str]] | None = None,
                     skip_bad_lines: bool = False, semantics: str = "tidings") -> DictionaryProfile:
    """A profile for a directory of PETRARCH files: the files in ``names`` (kind -> file names, as a
    validation file's environment lists them), else every file recognised by its name."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ConfigError("T012", f"dictionary directory {directory} does not exist")
    lists: dict[str, tuple[Path, ...]] = {}
    if names is not None:
        for kind, files in names.items():
            if kind not in _LIST_KEYS:
                raise ConfigError("T014", f"unknown dictionary kind {kind!r}; expected one of {list(_LIST_KEYS)}")
            lists[kind] = _paths(files, kind, directory, str(directory))
    else:
        found: dict[str, list[Path]] = {}
        for p in sorted(directory.iterdir()):
            kind = _kind(p.name)
            if kind and p.is_file():
                found.setdefault(kind, []).append(p.resolve())
        lists = {k: tuple(v) for k, v in found.items()}
        if not lists:
            raise ConfigError("T016", f"{directory} holds no profile.toml and no PETRARCH dictionary files "
                              "(*.verbs.txt, CAMEO*.txt, *.actors.txt, *.agents.txt, *.discards.txt)")
        if len(lists.get("verbs", ())) > 1:
            listed = ", ".join(p.name for p in lists["verbs"])
            raise ConfigError("T017", f"{directory} holds several verb dictionaries ({listed}); "
                              "write a profile.toml that names the one to use")
    return _build("petrarch", lists, {"skip_bad_lines": skip_bad_lines}, str(directory), semantics)


def resolve_profile(target: str | Path) -> DictionaryProfile:
    """``--dictionaries``: a profile file, a directory with ``profile.toml``, or a directory of files."""
    target = Path(target)
    if target.is_dir():
        inner = target / "profile.toml"
        return read_profile(inner) if inner.is_file() else profile_from_dir(target)
    if target.is_file():
        return read_profile(target)
    raise ConfigError("T012", f"--dictionaries {target}: no such profile file or directory")
