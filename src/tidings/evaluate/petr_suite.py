"""Read a PETRARCH validation file (``<Validation>``) into frozen records, each knowing its line.

The format is the one of PETRARCH's unit-test records::

    <Validation>
      <Environment>
        <Verbfile>...</Verbfile> <Actorfile>...</Actorfile> <Agentfile>...</Agentfile>
        <Discardfile>...</Discardfile> <Issuefile>...</Issuefile>   (optional)
        <Include>valid DEMO ACTOR ...</Include> <Exclude>...</Exclude>  (optional)
        <Pause>...</Pause> <Errorfile>...</Errorfile>                 (recorded, no effect here)
        <Config option="stop_on_error" value="True"></Config>       (initial options)
      </Environment>
      <Sentences>
        <Sentence date="YYYYMMDD" id="..." category="..." sentence="true|false">
          <EventCoding sourcecode=".." targetcode=".." eventcode=".."/>  (one or more), or
          <EventCoding noevents="True"/>, or <EventCoding error="storydiscard"/>
          <Text>...</Text> <Parse>...</Parse> (ignored: tidings parses the text itself)
        </Sentence>
        <Config option="require_dyad" value="false"></Config>          (applies to what follows)
        <Stop/>                                                          (ends the run)
      </Sentences>
    </Validation>

A record without any ``<EventCoding>`` expects no events, as in PETRARCH-1's harness. Option
values are normalised the way PETRARCH's ``change_Config_Options`` reads them: ``require_dyad``
and ``stop_on_error`` are true unless the value contains "false" (any case), and
``new_actor_length`` and ``comma_*`` must be integers. Other options are kept as written.

Errors are ``InputError`` T230-T236 naming ``path:line`` and what was expected.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from xml.parsers import expat

from tidings.errors import InputError

__all__ = ["Environment", "OptionChange", "Stop", "ValidationRecord", "ValidationSuite", "normalise_option",
           "read_validation", "BOOL_OPTIONS", "INT_OPTIONS"]

Triple = tuple[str, str, str]

BOOL_OPTIONS = frozenset({"require_dyad", "stop_on_error"})
INT_OPTIONS = frozenset({"new_actor_length", "comma_min", "comma_max", "comma_bmin", "comma_bmax", "comma_emin",
                         "comma_emax"})
_DATE = re.compile(r"\d{8}")
_REQUIRED_FILES = (("Verbfile", "verb_file"), ("Actorfile", "actor_files"), ("Agentfile", "agent_file"))


@dataclass(frozen=True, slots=True)
class Environment:
    """The ``<Environment>`` block: dictionary file names, category filters and initial options."""

    verb_file: str
    actor_files: tuple[str, ...]
    agent_file: str
    discard_file: str = ""
    issue_file: str = ""
    error_file: str = ""
    include: tuple[str, ...] = ()  # categories to score; empty: all
    exclude: tuple[str, ...] = ()
    valid_only: bool = False  # "valid" in <Include>: score only records marked sentence="true"
    pause: str = ""  # PETRARCH's interactive pause setting; recorded, not acted on
    options: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    other: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # unknown elements


@dataclass(frozen=True, slots=True)
class ValidationRecord:
    """One ``<Sentence>``: its text, date and the (source, target, event code) triples it expects."""

    id: str
    category: str
    date: dt.date
    text: str  # whitespace runs collapsed to one space
    expected: tuple[Triple, ...]
    noevents: bool
    error: str  # the expected error, e.g. "storydiscard"; "" when none
    line: int
    valid: bool = True  # the sentence="..." (or valid="...") attribute
    skip: bool = False  # a <Skip> element inside the record


@dataclass(frozen=True, slots=True)
class OptionChange:
    """A ``<Config>`` between sentences: sets ``option`` for the records after it."""

    option: str
    value: str  # normalised
    raw: str  # as written
    line: int


@dataclass(frozen=True, slots=True)
class Stop:
    """A ``<Stop>`` element: PETRARCH's harness ends the run here."""

    line: int


