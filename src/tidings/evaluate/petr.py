"""Run a PETRARCH validation file (PETRARCH's unit-test records) against a coder, as PETRARCH did.

``read_validation`` (in ``petr_suite``) reads the file; ``score_suite`` codes its records in file
order with an injected ``PetrCoder`` and returns a ``PetrReport``. The coder parses the text itself
(the file's ``<Parse>`` trees are ignored).

How a run goes, following PETRARCH's validation harness (``do_validation`` and
``evaluate_validation_record`` in PETRARCH's ``petrarch.py``):

- ``<Config>`` elements change options for the records after them; the options in force are
  passed to the coder with each record. Options set in ``<Environment>`` hold from the start.
- ``<Include>`` names the categories to score (and ``valid`` among them: only records marked
  ``sentence="true"``); ``<Exclude>`` names categories to leave out; a record with ``<Skip>`` is
  left out. Left-out records are listed as skipped, not scored.
- ``<Stop>`` ends the run: later records are not coded.
- A record passes when the multiset of (source, target, event code) triples produced equals the
  expected one, in any order. A record marked ``noevents``, one expecting an ``error`` and one
  without any ``<EventCoding>`` expect nothing: they pass when nothing is produced. A record the
  coder discarded (a discard phrase matched) produces nothing, so it passes exactly when it
  expects nothing; PETRARCH-2's harness counted an error record correct whenever it yielded no
  events, discarded or not, and so does this one.
- A coder that raises on a record does not stop the run: the record is counted as crashed, fails,
  and its error is recorded.

Triple precision and recall count matches over the multisets of scored records.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol, runtime_checkable

from tidings.evaluate import prf
from tidings.evaluate.petr_suite import (
    Environment,
    OptionChange,
    Stop,
    ValidationRecord,
    ValidationSuite,
    read_validation,
)

__all__ = ["PetrCoder", "PetrCoding", "PetrReport", "RecordResult", "DISCARD_KINDS", "read_validation",
           "score_suite", "Environment", "OptionChange", "Stop", "ValidationRecord", "ValidationSuite"]

Triple = tuple[str, str, str]
DISCARD_KINDS = ("", "sentence", "story")


@dataclass(frozen=True, slots=True)
class PetrCoding:
    """What a coder made of one record: its triples, or the kind of discard that rejected it."""

    triples: tuple[Triple, ...]
    discarded: str = ""  # "sentence" or "story" when a discard phrase rejected the text

    def __post_init__(self) -> None:
        triples = tuple(tuple(t) for t in self.triples)
        if any(len(t) != 3 or not all(isinstance(x, str) for x in t) for t in triples):
            raise ValueError(f"expected (source, target, code) string triples, got {self.triples!r}")
        if self.discarded not in DISCARD_KINDS:
            raise ValueError(f"expected discarded to be one of {DISCARD_KINDS}, got {self.discarded!r}")
        object.__setattr__(self, "triples", triples)


@runtime_checkable
class PetrCoder(Protocol):
    """Codes one sentence with the options in force (names as in ``<Config option=...>``)."""

    def code(self, text: str, date: dt.date, options: Mapping[str, str]) -> PetrCoding: ...


@dataclass(frozen=True, slots=True)
class RecordResult:
    """One scored record."""

    id: str
    category: str
    line: int
    text: str
    expected: tuple[Triple, ...]
    produced: tuple[Triple, ...]  # what was scored: nothing when the coder discarded the record
    passed: bool
    noevents: bool = False
    error: str = ""  # the expected error
    discarded: str = ""
    crash: str = ""  # "ExceptionType: message" when the coder raised

    def to_dict(self) -> dict:
        return {"id": self.id, "category": self.category, "line": self.line,
                "expected": [list(t) for t in self.expected], "produced": [list(t) for t in self.produced],
                "passed": self.passed, "noevents": self.noevents, "error": self.error,
                "discarded": self.discarded, "crash": self.crash, "text": self.text}


@dataclass(frozen=True, slots=True)
class PetrReport:
    """The summary, the scored records in file order and the records left out."""

    summary: dict
    records: tuple[RecordResult, ...]
    skipped: tuple[dict, ...] = field(default=())

    @property
    def failures(self) -> tuple[RecordResult, ...]:
        return tuple(r for r in self.records if not r.passed)

    def to_dict(self) -> dict:
        return {"summary": self.summary, "records": [r.to_dict() for r in self.records],
                "skipped": list(self.skipped)}


def _skip_reason(record: ValidationRecord, env: Environment) -> str:
    if record.skip:
        return "<Skip> in the record"
    if env.valid_only and not record.valid:
        return "not marked sentence=\"true\" and <Include> has valid"
    if env.include and record.category not in env.include:
        return "category not in <Include>"
    if record.category in env.exclude:
        return "category in <Exclude>"
    return ""


def _code(record: ValidationRecord, coder: PetrCoder, options: Mapping[str, str]) -> RecordResult:
    base = {"id": record.id, "category": record.category, "line": record.line, "text": record.text,
            "expected": record.expected, "noevents": record.noevents, "error": record.error}
    try:
        coding = coder.code(record.text, record.date, options)
        if not isinstance(coding, PetrCoding):
            coding = PetrCoding(tuple(coding.triples), getattr(coding, "discarded", ""))
    except Exception as exc:  # a crash is a failed record, never the end of the run
        return RecordResult(**base, produced=(), passed=False, crash=f"{type(exc).__name__}: {exc}")
    produced = () if coding.discarded else coding.triples
    passed = Counter(produced) == Counter(record.expected)
    return RecordResult(**base, produced=produced, passed=passed, discarded=coding.discarded)


def _summary(results: list[RecordResult], skipped: list[dict], env: Environment, changes: list[dict],
             options: dict[str, str], stopped_at: int | None) -> dict:
    expected = sum(len(r.expected) for r in results)
    produced = sum(len(r.produced) for r in results)
    matched = sum(sum((Counter(r.expected) & Counter(r.produced)).values()) for r in results)
    p, r, f = prf(matched, produced, expected)
    passed = sum(1 for x in results if x.passed)
    categories: dict[str, dict] = {}
    for x in results:
        c = categories.setdefault(x.category, {"records": 0, "passed": 0})
        c["records"] += 1
        c["passed"] += x.passed
    for c in categories.values():
        c["pass_rate"] = round(c["passed"] / c["records"], 4)
    return {
        "records": len(results), "passed": passed, "pass_rate": round(passed / len(results), 4) if results else 0.0,
        "crashed": sum(1 for x in results if x.crash), "skipped": len(skipped),
        "precision": p, "recall": r, "f1": f, "matched": matched, "produced": produced, "expected": expected,
        "categories": categories,
        "options": {"initial": dict(env.options), "changes": changes, "final": options},
        "include": list(env.include), "exclude": list(env.exclude), "valid_only": env.valid_only,
        "stopped_at_line": stopped_at,
    }


def score_suite(suite: ValidationSuite, coder: PetrCoder) -> PetrReport:
    """Code every selected record in file order with the options in force and score it."""
    env = suite.environment
    options = dict(env.options)
    changes: list[dict] = []
    results: list[RecordResult] = []
    skipped: list[dict] = []
    stopped_at = None
    for item in suite.items:
        if isinstance(item, Stop):
            stopped_at = item.line
            break
        if isinstance(item, OptionChange):
            options[item.option] = item.value
            changes.append({"line": item.line, "option": item.option, "value": item.value})
            continue
        reason = _skip_reason(item, env)
        if reason:
            skipped.append({"id": item.id, "category": item.category, "line": item.line, "reason": reason})
            continue
        results.append(_code(item, coder, MappingProxyType(dict(options))))
    summary = _summary(results, skipped, env, changes, options, stopped_at)
    return PetrReport(summary, tuple(results), tuple(skipped))
