"""Export: turn records into JSON objects and table rows, and JSON back into records.

``result_to_dict`` gives the documented per-article JSON shape (one object per line with
``--format json``); ``event_from_dict`` and ``result_from_dict`` parse it back, so records survive a
round trip. Codes are always strings.
"""

from __future__ import annotations

import datetime as dt

from tidings.codebook import QUAD_NAMES, load_codebook
from tidings.records import (
    Actor,
    ActorCode,
    Article,
    ArticleResult,
    CodingFailure,
    DateRef,
    Event,
    EventSpans,
    Place,
    PloverCode,
    Quote,
    Span,
)

__all__ = [
    "actor_to_dict",
    "actor_from_dict",
    "event_to_dict",
    "event_from_dict",
    "result_to_dict",
    "result_from_dict",
    "failure_to_dict",
    "dateref_to_dict",
    "dateref_from_dict",
    "place_to_dict",
    "place_from_dict",
    "quote_to_dict",
    "quote_from_dict",
    "event_row",
    "EVENT_COLUMNS",
]


def _span(s: Span | None) -> dict | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _span_from(d: dict | None) -> Span | None:
    return None if d is None else Span(int(d["start"]), int(d["end"]), d["text"])


def actor_to_dict(a: Actor) -> dict:
    return {"text": a.text, "code": a.code.code, "country": a.code.country, "roles": list(a.code.roles),
            "groups": list(a.code.groups), "name": a.name, "start": a.span.start, "end": a.span.end,
            "rule": a.rule}


def actor_from_dict(d: dict) -> Actor:
    code = ActorCode(d["country"], tuple(d.get("roles", ())), tuple(d.get("groups", ())))
    return Actor(d["text"], Span(d["start"], d["end"], d["text"]), code, d.get("name", ""), d.get("rule", ""))


def place_to_dict(p: Place) -> dict:
    return {"text": p.span.text, "start": p.span.start, "end": p.span.end, "name": p.name,
            "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon, "country": p.country, "admin1": p.admin1,
            "feature": p.feature, "use": p.use}


def place_from_dict(d: dict) -> Place:
    return Place(Span(int(d["start"]), int(d["end"]), d["text"]), d["name"], d["geonameid"], d["lat"], d["lon"],
                 d["country"], d["admin1"], d["feature"], d.get("use", "literal"))


def event_to_dict(e: Event) -> dict:
    c = e.cameo
    return {
        "id": e.id,
        "sentence": e.sentence,
        "source": actor_to_dict(e.source),
        "target": actor_to_dict(e.target) if e.target else None,
        "cameo": {"code": c.code, "root": c.root, "name": c.name, "goldstein": c.goldstein, "quad": c.quad,
                  "quad_name": QUAD_NAMES[c.quad]},
        "plover": {"type": e.plover.type or None, "mode": e.plover.mode or None},
        "date": e.date.isoformat() if e.date else None,
        "date_granularity": e.date_granularity,
        "date_text": e.date_text,
        "date_reason": e.date_reason,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "spans": {"source": _span(e.spans.source), "verb": _span(e.spans.verb), "target": _span(e.spans.target)},
        "rule": e.rule,
        "group": e.group,
        "dictionary_version": e.dictionary_version,
        "tone": e.tone,
        "place": place_to_dict(e.place) if e.place else None,
        "place_precision": e.place_precision,
    }


def event_from_dict(d: dict, article_id: str) -> Event:
    code = load_codebook().cameo_or_foreign(d["cameo"]["code"])
    plover = PloverCode(d["plover"]["type"] or "", d["plover"]["mode"] or "")
    spans = d["spans"]
    return Event(
        id=d["id"], article_id=article_id, sentence=d["sentence"], source=actor_from_dict(d["source"]),
        target=actor_from_dict(d["target"]) if d["target"] else None, cameo=code, plover=plover,
        date=dt.date.fromisoformat(d["date"]) if d["date"] else None, date_text=d["date_text"],
        date_reason=d["date_reason"], spans=EventSpans(_span_from(spans["source"]), _span_from(spans["verb"]),
                                                        _span_from(spans["target"])),
        rule=d["rule"], group=d["group"], negated=d["negated"], hypothetical=d.get("hypothetical", False),
        dictionary_version=d.get("dictionary_version", ""), tone=d.get("tone"),
        place=place_from_dict(d["place"]) if d.get("place") else None, place_precision=d.get("place_precision", 0),
        date_granularity=d.get("date_granularity", "day" if d["date"] else ""),
    )


