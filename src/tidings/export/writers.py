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
from collections.abc import Iterable, Mapping
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

TEXT_FORMATS = ("gdelt", "icews", "phoenix", "plover", "csv")


def _tsv(row: list[str]) -> str:
    return "\t".join(v.replace("\t", " ").replace("\n", " ").replace("\r", " ") for v in row) + "\n"


def write_events(events: Iterable[StoredEvent], fmt: str, out: TextIO) -> int:
    """Write events in a text format; returns the number of rows (records) written."""
    n = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(RECORD_COLUMNS)
        for e in events:
            writer.writerow(["" if v is None else v for v in record_row(e)])
            n += 1
        return n
    if fmt == "icews":
        out.write(_tsv(ICEWS_COLUMNS))
    row_of = {"gdelt": gdelt_event_row, "icews": icews_row, "phoenix": phoenix_row}.get(fmt)
    for e in events:
        if fmt == "plover":
            rec = plover_record(e)
            if rec is None:
                continue
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif row_of is not None:
            out.write(_tsv(row_of(e)))
        else:
            raise StoreError("T430", f"unknown export format {fmt!r}; expected one of {', '.join(TEXT_FORMATS)}")
        n += 1
    return n


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
