"""``join_split_names``: a three-word name the model tags as two touching PERSON names is one name."""

from __future__ import annotations

import pytest

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
