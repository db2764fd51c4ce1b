"""Quotation marks: the stretches of an article's text that stand inside double quote marks.

Reads the raw article text only (no parse). Curly marks (“ ”) say which way they face; a straight mark
(") opens when it follows a space, a paragraph start or an opening bracket, and closes otherwise. An
opening mark with no closing mark in its paragraph continues into the next paragraph when that one
opens with a quote mark too (the newspaper convention for a quote running over paragraphs); otherwise
it ends at its paragraph's end. Single marks (‘ ’, ') are apostrophes or nested quotes and are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QuotedStretch", "quoted_stretches"]

_OPEN = "\u201c\u201e"
_CLOSE = "\u201d"
_STRAIGHT = '"'


@dataclass(frozen=True, slots=True)
class QuotedStretch:
    """Text between quote marks: ``start``/``end`` exclude the marks; ``pieces`` are per paragraph."""

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if i > start:
                out.append((start, i))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, "open"/"close") for the double marks of one paragraph."""
    out = []
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN:
            out.append((i, "open"))
        elif ch in _CLOSE:
            out.append((i, "close"))
        elif ch == _STRAIGHT:
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            opens = before.isspace() or before in "([{\u2014-" or (not after.isspace() and i == start)
            out.append((i, "open" if opens and not after.isspace() else "close"))
    return out


def _pair(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Paired (open, close) mark offsets of a paragraph, and the offset of a final unclosed opening."""
    pairs, opened = [], None
    for i, kind in _marks(text, start, end):
        if kind == "open":
            if opened is None:
                opened = i
        elif opened is not None and (text[i] == _STRAIGHT) == (text[opened] == _STRAIGHT):
            pairs.append((opened, i))  # a nested quote in the other style does not close it
            opened = None
    return pairs, opened


def quoted_stretches(text: str) -> list[QuotedStretch]:
    """Every quoted stretch of ``text`` in order, multi-paragraph quotes as one stretch."""
    out: list[QuotedStretch] = []
    pending: list[tuple[int, int]] = []  # pieces of a quote still open at its paragraph's end
    for p_start, p_end in _paragraphs(text):
        lead = p_start + (len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()))
        opens_here = lead < p_end and (text[lead] in _OPEN or text[lead] == _STRAIGHT)
        if pending and not opens_here:
            out.append(QuotedStretch(pending[0][0], pending[-1][1], tuple(pending)))
            pending = []
        pairs, unclosed = _pair(text, p_start, p_end)
        if pending and pairs and pairs[0][0] == lead:
            first = (pairs[0][0] + 1, pairs[0][1])  # the running quote ends in this paragraph
            pending.append(first)
            out.append(QuotedStretch(pending[0][0], first[1], tuple(pending)))
            pending = []
            pairs = pairs[1:]
        elif pending and unclosed == lead and not pairs:
            pending.append((lead + 1, p_end))  # still running
            continue
        elif pending:
            out.append(QuotedStretch(pending[0][0], pending[-1][1], tuple(pending)))
            pending = []
        for a, b in pairs:
            if b > a + 1:
                out.append(QuotedStretch(a + 1, b, ((a + 1, b),)))
        if unclosed is not None and unclosed + 1 < p_end:
            pending = [(unclosed + 1, p_end)]
    if pending:
        out.append(QuotedStretch(pending[0][0], pending[-1][1], tuple(pending)))
    return out
