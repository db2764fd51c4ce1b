"""``paragraph_doc``: a paragraph (after a blank line) starts a sentence, whatever the model would say."""

from __future__ import annotations

import pytest

from tidings.config import DEFAULT_MODEL
from tidings.nlp import load_model, paragraph_doc


@pytest.mark.model
def test_a_paragraph_after_a_closing_quote_starts_a_sentence():
    nlp = load_model(DEFAULT_MODEL)
    text = ("\u201cNo road will reopen until it is declared safe.\u201d\n\n"
            "Austria\u2019s consul in Ljubljana, Petra Moser, said that engineers had arrived.")
    doc = nlp(paragraph_doc(nlp, text))
    starts = [s.text.strip()[:7] for s in doc.sents]
    assert "Austria" in starts
    assert doc.text == text


@pytest.mark.model
def test_one_paragraph_is_left_to_the_parser():
    nlp = load_model(DEFAULT_MODEL)
    doc = paragraph_doc(nlp, "The talks ended.\nThey resume on Monday.")
    assert all(t.is_sent_start is None for t in doc[1:])
