"""Score whole articles: who said each quote (name and country) and what each relative date means.

Reads the article-checks JSONL format (docs/gold-format.md, "Article checks"): one article per line
with ``checks``, each a ``quote`` check (a substring of what was said, the speaker's full name as
introduced and the ISO3 country the speaker represents) or a ``date`` check (a time expression and
its TIMEX3 value). Every check string occurs exactly once in the text; its span is where it occurs.

- a quote check passes when a produced quote's content overlaps the check's span, its speaker's
  resolved name matches the check's speaker (``same_person``) and the speaker's country equals the
  check's country;
- a date check passes when a produced ``dates`` entry overlaps the check's span with an equal value
  (``same_date``: a day check also takes that day with a part of the day, 2024-05-08TAF).

Reports the pass rate per check type and overall, and every failed check with what was produced.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from tidings.errors import InputError
from tidings.evaluate import Report
from tidings.records import Article, ArticleResult

__all__ = ["ArticleChecks", "Check", "read_articles", "same_date", "same_person", "score_articles"]

CHECK_TYPES = ("quote", "date")


@dataclass(frozen=True, slots=True)
class Check:
    """One thing to verify in an article: ``type`` quote (speaker, country) or date (value)."""

    type: str
    text: str
    start: int
    end: int
    speaker: str = ""
    country: str = ""
    value: str = ""


@dataclass(frozen=True, slots=True)
class ArticleChecks:
    article: Article
    checks: tuple[Check, ...]


def _check(raw: dict, text: str, path: str, line: int) -> Check:
    kind = raw.get("type")
    if kind not in CHECK_TYPES:
        raise InputError("T214", f"check type must be one of {', '.join(CHECK_TYPES)}: {raw!r}", path, line)
    needle = raw.get("quote" if kind == "quote" else "text") or ""
    start = text.find(needle) if needle else -1
    if start < 0 or text.find(needle, start + 1) >= 0:
        raise InputError("T214", f"check string must occur exactly once in the text: {needle!r}", path, line)
    if kind == "quote":
        if not raw.get("speaker") or not raw.get("country"):
            raise InputError("T214", f"a quote check needs speaker and country: {raw!r}", path, line)
        return Check(kind, needle, start, start + len(needle), speaker=raw["speaker"], country=raw["country"])
    if not raw.get("value"):
        raise InputError("T214", f"a date check needs a value: {raw!r}", path, line)
    return Check(kind, needle, start, start + len(needle), value=raw["value"])


def read_articles(path: str | Path) -> list[ArticleChecks]:
    """The articles of a checks file with their checks; raises ``InputError`` (T214) on a bad line."""
    out = []
    name = str(path)
    with open(path, encoding="utf-8") as fh:
        for line, raw_line in enumerate(fh, 1):
            if not raw_line.strip():
                continue
            try:
                rec = json.loads(raw_line)
                date = dt.date.fromisoformat(rec["date"]) if rec.get("date") else None
                text = rec["text"]
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError("T214", f"not an article-checks record: {exc}", name, line) from exc
            article = Article(str(rec.get("id", line)), text, date, rec.get("title"), path=name, line=line)
            checks = tuple(_check(c, text, name, line) for c in rec.get("checks", ()))
            out.append(ArticleChecks(article, checks))
    return out


def same_person(produced: str, gold: str) -> bool:
    """Do a resolved speaker name and a check's speaker name the same person? Case-insensitive:
    equal names, or the check's surname (last word) is the resolved name's last word and one name's
    words are contained in the other's ("Mudavadi" or "Musalia Mudavadi" for "Musalia Mudavadi";
    "Wycliffe Musalia Mudavadi" for "Musalia Mudavadi"). A different person with the same surname
    ("Maria Mudavadi") does not match."""
    p, g = produced.lower().split(), gold.lower().split()
    if not p or not g:
        return False
    if p == g:
        return True
    if p[-1] != g[-1]:
        return False
    return set(p) <= set(g) or set(g) <= set(p)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _quote_check(check: Check, result: ArticleResult) -> tuple[bool, str]:
    near = [q for q in result.quotes if _overlaps(q.span.start, q.span.end, check.start, check.end)]
    if not near:
        return False, "no quote over the check"
    seen = []
    for q in near:
        sp = q.speaker
        if sp is not None and same_person(sp.name or sp.text, check.speaker) and sp.code.country == check.country:
            return True, ""
        seen.append(f"{q.kind} quote, speaker {sp.name or sp.text!r} ({sp.code.country or '-'}, "
                    f"{sp.code.code or 'no code'}, {sp.rule})" if sp is not None else f"{q.kind} quote, no speaker")
    return False, "; ".join(seen)


#: TIMEX3 parts of the day: "Wednesday afternoon" is 2024-05-08TAF
_PARTS_OF_DAY = frozenset({"MO", "MI", "AF", "EV", "NI", "DT"})


def same_date(produced: str, gold: str) -> bool:
    """Does a produced TIMEX3 value pass a date check's value? Equal values, or the check's day with a
    part of the day ("on Wednesday afternoon", 2024-05-08TAF, for a check of 2024-05-08): the check
    asks for the day, the part of it only says more. A clock time ("10:00") is not a part of the day."""
    if produced == gold:
        return True
    day, sep, part = produced.partition("T")
    return bool(sep) and day == gold and len(gold) == 10 and part in _PARTS_OF_DAY


def _date_check(check: Check, result: ArticleResult) -> tuple[bool, str]:
    near = [d for d in result.dates if _overlaps(d.span.start, d.span.end, check.start, check.end)]
    if any(same_date(d.value, check.value) for d in near):
        return True, ""
    return False, "; ".join(f"{d.span.text!r}={d.value}" for d in near) or "no time expression over the check"


def score_articles(path: str | Path, coder) -> Report:
    """Code each article with ``coder`` and run its checks."""
    records = read_articles(path)
    results = coder.code([r.article for r in records])
    totals = {t: [0, 0] for t in CHECK_TYPES}  # type -> [passed, checks]
    misses = []
    for rec, result in zip(records, results, strict=True):
        for check in rec.checks:
            ok, produced = (_quote_check if check.type == "quote" else _date_check)(check, result)
            totals[check.type][1] += 1
            if ok:
                totals[check.type][0] += 1
                continue
            expected = f"{check.speaker} ({check.country})" if check.type == "quote" else check.value
            misses.append({"id": rec.article.id, "type": check.type, "expected": expected, "produced": produced,
                           "text": check.text})
    scores: dict[str, float | int] = {}
    for t, (passed, n) in totals.items():
        scores[f"{t}_checks"] = n
        scores[f"{t}_pass_rate"] = round(passed / n, 4) if n else 0.0
    passed, n = sum(v[0] for v in totals.values()), sum(v[1] for v in totals.values())
    scores["articles"] = len(records)
    scores["checks"] = n
    scores["passed"] = passed
    scores["pass_rate"] = round(passed / n, 4) if n else 0.0
    return Report("articles", scores, misses)
