"""The people and organisations of one article and where each is mentioned, in reading order.

``Entities(doc)`` starts from spaCy's names: every PERSON (keyed by full name and surname, with the
role words around it, "Foreign Minister", "the ambassador, X", and a gender from a courtesy title
or a common given name) and every ORG/GPE/NORP name. The actors stage then adds what it codes as it
reads (``person``, ``group``): a person's actor code, country and titles, an institution and the
words it is named by again ("the House"). Both stages resolve mentions through the same object
(``tidings.coref.resolve``), so a pronoun, surname or title means the same entity for an event's
subject and for a quote's speaker.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from tidings.coref.apposition import apposed
from tidings.coref.words import CorefWords, load_words
from tidings.nlp import HYPHENS, entities
from tidings.records import Actor

__all__ = ["Entity", "Entities", "TITLES_SKIP", "name_of", "role_title", "title_keys", "other_person", "given_names"]

TITLES_SKIP = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})
#: abbreviated titles before a name, by the word that names the person again ("Col. X" is "the colonel")
_TITLE_ABBREVIATIONS = {"col.": "colonel", "gen.": "general", "lt.": "lieutenant", "maj.": "major",
                        "capt.": "captain", "sgt.": "sergeant", "adm.": "admiral", "brig.": "brigadier",
                        "sen.": "senator", "rep.": "representative", "gov.": "governor", "amb.": "ambassador",
                        "pres.": "president", "gen": "general", "col": "colonel"}


@dataclass(slots=True, eq=False)
class Entity:
    """Someone or something the article has named: its name, kind, gender, role words and actor."""

    name: str
    kind: str  # "person" or "group"
    gender: str = ""  # "m", "f" or ""
    titles: set[str] = field(default_factory=set)
    actor: Actor | None = None
    #: the country of the place of the sentence that first names the person ("X told a forum in
    #: Buenos Aires"), set by the actors stage: the country of a person no role codes
    place: str = ""

    @property
    def country(self) -> str:
        return self.actor.code.country if self.actor is not None else ""


def title_keys(surface: str) -> set[str]:
    """A role word and its head word, by which it is named again: "Foreign Minister" is later "the
    minister", "House of Representatives" "the House", "National Assembly" "the Assembly"."""
    words = surface.lower().split()
    head = words[0] if "of" in words else words[-1]
    return {surface.lower(), head}


def role_title(role: Token) -> str:
    """A role noun with the lower-case or untagged title words before it, in lower case: "state
    minister" of "Bangladesh's state minister", "deputy prime minister", "minister" alone: a later
    "the state minister" is this person before another minister."""
    words = [c.lower_ for c in role.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ")
             and not c.ent_type_ and c.i + 3 >= role.i]
    return " ".join([*words, role.lemma_.lower()])


def name_of(tokens: list[Token]) -> str:
    """A name as written: "Jean-Robert Celestin", not "Jean - Robert Celestin"."""
    if not tokens:
        return ""
    doc, first, last = tokens[0].doc, tokens[0].i, tokens[-1].i
    if last - first + 1 == len(tokens) or all(doc[i].ent_type_ == "PERSON" for i in range(first, last + 1)):
        return doc[first : last + 1].text
    out = [tokens[0].text]
    for prev, tok in zip(tokens, tokens[1:], strict=False):
        gap = doc[prev.i + 1 : tok.i]
        if tok.i == prev.i + 1:
            out.append(prev.whitespace_ or "")
        elif len(gap) == 1 and gap[0].text in HYPHENS and not prev.whitespace_ and not gap[0].whitespace_:
            out.append(gap[0].text)  # "Nkosi-Mokoena" keeps its hyphen when the name's words are picked out
        else:
            out.append(" ")
        out.append(tok.text)
    return "".join(out)


def other_person(known: str, given) -> bool:
    """Is the person ``known`` (a full name: a dictionary's, or one the article wrote) someone else
    than a person written with the given names ``given`` (the words before the surname: a string
    or a list)? Yes when the known name is more than a surname, some given names are written, and
    none of them is one of the known name's words: "Andres Felipe Morales" is not Evo Morales,
    "Vladimir V. Putin" is Vladimir Putin. One test for the actors stage's dictionary matches, the
    coreference model and the quotes' speakers. The known surname among the given words does not
    make them the same: "Javier Ortega Llamas" (two surnames) is not Daniel Ortega."""
    words = [w.lower() for w in known.split()]
    given = {w.lower() for w in (given.split() if isinstance(given, str) else given)} - {words[-1] if words else ""}
    return len(words) > 1 and bool(given) and given.isdisjoint(words)