@dataclass(frozen=True, slots=True)
class ValidationSuite:
    """A whole validation file: its environment and its items in file order."""

    path: str
    environment: Environment
    items: tuple[ValidationRecord | OptionChange | Stop, ...]

    @property
    def records(self) -> tuple[ValidationRecord, ...]:
        return tuple(i for i in self.items if isinstance(i, ValidationRecord))


# -- a small element tree that keeps line numbers ---------------------------------------------------------


@dataclass(slots=True)
class _Node:
    tag: str
    attrib: dict[str, str]
    line: int
    children: list[_Node] = field(default_factory=list)
    chunks: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.chunks)

    def find_all(self, tag: str) -> list[_Node]:
        return [c for c in self.children if c.tag == tag]


def _parse_xml(path: str) -> _Node:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    stack: list[_Node] = []
    root: list[_Node] = []

    def start(tag: str, attrib: dict[str, str]) -> None:
        node = _Node(tag, {k.strip(): v for k, v in attrib.items()}, parser.CurrentLineNumber)
        (stack[-1].children if stack else root).append(node)
        stack.append(node)

    def end(tag: str) -> None:
        stack.pop()

    def chars(data: str) -> None:
        if stack:
            stack[-1].chunks.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        with open(path, "rb") as fh:
            parser.ParseFile(fh)
    except OSError as exc:
        raise InputError("T230", f"cannot read the validation file: {exc.strerror or exc}", path) from None
    except expat.ExpatError as exc:
        raise InputError("T230", f"expected well-formed XML: {expat.ErrorString(exc.code)} at column {exc.offset}",
                         path, exc.lineno) from None
    return root[0]


# -- the pieces of the format ------------------------------------------------------------------------------


def normalise_option(option: str, value: str, path: str = "", line: int | None = None) -> str:
    """An option value as PETRARCH reads it: booleans as "true"/"false", integers as digits."""
    value = value.strip()
    if option in BOOL_OPTIONS:
        return "false" if "false" in value.lower() else "true"
    if option in INT_OPTIONS:
        try:
            return str(int(value))
        except ValueError:
            raise InputError("T235", f"expected an integer value for <Config option={option!r}>, got {value!r}",
                             path, line) from None
    return value


def _config(node: _Node, path: str) -> tuple[str, str, str]:
    option, value = node.attrib.get("option"), node.attrib.get("value")
    if option is None or not option.strip() or value is None:
        raise InputError("T235", "expected <Config option=\"...\" value=\"...\">", path, node.line)
    option = option.strip()
    return option, normalise_option(option, value, path, node.line), value


def _environment(node: _Node, path: str) -> Environment:
    files: dict[str, str] = {}
    actor_files: list[str] = []
    include: list[str] = []
    exclude: list[str] = []
    options: dict[str, str] = {}
    other: dict[str, str] = {}
    valid_only = False
    pause = ""
    names = {"Verbfile": "verb_file", "Agentfile": "agent_file", "Discardfile": "discard_file",
             "Issuefile": "issue_file", "Errorfile": "error_file"}
    for child in node.children:
        text = child.text.strip()
        if child.tag in names:
            files[names[child.tag]] = text
        elif child.tag == "Actorfile":
            actor_files.extend([text] if text else [])
        elif child.tag == "Include":
            words = text.split()
            valid_only = valid_only or "valid" in words
            include.extend(w for w in words if w != "valid")
        elif child.tag == "Exclude":
            exclude.extend(text.split())
        elif child.tag == "Pause":
            pause = text
        elif child.tag == "Config":
            option, value, _ = _config(child, path)
            options[option] = value
        else:
            other[child.tag] = text
    have = {**files, "actor_files": actor_files}
    missing = [tag for tag, key in _REQUIRED_FILES if not have.get(key)]
    if missing:
        raise InputError("T236", "expected " + ", ".join(f"<{t}>" for t in missing) + " in <Environment>",
                         path, node.line)
    return Environment(verb_file=files["verb_file"], actor_files=tuple(actor_files), agent_file=files["agent_file"],
                       discard_file=files.get("discard_file", ""), issue_file=files.get("issue_file", ""),
                       error_file=files.get("error_file", ""), include=tuple(include), exclude=tuple(exclude),
                       valid_only=valid_only, pause=pause, options=MappingProxyType(options),
                       other=MappingProxyType(other))


