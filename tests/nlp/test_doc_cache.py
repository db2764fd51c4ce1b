"""The per-doc caches of the language layer give what spaCy gives, and follow a name join."""

from __future__ import annotations

import pytest

from tidings.config import DEFAULT_MODEL
from tidings.nlp import doc_text, entity_at, join_split_names, load_model

pytestmark = pytest.mark.model

TEXT = ("Kenyan President William Ruto met Ugandan officials in Kampala on Monday. "
        "Talks with the African Union ended on Tuesday.")


@pytest.fixture(scope="module")
def nlp():
    return load_model(DEFAULT_MODEL)


def test_doc_text_is_the_text(nlp):
    doc = nlp(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    assert doc_text(doc) is doc_text(doc)  # built once


def test_entity_at_agrees_with_spacy_on_every_token(nlp):
    doc = nlp(TEXT)
    for tok in doc:
        expected = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        got = entity_at(doc, tok.i)
        assert (got.start, got.end, got.label_) == (expected.start, expected.end, expected.label_) if expected \
            else got is None


def test_entity_at_in_a_sentence_sees_only_its_entities(nlp):
    doc = nlp(TEXT)
    first, second = list(doc.sents)
    inside = next(e for e in second.ents)
    assert entity_at(second, inside.start).text == inside.text
    assert entity_at(first, inside.start) is None


def test_entity_at_follows_joined_names(nlp):
    doc = nlp("Labour Minister Nadia Ferchichi Mejri said the talks would resume.")
    last = next(t.i for t in doc if t.text == "Mejri")
    assert entity_at(doc, last).start == last  # the model's split: "Nadia Ferchichi" + "Mejri"
    join_split_names(doc)
    assert entity_at(doc, last).text == "Nadia Ferchichi Mejri"
