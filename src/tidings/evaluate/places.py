"""Score the places stage on geoparsing gold in the LGL / TR-News XML shape.

The file holds ``<article>`` elements with ``<text>`` and ``<toponyms>``; each ``<toponym>`` has
``<start>``/``<end>`` character offsets, a ``<phrase>`` and (usually) a ``<gaztag>`` with
``<lat>``/``<lon>``. Gold toponyms without coordinates are not scored (nothing to measure a distance
to), and produced places that overlap one of them count neither for nor against precision. The stage
runs on each article's text alone (no dateline, no title).

A gold toponym is *found* when a produced place overlaps its span, and *placed* when that place is
within 161 km (100 miles) of it. Recall: placed / gold. Precision: produced places that overlap a
gold toponym and lie within 161 km of it / produced. Also accuracy@161km and the mean and median error
over found toponyms, and accuracy@161km by the feature of the place produced (a country's or
division's point is a convention of its gazetteer: GeoNames and ours place Canada 1,000 km apart).
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from pathlib import Path

from tidings.errors import InputError
from tidings.evaluate import Report
from tidings.records import Article

__all__ = ["load_geo_gold", "score_places", "distance_km"]

_KM = 161.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _toponym(t: ET.Element) -> dict:
    lat = t.findtext("gaztag/lat") or t.findtext("lat")
    lon = t.findtext("gaztag/lon") or t.findtext("lon")
    return {"start": int(t.findtext("start")), "end": int(t.findtext("end")), "phrase": t.findtext("phrase"),
            "lat": float(lat) if lat else None, "lon": float(lon) if lon else None}


def load_geo_gold(path: str | Path, limit: int | None = None) -> list[dict]:
    """Articles as ``{"id", "text", "toponyms": [{"start", "end", "phrase", "lat", "lon"}]}``."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError("T240", f"cannot read geoparsing gold: {exc}", str(path)) from None
    out = []
    for a in root.iter("article"):
        try:
            out.append({"id": a.get("docid", str(len(out))), "text": a.findtext("text") or "",
                        "toponyms": [_toponym(t) for t in a.iter("toponym")]})
        except (TypeError, ValueError) as exc:
            raise InputError("T241", f"article {a.get('docid')}: expected toponyms with start, end, lat, lon: {exc}",
                             str(path)) from None
        if limit is not None and len(out) >= limit:
            break
    if not out:
        raise InputError("T242", "no <article> elements", str(path))
    return out


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_places(path: str | Path, coder, limit: int | None = None) -> Report:
    """Run the places stage over each gold article (first ``limit`` only, if given) and score it."""
    gold = load_geo_gold(path, limit)
    docs = coder.nlp.pipe((g["text"] for g in gold), batch_size=coder.settings.batch_size)
    n_gold = found = placed = produced = correct = 0
    by_feature: dict[str, list[int]] = {}  # feature of the produced place -> [found, placed]
    errors: list[float] = []
    misses, fps = [], []
    for g, doc in zip(gold, docs, strict=True):
        places = coder.places.run(doc, Article(g["id"], g["text"]))
        scored = [t for t in g["toponyms"] if t["lat"] is not None]
        unscored = [t for t in g["toponyms"] if t["lat"] is None]
        n_gold += len(scored)
        for t in scored:
            hits = [p for p in places if _overlaps(p.span.start, p.span.end, t["start"], t["end"])]
            if not hits:
                misses.append({"id": g["id"], "expected": t["phrase"], "produced": None,
                               "text": g["text"][max(0, t["start"] - 60):t["end"] + 60]})
                continue
            found += 1
            d = min(distance_km(t["lat"], t["lon"], p.lat, p.lon) for p in hits)
            errors.append(d)
            tally = by_feature.setdefault(hits[0].feature, [0, 0])
            tally[0] += 1
            if d <= _KM:
                placed += 1
                tally[1] += 1
            else:
                misses.append({"id": g["id"], "expected": f"{t['phrase']} ({t['lat']}, {t['lon']})",
                               "produced": f"{hits[0].name}, {hits[0].country} ({hits[0].lat}, {hits[0].lon}) "
                                           f"{round(d)} km", "text": g["text"][max(0, t["start"] - 60):t["end"] + 60]})
        for p in places:
            if any(_overlaps(p.span.start, p.span.end, t["start"], t["end"]) for t in unscored):
                continue
            produced += 1
            ok = any(_overlaps(p.span.start, p.span.end, t["start"], t["end"])
                     and distance_km(t["lat"], t["lon"], p.lat, p.lon) <= _KM for t in scored)
            if ok:
                correct += 1
            else:
                fps.append({"id": g["id"], "produced": f"{p.span.text} -> {p.name}, {p.country} ({p.feature})"})
    scores = {
        "recall": round(placed / n_gold, 4) if n_gold else 0.0,
        "precision": round(correct / produced, 4) if produced else 0.0,
        "found": round(found / n_gold, 4) if n_gold else 0.0,
        "accuracy_161km": round(placed / found, 4) if found else 0.0,
        "mean_error_km": round(statistics.fmean(errors), 1) if errors else 0.0,
        "median_error_km": round(statistics.median(errors), 1) if errors else 0.0,
        "gold": n_gold, "placed": placed, "produced": produced, "correct": correct, "articles": len(gold),
    }
    for feature, (f_found, f_placed) in sorted(by_feature.items()):
        scores[f"found_as_{feature}"] = f_found
        scores[f"accuracy_161km_{feature}"] = round(f_placed / f_found, 4)
    return Report("places", scores, misses, fps)