def _date(value: str, path: str, line: int) -> dt.date:
    value = value.strip()
    try:
        if not _DATE.fullmatch(value):
            raise ValueError
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise InputError("T233", f"expected date=\"YYYYMMDD\", got {value!r}", path, line) from None


def _codings(node: _Node, path: str) -> tuple[tuple[Triple, ...], bool, str]:
    triples: list[Triple] = []
    noevents = False
    errors: list[str] = []
    for coding in node.find_all("EventCoding"):
        attrs = {k: v.strip() for k, v in coding.attrib.items()}
        if "noevents" in attrs:
            noevents = True
        elif "error" in attrs:
            if not attrs["error"]:
                raise InputError("T234", "expected a non-empty error=\"...\" in <EventCoding>", path, coding.line)
            errors.append(attrs["error"])
        else:
            absent = [a for a in ("sourcecode", "targetcode", "eventcode") if not attrs.get(a)]
            if absent:
                raise InputError("T234", "expected <EventCoding> with sourcecode, targetcode and eventcode "
                                 f"(or noevents, or error); missing {', '.join(absent)}", path, coding.line)
            triples.append((attrs["sourcecode"], attrs["targetcode"], attrs["eventcode"]))
    kinds = [bool(triples), noevents, bool(errors)]
    if sum(kinds) > 1 or len(set(errors)) > 1:
        raise InputError("T234", "expected either event codings, noevents or one error in a record, not a mix",
                         path, node.line)
    return tuple(triples), noevents, errors[0] if errors else ""


def _record(node: _Node, path: str) -> ValidationRecord:
    absent = [a for a in ("id", "date", "category") if not node.attrib.get(a, "").strip()]
    if absent:
        raise InputError("T232", f"expected <Sentence> with id, date and category; missing {', '.join(absent)}",
                         path, node.line)
    texts = node.find_all("Text")
    text = " ".join(texts[0].text.split()) if texts else ""
    if not text:
        raise InputError("T232", "expected a <Text> with the sentence in <Sentence>", path, node.line)
    expected, noevents, error = _codings(node, path)
    flag = node.attrib.get("sentence", node.attrib.get("valid", "true"))
    return ValidationRecord(id=node.attrib["id"].strip(), category=node.attrib["category"].strip(),
                            date=_date(node.attrib["date"], path, node.line), text=text, expected=expected,
                            noevents=noevents, error=error, line=node.line, valid=flag.strip().lower() == "true",
                            skip=bool(node.find_all("Skip")))


def read_validation(path: str | Path) -> ValidationSuite:
    """Read a PETRARCH validation file; raise ``InputError`` naming ``path:line`` when it is malformed."""
    path = str(path)
    root = _parse_xml(path)
    if root.tag != "Validation":
        raise InputError("T231", f"expected a <Validation> root element, got <{root.tag}>", path, root.line)
    environments, sentences = root.find_all("Environment"), root.find_all("Sentences")
    if len(environments) != 1 or len(sentences) != 1:
        raise InputError("T231", "expected one <Environment> and one <Sentences> in <Validation>", path, root.line)
    environment = _environment(environments[0], path)
    items: list[ValidationRecord | OptionChange | Stop] = []
    for node in sentences[0].children:
        if node.tag == "Sentence":
            if node.find_all("Stop"):
                items.append(Stop(node.find_all("Stop")[0].line))
            items.append(_record(node, path))
        elif node.tag == "Config":
            option, value, raw = _config(node, path)
            items.append(OptionChange(option, value, raw, node.line))
        elif node.tag == "Stop":
            items.append(Stop(node.line))
        else:
            raise InputError("T231", f"expected <Sentence>, <Config> or <Stop> in <Sentences>, got <{node.tag}>",
                             path, node.line)
    return ValidationSuite(path, environment, tuple(items))
