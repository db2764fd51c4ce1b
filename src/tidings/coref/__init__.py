"""Coreference: the people and organisations of an article, and what each mention refers to.

One model shared by the stages (they import it as they import records and config, never each
other): the actors stage builds an ``Entities`` for the article as it codes noun phrases (names,
surnames, titles, gender, actor code and country) and resolves pronouns, surnames and titles
through ``resolve`` and its helpers; it hands the same ``Entities`` on in ``ActorIndex.coref``, and the
quotes stage resolves speakers with it. So "he" in '"...," he said' and "he" as the subject of an
event verb are the same person, and "Kenyan Foreign Minister Amani Wekesa" keeps KENGOV when later
called "Wekesa" or "the minister".
"""

from __future__ import annotations

from tidings.coref.apposition import apposed, apposed_name, name_like, relative_role_name
from tidings.coref.entities import Entities, Entity, given_names, name_of, other_person, role_title, title_keys
from tidings.coref.resolve import GROUP_PRONOUNS, PERSON_PRONOUNS, lead_person, named_next, pronoun, resolve, titled
from tidings.coref.words import CorefWords, load_words

__all__ = ["Entities", "Entity", "CorefWords", "load_words", "resolve", "pronoun", "titled", "name_of",
           "title_keys", "PERSON_PRONOUNS", "GROUP_PRONOUNS", "apposed", "apposed_name", "name_like", "other_person",
           "given_names", "named_next", "lead_person", "relative_role_name", "role_title"]
