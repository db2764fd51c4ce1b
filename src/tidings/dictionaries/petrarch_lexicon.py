"""What the PETRARCH verb and sequence translators share: the lexicon of a parsed ``.verbs`` file (synset
word classes, the dictionary's verb lemmas) and the reading of a pattern's ``[code]`` field."""

from __future__ import annotations

from tidings.dictionaries.petrarch_verbs import NULL_CODE, Family, ParsedVerbs, Term
from tidings.events.patterns import NO_EVENT

__all__ = ["CLASS_PREFIX", "Lexicon", "pattern_code"]

#: synsets become word classes under this prefix, apart from tidings' own classes
CLASS_PREFIX = "petrarch:"
_BE = frozenset("IS ARE AM WAS WERE BEEN BEING".split())


class Lexicon:
    """Word sets of terms and synsets, and the lemmas of the dictionary's verbs."""

    def __init__(self, parsed: ParsedVerbs) -> None:
        self.parsed = parsed
        self.classes: dict[str, frozenset[str]] = {
            CLASS_PREFIX + name: frozenset(_member_head(m.words) for m in parsed.phrases(name))
            for name in parsed.synsets
        }
        self.bases = {v.word for fam in parsed.families for v in fam.verbs}

    def words(self, term: Term) -> frozenset[str]:
        if term.kind == "synset":
            return self.classes[CLASS_PREFIX + term.words[0]]
        return frozenset(w.lower() for w in term.words)

    def lemma(self, word: str, family: Family) -> str:
        """The base form of a verb written inflected: a verb of its family lists it among its ``{...}``
        forms (SEE {SEES SEEN} and SAW; a FOUND elsewhere stays found), or a regular ending stripped gives
        a verb of the dictionary (KILLED -> kill)."""
        if word in _BE:
            return "be"
        if word in ("HAS", "HAD"):
            return "have"
        base = next((v.word for v in family.verbs if word in v.forms and v.word != word), None)
        if base:
            return base.lower()
        for stem in _stems(word):
            if stem in self.bases:
                return stem.lower()
        return word.lower()


def _stems(word: str) -> list[str]:
    out = []
    for end, add in (("IED", "Y"), ("IES", "Y"), ("ED", ""), ("ED", "E"), ("ING", ""), ("ING", "E"), ("ES", ""),
                     ("S", "")):
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[: -len(end)] + add
            out.append(stem)
            if not add and len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # DETERRING -> DETER
    return out


def _member_head(words: tuple[str, ...]) -> str:
    """The head noun of a synset phrase: the word before OF, else the last (PRIME MINISTER -> minister)."""
    upper = [w.upper() for w in words]
    if "OF" in upper[1:]:
        return words[upper.index("OF", 1) - 1].lower()
    return words[-1].lower()


def pattern_code(forward: str, reverse: str) -> tuple[str, str, bool]:
    """(code, reverse code, swap) for ``[a]``, ``[a:b]``, ``[:b]`` and ``[---]``."""
    if forward and forward != NULL_CODE:
        return forward, reverse, False
    if reverse:
        return reverse, "", True
    return NO_EVENT, "", False
