"""The coreference word lists (``coref/data/words.tsv``): gendered titles and given names, and the
nouns that name an organisation already introduced."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tidings.errors import DictionaryError
from tidings.tsv import read_rows

__all__ = ["CorefWords", "load_words"]

_KINDS = ("male", "female", "organisation")


@dataclass(frozen=True, slots=True)
class CorefWords:
    male: frozenset[str]
    female: frozenset[str]
    organisation: frozenset[str]

    def gender(self, words: list[str]) -> str:
        """"m", "f" or "" from the first gendered word ("Mrs", "Queen", "Maria")."""
        for w in words:
            w = w.lower().rstrip(".")
            if w in self.female:
                return "f"
            if w in self.male:
                return "m"
        return ""


def parse_words(text: str, path: str) -> CorefWords:
    found: dict[str, set[str]] = {k: set() for k in _KINDS}
    for no, (word, kind) in read_rows(text, path, ["word", "kind"], ("T170", "T171")):
        if kind not in found:
            raise DictionaryError("T172", f"kind must be one of {', '.join(_KINDS)}, got {kind!r}", path, no)
        found[kind].add(word.lower())
    return CorefWords(frozenset(found["male"]), frozenset(found["female"]), frozenset(found["organisation"]))


@lru_cache(maxsize=1)
def load_words() -> CorefWords:
    text = resources.files("tidings.coref").joinpath("data", "words.tsv").read_text(encoding="utf-8")
    return parse_words(text, "coref/data/words.tsv")
