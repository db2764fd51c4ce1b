"""Demonyms (tidings.places.demonyms): the table and the longest match."""

from __future__ import annotations

import csv
from importlib.resources import files

import spacy

from tidings.places.demonyms import demonym_at, demonym_table
from tidings.places.gazetteer import load_index


def test_every_demonym_names_an_indexed_country():
    index = load_index()
    for word, country in demonym_table().items():
        assert any(e.feature == "country" for e in index.lookup(country)), (word, country)


def test_in_step_with_the_actor_dictionary():
    # places/data/demonyms.tsv was taken from the adjectives of actors/data/countries.tsv
    text = files("tidings.actors").joinpath("data", "countries.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader([x for x in text.splitlines() if x and not x.startswith("#")], delimiter="\t")
    adjectives = {a for r in rows for a in (r["adjectives"] or "").split("|") if a}
    assert adjectives == set(demonym_table())


def test_longest_match():
    doc = spacy.blank("en")("South Korean and Russian envoys")
    table = demonym_table()

    def text(i, j):
        return doc[i:j].text

    assert demonym_at(text, 0, len(doc), table) == (2, "South Korea")
    assert demonym_at(text, 3, len(doc), table) == (4, "Russia")
    assert demonym_at(text, 2, len(doc), table) is None
    assert demonym_at(text, 4, len(doc), table) is None  # the last word: no span past the end
