"""Find dictionary surface forms in a parsed document.

Builds one spaCy ``PhraseMatcher`` (on lower-cased tokens) per dictionary and vocabulary, then applies
each entry's case rule and keeps the longest non-overlapping matches. Reads a ``Doc``; writes
``DictMatch`` values that the composer turns into actors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tidings.actors.dictionary import ActorDictionary, ActorEntry
from tidings.coref import other_person
from tidings.nlp import entity_at

__all__ = ["DictMatch", "SurfaceMatcher", "entity_at"]

_PLACE_KINDS = frozenset({"country", "adjective", "capital"})


@dataclass(frozen=True, slots=True)
class DictMatch:
    """Tokens ``start``..``end`` (exclusive) of a doc match ``entry``."""

    start: int
    end: int
    entry: ActorEntry


class SurfaceMatcher:
    """Matches every surface of an ``ActorDictionary`` against documents of one vocabulary."""

    def __init__(self, vocab: Vocab, make_doc, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self._matcher = PhraseMatcher(vocab, attr="LOWER")
        self._keys: dict[int, str] = {}
        # One label per surface so a match tells us which surface it was. Surfaces are tokenized as
        # written ("U.S." is one token, "u.s." is not) and lower-cased, so both forms are added.
        for key, entries in dictionary.entries.items():
            forms = {key, *(e.surface for e in entries)}
            docs = {tuple(t.lower_ for t in d): d for d in (make_doc(f) for f in forms)}
            self._matcher.add(key, list(docs.values()))
            self._keys[vocab.strings[key]] = key

    def find(self, doc: Doc, day: dt.date | None, context: bool = True) -> list[DictMatch]:
        """Longest non-overlapping matches whose entries accept the case and the date. ``context`` off
        (PETRARCH semantics) keeps every dictionary match: the named-entity tests below are tidings'."""
        found: list[DictMatch] = []
        for label, start, end in self._matcher(doc):
            key = self._keys[label]
            text = doc[start:end].text
            entry = self.dictionary.lookup(key, text, day)
            if entry is not None and entry.kind == "agent" and doc[end - 1].pos_ not in ("NOUN", "PROPN"):
                continue  # "general strike", "an official visit": a role word must name someone
            if not context:
                if entry is not None:
                    found.append(DictMatch(start, end, entry))
                continue
            if entry is not None and entry.kind in _PLACE_KINDS and _inside_place(doc, start, end):
                continue  # "China" in "the South China Sea" names no actor
            if entry is not None and _stance(doc, start):
                continue  # "pro-EU demonstrators", "a pro-Russian party": a stance, not the members' country
            if entry is not None and entry.kind == "capital" and _inside_org(doc, start, end):
                continue  # "Real Madrid", "Kabul University": a city in a name is not a government
            if entry is not None and entry.kind == "metonym" and self._longer_name(doc, start):
                continue  # "Congress" in "the National Democratic Congress" is not the U.S. Congress
            if entry is not None and entry.kind == "surname" and doc[start].ent_type_ != "PERSON":
                continue  # a bare surname only where the parser sees a person
            if entry is not None and entry.kind == "surname" and not self._same_person(doc, start, end, entry):
                continue  # "Andres Felipe Morales" is not Evo Morales; "Zulfiqar Ahmed Bhatti" not Abiy Ahmed
            if entry is not None:
                found.append(DictMatch(start, end, entry))
        found.sort(key=lambda m: (m.start - m.end, m.start))
        taken: set[int] = set()
        kept: list[DictMatch] = []
        for m in found:
            if taken.isdisjoint(range(m.start, m.end)):
                kept.append(m)
                taken.update(range(m.start, m.end))
        kept.sort(key=lambda m: m.start)
        return kept


    def _longer_name(self, doc: Doc, start: int) -> bool:
        """The match ends a longer written name: its entity has capitalised words before it that are
        no dictionary words ("National Democratic Congress", "Indian National Congress")."""
        if not doc[start].ent_type_ or doc[start].ent_iob_ == "B":
            return False
        first = start
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        return any(t.pos_ == "PROPN" and t.is_alpha and t.lower_ not in self.dictionary.entries
                   for t in doc[first:start])

    def _same_person(self, doc: Doc, start: int, end: int, entry) -> bool:
        """A known surname inside a longer written name is someone else's when the name goes on after it
        (a middle name: "Zulfiqar Ahmed Bhatti" is not Abiy Ahmed) or when none of the name's other words
        (leaving out titles and countries, which are dictionary words) is one of the known person's:
        "Andres Felipe Morales" is not Evo Morales, "Vladimir V. Putin" is Vladimir Putin."""
        ent = entity_at(doc, start)
        if ent is None:
            return True
        if ent.end > end and doc[end].tag_ != "POS":
            return False
        given = [t.lower_ for t in doc[ent.start:start]
                 if t.is_alpha and t.text[:1].isupper() and t.lower_ not in self.dictionary.entries]
        return not other_person(entry.name, given)


def _stance(doc: Doc, start: int) -> bool:
    """The match follows "pro-" or "anti-" ("pro-EU", "anti-American"), however the tokenizer splits it."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti"):
        return True
    return start >= 1 and doc[start - 1].lower_ in ("pro-", "anti-")


_FACILITIES = frozenset(
    "hospital clinic school university college mosque church temple airport museum hotel stadium station "
    "camp market bridge port".split()
)


def _inside_org(doc: Doc, start: int, end: int) -> bool:
    if doc[start].ent_type_ != "ORG":
        return False
    ent = entity_at(doc, start)
    return ent is not None and (ent.start < start or ent.end > end)


def _inside_place(doc: Doc, start: int, end: int) -> bool:
    """A country word inside a place or facility name ("the South China Sea", "Saudi Maternity Hospital")."""
    ent_type = doc[start].ent_type_
    if not ent_type:
        return False
    ent = entity_at(doc, start)
    if ent is None:
        return False
    first = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start  # "the Central African Republic"
    if not (first < start or ent.end > end):
        return False
    return ent_type in ("LOC", "FAC") or doc[ent.end - 1].lemma_.lower() in _FACILITIES
