"""tidings.coref.apposition on hand-built parses (the small model's misparses, invented words)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from tidings.coref import apposed, apposed_name, name_like

# "Norway's consul in Tromso, Kari Dahl, said": the name hung on the role's place
WORDS = ["Norway", "'s", "consul", "in", "Tromso", ",", "Kari", "Dahl", ",", "said"]
HEADS = [2, 0, 9, 2, 3, 4, 7, 4, 9, 9]
DEPS = ["poss", "case", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT"]
POS = ["PROPN", "PART", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]


def _doc(ents):
    return Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ents)


def test_a_name_hung_on_the_roles_place_belongs_to_the_role():
    doc = _doc(["B-GPE", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert apposed(doc[7]).i == 2  # Dahl -> consul, not Tromso
    assert apposed_name(doc[2]).i == 7


def test_a_two_word_name_tagged_as_a_place_or_a_title_is_name_like():
    doc = _doc(["B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O", "O"])
    assert name_like(doc[7]) and apposed(doc[7]).i == 2
    doc = _doc(["B-GPE", "O", "O", "O", "B-GPE", "O", "B-WORK_OF_ART", "I-WORK_OF_ART", "O", "O"])
    assert name_like(doc[7])


def test_a_lone_place_after_a_place_is_no_name():
    # "the consul in Tromso, Norway": Norway is where Tromso is
    words = ["the", "consul", "in", "Tromso", ",", "Norway", ",", "said"]
    doc = Doc(Vocab(), words=words, heads=[1, 7, 1, 2, 3, 3, 7, 7],
              deps=["det", "nsubj", "prep", "pobj", "punct", "appos", "punct", "ROOT"],
              pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"],
              ents=["O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O"])
    assert not name_like(doc[5]) and apposed(doc[5]).i == 3 and apposed_name(doc[1]) is None


def test_a_persons_name_hung_on_the_office_a_role_speaks_for_belongs_to_the_role():
    # "A spokesman for the Finance Office, Kari Dahl, said": the name hung on the office (an ORG)
    words = ["A", "spokesman", "for", "the", "Finance", "Office", ",", "Kari", "Dahl", ",", "said"]
    doc = Doc(Vocab(), words=words, heads=[1, 10, 1, 5, 5, 2, 5, 8, 5, 5, 10],
              deps=["det", "nsubj", "prep", "det", "compound", "pobj", "punct", "compound", "appos", "punct", "ROOT"],
              pos=["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"],
              ents=["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert apposed(doc[8]).i == 1 and apposed_name(doc[1]).i == 8
    # an organisation's other name in apposition stays the organisation's
    doc = Doc(Vocab(), words=words, heads=[1, 10, 1, 5, 5, 2, 5, 8, 5, 5, 10],
              deps=["det", "nsubj", "prep", "det", "compound", "pobj", "punct", "compound", "appos", "punct", "ROOT"],
              pos=["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"],
              ents=["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O"])
    assert apposed(doc[8]).i == 5 and apposed_name(doc[1]) is None
