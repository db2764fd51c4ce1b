"""Write stored events to files in the public formats.

``write_events(events, fmt, out)`` writes the text formats to a text stream: ``gdelt`` (61 columns,
tab-separated, no header), ``icews`` (20 columns, tab-separated, with its header), ``phoenix`` (26
columns, tab-separated, no header), ``plover`` (JSON lines) and ``csv`` (tidings' own records, with a
header). ``write_gdelt_mentions`` writes GDELT's mentions table; ``write_parquet`` writes tidings' own
records to a Parquet file with codes as strings and counts as integers.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TextIO

from tidings.errors import StoreError
from tidings.export.stored import (
    ICEWS_COLUMNS,
    RECORD_COLUMNS,
    gdelt_event_row,
    gdelt_mention_row,
    icews_row,
    phoenix_row,
    plover_record,
    record_row,
)
from tidings.records import StoredEvent, StoredMention

__all__ = ["TEXT_FORMATS", "write_events", "write_gdelt_mentions", "write_parquet"]

def _tsv(row: list[str]) -> str:
    return "\t".join(v.replace("\t", " ").replace("\n", " ").replace("\r", " ") for v in row) + "\n"


def _write_csv(events: Iterable[StoredEvent], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(RECORD_COLUMNS)
    n = 0
    for e in events:
        writer.writerow(["" if v is None else v for v in record_row(e)])
        n += 1
    return n


def _write_plover(events: Iterable[StoredEvent], out: TextIO) -> int:
    """One JSON line per event that has a PLOVER type (events whose code maps to none are left out)."""
    n = 0
    for e in events:
        rec = plover_record(e)
        if rec is not None:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def _tsv_writer(row_of: Callable[[StoredEvent], list[str]], header: list[str] | None = None) -> _Writer:
    def write(events: Iterable[StoredEvent], out: TextIO) -> int:
        if header is not None:
            out.write(_tsv(header))
        n = 0
        for e in events:
            out.write(_tsv(row_of(e)))
            n += 1
        return n

    return write


_Writer = Callable[[Iterable[StoredEvent], TextIO], int]

#: the text formats and their writers; each returns the number of rows (records) written
_WRITERS: dict[str, _Writer] = {
    "gdelt": _tsv_writer(gdelt_event_row),
    "icews": _tsv_writer(icews_row, list(ICEWS_COLUMNS)),
    "phoenix": _tsv_writer(phoenix_row),
    "plover": _write_plover,
    "csv": _write_csv,
}
TEXT_FORMATS = tuple(_WRITERS)


def write_events(events: Iterable[StoredEvent], fmt: str, out: TextIO) -> int:
    """Write events in a text format; returns the number of rows (records) written."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise StoreError("T430", f"unknown export format {fmt!r}; expected one of {', '.join(TEXT_FORMATS)}")
    return writer(events, out)


def write_gdelt_mentions(mentions: Iterable[StoredMention], event_added: Mapping[int, str], out: TextIO) -> int:
    """GDELT 2.0 mentions rows; ``event_added`` maps event ids to when each event was first stored."""
    n = 0
    for m in mentions:
        out.write(_tsv(gdelt_mention_row(m, event_added[m.event_id])))
        n += 1
    return n


def write_parquet(events: Iterable[StoredEvent], path: str | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    ints = {"id", "quad", "num_mentions", "num_sources", "num_articles"}
    types = {c: pa.int64() if c in ints else pa.float64() if c == "goldstein" else pa.string()
             for c in RECORD_COLUMNS}
    columns: dict[str, list] = {c: [] for c in RECORD_COLUMNS}
    for e in events:
        for c, v in zip(RECORD_COLUMNS, record_row(e), strict=True):
            columns[c].append(v)
    table = pa.table({c: pa.array(v, type=types[c]) for c, v in columns.items()})
    pq.write_table(table, str(path))
    return table.num_rows
