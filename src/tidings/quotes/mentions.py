"""Mention chains: who a speaker phrase ("Caddell", "the ambassador", "she", "the bloc") refers to.

Reads a parsed ``Doc`` and the actors stage's ``ActorIndex``; builds, in reading order, the people
(spaCy PERSON names, keyed by full name and surname, with their role words and a gender from courtesy
titles and common first names) and the organisations (ORG/GPE/NORP names and coded group actors) of
the article. ``resolve`` maps a mention's head token to the entity introduced earlier and its actor:
a surname to the full name, a title ("the minister") to the last person who held it, a pronoun to the
last person of its gender (he/she) or the last organisation (it/they), an organisation noun ("the bloc",
"the ministry") to the last organisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from tidings.records import Actor, ActorIndex

__all__ = ["Entity", "MentionChains"]

_MALE = frozenset(
    "mr sir lord king prince he him his john james robert michael william david richard joseph thomas charles "
    "donald mike mark paul steven steve kevin brian george jeff jeb ted marco bernie tim chris ben barack bill "
    "joe jim tom peter andrew sergei sergey vladimir xi recep emmanuel boris olaf narendra benjamin ali ahmed "
    "mohammed muhammad hassan abdullah ivan dmitry gary rudy rudolph reince newt rand scott paul ryan eric "
    "mitch harry kellyanne rex mike frank jack larry ronald gerald jimmy lindsey corey jason matt dan pat "
    "alex roger anthony nicolas juan carlos luis jose pedro".split()
) - {"kellyanne", "lindsey"}
_FEMALE = frozenset(
    "mrs ms miss madam lady queen princess she her hers mary patricia jennifer linda elizabeth barbara susan "
    "jessica sarah karen nancy lisa hillary chelsea melania ivanka kellyanne huma donna debbie elizabeth "
    "angela theresa jacinda ursula christine kamala michelle laura hope sheryl nikki sarah condoleezza "
    "madeleine samantha susana maria ana anna olga yulia julia catherine kate emily amy rachel megyn "
    "katy kelly carly jill tulsi lindsey loretta janet".split()
)
_TITLES_SKIP = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})
#: nouns that name an organisation already introduced ("the bloc said", "the ministry added")
_ORG_NOUNS = frozenset(
    "bloc alliance union organisation organization group company firm party campaign ministry agency "
    "government administration department office committee council commission movement coalition court "
    "network paper newspaper station".split()
)
_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})


@dataclass(slots=True)
class Entity:
    """Someone or something the article has named: its name, kind, gender, role words and actor."""

    name: str
    kind: str  # "person" or "group"
    gender: str = ""  # "m", "f" or ""
    titles: set[str] = field(default_factory=set)
    actor: Actor | None = None


def _gender(words: list[str]) -> str:
    for w in words:
        w = w.lower().rstrip(".")
        if w in _FEMALE:
            return "f"
        if w in _MALE:
            return "m"
    return ""


class MentionChains:
    """The entities of one article and their mentions, in reading order."""

    def __init__(self, doc: Doc, actors: ActorIndex) -> None:
        self.doc = doc
        self.actors = actors
        self.by_key: dict[str, Entity] = {}
        self.mentions: list[tuple[int, Entity]] = []  # (token index, entity), increasing
        self.person_at: dict[int, object] = {}  # token index -> its PERSON entity span
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self.person_at.update((i, ent) for i in range(ent.start, ent.end))
                self._person(ent)
            elif ent.label_ in ("ORG", "GPE", "NORP"):
                self._group(ent.root, ent.text)
        for i, found in actors.by_token.items():  # coded groups not tagged as names ("the army")
            if found and not found[0].name and doc[i].pos_ in ("NOUN", "PROPN"):
                self._group(doc[i], found[0].text, found[0])
        self.mentions.sort(key=lambda m: m[0])

    def _actor(self, tokens) -> Actor | None:
        for t in tokens:
            for a in self.actors.at(t.i):
                if a.code.code:
                    return a
        return None

    def _person(self, ent) -> None:
        words = [t for t in ent if t.lower_ not in _TITLES_SKIP and t.text not in ("'s", "’s")]
        if not words:
            return
        name = " ".join(t.text for t in words)
        surname = words[-1].text
        entity = self.by_key.get(name) or self.by_key.get(surname)
        before = [t.lower_ for t in ent.doc[max(ent.start - 1, 0) : ent.start]]
        np = [c for c in ent.root.children if c.dep_ in ("compound", "amod", "appos") and c.i not in range(
            ent.start, ent.end) and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_]
        if entity is None:
            entity = Entity(name, "person", _gender(before + [words[0].text]))
        else:
            if len(name) > len(entity.name) and surname in entity.name.split()[-1:]:
                entity.name = name
            entity.gender = entity.gender or _gender(before + [words[0].text])
        entity.titles.update(t.lemma_.lower() for t in np)
        if ent.root.head.dep_ == "appos" or ent.root.dep_ == "appos":
            entity.titles.add(ent.root.head.lemma_.lower())
        entity.actor = entity.actor or self._actor(ent)
        self.by_key[name] = entity
        self.by_key[surname] = entity
        self.mentions.append((ent.root.i, entity))

    def _group(self, head: Token, name: str, actor: Actor | None = None) -> None:
        entity = self.by_key.get(name)
        if entity is None:
            entity = Entity(name, "group", actor=actor or self._actor([head]))
            self.by_key[name] = entity
        entity.titles.add(head.lemma_.lower())
        self.mentions.append((head.i, entity))

    def _last(self, before: int, test) -> Entity | None:
        for i, entity in reversed(self.mentions):
            if i < before and test(entity):
                return entity
        return None

    def resolve(self, head: Token) -> Entity | None:
        """The entity a mention headed by ``head`` stands for, or None."""
        low = head.lower_
        if low in _PERSON_PRONOUNS:
            gender = _PERSON_PRONOUNS[low]
            return self._last(head.i, lambda e: e.kind == "person" and e.gender in ("", gender))
        if low in _GROUP_PRONOUNS:
            return self._last(head.i, lambda e: e.kind == "group")
        if head.ent_type_ == "PERSON":
            ent = self.person_at.get(head.i)
            if ent is not None:
                words = [t.text for t in ent if t.lower_ not in _TITLES_SKIP and t.text not in ("'s", "’s")]
                for key in (" ".join(words), words[-1] if words else ""):
                    if key in self.by_key:
                        return self.by_key[key]
        if head.text in self.by_key:
            return self.by_key[head.text]
        lemma = head.lemma_.lower()
        bare = all(c.dep_ == "det" or (c.dep_ == "compound" and c.is_lower) for c in head.children)
        if head.pos_ == "NOUN" and bare:  # "the minister", "the bloc"; "the interior ministry" names itself
            person = self._last(head.i + 1, lambda e: e.kind == "person" and lemma in e.titles)
            if person is not None:
                return person
            if lemma in _ORG_NOUNS:
                return self._last(head.i, lambda e: e.kind == "group" and (lemma in e.titles or e.actor is not None))
        return None
