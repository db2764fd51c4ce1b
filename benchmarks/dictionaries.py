"""Dictionary benchmark: the full Phoenix set (CAMEO 2.0 verbs, Phoenix actors, agents, discards) against
tidings' built-in dictionaries, in one run.

Writes a profile for the folder's Phoenix files, then times (1) loading the dictionaries (parse and
translate, in this process, first time), (2) building a coder on them (the phrase matcher over every
actor name), and (3) coding the benchmark corpus (benchmarks/corpus.py) with the built-in coder and with
the Phoenix coder, alternating and taking the best of ``--repeats`` each. Prints seconds, words/second
and the ratio Phoenix/built-in.

    python benchmarks/dictionaries.py [DICTIONARY_FOLDER] [--words 30000] [--repeats 3] [--json]

The folder defaults to ``$TIDINGS_SHARED_GOLD/petrarch/dictionaries`` (``../shared/gold`` if unset).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_corpus  # noqa: E402

from tidings.dictionaries.load import load_dictionaries  # noqa: E402
from tidings.dictionaries.profile import read_profile  # noqa: E402
from tidings.pipeline import Coder  # noqa: E402
from tidings.records import Article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(os.environ.get("TIDINGS_SHARED_GOLD", ROOT.parent / "shared" / "gold"))
PROFILE = """format = "petrarch"
verbs = "{d}/CAMEO.2.0.txt"
actors = ["{d}/Phoenix.Countries.actors.txt", "{d}/Phoenix.International.actors.txt",
          "{d}/Phoenix.MilNonState.actors.txt"]
agents = "{d}/Phoenix.agents.txt"
discards = "{d}/Phoenix.discards.txt"
skip_bad_lines = true
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=GOLD / "petrarch" / "dictionaries")
    ap.add_argument("--words", type=int, default=30000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "phoenix.toml"
        path.write_text(PROFILE.format(d=args.folder.resolve()), encoding="utf-8")
        profile = read_profile(path)
        t0 = time.perf_counter()
        dicts = load_dictionaries(profile)
        load_s = time.perf_counter() - t0
        builtin = Coder()
        t0 = time.perf_counter()
        phoenix = Coder(profile=profile)  # dictionaries cached: this is the matcher and stages
        build_s = time.perf_counter() - t0

    docs = make_corpus(args.words)
    words = sum(len(d["text"].split()) for d in docs)
    articles = [Article(d["id"], d["text"], dt.date.fromisoformat(d["date"])) for d in docs]
    for c in (builtin, phoenix):
        list(c.code(articles[:5]))
    times: dict[str, list[float]] = {"builtin": [], "phoenix": []}
    events: dict[str, int] = {}
    for _ in range(args.repeats):
        for name, c in (("builtin", builtin), ("phoenix", phoenix)):
            t0 = time.perf_counter()
            events[name] = sum(len(r.events) for r in c.code(articles))
            times[name].append(time.perf_counter() - t0)
    best = {k: min(v) for k, v in times.items()}
    result = {
        "words": words,
        "load_seconds": round(load_s, 2),
        "coder_build_seconds": round(build_s, 2),
        "actor_entries": len(dicts.actors),
        "patterns": len(dicts.patterns),
        "skipped_lines": len(dicts.skipped),
        "builtin_words_per_second": round(words / best["builtin"]),
        "phoenix_words_per_second": round(words / best["phoenix"]),
        "ratio_phoenix_over_builtin_time": round(best["phoenix"] / best["builtin"], 3),
        "events": events,
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"Phoenix set: {result['actor_entries']} actor entries, {result['patterns']} patterns, "
          f"{result['skipped_lines']} malformed lines skipped")
    print(f"load (parse + translate): {result['load_seconds']} s; coder on it (matcher build): "
          f"{result['coder_build_seconds']} s")
    print(f"corpus {words} words: built-in {result['builtin_words_per_second']} words/s ({events['builtin']} events), "
          f"Phoenix {result['phoenix_words_per_second']} words/s ({events['phoenix']} events)")
    print(f"time ratio Phoenix/built-in: {result['ratio_phoenix_over_builtin_time']}")


if __name__ == "__main__":
    main()
