"""The actor dictionary model and its loader for tidings' own TSV files.

An ``ActorDictionary`` maps surface forms (token sequences, case rules below) to ``ActorEntry`` values:
countries and their adjectives and capitals, metonyms (White House), organisations, armed groups,
agent (role) words and known people with validity dates. Built-in data lives in ``actors/data``;
the PETRARCH importers (``tidings.dictionaries.petrarch_actors`` and ``petrarch_agents``) fill the same model.

Case rule: a surface written in capitals (``US``, ``UN``) only matches the same capitals; a surface
starting with a capital (``Pakistan``, ``House``) needs a capital first letter; a lower-case surface
(``police``) matches any case.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from tidings.errors import DictionaryError
from tidings.records import ActorCode
from tidings.tsv import read_rows

__all__ = ["ActorEntry", "ActorDictionary", "EntryFlag", "load_builtin", "parse_tsv_file", "KINDS", "NULL_KIND"]

KINDS = ("country", "adjective", "capital", "metonym", "organisation", "group", "agent", "person", "surname")
#: a name the dictionary knows but codes as nothing (PETRARCH's null code ``[---]``); its code is ``ActorCode()``.
#: The built-in files have none; a match still claims its words, so no shorter entry inside it matches.
NULL_KIND = "null"


class EntryFlag(enum.Flag):
    """Facts about how an entry was written that its kind and code do not say (imported dictionaries)."""

    NONE = 0
    AGENT_PREFIX = enum.auto()  # an agent code that goes before the actor's (PETRARCH ``[NGO~]``), not after
    EXACT_WORD = enum.auto()  # the source marked the phrase as whole words only (TABARI trailing ``_``)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One surface form and what it means. ``role_kind`` is person|group for agent words; ``flags`` says
    how an imported entry was written (``EntryFlag``)."""

    surface: str
    kind: str
    code: ActorCode
    rule: str  # file:line of the entry
    name: str = ""
    role_kind: str = ""
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    flags: EntryFlag = EntryFlag.NONE

    @property
    def agent_prefix(self) -> bool:
        return EntryFlag.AGENT_PREFIX in self.flags

    @property
    def exact_word(self) -> bool:
        return EntryFlag.EXACT_WORD in self.flags

    def bounded(self) -> bool:
        return self.valid_from is not None or self.valid_to is not None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.valid_to is None
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day >= self.valid_to)

    def matches_case(self, text: str) -> bool:
        s = self.surface
        if len(s) > 1 and s.replace(".", "").replace("-", "").isupper():
            return text.replace(" ", "") == s.replace(" ", "")
        if s[:1].isupper():
            return text[:1].isupper()
        return True


@dataclass(slots=True)
class ActorDictionary:
    """Surface form (lower-cased) -> entries. Several entries may share a surface (date-bounded)."""

    entries: dict[str, list[ActorEntry]] = field(default_factory=dict)
    version: str = ""

    def add(self, entry: ActorEntry) -> None:
        key = " ".join(entry.surface.lower().split())
        self.entries.setdefault(key, []).append(entry)

    def lookup(self, surface: str, text: str | None = None, day: dt.date | None = None) -> ActorEntry | None:
        """The entry for ``surface`` valid on ``day`` whose case rule accepts ``text``. Among several
        valid ones, a date-bounded entry outranks an open one (a default such as PETRARCH's undated
        code), then the order they were added decides."""
        found = self.entries.get(" ".join(surface.lower().split()), ())
        text = surface if text is None else text
        cased = [e for e in found if e.matches_case(text)]
        dated = [e for e in cased if e.valid_on(day)]
        dated = [e for e in dated if e.bounded()] or dated
        if not dated and day is None:
            # undated: a full name's latest entry; a bare surname only when all its holders share a code
            dated = [e for e in cased if e.kind != "surname" or len({x.code for x in cased}) == 1]
        if not dated and day is not None:
            # a person known by full name, out of office on that day, is still of that country: an elite
            people = [e for e in cased if e.kind == "person"]
            if people:
                e = people[-1]
                code = ActorCode(e.code.country, ("ELI",)) if e.code.country not in ("", "IGO", "NGO") else e.code
                return dataclasses.replace(e, code=code, rule=e.rule + "+out-of-office", valid_from=None,
                                           valid_to=None)
        return dated[0] if dated else None

    def surfaces(self) -> Iterable[str]:
        return self.entries.keys()

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())


_HEADERS = {
    "countries.tsv": ["code", "names", "adjectives", "capitals"],
    "metonyms.tsv": ["name", "code"],
    "organisations.tsv": ["code", "country", "names"],
    "groups.tsv": ["code", "country", "names"],
    "agents.tsv": ["words", "role", "kind"],
    "people.tsv": ["names", "code", "valid_from", "valid_to", "title"],
}


def _code(value: str, path: str, no: int) -> ActorCode:
    try:
        return ActorCode.parse(value)
    except ValueError:
        raise DictionaryError("T111", f"expected a CAMEO actor code, got {value!r}", path, no) from None


