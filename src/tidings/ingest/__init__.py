"""Ingest stage: read articles from files and streams.

Reads ``.txt`` articles (one article per file), ``.jsonl`` files of articles
(``{"id", "text", "date", "title"?, "url"?, "source"?}``, one per line), saved HTML pages and RSS/Atom
feed files (``tidings.ingest.web``), any of these compressed as ``.gz``, directories of them (walked in
name order) and ``-`` (standard input, JSONL if its first non-blank character is ``{``, else one text
article). Yields ``Article`` records, or
``CodingFailure`` records naming the file and line for input that cannot be read, so that a batch
goes on past a bad line.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from tidings.errors import InputError
from tidings.records import Article, CodingFailure

__all__ = ["read_inputs", "read_jsonl", "read_text", "parse_date", "expand_inputs", "SUFFIXES"]


def parse_date(value: object, path: str | None = None, line: int | None = None) -> dt.date | None:
    """An ISO date (``2024-06-29``, or a timestamp starting with one), or None for null/missing."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise InputError("T203", f"expected a date YYYY-MM-DD, got {value!r}", path, line)


def _article_from_obj(obj: object, path: str, line: int, default_date: dt.date | None) -> Article:
    if not isinstance(obj, dict):
        raise InputError("T204", f"expected a JSON object, got {type(obj).__name__}", path, line)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("T205", "missing or empty \"text\"", path, line)
    art_id = obj.get("id")
    art_id = str(art_id) if art_id not in (None, "") else f"{Path(path).stem}:{line}"
    date = parse_date(obj.get("date"), path, line) or default_date

    def opt(key: str) -> str | None:
        v = obj.get(key)
        return None if v is None else str(v)

    return Article(art_id, text, date, opt("title"), opt("url"), opt("source"), path, line)


def read_jsonl(stream: Iterable[str | bytes], path: str,
               default_date: dt.date | None = None) -> Iterator[Article | CodingFailure]:
    """Articles from JSON lines; a line that is not UTF-8, not JSON or not an article is a failure
    naming ``path:line``, and the lines after it are still read."""
    for no, raw in enumerate(stream, start=1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield CodingFailure(None, "T206", f"{path}:{no}: not UTF-8 text ({exc.reason} at byte {exc.start})",
                                    path, no)
                continue
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield CodingFailure(None, "T202", f"{path}:{no}: invalid JSON ({exc.msg} at column {exc.colno})",
                                path, no)
            continue
        try:
            yield _article_from_obj(obj, path, no, default_date)
        except InputError as exc:
            art_id = obj.get("id") if isinstance(obj, dict) else None
            yield CodingFailure(None if art_id is None else str(art_id), exc.code, exc.message, path, no)


def read_text(text: str, path: str, default_date: dt.date | None = None) -> Article:
    if not text.strip():
        raise InputError("T205", "empty article", path, 1)
    return Article(Path(path).stem if path != "-" else "stdin", text, default_date, None, None, None, path, 1)


#: file kinds read, by suffix (after a trailing .gz)
SUFFIXES = (".txt", ".jsonl", ".html", ".htm", ".rss", ".atom", ".xml")


def _suffix(path: Path) -> tuple[str, bool]:
    """The file's kind suffix (lower case) and whether it is gzip-compressed."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    return Path(name[:-3] if gz else name).suffix, gz


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Each input, with a directory replaced by the readable files under it, in name order."""
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _suffix(child)[0] in SUFFIXES:
                    yield str(child)
        else:
            yield name


def _read_file(name: str, default_date: dt.date | None) -> Iterator[Article | CodingFailure]:
    from tidings.ingest.web import FEED_SUFFIXES, HTML_SUFFIXES, read_feed, read_html

    path = Path(name)
    suffix, gz = _suffix(path)
    opener = gzip.open if gz else open
    if suffix == ".jsonl":
        with opener(path, "rb") as fh:
            yield from read_jsonl(fh, name, default_date)
        return
    if suffix not in SUFFIXES:
        yield CodingFailure(None, "T201", f"{name}: unsupported input; expected .txt, .jsonl, .html, .rss, .atom, "
                            ".xml (or .gz of one), a directory or -", name)
        return
    with opener(path, "rb") as fh:
        data = fh.read()
    if suffix == ".txt":
        yield read_text(data.decode("utf-8"), name, default_date)
    elif suffix in HTML_SUFFIXES:
        yield read_html(data, name, default_date)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(data, name, default_date)


def read_inputs(inputs: Iterable[str], default_date: dt.date | None = None,
                stdin: TextIO | None = None) -> Iterator[Article | CodingFailure]:
    """Articles from every input, in order; failures for what cannot be read."""
    for name in expand_inputs(inputs):
        try:
            if name == "-":
                stream = stdin or sys.stdin
                data = stream.read()
                if data.lstrip().startswith("{"):
                    yield from read_jsonl(data.splitlines(keepends=True), "-", default_date)  # type: ignore[arg-type]
                else:
                    yield read_text(data, "-", default_date)
                continue
            yield from _read_file(name, default_date)
        except InputError as exc:
            yield CodingFailure(None, exc.code, exc.message, name, exc.line)
        except (OSError, UnicodeDecodeError, EOFError) as exc:
            yield CodingFailure(None, "T200", f"{name}: cannot read file: {exc}", name)
