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


def test_a_hyphenated_surnames_second_half_tagged_as_a_place_is_the_name():
    # "Minister Olga Kowal-Brzęczek said", "Brzęczek" tagged as a place (a hand-built parse)
    words = ["Minister", "Olga", "Kowal", "-", "Brzęczek", "said", "so"]
    doc = Doc(English().vocab, words=words, spaces=[True, True, False, False, True, True, False],
              heads=[4, 4, 4, 4, 5, 5, 5],
              deps=["compound", "compound", "compound", "punct", "nsubj", "ROOT", "advmod"],
              pos=["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "ADV"],
              ents=["O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O"])
    join_split_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Olga Kowal-Brzęczek", "PERSON")]
    # the first half untagged: "Elif Nur" + "Aksoy" + "-" + GPE "Demirel"
    words = ["Elif", "Nur", "Aksoy", "-", "Demirel", "said", "so"]
    doc = Doc(English().vocab, words=words, spaces=[True, True, False, False, True, True, False],
              heads=[4, 4, 4, 4, 5, 5, 5],
              deps=["compound", "compound", "compound", "punct", "nsubj", "ROOT", "advmod"],
              pos=["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "ADV"],
              ents=["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O"])
    join_split_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Elif Nur Aksoy-Demirel", "PERSON")]


@pytest.mark.parametrize("second", [["B-GPE", "O", "B-GPE"], ["O", "O", "O"]], ids=["tagged-as-places", "untagged"])
def test_a_later_hyphenated_surname_is_the_person_again(second):
    # "Olga Kowal-Brzęczek left. Kowal-Brzęczek said so", the second mention's halves tagged as places
    # or in no entity at all
    words = ["Olga", "Kowal", "-", "Brzęczek", "left", ".", "Kowal", "-", "Brzęczek", "said", "so"]
    doc = Doc(English().vocab, words=words, spaces=[True, False, False, True, False, True, False, False, True, True,
                                                     False],
              heads=[3, 3, 3, 4, 4, 4, 8, 8, 9, 9, 9],
              deps=["compound", "compound", "punct", "nsubj", "ROOT", "punct", "compound", "punct", "nsubj", "ROOT",
                    "advmod"],
              pos=["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "ADV"],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", *second, "O", "O"])
    join_split_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Olga Kowal-Brzęczek", "PERSON"), ("Kowal-Brzęczek", "PERSON")]


def test_two_places_joined_by_a_hyphen_stay_places():
    # "the Kenya-Uganda border": no person's surname
    words = ["the", "Kenya", "-", "Uganda", "border"]
    doc = Doc(English().vocab, words=words, spaces=[True, False, False, True, False], heads=[4, 3, 3, 4, 4],
              deps=["det", "compound", "punct", "compound", "ROOT"], pos=["DET", "PROPN", "PUNCT", "PROPN", "NOUN"],
              ents=["O", "B-GPE", "O", "B-GPE", "O"])
    join_split_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kenya", "GPE"), ("Uganda", "GPE")]
