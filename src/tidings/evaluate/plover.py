"""Score the PLOVER gold-record format (a JSON array of records with ``event``, ``source``, ``target``).

Gold types from the 2016 records are mapped to the current 16 types (DEMAND -> REQUEST, DISAPPROVE
and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT) and legacy country codes to ISO (JAP -> JPN). tidings'
dyadic events from one trigger are merged into one PLOVER event with actor and recipient sets.

- record recall: share of gold records for which a produced PLOVER event has the gold type, an actor
  among the gold sources and, where the gold gives a target, a recipient among the gold targets;
- event precision: share of produced PLOVER events that match their record's gold that way.
"""

from __future__ import annotations

import json
from pathlib import Path

from tidings.errors import InputError
from tidings.evaluate import Report
from tidings.export.plover import plover_records
from tidings.records import Article

__all__ = ["score_plover", "plover_events", "TYPE_MAP"]

TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CODE_MAP = {"JAP": "JPN"}


def _codes(actors) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {CODE_MAP.get(a.get("code", ""), a.get("code", "")) for a in actors if isinstance(a, dict) and a.get("code")}


def plover_events(result) -> list[dict]:
    """A result's PLOVER records reduced to what is scored: type, actor and recipient countries."""
    return [{"type": r["event"], "mode": r["mode"], "actors": {a["code"] for a in r["actor"]},
             "recipients": {a["code"] for a in r["recipient"]}, "rule": r["rule"], "code": r["cameo"]}
            for r in plover_records(result)]


def _matches(ev: dict, gold_type: str, sources: set[str], targets: set[str]) -> bool:
    """Type equal; an actor among the gold sources; a recipient among the gold targets (for a
    reciprocal event, whose recipients are its actors, an actor)."""
    if ev["type"] != gold_type or (sources and not ev["actors"] & sources):
        return False
    recipients = ev["recipients"] or ev["actors"]
    return not targets or bool(recipients & targets)


def score_plover(path: str | Path, coder) -> Report:
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError("T211", f"expected a JSON array of PLOVER records: {exc}", str(path)) from None
    gold = [r for r in records if isinstance(r, dict) and r.get("event") not in (None, "DOCUMENT")]
    # The records' dates are a placeholder (2000-01-01): code them undated, so people take their
    # current codes rather than none.
    articles = [Article(r.get("id", f"rec{i}"), r.get("text", ""), None) for i, r in enumerate(gold)]
    hits = produced = good = 0
    misses, fps = [], []
    for rec, result in zip(gold, coder.code(articles), strict=True):
        gtype = TYPE_MAP.get(rec["event"], rec["event"])
        sources, targets = _codes(rec.get("source")), _codes(rec.get("target"))
        evs = plover_events(result)
        ok = [e for e in evs if _matches(e, gtype, sources, targets)]
        produced += len(evs)
        good += len(ok)
        shown = [{"type": e["type"], "actors": sorted(e["actors"]), "recipients": sorted(e["recipients"]),
                  "rule": e["rule"]} for e in evs]
        if ok:
            hits += 1
        else:
            misses.append({"id": rec["id"], "text": rec.get("text", ""), "expected": {"type": gtype,
                           "sources": sorted(sources), "targets": sorted(targets)}, "produced": shown})
        fps.extend({"id": rec["id"], "produced": s} for e, s in zip(evs, shown, strict=True) if e not in ok)
    n = len(gold)
    scores = {"records": n, "record_recall": round(hits / n, 4) if n else 0.0,
              "event_precision": round(good / produced, 4) if produced else 0.0, "produced": produced,
              "matched_records": hits}
    return Report("plover", scores, misses, fps)
