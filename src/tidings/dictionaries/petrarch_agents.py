"""Import PETRARCH agent dictionaries (``*.agents.txt``) into tidings' ``ActorDictionary``.

Agents are role words that combine with an actor's code::

    !HAND! = MAN, MEN, WOMAN, WOMEN   a substitution set, defined before use
    LAMPWARDEN [~GOV]                 the code goes after the actor's: Valoria's lampwarden is VAL + GOV
    RELIEF_BODY [NGO~]                the code goes before it (EntryFlag.AGENT_PREFIX): NGO + VAL
    LIGHTHOUSE_MINISTER [~GOVLHM]     several pieces, kept in order: roles (GOV, LHM)
    GENDARMES {} [ ~COP]              {}: no plural; blanks inside [...] are ignored
    CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL]   an explicit plural
    HARBOUR!HAND! [~LAB]              one entry per set item (harbourman, harbourmen, ...), no plurals

Each form becomes ``ActorEntry(kind="agent", code=ActorCode("", pieces in order))`` with rule ``file:line``.
Without braces the regular plural of the last word is added (``petrarch_text.plural``: +s, y -> ies,
s/x/z/ch/sh -> es); a phrase ending in ``_`` (TABARI's exact-word marker) gets none, as in PETRARCH, where
such a plural comes out as a non-word. ``role_kind`` is "group" when the phrase's head word (the word
before "of"/"for"/"in", else the last) names an institution or a body of people (ministry, police,
troops...), else "person": composition ranks institutions above titles ("army spokesman" is MIL).

Errors: T141 no code, T142 unbalanced or misplaced ``[ ] { }``, T144 bad code characters, T146 a
malformed or unknown ``!MARKER!``, T147 a code without exactly one ``~``, T149 a phrase with no words.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import re
from pathlib import Path

from tidings.actors.dictionary import ActorDictionary, ActorEntry, EntryFlag
from tidings.dictionaries.petrarch_text import Report, bracket_blocks, content_lines, phrase_words, plural
from tidings.errors import DictionaryError
from tidings.records import ActorCode

__all__ = ["parse_petrarch_agents", "read_petrarch_agents", "agent_role_kind"]

log = logging.getLogger(__name__)

_MACRO_DEF = re.compile(r"\s*!(\w+)!\s*=(.*)")
_HEAD_BEFORE = frozenset({"of", "for", "in", "on", "to"})
#: head words of agent phrases that name an institution or a body of people, not one person
_GROUP_HEADS = frozenset(
    "administration agency alliance army assembly association authority bank battalion bloc board body brigade "
    "bureau business cabinet camp cartel caucus chamber church clergy coalition command commission committee "
    "community company congress consortium constabulary corporation corps council court crowd customs "
    "delegation department directorate division embassy enterprise establishment faction federation firm fleet "
    "force front gang gendarmerie government group guard headquarters industry inspectorate institute "
    "institution intelligence judiciary junta league legislature lobby media militia military ministry mission "
    "mob movement navy network newspaper office opposition organisation organization parliament party patrol "
    "personnel police population presidency press prosecution public regime regiment school secretariat senate "
    "service society squad staff station syndicate team television treasury tribunal troops union unit "
    "university watchdog workforce".split()
)


def agent_role_kind(words: tuple[str, ...]) -> str:
    """"group" when the phrase's head word names an institution or body of people, else "person"."""
    head = words[-1]
    for i, word in enumerate(words[1:], start=1):
        if word in _HEAD_BEFORE:
            head = words[i - 1]
            break
    forms = {head, head[:-1], head[:-2], head[:-3] + "y"} if head.endswith("s") else {head}  # plurals: -s -es -ies
    return "group" if forms & _GROUP_HEADS else "person"


def _code(inner: str, path: str, no: int) -> tuple[ActorCode, bool]:
    text = "".join(inner.split()).upper()
    after, before = text.startswith("~"), text.endswith("~")
    if after == before or text.count("~") != 1:
        raise DictionaryError("T147", f"expected ~CODE (after the actor's code) or CODE~ (before it), got {inner!r}",
                              path, no)
    body = text.strip("~")
    if not (body.isascii() and body.isalnum()):
        raise DictionaryError("T144", f"expected an agent code of letters and digits, got {inner!r}", path, no)
    return ActorCode("", tuple(body[i : i + 3] for i in range(0, len(body), 3))), before


