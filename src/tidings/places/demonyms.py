"""Demonyms: "Russian", "Sri Lankans" -> the country they imply, from ``places/data/demonyms.tsv``.

Geoparsing gold (LGL, TR-News, GeoWebNews) marks a demonym as a toponym of its country, so the places
list does too, with ``use="demonym"``; a demonym is never an event's place.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files

__all__ = ["demonym_table", "demonym_at"]

_MAX_WORDS = 2


@cache
def demonym_table() -> dict[str, str]:
    """Demonym as written -> the country's name in the places index."""
    text = files("tidings.places").joinpath("data", "demonyms.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    out = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        for word in row["demonyms"].split("|"):
            out[word] = row["country"]
    return out


def demonym_at(span_text, i: int, n: int, table: dict[str, str]) -> tuple[int, str] | None:
    """(end token, country name) of the longest demonym starting at token ``i`` of ``n``, if any;
    ``span_text(i, j)`` gives the text of tokens ``i`` to ``j``."""
    for j in range(min(n, i + _MAX_WORDS), i, -1):
        country = table.get(span_text(i, j))
        if country is not None:
            return j, country
    return None
