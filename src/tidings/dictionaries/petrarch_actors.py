"""Import PETRARCH/TABARI actor dictionaries (``*.actors.txt``) into tidings' ``ActorDictionary``.

A record is a name line, optional ``+SYNONYM`` lines and its codes, in ``[...]`` on the name line or on
the (indented) lines after it::

    VALORIA_  [VAL]               country VAL; trailing _ = exact-word marker (EntryFlag.EXACT_WORD)
    +VALORIAN                     a synonym: same codes
    TOMAS_QUILL                   codes on the lines below, each with an optional date bound:
        [VALELI <550101]          before that day (valid_to, exclusive)
        [VALGOV 550101-19700315]  from the first day until the second (YYMMDD or YYYYMMDD)
        [VALREB >700315]          from that day on (valid_from, inclusive)
        [VALELI]                  undated: the default whenever no bounded code applies

What each construct becomes (one ``ActorEntry`` per surface and code; rule = ``file:line`` of the code):

- surface: the words lower-cased and joined by single blanks (``LEDGER_FRONT_COMMAND`` -> "ledger front
  command"), so it matches in any case; ``name`` is the record's first name in title case.
- code: kept exactly (``VALLFCGOV`` stays VALLFCGOV; ``[val]`` is VAL): ``ActorCode(first 3 letters, the
  other 3-letter pieces in order)``, or ``ActorCode("", all pieces)`` when the first piece is a role or an
  international root (IGO, NGO...). Pieces need not be CAMEO codes (``ITHTV``, ``NGOCHRPRO214`` are kept).
- kind: a 3-letter code that is not a role/international root is a "country" (so "Arnor's president" can
  compose to VAL + GOV); in a record with any date-bounded code every other entry is a "person" (also its
  undated default); otherwise "organisation". The null code ``[---]`` gives kind ``NULL_KIND`` and an empty
  ``ActorCode()``: the name is known and claims its words but codes as nothing (PETRARCH's meaning).
- ``[A/B]`` (TABARI compound actor): one entry per code, in order; ``lookup`` gives the first.
- Date bounds are PETRARCH's: ``<D`` before D, ``>D`` from D on, ``D-E`` from D until E, a bare ``D`` (as
  PETRARCH's date check reads it) from D on. Blanks inside are allowed (``[X < 950601]``). Bounded codes
  are added before undated ones, so ``lookup(surface, day=...)`` finds the bounded code valid that day
  (the first listed, if several) and the undated default outside them. Without a default, tidings'
  own rule applies outside the bounds (a person's country as an elite, ELI), where PETRARCH codes nothing.
- Two-digit years: 00-30 are 2000-2030, 31-99 are 1931-1999 (``CENTURY_PIVOT``), the rule of KEDS, TABARI
  and PETRARCH under which these files were written; a rule moving with today's date would silently
  change old files' meaning. Eight-digit YYYYMMDD dates are read as written.
- Several name lines in a row with no code (no ``+``) share the codes that follow; the Phoenix files list
  a leader's name variants that way (PETRARCH itself leaves all but the last one uncoded).

Errors (``DictionaryError``, each citing ``path:line``): T140 unclosed ``<!--``, T141 a name with no code,
T142 unbalanced or misplaced ``[ ] { }``, T143 bad date bound, T144 bad code characters, T145 ``+synonym``
or code line before any name, T149 a name with no words.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from tidings.actors.dictionary import NULL_KIND, ActorDictionary, ActorEntry, EntryFlag
from tidings.dictionaries.petrarch_text import Report, bracket_blocks, content_lines, phrase_words
from tidings.errors import DictionaryError
from tidings.records import INTERNATIONAL_ROOTS, ROLE_CODES, ActorCode

__all__ = ["CENTURY_PIVOT", "parse_petrarch_actors", "read_petrarch_actors", "petrarch_code", "parse_date",
           "parse_bounds"]

log = logging.getLogger(__name__)

#: two-digit years up to this one are 20YY, later ones 19YY (KEDS/TABARI/PETRARCH)
CENTURY_PIVOT = 30
_NO_ROOT = ROLE_CODES | INTERNATIONAL_ROOTS


@dataclass(frozen=True, slots=True)
class _Code:
    code: ActorCode | None  # None: the null code ---
    text: str
    start: dt.date | None
    end: dt.date | None
    line: int


@dataclass(slots=True)
class _Record:
    line: int
    names: list[tuple[tuple[str, ...], bool]] = field(default_factory=list)
    codes: list[_Code] = field(default_factory=list)
    dead: bool = False  # its name line was bad and skipped: swallow its synonyms and codes quietly
    coded: bool = False  # a code was written for it (even one skipped as bad): no more names join it


@cache
def petrarch_code(code: str) -> ActorCode:
    """``ActorCode`` whose ``.code`` is ``code`` exactly: ``VALLFCGOV`` -> VAL + (LFC, GOV)."""
    pieces = tuple(code[i : i + 3] for i in range(0, len(code), 3))
    if pieces[0] in _NO_ROOT:
        return ActorCode("", pieces)
    return ActorCode(pieces[0], pieces[1:])


def parse_date(text: str, path: str, no: int) -> dt.date:
    """A YYMMDD (see ``CENTURY_PIVOT``) or YYYYMMDD date."""
    day = _date(text)
    if isinstance(day, str):
        raise DictionaryError("T143", f"{day}, got {text!r}", path, no)
    return day


@lru_cache(maxsize=65536)
def _date(text: str) -> dt.date | str:
    """The date, or what was expected (the files repeat their dates, so this is cached)."""
    if not (text.isascii() and text.isdigit() and len(text) in (6, 8)):
        return "expected a date YYMMDD or YYYYMMDD"
    if len(text) == 6:
        yy = int(text[:2])
        text = str(2000 + yy if yy <= CENTURY_PIVOT else 1900 + yy) + text[2:]
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return f"expected a calendar date (read as {text[:4]}-{text[4:6]}-{text[6:]})"


def parse_bounds(text: str, path: str, no: int) -> tuple[dt.date | None, dt.date | None]:
    """``(valid_from, valid_to)`` for ``<D``, ``>D``, ``D-E``, a bare ``D`` (from D) or nothing."""
    text = "".join(text.split())
    if not text:
        return None, None
    if text[0] == "<":
        return None, parse_date(text[1:], path, no)
    if text[0] == ">":
        return parse_date(text[1:], path, no), None
    if "-" in text:
        first, _, last = text.partition("-")
        start, end = parse_date(first, path, no), parse_date(last, path, no)
        if start >= end:
            raise DictionaryError("T143", f"expected a range whose start is before its end, got {text!r}", path, no)
        return start, end
    return parse_date(text, path, no), None


def _code_block(inner: str, path: str, no: int) -> list[_Code]:
    parts = inner.split(None, 1)
    if not parts:
        raise DictionaryError("T144", "empty []; expected [CODE] or [CODE date-bound]", path, no)
    start, end = parse_bounds(parts[1], path, no) if len(parts) > 1 else (None, None)
    out = []
    for piece in parts[0].split("/"):
        text = piece.upper()
        if text == "---":
            out.append(_Code(None, text, start, end, no))
        elif text and text.isascii() and text.isalnum():
            out.append(_Code(petrarch_code(text), text, start, end, no))
        else:
            raise DictionaryError("T144", f"expected a code of letters and digits or the null code ---, "
                                  f"got {piece!r}", path, no)
    return out


def _codes(text: str, path: str, no: int) -> list[_Code]:
    return [c for inner in bracket_blocks(text, path, no) for c in _code_block(inner, path, no)]


def _name(raw: str, path: str, no: int) -> tuple[tuple[str, ...], bool]:
    for ch in "]{}":
        if ch in raw:
            raise DictionaryError("T142", f"unexpected {ch!r} in the name {raw.strip()!r}; expected words "
                                  "joined by _ or blanks, then [CODE]", path, no)
    words, exact = phrase_words(raw)
    if not words:
        raise DictionaryError("T149", f"expected a name with at least one word, got {raw.strip()!r}", path, no)
    return words, exact


def _kind(code: _Code, person: bool) -> str:
    if code.code is None:
        return NULL_KIND
    if len(code.text) == 3 and code.code.country:
        return "country"
    return "person" if person else "organisation"


def _emit(record: _Record, base: str, into: ActorDictionary) -> int:
    bounded = [c for c in record.codes if c.start or c.end]
    ordered = bounded + [c for c in record.codes if not (c.start or c.end)]
    title = " ".join(record.names[0][0]).title()
    empty = ActorCode()
    count = 0
    for words, exact in record.names:
        surface = " ".join(words)
        flags = EntryFlag.EXACT_WORD if exact else EntryFlag.NONE
        for c in ordered:
            kind = _kind(c, bool(bounded))
            into.add(ActorEntry(surface, kind, c.code or empty, f"{base}:{c.line}", title,
                                "person" if kind == "person" else "", c.start, c.end, flags))
            count += 1
    return count


def parse_petrarch_actors(text: str, path: str, into: ActorDictionary, *,
                          skipped: list[DictionaryError] | None = None) -> int:
    """Add the entries of one actor file to ``into``; return how many. See the module for the format;
    ``skipped``: see ``tidings.dictionaries.petrarch_text``."""
    report = Report(skipped)
    base = Path(path).name
    record: _Record | None = None
    count = 0

    def close(r: _Record | None) -> int:
        if r is None or r.dead:
            return 0
        if not r.codes:
            if r.coded:
                return 0  # its only codes were bad, and reported
            report(DictionaryError("T141", f"the name {' '.join(r.names[0][0])!r} has no code; expected [CODE] "
                                   "on its line or on an indented line after it", path, r.line))
            return 0
        return _emit(r, base, into)

    for no, line in content_lines(text, path, report):
        body = line.lstrip()
        try:
            if body[0] in "+[":
                if record is None:
                    what = "synonym" if body[0] == "+" else "code line"
                    raise DictionaryError("T145", f"{what} {body!r} before any name; expected a name line first",
                                          path, no)
                if body[0] == "+":
                    record.names.append(_name(body[1:], path, no))
                else:
                    record.coded = True
                    record.codes.extend(_codes(body, path, no))
                continue
            at = body.find("[")
            name = _name(body if at < 0 else body[:at], path, no)
            codes = [] if at < 0 else _codes(body[at:], path, no)
        except DictionaryError as error:
            if body[0] not in "+[":  # a bad name line: its synonyms and codes go with it
                count += close(record)
                record = _Record(no, dead=True)
            report(error)
            continue
        if record is not None and not record.dead and not record.coded and not codes:
            record.names.append(name)  # a run of names sharing the codes below
            continue
        count += close(record)
        record = _Record(no, [name], codes, coded=bool(codes))
    count += close(record)
    log.debug("%s: %d actor entries", path, count)
    return count


def read_petrarch_actors(path: str | Path, into: ActorDictionary | None = None, *,
                         skipped: list[DictionaryError] | None = None) -> ActorDictionary:
    """Read an actor file (UTF-8) into ``into`` (a new dictionary if none); its version then also
    reflects this file's content."""
    into = ActorDictionary() if into is None else into
    text = Path(path).read_text(encoding="utf-8")
    parse_petrarch_actors(text, str(path), into, skipped=skipped)
    into.version = hashlib.sha256((into.version + text).encode()).hexdigest()[:12]
    return into