def _date(value: str, path: str, no: int) -> dt.date | None:
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise DictionaryError("T112", f"expected a date YYYY-MM-DD, got {value!r}", path, no) from None


def _names(value: str) -> list[str]:
    return [n.strip() for n in value.split("|") if n.strip()]


def _rows(text: str, path: str, header: list[str]) -> Iterable[tuple[int, list[str]]]:
    return read_rows(text, path, header, ("T110", "T113"))


def parse_tsv_file(kind_file: str, text: str, path: str, into: ActorDictionary) -> None:
    """Parse one built-in actor TSV (its base name says which schema) into ``into``."""
    header = _HEADERS.get(kind_file)
    if header is None:
        raise DictionaryError("T114", f"unknown actor file {kind_file!r}; expected one of {sorted(_HEADERS)}", path)
    base = Path(path).name
    for no, cols in _rows(text, path, header):
        rule = f"{base}:{no}"
        if kind_file == "countries.tsv":
            code = _code(cols[0], path, no)
            names = _names(cols[1])
            for n in names:
                into.add(ActorEntry(n, "country", code, rule, names[0] if names else n))
            for n in _names(cols[2]):
                into.add(ActorEntry(n, "adjective", code, rule, names[0] if names else n))
            for n in _names(cols[3]):
                into.add(ActorEntry(n, "capital", code.with_roles(("GOV",)), rule, n))
        elif kind_file == "metonyms.tsv":
            code = _code(cols[1], path, no)
            for n in _names(cols[0]):
                into.add(ActorEntry(n, "metonym", code, rule, _names(cols[0])[0]))
        elif kind_file in ("organisations.tsv", "groups.tsv"):
            code = _code(cols[0], path, no)
            kind = "organisation" if kind_file == "organisations.tsv" else "group"
            names = _names(cols[2])
            for n in names:
                into.add(ActorEntry(n, kind, code, rule, names[0]))
        elif kind_file == "agents.tsv":
            role = cols[1].strip().upper()
            if len(role) != 3 or not role.isalpha():
                raise DictionaryError("T115", f"expected a 3-letter role code, got {cols[1]!r}", path, no)
            if cols[2] not in ("person", "group"):
                raise DictionaryError("T116", f"expected kind 'person' or 'group', got {cols[2]!r}", path, no)
            for n in _names(cols[0]):
                into.add(ActorEntry(n, "agent", ActorCode("", (role,)), rule, n, cols[2]))
        else:  # people.tsv
            code = _code(cols[1], path, no)
            start, end = _date(cols[2], path, no), _date(cols[3], path, no)
            names = _names(cols[0])
            for n in names:
                into.add(ActorEntry(n, "person", code, rule, names[0], "person", start, end))


@cache
def load_builtin() -> ActorDictionary:
    """The packaged actor dictionaries, loaded once per process."""
    into = ActorDictionary()
    digest = hashlib.sha256()
    pkg = resources.files("tidings.actors").joinpath("data")
    for name in _HEADERS:
        res = pkg.joinpath(name)
        text = res.read_text(encoding="utf-8")
        digest.update(text.encode())
        parse_tsv_file(name, text, str(res), into)
    add_surnames(into)
    into.version = digest.hexdigest()[:12]
    return into


#: surnames that are everyday words at the start of a sentence
_WORD_SURNAMES = frozenset("major may begin power young long little best good hope king day law".split())


def _overlap(a: ActorEntry, b: ActorEntry) -> bool:
    a_end, b_end = a.valid_to or dt.date.max, b.valid_to or dt.date.max
    return (a.valid_from or dt.date.min) < b_end and (b.valid_from or dt.date.min) < a_end


def add_surnames(into: ActorDictionary) -> None:
    """Known people are often named by surname alone ("Putin said"). Each office period of a person
    also gets a ``surname`` entry (matched only where the parser tags a person), unless another
    person with that surname and a different code holds office at an overlapping time, or the
    surname is another entry's surface or an everyday word."""
    rows: dict[str, list[ActorEntry]] = {}
    for entries in list(into.entries.values()):
        for e in entries:
            if e.kind != "person" or " " not in e.surface:
                continue
            last = e.surface.split()[-1]
            if len(last) >= 4 and last[:1].isupper() and last.lower() not in _WORD_SURNAMES:
                rows.setdefault(last.lower(), []).append(e)
    for key, entries in rows.items():
        if key in into.entries:
            continue
        seen = set()
        for e in entries:
            rivals = [r for r in entries if r.name != e.name and r.code != e.code and _overlap(r, e)]
            if rivals or (e.code, e.valid_from, e.valid_to) in seen:
                continue
            seen.add((e.code, e.valid_from, e.valid_to))
            into.add(ActorEntry(e.surface.split()[-1], "surname", e.code, e.rule, e.name, "person",
                                e.valid_from, e.valid_to))