def given_names(name: str) -> str:
    """The words of a written name before its surname ("Andres Felipe" of "Andres Felipe Morales")."""
    return " ".join(name.split()[:-1])


class Entities:
    """The entities of one article and their mentions (token index, entity), in reading order."""

    def __init__(self, doc: Doc, words: CorefWords | None = None, not_people: frozenset[int] = frozenset()) -> None:
        """``not_people``: token indices known to name something else (a country, an organisation),
        so that a PERSON name made only of them ("Ugandan" tagged as a person) is not a person."""
        self.doc = doc
        self.words = words or load_words()
        self.by_key: dict[str, Entity] = {}
        self.mentions: list[tuple[int, int, Entity]] = []  # (token index, order added, entity)
        self.person_at: dict[int, object] = {}  # token index -> its PERSON entity span
        self._of_span: dict[int, Entity] = {}  # PERSON span start -> its person
        #: first or middle word of a person's full name -> that person (None when two people share
        #: it): "Zhou" after "Zhou Meilan" (family name first), "Hillary" after "Hillary Clinton",
        #: "Elizondo" after "Rodrigo Elizondo Avila" (the father's surname of two)
        self._first: dict[str, Entity | None] = {}
        #: a person's surname in lower case -> that person (None when two people share it): a name
        #: particle is capitalised at the start of a sentence ("Al-Rashid said" after "Omar al-Rashid")
        self._folded: dict[str, Entity | None] = {}
        #: the subject group of the last sentence that had one ("they", "it" in the next sentences)
        self.last_group: tuple[Actor, ...] = ()
        #: the country the article is about, when well attested (set by the actors stage): a person
        #: introduced with a role no dictionary codes ("the commission's chairwoman, X") is of it
        self.country = ""
        #: (token index, title keys, actor) of each person's role named with its country but no name
        #: ("Bolivia's foreign minister said"), set by the actors stage: the person a later bare title
        #: names ("Foreign Minister X") is of that country
        self.roles: list[tuple[int, frozenset[str], Actor]] = []
        for ent in entities(doc):
            if ent.label_ == "PERSON" and all(i in not_people for i in range(ent.start, ent.end)):
                continue
            if ent.label_ == "PERSON" and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" \
                    and ent.root.head.is_lower:
                continue  # a name modifying a thing is no one mentioned: "a Trojan horse", "from Rote island"
            if ent.label_ == "PERSON":
                self.person_at.update((i, ent) for i in range(ent.start, ent.end))
                self._person_name(ent)
            elif ent.label_ in ("ORG", "GPE", "NORP"):
                self.group(ent.text, ent.root)

    # --- adding -----------------------------------------------------------------------------------

    def mention(self, i: int, entity: Entity) -> None:
        """Record that token ``i`` mentions ``entity`` (a surname or title resolved to it)."""
        insort(self.mentions, (i, len(self.mentions), entity), key=lambda m: (m[0], m[1]))

    def _person_name(self, ent) -> None:
        words = [t for t in ent if t.lower_ not in TITLES_SKIP and t.text not in ("'s", "\u2019s")]
        if not words:
            return
        before = [t.lower_ for t in ent.doc[max(ent.start - 1, 0) : ent.start]]
        np = [c for c in ent.root.children if c.dep_ in ("compound", "amod", "appos") and c.i not in range(
            ent.start, ent.end) and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_]
        titles = {_TITLE_ABBREVIATIONS.get(t.lower_, t.lemma_.lower()) for t in np}
        if len(np) > 1 and all(t.i < ent.start for t in np):  # "Deputy Minister X" is "the deputy minister"
            titles.add(" ".join(t.lemma_.lower() for t in np))
        if ent.root.head.dep_ == "appos":
            titles.update({ent.root.head.lemma_.lower(), role_title(ent.root.head)})
        elif ent.root.dep_ == "appos":
            titles.update({apposed(ent.root).lemma_.lower(), role_title(apposed(ent.root))})
        gender = self.words.gender(before + [words[0].text]) or self.words.gender(sorted(titles))  # "spokeswoman X"
        self._of_span[ent.start] = self.person(name_of(words), ent.root.i, gender, titles)

    def person(self, name: str, at: int, gender: str = "", titles=(), actor: Actor | None = None) -> Entity:
        """Record a mention of a named person at token ``at``; merges with the person of the same full
        name or surname ("Wekesa" after "Amani Wekesa"); a longer name replaces a shorter one."""
        surname = name.split()[-1]
        span = self.person_at.get(at)  # the PERSON name at ``at``: "Masood" coded in "Masood Khan"
        entity = (self._of_span.get(span.start) if span is not None else None) \
            or self.by_key.get(name) or self.by_key.get(surname) \
            or (self._first.get(name) or self._folded.get(surname.lower()) if " " not in name else None)
        other = entity is not None and other_person(name, given_names(entity.name))  # "Evo Morales" for "Ana Morales"
        if entity is None or entity.kind != "person":
            entity, other = Entity(name, "person", gender), False
        elif other:
            pass
        elif len(name) > len(entity.name) and (entity.name.split()[-1] == surname or entity.name in name):
            entity.name = name
        entity.gender = entity.gender or gender or (self.words.gender(name.split()[:1]) if " " in name else "")
        entity.titles.update(titles)
        if actor is not None and not other and not (entity.actor is not None and other_person(actor.name, given_names(
                entity.name))):  # a known "Ferreira" is not the article's "Tomas Ferreira" called "Ferreira"
            entity.actor = actor  # the latest coding of the person: "U.S. President X" after "President X"
        self.by_key[name] = entity
        self.by_key[surname] = entity
        folded = entity.name.split()[-1].lower()
        self._folded[folded] = entity if self._folded.get(folded, entity) is entity else None
        for first in entity.name.split()[:-1]:
            if first[:1].isupper():
                self._first[first] = entity if self._first.get(first, entity) is entity else None
        self.mention(at, entity)
        return entity

    def group(self, name: str, head: Token, actor: Actor | None = None, titles=()) -> Entity:
        """Record a mention of an organisation (or a country as a body) headed by ``head``; an
        uncoded name that is a person's surname or given name is that person ("Aydinli" tagged ORG
        after "Kerem Aydinli")."""
        known = self.named(name)
        if actor is None and known is not None and known.kind == "person":
            self.mention(head.i, known)
            return known
        entity = self.by_key.get(name)
        if entity is None or entity.kind != "group":
            entity = Entity(name, "group")
            self.by_key[name] = entity
        entity.titles.add(head.lemma_.lower())
        entity.titles.update(titles)
        if actor is not None and entity.actor is None:
            entity.actor = actor
        self.mention(head.i, entity)
        return entity

    def role(self, at: int, keys, actor: Actor) -> None:
        """Record a person's role named at token ``at`` with a country but no name."""
        self.roles.append((at, frozenset(keys), actor))

    # --- finding ----------------------------------------------------------------------------------

    def earlier_role(self, at: int, keys) -> Actor | None:
        """The last role recorded before token ``at`` with one of the title ``keys``."""
        keys = set(keys)
        return next((actor for i, titles, actor in reversed(self.roles) if i < at and keys & titles), None)

    def named(self, key: str) -> Entity | None:
        """The entity called ``key`` (a full name, a surname, or the first word of one person's full
        name), if any."""
        return self.by_key.get(key) or self._first.get(key) or (
            self._folded.get(key.lower()) if " " not in key else None)

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The mentions at tokens ``start``..``end`` (end-exclusive), in reading order."""
        return self.mentions[bisect_left(self.mentions, start, key=lambda m: m[0]):
                             bisect_left(self.mentions, end, key=lambda m: m[0])]

    def first_mention(self, entity: Entity) -> int:
        """The token of the first mention of ``entity``."""
        return next(i for i, _, e in self.mentions if e is entity)

    def last(self, before: int, test) -> Entity | None:
        """The most recently mentioned entity before token ``before`` that passes ``test``."""
        for i, _, entity in reversed(self.mentions):
            if i < before and test(entity):
                return entity
        return None

    def uncoded(self):
        """(entity, token indices of one mention) for each mention of an entity without an actor yet,
        in reading order (whole names for PERSON names)."""
        for i, _, e in self.mentions:
            if e.actor is None:
                ent = self.person_at.get(i)
                yield e, (range(ent.start, ent.end) if ent is not None else (i,))
