"""A name the model did not tag as a person, right after a person's role word, is that person
(hand-built parse of an invented sentence: the name tagged ORG, as the small model often does)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from tidings.actors import _named_after_role, load_builtin
from tidings.actors.matcher import DictMatch
from tidings.coref import Entities
from tidings.records import Actor, ActorCode, Span

WORDS = ["Turkish", "presidential", "spokesman", "Kerem", "Aydinli", "said", "talks", "would", "resume", "."]
HEADS = [2, 2, 4, 4, 5, 5, 8, 8, 5, 5]
DEPS = ["amod", "amod", "compound", "compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
POS = ["ADJ", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "NOUN", "AUX", "VERB", "PUNCT"]


def _run(ents):
    doc = Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ents)
    spokesman = load_builtin().lookup("spokesman", "spokesman", None)
    by_tok = {2: DictMatch(2, 3, spokesman)}
    coded = Actor("Turkish presidential spokesman Kerem Aydinli", Span(0, 44, "x"), ActorCode("TUR", ("GOV",)), "",
                  "countries.tsv:1+agents.tsv:1")
    out = {4: (coded,)}
    entities = Entities(doc)
    _named_after_role(doc[4], out, entities, by_tok)
    return entities


def test_a_name_tagged_as_an_organisation_after_a_role_is_the_person():
    entities = _run(["B-NORP", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"])
    person = entities.named("Aydinli")
    assert person is not None and person.kind == "person" and person.name == "Kerem Aydinli"
    assert person.actor.code.code == "TURGOV" and "spokesman" in person.titles


def test_a_one_word_name_after_a_role_is_left_alone():
    # "Turkish spokesman Aydinli said": one capitalised word after a role may be a place or a thing
    doc = Doc(Vocab(), words=["Turkish", "spokesman", "Aydinli", "said", "."], heads=[1, 2, 3, 3, 3],
              deps=["amod", "compound", "nsubj", "ROOT", "punct"], pos=["ADJ", "NOUN", "PROPN", "VERB", "PUNCT"],
              ents=["B-NORP", "O", "B-ORG", "O", "O"])
    by_tok = {1: DictMatch(1, 2, load_builtin().lookup("spokesman", "spokesman", None))}
    out = {2: (Actor("x", Span(0, 1, "x"), ActorCode("TUR", ("GOV",)), "", "r"),)}
    entities = Entities(doc)
    _named_after_role(doc[2], out, entities, by_tok)
    assert entities.named("Aydinli") is None or entities.named("Aydinli").kind != "person"
