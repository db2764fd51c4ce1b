"""Ingest benchmark: coding alone against coding and storing, on SQLite (and PostgreSQL if given).

Generates N invented articles (benchmarks/corpus.py), gives them URLs and five outlets, codes them
once with ``Coder.code`` (timed), then stores the results with ``Store.add`` into a fresh SQLite file
in WAL mode (timed), and into PostgreSQL when ``--postgres URL`` is given (its public schema is
dropped and recreated first: use a throwaway database). ``tidings ingest`` codes and stores in one
thread, one after the other, so coding+store time is the sum of the two. Prints articles/second for
coding alone, for storing alone and for both, and the ratio (coding+store time / coding time).

    python benchmarks/ingest.py [--n 2000] [--postgres postgresql://...] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_corpus  # noqa: E402

from tidings.pipeline import Coder  # noqa: E402
from tidings.records import Article  # noqa: E402
from tidings.store import Store  # noqa: E402

OUTLETS = ["Example Wire", "Example Daily", "Example Times", "Example Post", "Example Radio"]


def articles(n: int) -> list[Article]:
    docs = make_corpus(n * 480)
    while len(docs) < n:
        docs += make_corpus(n * 480, seed=len(docs))
    out = []
    for i, d in enumerate(docs[:n]):
        outlet = OUTLETS[i % len(OUTLETS)]
        url = f"https://{outlet.split()[1].lower()}.example.test/{i}"
        # the corpus repeats templates: make every text distinct so that no article is a duplicate
        out.append(Article(f"{d['id']}-{i}", f"{d['text']}\n[{i}]", dt.date.fromisoformat(d["date"]), d["title"],
                           url, outlet))
    return out


def store_all(url: str, results) -> tuple[float, dict]:
    t0 = time.perf_counter()
    with Store.open(url) as store:
        for r in results:
            store.add(r)
        seconds = time.perf_counter() - t0
        counts = {t: store.count(t) for t in ("articles", "events", "mentions")}
    return seconds, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    ap.add_argument("--postgres", metavar="URL", help="also store into this (throwaway) PostgreSQL database")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    arts = articles(args.n)
    coder = Coder()
    list(coder.code(arts[:5]))  # warm up
    t0 = time.perf_counter()
    results = list(coder.code(arts))
    code_s = time.perf_counter() - t0
    report = {"articles": len(arts), "words": sum(len(a.text.split()) for a in arts),
              "events": sum(len(r.events) for r in results), "code_seconds": round(code_s, 2),
              "code_articles_per_second": round(len(arts) / code_s, 1), "backends": {}}
    backends = [("sqlite", str(Path(tempfile.mkdtemp()) / "bench.db"))]
    if args.postgres:
        import psycopg

        with psycopg.connect(args.postgres, autocommit=True) as conn:
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")
        backends.append(("postgresql", args.postgres))
    for name, url in backends:
        store_s, counts = store_all(url, results)
        report["backends"][name] = {
            "store_seconds": round(store_s, 2), "store_articles_per_second": round(len(arts) / store_s, 1),
            "code_and_store_articles_per_second": round(len(arts) / (code_s + store_s), 1),
            "ratio": round((code_s + store_s) / code_s, 3), **counts}
    if args.json:
        print(json.dumps(report))
        return
    print(f"corpus: {report['articles']} articles, {report['words']} words, {report['events']} coded events")
    print(f"coding alone      : {report['code_articles_per_second']:>8} articles/s ({report['code_seconds']} s)")
    for name, b in report["backends"].items():
        print(f"{name:10} store  : {b['store_articles_per_second']:>8} articles/s ({b['store_seconds']} s); "
              f"{b['events']} events from {b['mentions']} mentions")
        print(f"{name:10} code+store: {b['code_and_store_articles_per_second']:>6} articles/s; "
              f"ratio (code+store)/code {b['ratio']:.3f}")


if __name__ == "__main__":
    main()
