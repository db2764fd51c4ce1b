"""Score tidings' own JSONL gold format: (source country, target country, CAMEO root) triples.

Each gold line is ``{"id", "date", "text", "events": [{"source", "target", "code"}]}`` (see
docs/gold-format.md). A produced event matches a gold event when source, target (null matches null)
and root agree; each gold event matches at most once. Negated and hypothetical events are not produced.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tidings.errors import InputError
from tidings.evaluate import Report, prf
from tidings.ingest import parse_date
from tidings.records import Article

__all__ = ["load_gold", "score_events"]

Triple = tuple[str, str | None, str]


def load_gold(path: str | Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                rec["_date"] = parse_date(rec.get("date"), str(path), no)
                rec["_triples"] = [(e["source"], e.get("target"), e["code"][:2]) for e in rec["events"]]
                if not isinstance(rec["text"], str) or "id" not in rec:
                    raise KeyError("text")
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError("T210", f"expected a gold record with id, text, events: {exc}", str(path), no) \
                    from None
            out.append(rec)
    return out


def _produced(result) -> list[Triple]:
    out = []
    for ev in result.events:
        tgt = ev.target.code.country or None if ev.target else None
        out.append((ev.source.code.country, tgt, ev.cameo.root))
    return out


def score_events(path: str | Path, coder) -> Report:
    gold = load_gold(path)
    articles = [Article(r["id"], r["text"], r["_date"]) for r in gold]
    matched = produced = expected = 0
    misses, fps = [], []
    by_root: Counter = Counter()
    root_gold: Counter = Counter()
    neg_with_events = 0
    for rec, result in zip(gold, coder.code(articles), strict=True):
        got = _produced(result)
        want = Counter(rec["_triples"])
        produced += len(got)
        expected += sum(want.values())
        for t in want.elements():
            root_gold[t[2]] += 1
        remaining = want.copy()
        for t in got:
            if remaining[t] > 0:
                remaining[t] -= 1
                matched += 1
                by_root[t[2]] += 1
            else:
                fps.append({"id": rec["id"], "text": rec["text"], "produced": list(t),
                            "rules": [e.rule for e in result.events]})
        for t in remaining.elements():
            misses.append({"id": rec["id"], "text": rec["text"], "expected": list(t),
                           "produced": [list(x) for x in got]})
        if not rec["_triples"] and got:
            neg_with_events += 1
    p, r, f = prf(matched, produced, expected)
    scores = {"precision": p, "recall": r, "f1": f, "matched": matched, "produced": produced, "gold": expected,
              "records": len(gold), "negative_records_with_events": neg_with_events,
              "negative_records": sum(1 for x in gold if not x["_triples"])}
    for root in sorted(root_gold):
        scores[f"recall_root_{root}"] = round(by_root[root] / root_gold[root], 4)
    return Report("events", scores, misses, fps)
