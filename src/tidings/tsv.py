"""Reading tidings' tab-separated data files: one header line, ``#`` comments, blank lines.

Shared by the dictionary loaders (actors, patterns, codebook-like tables) so that every data file
follows one set of rules and every malformed line is reported the same way: ``path:line`` and what
was expected.
"""

from __future__ import annotations

from collections.abc import Iterator

from tidings.errors import DictionaryError

__all__ = ["read_rows"]


def read_rows(text: str, path: str, header: list[str], codes: tuple[str, str]) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line number, stripped columns)`` for each data line after the header.

    ``codes`` are the message codes for a wrong header and a wrong column count.
    """
    header_code, columns_code = codes
    lines = text.splitlines()
    first = next((i for i, ln in enumerate(lines) if ln.strip() and not ln.startswith("#")), None)
    if first is None or lines[first].split("\t") != header:
        raise DictionaryError(header_code, f"expected header {' '.join(header)!r}", path, (first or 0) + 1)
    for no, line in enumerate(lines[first + 1 :], start=first + 2):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != len(header):
            raise DictionaryError(
                columns_code, f"expected {len(header)} tab-separated columns ({', '.join(header)}), got {len(cols)}",
                path, no)
        yield no, [c.strip() for c in cols]
