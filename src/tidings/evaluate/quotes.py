"""Score the quotes stage on PolNeAR attribution annotations (brat standoff).

Reads ``DIR/text/<stem>.txt`` and ``DIR/attributions/<stem>_<annotator>.ann`` (for an article with
several annotators, the lexicographically first one). Each ``E`` line is one attribution with
``Source``, ``Cue`` and ``Content`` spans (a span may be discontinuous: ``s1 e1;s2 e2``).

- **direct quotes**: gold attributions whose content is in quote marks (it starts with a double mark
  and ends with one, trailing punctuation aside) against produced quotes of kind ``direct``. A
  produced quote is correct when at least 30% of its characters lie in a gold direct content; a gold
  quote is found when produced direct quotes cover at least 30% of its characters (a gold quote that
  the text interrupts with '..., said Caddell. "...' is two produced quotes). F1 of the two.
- **speaker accuracy**: for each correct produced direct quote, the gold attribution it overlaps most;
  the speaker is right when its mention overlaps the gold ``Source`` span, or its resolved name shares
  a capitalised word with the gold source text (the same person named elsewhere).
- **reported-speech recall**: gold attributions whose cue is a verb of saying (said, told, according
  to, added, ...), quote marks or not, found when produced quotes of any kind cover at least 30% of
  the content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tidings.errors import InputError
from tidings.evaluate import Report, prf
from tidings.records import Article

__all__ = ["GoldAttribution", "read_polnear", "score_quotes", "SPEECH_CUE"]

OVERLAP = 0.3
#: cue words of reported speech (inflected forms of the quotes stage's verbs of saying)
SPEECH_CUE = re.compile(
    r"\b(said|says|say|saying|told|tells|tell|according|added|adds|warned|warns|insisted|insists|claimed|"
    r"claims|argued|argues|noted|notes|explained|explains|announced|announces|stated|states|wrote|writes|"
    r"declared|replied|responded|acknowledged|admitted|suggested|stressed|predicted|vowed|promised|"
    r"complained|alleged|asserted|continued|continues|asked|asks|tweeted|confirmed|denied|conceded)\b", re.I)
_OPEN = "\u201c\"\u201e"
_CLOSE = "\u201d\""


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    article: str
    content: tuple[tuple[int, int], ...]
    content_text: str
    cue: str
    source: tuple[tuple[int, int], ...]
    source_text: str

    @property
    def direct(self) -> bool:
        t = self.content_text.strip().rstrip(".,;:?! ")
        return bool(t) and t[0] in _OPEN and t[-1] in _CLOSE

    @property
    def reported_speech(self) -> bool:
        return bool(SPEECH_CUE.search(self.cue))


def _spans(field: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in (p.split() for p in field.split(";")))


def _read_ann(path: Path, stem: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, where = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(where), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    out = []
    for ev in events:
        roles = {role.rstrip("0123456789"): spans.get(tid) for role, tid in ev.items()}
        content = roles.get("Content")
        if content is None:
            continue
        cue, source = roles.get("Cue"), roles.get("Source")
        out.append(GoldAttribution(stem, content[1], content[2], cue[2] if cue else "",
                                   source[1] if source else (), source[2] if source else ""))
    return out


def read_polnear(folder: str | Path) -> tuple[list[Article], list[GoldAttribution]]:
    """The articles of a PolNeAR compartment folder and their gold attributions."""
    folder = Path(folder)
    texts, anns = folder / "text", folder / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise InputError("T213", "expected a PolNeAR folder with text/ and attributions/", str(folder))
    articles, gold = [], []
    for txt in sorted(texts.glob("*.txt")):
        stem = txt.stem
        ann = sorted(anns.glob(f"{stem}_*.ann"))
        if not ann:
            continue
        articles.append(Article(stem, txt.read_text(encoding="utf-8")))
        gold.extend(_read_ann(ann[0], stem))
    return articles, gold


def _overlap(a: tuple[tuple[int, int], ...], start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in a)


def _covered(pieces: tuple[tuple[int, int], ...], spans: list[tuple[int, int]]) -> float:
    total = sum(e - s for s, e in pieces) or 1
    hit = sum(1 for s, e in pieces for i in range(s, e) if any(a <= i < b for a, b in spans))
    return hit / total


def _same_speaker(g: GoldAttribution, speaker) -> bool:
    if speaker is None or not g.source:
        return False
    if _overlap(g.source, speaker.span.start, speaker.span.end):
        return True
    gold_words = {w.strip(".,'’s").lower() for w in g.source_text.split() if w[:1].isupper()}
    name_words = {w.lower() for w in speaker.name.split() if w[:1].isupper()}
    return bool(gold_words & name_words)


def score_quotes(folder: str | Path, coder) -> Report:
    articles, gold = read_polnear(folder)
    by_article: dict[str, list[GoldAttribution]] = {}
    for g in gold:
        by_article.setdefault(g.article, []).append(g)
    produced = good = found = speaker_ok = reported = reported_found = 0
    all_found = 0
    misses, fps = [], []
    for art, result in zip(articles, coder.code(articles), strict=True):
        golds = by_article.get(art.id, [])
        direct_gold = [g for g in golds if g.direct]
        mine = [q for q in result.quotes if q.kind == "direct"]
        mine_spans = [(q.span.start, q.span.end) for q in mine]
        any_spans = [(q.span.start, q.span.end) for q in result.quotes]
        for q in mine:
            produced += 1
            length = max(q.span.end - q.span.start, 1)
            best = max(direct_gold, key=lambda g: _overlap(g.content, q.span.start, q.span.end), default=None)
            if best is not None and _overlap(best.content, q.span.start, q.span.end) / length >= OVERLAP:
                good += 1
                if _same_speaker(best, q.speaker):
                    speaker_ok += 1
                else:
                    misses.append({"id": art.id, "expected": {"speaker": best.source_text},
                                   "produced": {"speaker": q.speaker.text if q.speaker else None,
                                                "resolved": q.speaker.name if q.speaker else None},
                                   "text": q.span.text})
            else:
                fps.append({"id": art.id, "produced": {"kind": q.kind, "text": q.span.text[:120]}})
        for g in direct_gold:
            if _covered(g.content, mine_spans) >= OVERLAP:
                found += 1
            else:
                misses.append({"id": art.id, "expected": {"direct": g.content_text[:120], "cue": g.cue},
                               "produced": None, "text": g.content_text})
        for g in golds:
            hit = _covered(g.content, any_spans) >= OVERLAP
            all_found += hit
            if g.reported_speech:
                reported += 1
                reported_found += hit
    n_direct = sum(g.direct for g in gold)
    p, _, _ = prf(good, produced, n_direct)
    r = round(found / n_direct, 4) if n_direct else 0.0
    f = round(2 * p * r / (p + r), 4) if p + r else 0.0
    scores = {
        "articles": len(articles), "gold_attributions": len(gold), "gold_direct": n_direct,
        "produced_direct": produced, "direct_precision": p, "direct_recall": r, "direct_f1": f,
        "speaker_accuracy": round(speaker_ok / good, 4) if good else 0.0,
        "gold_reported_speech": reported,
        "reported_speech_recall": round(reported_found / reported, 4) if reported else 0.0,
        "attribution_recall": round(all_found / len(gold), 4) if gold else 0.0,
    }
    return Report("quotes", scores, misses, fps)
