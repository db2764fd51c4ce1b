"""What every PETRARCH/TABARI dictionary file shares: comments, phrases, plurals and how bad lines are reported.

Comments (PETRARCH's documented rules): ``<!-- ... -->`` on one line, inside a line or over several lines
(TABARI's ``<! -- ... -->`` too: anything from ``<!`` to ``-->``); ``#`` and the legacy KEDS/TABARI ``;``
comment out the rest of a line. Blank lines are skipped.

A phrase is words joined by ``_`` or blanks: ``LEDGER_FRONT_COMMAND`` and ``LEDGER FRONT COMMAND`` are
both the words ``ledger front command``. tidings matches words only as consecutive whole words, without
case, so PETRARCH's "a blank lets other words in between" for agents is not kept. A trailing ``_``
(``VALORIA_``) is TABARI's exact-word marker (no stem matching); it is reported, not part of the words.

Bad lines: every importer takes ``skipped``. Without it (the default) the first bad line raises its
``DictionaryError``; with a list, each bad line is logged as a warning, added to the list and skipped,
as PETRARCH itself skips lines it cannot read. The real Phoenix files need this (see the tests).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from tidings.errors import DictionaryError

__all__ = ["Report", "content_lines", "phrase_words", "plural", "bracket_blocks"]

log = logging.getLogger(__name__)


class Report:
    """Raise a bad line's error, or (when given a list) log it, keep it and go on."""

    __slots__ = ("skipped",)

    def __init__(self, skipped: list[DictionaryError] | None) -> None:
        self.skipped = skipped

    def __call__(self, error: DictionaryError) -> None:
        if self.skipped is None:
            raise error
        log.warning("%s; skipped", error)
        self.skipped.append(error)


def content_lines(text: str, path: str, report: Report) -> Iterator[tuple[int, str]]:
    """``(line number, line without comments, right-stripped)`` for each line that has content."""
    opened = 0  # line where an unfinished <!-- comment began
    for no, line in enumerate(text.splitlines(), start=1):
        if opened:
            end = line.find("-->")
            if end < 0:
                continue
            line, opened = line[end + 3 :], 0
        line, runs_on = _strip_comments(line)
        if runs_on:
            opened = no
        if line and not line.isspace():
            yield no, line.rstrip()
    if opened:
        report(DictionaryError("T140", "comment '<!--' is never closed; expected '-->' on this or a later line",
                               path, opened))


def _strip_comments(line: str) -> tuple[str, bool]:
    """The line without its comments, and whether a ``<!--`` comment runs on to the next lines."""
    while True:
        cuts = [i for i in (line.find("#"), line.find(";"), line.find("<!")) if i >= 0]
        if not cuts:
            return line, False
        at = min(cuts)
        if not line.startswith("<!", at):
            return line[:at], False
        end = line.find("-->", at + 2)
        if end < 0:
            return line[:at], True
        line = line[:at] + " " + line[end + 3 :]


def phrase_words(raw: str) -> tuple[tuple[str, ...], bool]:
    """``("ledger", "front", "command"), False`` for ``LEDGER_FRONT_COMMAND``; exact for ``VALORIA_``."""
    raw = raw.strip()
    return tuple(raw.replace("_", " ").lower().split()), raw.endswith("_")


def plural(word: str) -> str:
    """Regular English plural of a lower-case word, as PETRARCH generates for agents and ``n:`` issue
    words (+s; y -> ies; s -> es), refined so that real words come out: a vowel before the y keeps it
    (envoy -> envoys, PETRARCH would write envoies) and x, z, ch, sh take -es like s."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def bracket_blocks(text: str, path: str, no: int, open_: str = "[", close: str = "]") -> list[str]:
    """The insides of ``[..] [..]`` blocks making up ``text``; anything else is an error (T142)."""
    blocks = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch != open_:
            raise DictionaryError("T142", f"expected only {open_}...{close} blocks here, got {text[i:].strip()!r}",
                                  path, no)
        end = text.find(close, i + 1)
        if end < 0:
            raise DictionaryError("T142", f"{open_!r} is never closed; expected {close!r} on the same line", path, no)
        inner = text[i + 1 : end]
        if open_ in inner:
            raise DictionaryError("T142", f"{open_!r} inside {open_}...{close}; expected one block at a time",
                                  path, no)
        blocks.append(inner)
        i = end + 1
    return blocks
