"""Import PETRARCH discard lists (``*.discards.txt``): phrases that stop a sentence or a story being coded.

One phrase a line; ``+PHRASE`` (a blank after ``+`` is allowed) discards the whole story, a plain
``PHRASE`` the sentence; ``#`` comments. Phrases are kept as lower-cased word sequences (split at blanks
and ``_``) and found as consecutive whole words: PETRARCH's trailing ``_`` ("must end at a word
boundary") is always true here, and its "otherwise a stem" reading is not kept (PETRARCH 2 matches
whole words too). Errors: T140 unclosed comment, T149 a line with no words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tidings.dictionaries.petrarch_text import Report, content_lines, phrase_words
from tidings.errors import DictionaryError

__all__ = ["Discards", "parse_petrarch_discards", "read_petrarch_discards"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Discards:
    """Sentence-level and story-level discard phrases, as lower-cased word tuples."""

    sentence: frozenset[tuple[str, ...]] = frozenset()
    story: frozenset[tuple[str, ...]] = frozenset()
    _lengths: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lengths = sorted({len(p) for p in self.sentence} | {len(p) for p in self.story})
        object.__setattr__(self, "_lengths", tuple(lengths))

    def match(self, tokens_lower: Sequence[str]) -> str:
        """"story" if the tokens contain a story discard, else "sentence" for a sentence discard, else ""."""
        found = ""
        tokens = tuple(tokens_lower)
        for i in range(len(tokens)):
            for n in self._lengths:
                if i + n > len(tokens):
                    break
                phrase = tokens[i : i + n]
                if phrase in self.story:
                    return "story"
                if phrase in self.sentence:
                    found = "sentence"
        return found


def parse_petrarch_discards(text: str, path: str, *, skipped: list[DictionaryError] | None = None) -> Discards:
    """The discards of one file. ``skipped``: see ``tidings.dictionaries.petrarch_text``."""
    report = Report(skipped)
    sentence: set[tuple[str, ...]] = set()
    story: set[tuple[str, ...]] = set()
    for no, line in content_lines(text, path, report):
        body = line.strip()
        whole_story = body.startswith("+")
        words, _exact = phrase_words(body[1:] if whole_story else body)
        if not words:
            report(DictionaryError("T149", f"expected a discard phrase with at least one word, got {body!r}",
                                   path, no))
            continue
        (story if whole_story else sentence).add(words)
    log.debug("%s: %d sentence and %d story discards", path, len(sentence), len(story))
    return Discards(frozenset(sentence), frozenset(story))


def read_petrarch_discards(path: str | Path, *, skipped: list[DictionaryError] | None = None) -> Discards:
    """Read a discard file (UTF-8)."""
    return parse_petrarch_discards(Path(path).read_text(encoding="utf-8"), str(path), skipped=skipped)
