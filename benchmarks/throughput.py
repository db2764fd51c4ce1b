"""Throughput benchmark: tidings end to end against the bare spaCy parse, in one run.

Generates a deterministic corpus of news-style articles (benchmarks/corpus.py, 60k+ words by
default), then, in this one process, times (1) the bare spaCy pipeline over the texts with
``nlp.pipe`` and (2) tidings' ``Coder.code`` over the same articles (parse + actors + events + dates),
alternating the two several times and taking the best of each, so that a noisy machine penalises
both alike. Prints words/second for both and the cost ratio (tidings time / spaCy time).

    python benchmarks/throughput.py [--words 60000] [--repeats 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import datetime as dt  # noqa: E402

from corpus import make_corpus  # noqa: E402

from tidings.pipeline import Coder  # noqa: E402
from tidings.records import Article  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=60000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    args = ap.parse_args()

    docs = make_corpus(args.words)
    words = sum(len(d["text"].split()) for d in docs)
    articles = [Article(d["id"], d["text"], dt.date.fromisoformat(d["date"])) for d in docs]
    coder = Coder()
    nlp = coder.nlp
    texts = [a.text for a in articles]
    list(nlp.pipe(texts[:5]))  # warm up both paths once
    list(coder.code(articles[:5]))

    spacy_times, tidings_times, events = [], [], 0
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=coder.settings.batch_size):
            pass
        spacy_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        events = sum(len(r.events) for r in coder.code(articles))
        tidings_times.append(time.perf_counter() - t0)

    best_spacy, best_tidings = min(spacy_times), min(tidings_times)
    result = {
        "articles": len(articles),
        "words": words,
        "events": events,
        "spacy_words_per_second": round(words / best_spacy),
        "tidings_words_per_second": round(words / best_tidings),
        "ratio": round(best_tidings / best_spacy, 3),
        "spacy_seconds": [round(t, 2) for t in spacy_times],
        "tidings_seconds": [round(t, 2) for t in tidings_times],
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"corpus: {len(articles)} articles, {words} words; tidings coded {events} events")
    print(f"bare spaCy parse : {result['spacy_words_per_second']:>8} words/s  (runs: {result['spacy_seconds']} s)")
    print(f"tidings end to end: {result['tidings_words_per_second']:>8} words/s  (runs: {result['tidings_seconds']} s)")
    print(f"cost ratio tidings/spaCy: {result['ratio']:.3f}  (goal <= 1.25)")


if __name__ == "__main__":
    main()