def _expand(raw: str, macros: dict[str, tuple[str, ...]], path: str, no: int) -> list[str]:
    """``raw`` with every ``!MARKER!`` replaced by each item of its set (all combinations)."""
    parts = raw.split("!")
    if len(parts) % 2 == 0:
        raise DictionaryError("T146", f"a '!' without its pair in {raw.strip()!r}; expected !MARKER!", path, no)
    choices = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            choices.append((part,))
        elif part.upper() in macros:
            choices.append(macros[part.upper()])
        else:
            known = ", ".join(f"!{m}!" for m in sorted(macros)) or "none"
            raise DictionaryError("T146", f"unknown substitution marker !{part}!; expected one defined above "
                                  f"with '!{part}! = ...' (defined: {known})", path, no)
    return ["".join(combo) for combo in itertools.product(*choices)]


def _define(match: re.Match[str], macros: dict[str, tuple[str, ...]], path: str, no: int) -> None:
    items = tuple(item.strip() for item in match.group(2).split(","))
    if not all(items):
        raise DictionaryError("T146", f"expected !{match.group(1)}! = WORD, WORD, ... with no empty item, "
                              f"got {match.group(2).strip()!r}", path, no)
    macros[match.group(1).upper()] = items


def _split(line: str, path: str, no: int) -> tuple[str, str | None, str]:
    """``(phrase, plural text or None, code text)`` of an agent line."""
    at = line.find("[")
    if at < 0:
        raise DictionaryError("T141", f"the agent {line.strip()!r} has no code; expected [~CODE] or [CODE~]",
                              path, no)
    blocks = bracket_blocks(line[at:], path, no)
    if len(blocks) != 1:
        raise DictionaryError("T142", f"expected one [..] code block, got {len(blocks)}", path, no)
    head = line[:at]
    if "]" in head or head.count("{") != head.count("}") or head.count("{") > 1:
        raise DictionaryError("T142", f"unbalanced or repeated brackets in {head.strip()!r}; expected "
                              "PHRASE {PLURAL} [CODE]", path, no)
    if "{" not in head:
        return head, None, blocks[0]
    start, end = head.find("{"), head.find("}")
    if end < start or head[end + 1 :].strip():
        raise DictionaryError("T142", f"expected PHRASE {{PLURAL}} [CODE], got {line.strip()!r}", path, no)
    return head[:start], head[start + 1 : end], blocks[0]


def _forms(phrase: str, plural_text: str | None, macros, path: str, no: int) -> list[tuple[tuple[str, ...], bool]]:
    singulars = _expand(phrase, macros, path, no) if "!" in phrase else [phrase]
    out = []
    for raw in singulars:
        words, exact = phrase_words(raw)
        if not words:
            raise DictionaryError("T149", f"expected an agent phrase with at least one word, got {raw.strip()!r}",
                                  path, no)
        out.append((words, exact))
    if plural_text is not None:
        words, exact = phrase_words(plural_text)
        if words:
            out.append((words, exact))
    elif "!" not in phrase and not out[0][1]:
        words = out[0][0]
        out.append((words[:-1] + (plural(words[-1]),), False))
    return out


def parse_petrarch_agents(text: str, path: str, into: ActorDictionary, *,
                          skipped: list[DictionaryError] | None = None) -> int:
    """Add the agent entries of one file to ``into``; return how many. ``skipped``: see
    ``tidings.dictionaries.petrarch_text``."""
    report = Report(skipped)
    base = Path(path).name
    macros: dict[str, tuple[str, ...]] = {}
    count = 0
    for no, line in content_lines(text, path, report):
        try:
            match = _MACRO_DEF.match(line)
            if match:
                _define(match, macros, path, no)
                continue
            if "=" in line and "!" in line:
                raise DictionaryError("T146", f"expected a substitution set !MARKER! = WORD, WORD, ..., got "
                                      f"{line.strip()!r}", path, no)
            phrase, plural_text, code_text = _split(line, path, no)
            code, before = _code(code_text, path, no)
            forms = _forms(phrase, plural_text, macros, path, no)
        except DictionaryError as error:
            report(error)
            continue
        for words, exact in forms:
            flags = (EntryFlag.AGENT_PREFIX if before else EntryFlag.NONE) | (
                EntryFlag.EXACT_WORD if exact else EntryFlag.NONE)
            surface = " ".join(words)
            into.add(ActorEntry(surface, "agent", code, f"{base}:{no}", surface, agent_role_kind(words), flags=flags))
            count += 1
    log.debug("%s: %d agent entries", path, count)
    return count


def read_petrarch_agents(path: str | Path, into: ActorDictionary | None = None, *,
                         skipped: list[DictionaryError] | None = None) -> ActorDictionary:
    """Read an agent file (UTF-8) into ``into`` (a new dictionary if none), like ``read_petrarch_actors``."""
    into = ActorDictionary() if into is None else into
    text = Path(path).read_text(encoding="utf-8")
    parse_petrarch_agents(text, str(path), into, skipped=skipped)
    into.version = hashlib.sha256((into.version + text).encode()).hexdigest()[:12]
    return into