def dateref_to_dict(d: DateRef) -> dict:
    return {"text": d.span.text, "start": d.span.start, "end": d.span.end, "value": d.value, "kind": d.kind,
            "granularity": d.granularity}


def dateref_from_dict(d: dict) -> DateRef:
    return DateRef(Span(int(d["start"]), int(d["end"]), d["text"]), d["value"], d.get("granularity", ""),
                   d.get("kind", "DATE"))


def quote_to_dict(q: Quote) -> dict:
    sp = q.speaker
    speaker = None if sp is None else {"text": sp.text, "start": sp.span.start, "end": sp.span.end,
                                       "resolved": sp.name, "code": sp.code.code, "country": sp.code.country}
    return {"text": q.span.text, "start": q.span.start, "end": q.span.end, "kind": q.kind,
            "cue": {"text": q.cue.text, "start": q.cue.start, "end": q.cue.end}, "speaker": speaker,
            "rule": q.rule}


def quote_from_dict(d: dict) -> Quote:
    sp = d["speaker"]
    speaker = None
    if sp is not None:
        code = ActorCode.parse(sp["code"]) if sp["code"] else ActorCode()
        speaker = Actor(sp["text"], Span(sp["start"], sp["end"], sp["text"]), code, sp.get("resolved", ""))
    cue = d["cue"]
    return Quote(Span(d["start"], d["end"], d["text"]), d["kind"], Span(cue["start"], cue["end"], cue["text"]),
                 speaker, d.get("rule", ""))


def failure_to_dict(f: CodingFailure) -> dict:
    return {"id": f.article_id, "code": f.code, "message": f.message, "path": f.path, "line": f.line}


def result_to_dict(r: ArticleResult) -> dict:
    a = r.article
    return {
        "id": a.id,
        "date": a.date.isoformat() if a.date else None,
        "title": a.title,
        "url": a.url,
        "source": a.source,
        "events": [event_to_dict(e) for e in r.events],
        "quotes": [quote_to_dict(q) for q in r.quotes],
        "dates": [dateref_to_dict(x) for x in r.dates],
        "places": [place_to_dict(p) for p in r.places],
        "errors": [failure_to_dict(f) for f in r.errors],
        "discarded": [{"sentence": i, "kind": kind} for i, kind in r.discarded],
        "tone": r.tone,
    }


def result_from_dict(d: dict, text: str = "") -> ArticleResult:
    """Parse the JSON of one article back into records (the article text is not part of the JSON)."""
    date = dt.date.fromisoformat(d["date"]) if d["date"] else None
    art = Article(d["id"], text, date, d.get("title"), d.get("url"), d.get("source"))
    events = tuple(event_from_dict(e, d["id"]) for e in d["events"])
    errors = tuple(CodingFailure(x["id"], x["code"], x["message"], x.get("path"), x.get("line"))
                   for x in d.get("errors", ()))
    discarded = tuple((x["sentence"], x["kind"]) for x in d.get("discarded", ()))
    dates = tuple(dateref_from_dict(x) for x in d.get("dates", ()))
    places = tuple(place_from_dict(p) for p in d.get("places", ()))
    quotes = tuple(quote_from_dict(q) for q in d.get("quotes", ()))
    return ArticleResult(art, events, quotes=quotes, dates=dates, places=places, errors=errors, discarded=discarded,
                         tone=d.get("tone"))


EVENT_COLUMNS = ["article", "date", "source", "target", "cameo", "name", "plover", "goldstein", "quad",
                 "text", "rule"]


def event_row(e: Event) -> list[str]:
    """One flat row of an event for tables and the ``events`` TSV format."""
    return [
        e.article_id, e.date.isoformat() if e.date else "", e.source.code.code,
        e.target.code.code if e.target else "", e.cameo.code, e.cameo.name,
        (e.plover.type + (f"/{e.plover.mode}" if e.plover.mode else "")) if e.plover.type else "",
        "" if e.cameo.goldstein is None else f"{e.cameo.goldstein:+.1f}", str(e.cameo.quad),
        f"{e.source.text} | {e.spans.verb.text} | {e.target.text if e.target else '-'}", e.rule,
    ]
