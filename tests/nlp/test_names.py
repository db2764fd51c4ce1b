"""``join_split_names``: a three-word name the model tags as two touching PERSON names is one name."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from tidings.config import DEFAULT_MODEL
from tidings.nlp import join_split_names, load_model


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Labour Minister Nadia Ferchichi Mejri said the talks would resume.", "Nadia Ferchichi Mejri"),
    ("Labour Minister Dewi Kartika Wibowo said the talks would resume.", "Dewi Kartika Wibowo"),
    # the last words untagged: "Juan Pablo" + "Torres Rivas", "Ana Lucia" + "Vargas Mena"
    ("Labour Minister Juan Pablo Torres Rivas said the strike was illegal.", "Juan Pablo Torres Rivas"),
    ("Health Minister Ana Lucia Vargas Mena said the clinics would open.", "Ana Lucia Vargas Mena"),
    # a hyphenated surname's second half left out: "Efua Owusu" + "-Darko"
    ("Ghanaian Trade Minister Efua Owusu-Darko opened the new port terminal in Tema.", "Efua Owusu-Darko"),
    # its first half left out: "Lavoie-" + "Roy"
    ("Lavoie-Roy said the talks had failed.", "Lavoie-Roy"),
    # a lower-case particle inside the name: "Jose" + dela + "Pena Santos"
    ("Navy spokesman Rear Admiral Jose dela Pena Santos said the incident took place at dawn.",
     "Jose dela Pena Santos"),
])
def test_split_name_joined(text, name):
    doc = load_model(DEFAULT_MODEL)(text)
    join_split_names(doc)
    assert name in [e.text for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.model
def test_two_people_stay_two():
    doc = load_model(DEFAULT_MODEL)("Maria Lopez met Peter Hansen and Ana Ruiz in Oslo.")
    join_split_names(doc)
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Maria Lopez" in people and not any("Lopez" in p and "Peter" in p for p in people)


def test_a_prefix_is_no_first_half_of_a_name():
    # "Anti-Putin protesters marched", "Putin" tagged as a person (a hand-built parse)
    words = ["Anti", "-", "Putin", "protesters", "marched"]
    doc = Doc(English().vocab, words=words, spaces=[False, False, True, True, False], heads=[3, 3, 3, 4, 4],
              deps=["amod", "punct", "compound", "nsubj", "ROOT"], pos=["ADJ", "PUNCT", "PROPN", "NOUN", "VERB"],
              ents=["O", "O", "B-PERSON", "O", "O"])
    join_split_names(doc)
    assert [e.text for e in doc.ents] == ["Putin"]
    doc = Doc(English().vocab, words=["Lavoie", "-", "Roy", "said", "so"], spaces=[False, False, True, True, False],
              heads=[2, 2, 3, 3, 3], deps=["compound", "punct", "nsubj", "ROOT", "advmod"],
              pos=["PROPN", "PUNCT", "PROPN", "VERB", "ADV"], ents=["O", "O", "B-PERSON", "O", "O"])
    join_split_names(doc)
    assert [e.text for e in doc.ents] == ["Lavoie-Roy"]
