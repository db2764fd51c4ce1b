"""Score the timex stage on TimeML (``.tml``) files, TempEval-3 style.

Reads one ``.tml`` file or a folder of them. The document creation time (DCT) is the ``TIMEX3`` with
``functionInDocument="CREATION_TIME"``; the gold is every ``TIMEX3`` inside ``<TEXT>``, with its
character span over the tag-stripped text, its ``type`` and ``value``. The text is parsed by the
coder's spaCy model and run through ``tidings.timex.find_dates`` with the DCT as publication date.

- extraction: strict (same span) and relaxed (overlapping span, each gold and each produced
  expression matched at most once) precision, recall and F1 over all types;
- value: a gold expression is found when an overlapping produced expression has the same value.
  Reported for DATE+TIME together (the headline), per type, and over all types; precision divides
  by the produced expressions of the same kind(s), recall by the gold ones.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from tidings.errors import InputError
from tidings.evaluate import Report, prf
from tidings.records import Article

__all__ = ["GoldTimex", "TimeMLDoc", "read_timeml", "score_timex", "TYPES"]

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    id: str
    dct: dt.date
    text: str
    timexes: tuple[GoldTimex, ...]


def _walk(elem: ET.Element, parts: list[str], pos: int, out: list[GoldTimex]) -> int:
    """Append the text under ``elem`` to ``parts`` and the TIMEX3s under it to ``out``; return the new offset."""
    start = pos
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        pos = _walk(child, parts, pos, out)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if elem.tag == "TIMEX3":
        out.append(GoldTimex(start, pos, "", elem.get("type", ""), elem.get("value", "")))  # text set later
    return pos


def read_timeml(path: str | Path) -> TimeMLDoc:
    """One TimeML document: its id, DCT, raw text and gold TIMEX3s (offsets into the text)."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError("T240", f"not a readable TimeML file: {exc}", str(path)) from None
    dct_el = next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    body = root.find("TEXT")
    if dct_el is None or body is None:
        raise InputError("T241", "expected a CREATION_TIME TIMEX3 and a <TEXT> element", str(path))
    try:
        dct = dt.date.fromisoformat(dct_el.get("value", "")[:10])
    except ValueError:
        raise InputError("T242", f"DCT value {dct_el.get('value')!r} is not a date", str(path)) from None
    parts: list[str] = []
    found: list[GoldTimex] = []
    _walk(body, parts, 0, found)
    text = "".join(parts)
    gold = tuple(GoldTimex(g.start, g.end, text[g.start:g.end], g.type, g.value) for g in found)
    doc_id = root.findtext("DOCID") or path.stem
    return TimeMLDoc(doc_id.strip(), dct, text, gold)


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.rglob("*.tml"))
        if not files:
            raise InputError("T243", "no .tml files in this folder", str(path))
        return files
    return [path]


def _relaxed_pairs(gold, produced) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of overlapping expressions, larger overlaps first."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(produced):
            overlap = min(g.end, p.span.end) - max(g.start, p.span.start)
            if overlap > 0:
                cands.append((-overlap, i, j))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


class _Tally:
    def __init__(self) -> None:
        self.n = {k: 0 for k in ("gold", "produced", "strict", "relaxed")}
        self.value = {k: [0, 0, 0] for k in (*TYPES, "DATE+TIME", "ALL")}  # [correct, produced, gold]

    def add(self, gold, produced, misses: list[dict], doc_id: str) -> None:
        self.n["gold"] += len(gold)
        self.n["produced"] += len(produced)
        spans = {(p.span.start, p.span.end) for p in produced}
        self.n["strict"] += sum((g.start, g.end) in spans for g in gold)
        pairs = _relaxed_pairs(gold, produced)
        self.n["relaxed"] += len(pairs)
        by_gold = dict(pairs)
        for key, kinds in self._groups():
            self.value[key][1] += sum(p.kind in kinds for p in produced)
            self.value[key][2] += sum(g.type in kinds for g in gold)
        for i, g in enumerate(gold):
            p = produced[by_gold[i]] if i in by_gold else None
            ok = p is not None and p.value == g.value
            for key, kinds in self._groups():
                if g.type in kinds and ok:
                    self.value[key][0] += 1
            if not ok and g.type in ("DATE", "TIME"):
                misses.append({"id": doc_id, "text": g.text, "expected": f"{g.type} {g.value}",
                               "produced": f"{p.kind} {p.value} ({p.span.text!r})" if p else None})

    @staticmethod
    def _groups():
        yield from ((t, (t,)) for t in TYPES)
        yield "DATE+TIME", ("DATE", "TIME")
        yield "ALL", TYPES

    def scores(self) -> dict:
        n = self.n
        s: dict = {"gold": n["gold"], "produced": n["produced"]}
        for kind in ("strict", "relaxed"):
            p, r, f = prf(n[kind], n["produced"], n["gold"])
            s.update({f"{kind}_precision": p, f"{kind}_recall": r, f"{kind}_f1": f})
        for key, (correct, produced, gold) in self.value.items():
            p, r, f = prf(correct, produced, gold)
            name = key.lower().replace("+", "_")
            s.update({f"value_{name}_precision": p, f"value_{name}_recall": r, f"value_{name}_f1": f,
                      f"gold_{name}": gold, f"produced_{name}": produced, f"correct_{name}": correct})
        return s


def score_timex(path: str | Path, coder, limit: int | None = None, every: int = 1) -> Report:
    """Score the timex stage on a ``.tml`` file or folder (``limit``: the first N files only;
    ``every``: every N-th file in name order, a fixed sample)."""
    from tidings.timex import find_dates

    files = _files(Path(path))[::every][:limit]
    docs = [read_timeml(f) for f in files]
    tally, misses, fps = _Tally(), [], []
    parsed = coder.nlp.pipe([d.text for d in docs], batch_size=16)
    for d, spacy_doc in zip(docs, parsed, strict=True):
        produced = list(find_dates(spacy_doc, Article(d.id, d.text, d.dct)))
        tally.add(d.timexes, produced, misses, d.id)
        gold_spans = [(g.start, g.end) for g in d.timexes]
        fps.extend({"id": d.id, "produced": f"{p.kind} {p.value} ({p.span.text!r})"} for p in produced
                   if not any(s < p.span.end and p.span.start < e for s, e in gold_spans))
    scores = {"documents": len(docs), **tally.scores()}
    return Report("timex", scores, misses, fps)
