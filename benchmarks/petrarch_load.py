"""Load-time benchmark: the three Phoenix actor files and the Phoenix agents into one ActorDictionary.

Times the import of the modules and the parse of the files separately (best of ``--repeats``), and
prints the entry counts and how many defective lines were skipped.

    python benchmarks/petrarch_load.py [DICTIONARY_FOLDER] [--repeats 3]

The folder defaults to ``$TIDINGS_SHARED_GOLD/petrarch/dictionaries`` (``../shared/gold`` if unset).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

_t0 = time.perf_counter()
from tidings.actors.dictionary import ActorDictionary  # noqa: E402
from tidings.dictionaries.petrarch_actors import read_petrarch_actors  # noqa: E402
from tidings.dictionaries.petrarch_agents import read_petrarch_agents  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _t0
ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(os.environ.get("TIDINGS_SHARED_GOLD", ROOT.parent / "shared" / "gold"))


def load(folder: Path) -> tuple[ActorDictionary, int]:
    into, skipped = ActorDictionary(), []
    for name in ("Countries", "International", "MilNonState"):
        read_petrarch_actors(folder / f"Phoenix.{name}.actors.txt", into, skipped=skipped)
    read_petrarch_agents(folder / "Phoenix.agents.txt", into, skipped=skipped)
    return into, len(skipped)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=GOLD / "petrarch" / "dictionaries")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    best = float("inf")
    for _ in range(args.repeats):
        start = time.perf_counter()
        into, skipped = load(args.folder)
        best = min(best, time.perf_counter() - start)
    print(f"import {IMPORT_SECONDS:.2f} s, load {best:.2f} s (best of {args.repeats}): {len(into)} entries, "
          f"{len(into.entries)} surfaces, {skipped} defective lines skipped")


if __name__ == "__main__":
    main()
