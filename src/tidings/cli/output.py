"""Write coding results to a stream as JSON lines, an aligned table or event TSV rows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

import click

from tidings.export import EVENT_COLUMNS, event_row, failure_to_dict, result_to_dict
from tidings.export.plover import plover_records
from tidings.records import ArticleResult, CodingFailure

__all__ = ["write_results", "format_table"]

_TABLE_COLUMNS = ["article", "date", "source", "target", "cameo", "name", "plover", "text"]
_WIDTH = {"name": 34, "text": 70, "article": 26}


def format_table(rows: list[list[str]], columns: list[str]) -> str:
    cut = [[(v if len(v) <= _WIDTH.get(c, 99) else v[: _WIDTH[c] - 1] + "…") for v, c in zip(r, columns,
                                                                                            strict=True)]
           for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cut]) for i, c in enumerate(columns)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cut)
    return "\n".join(out)


def _report(failure: CodingFailure) -> None:
    click.echo(f"tidings: error [{failure.code}] {failure.message}", err=True)


def write_results(results: Iterable[ArticleResult | CodingFailure], fmt: str, out: TextIO) -> int:
    """Write every result; report failures on stderr. Returns the number of failed inputs."""
    failures = 0
    table: list[list[str]] = []
    idx = [EVENT_COLUMNS.index(c) for c in _TABLE_COLUMNS]
    if fmt == "events":
        out.write("\t".join(EVENT_COLUMNS) + "\n")
    for item in results:
        if isinstance(item, CodingFailure):
            failures += 1
            _report(item)
            if fmt == "json":
                out.write(json.dumps({"id": None, "events": [], "errors": [failure_to_dict(item)]}) + "\n")
            continue
        for f in item.errors:
            failures += 1
            _report(f)
        if fmt == "json":
            out.write(json.dumps(result_to_dict(item), ensure_ascii=False) + "\n")
        elif fmt == "plover":
            for rec in plover_records(item):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif fmt == "events":
            for e in item.events:
                out.write("\t".join(v.replace("\t", " ").replace("\n", " ") for v in event_row(e)) + "\n")
        else:
            for e in item.events:
                row = event_row(e)
                table.append([row[i].replace("\n", " ") for i in idx])
        if fmt != "table":
            out.flush()
    if fmt == "table":
        out.write(format_table(table, _TABLE_COLUMNS) + "\n")
        out.write(f"{len(table)} events\n")
    return failures
