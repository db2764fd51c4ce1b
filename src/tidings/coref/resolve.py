"""Resolution: which entity a mention stands for, the same rules for every stage.

- he/him/his, she/her/hers: the last person mentioned whose gender is that or unknown (a subject
  pronoun then tells the person's gender);
- it/its, they/them/their: the last organisation;
- a name: the person or organisation of that full name or surname ("Wekesa", "Mr. Wekesa");
- a title ("the minister", "the secretary", "the Bangladeshi minister"): the last person who held
  the title (by its head word: "Foreign Minister" is later "the minister"), of the phrase's country
  when it names one; an organisation noun ("the bloc", "the ministry") the last organisation named
  by it or coded.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Token

from tidings.coref.entities import TITLES_SKIP, Entities, Entity, name_of, role_title

__all__ = ["PERSON_PRONOUNS", "GROUP_PRONOUNS", "resolve", "pronoun", "titled", "named_next",
           "lead_person"]

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})


def pronoun(entities: Entities, head: Token) -> Entity | None:
    """The person a he/she pronoun at ``head`` refers to (learning that person's gender when the
    pronoun is a subject), or the organisation of an it/they pronoun."""
    low = head.lower_
    if low in PERSON_PRONOUNS:
        gender = PERSON_PRONOUNS[low]
        entity = entities.last(head.i, lambda e: e.kind == "person" and e.gender in ("", gender))
        if entity is not None and head.dep_ in ("nsubj", "nsubjpass") and head.i == head.sent.start:
            entity = _previous_subject(entities, head, gender) or entity
        if entity is not None and head.dep_ in ("nsubj", "nsubjpass"):
            # learnt from subjects only: "his" in "every soldier who lays down his arms" is no one's
            entity.gender = gender
        return entity
    if low in GROUP_PRONOUNS:
        return entities.last(head.i, lambda e: e.kind == "group")
    return None


def _previous_subject(entities: Entities, head: Token, gender: str, title: str = "") -> Entity | None:
    """The person who is the main subject of the sentence before the one a subject pronoun (or a
    bare title, holding ``title``) opens: in "X declined to say whether President Y would attend. He
    said only that ...", he is X, not the person named inside X's sentence; in "X told reporters after
    meeting Minister Y. The minister said ...", the minister is X when X is one."""
    doc = head.doc
    i = head.sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return None
    root = doc[i].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    first = bisect_left(entities.mentions, subj.left_edge.i, key=lambda m: m[0])
    last = bisect_right(entities.mentions, subj.i, key=lambda m: m[0])
    found = {id(e): e for _, _, e in entities.mentions[first:last] if e.kind == "person" and e.gender in ("", gender)
             and (not title or title in e.titles)}
    return next(iter(found.values())) if len(found) == 1 else None


def titled(entities: Entities, keys, at: int, country: str = "") -> Entity | None:
    """The last person before token ``at`` holding one of the titles ``keys`` (of ``country``, when
    given); with a country and no such holder, the last person of that country."""
    keys = set(keys)
    found = entities.last(at, lambda e: e.kind == "person" and bool(keys & e.titles)
                          and (not country or e.country == country))
    if found is None and country:
        found = entities.last(at, lambda e: e.kind == "person" and e.country == country)
    return found


def named_next(entities: Entities, lemma: str, at: int, country: str) -> Entity | None:
    """The person a role phrase with a country but no name (headed by ``lemma`` at token ``at``) stands
    for, when the next person the article names holds that title and is of that country: a lead's
    "Bolivia's foreign minister said ..." is the next paragraph's "Foreign Minister X"; or, in the
    lead, whatever the title (``lead_person``), unless of another country."""
    following = _next_person(entities, at)
    if following is None:
        return None
    entity = following[1]
    if lemma in entity.titles and entity.country == country:
        return entity
    lead = lead_person(entities, at)
    return lead if lead is not None and lead.country in ("", country) else None


def _next_person(entities: Entities, at: int) -> tuple[int, Entity] | None:
    """(token, entity) of the first person mentioned after token ``at``."""
    return next(((i, e) for i, _, e in entities.mentions if i > at and e.kind == "person"), None)


def lead_person(entities: Entities, at: int) -> Entity | None:
    """The person an unnamed role phrase (a singular noun) at token ``at`` in the article's first
    sentence, the lead, stands for: the next person named, in the paragraph after the lead at the
    latest ("The leader of Thailand's biggest opposition party claimed ..." is the next paragraph's
    "X, whose party won ..."), unless introduced with an uncoded role of their own ("X, under
    secretary of agriculture, said") or the role is named in place ("The leader of ..., X, said")."""
    doc = entities.doc
    start = doc[at].sent.start
    if doc[at].tag_ != "NN" or start > 60 or not all(t.is_space or not t.text.strip() for t in doc[:start]):
        return None  # (only blank space before the lead: a blanked dateline)
    if any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in doc[at].subtree):
        return None  # "The leader of X's opposition, Y Z, said": named in place, if untagged
    following = _next_person(entities, at)
    if following is None:
        return None
    i, entity = following
    breaks = sum("\n\n" in t.text for t in doc[at:i] if t.is_space)
    return entity if breaks <= 1 and (entity.actor is not None or not _role_after(entities, i)) else None


def _role_after(entities: Entities, i: int) -> bool:
    """Is the name at token ``i`` followed by a role of its own in apposition ("X, under secretary of
    agriculture, said"), not a relative clause ("X, whose party won, said")?"""
    doc, span = entities.doc, entities.person_at.get(i)
    end = span.end if span is not None else i + 1
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ not in ("who", "whose", "whom")


def _of_role(entities: Entities, lemma: str, roles: tuple[str, ...], at: int) -> Entity | None:
    """The last person before token ``at`` whose actor has one of ``roles`` and whose gender the
    title word allows ("the spokeswoman" is no man)."""
    gender = entities.words.gender([lemma])
    return entities.last(at, lambda e: e.kind == "person" and e.actor is not None and bool(set(roles) & set(
        e.actor.code.roles)) and (not gender or e.gender in ("", gender)))


def _title_phrase(head: Token) -> str | None:
    """The country adjective of a title phrase ("the Bangladeshi minister" -> "Bangladeshi"), "" for
    a bare one ("the minister"), None when the phrase is more than a title ("the interior ministry")."""
    country = ""
    for c in head.children:
        if c.dep_ == "det" or (c.dep_ in ("compound", "amod") and c.is_lower):
            continue  # "the high commissioner", "the deputy minister"
        if c.i > head.i and (c.is_punct or (c.dep_ in ("appos", "relcl") and c.pos_ != "PROPN")):
            continue  # "the French minister, a former ambassador to Tunisia,"
        if c.dep_ in ("amod", "compound") and not c.is_lower and not country:
            country = c.text
            continue
        return None
    return country


def resolve(entities: Entities, head: Token, country: str = "", roles: tuple[str, ...] = ()) -> Entity | None:
    """The entity the mention headed by ``head`` stands for, or None. ``country``: the country the
    actors stage coded the phrase with, which narrows a title ("the Bangladeshi minister"); ``roles``:
    the roles it coded, by which a bare title no one was introduced with finds its person ("the
    general" for "Army spokesman Brig. X", a military person)."""
    low = head.lower_
    if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
        return pronoun(entities, head)
    if head.ent_type_ == "PERSON":
        ent = entities.person_at.get(head.i)
        if ent is not None:
            words = [t for t in ent if t.lower_ not in TITLES_SKIP and t.text not in ("'s", "\u2019s")]
            for key in (name_of(words), words[-1].text if words else ""):
                if entities.named(key) is not None:
                    return entities.named(key)
    if entities.named(head.text) is not None:
        return entities.named(head.text)
    doc = head.doc
    for first in (head.i - 2, head.i):  # "al-Rasheed" split as al / - / Rasheed, the head either word
        if 0 <= first and first + 2 < len(doc) and doc[first + 1].text == "-" and not doc[first].whitespace_ \
                and not doc[first + 1].whitespace_:
            joined = doc[first:first + 3].text
            if entities.named(joined) is not None:
                return entities.named(joined)
    lemma = head.lemma_.lower()
    phrase = _title_phrase(head) if head.pos_ == "NOUN" else None
    if phrase is not None:
        person = None
        if not phrase and head.dep_ in ("nsubj", "nsubjpass") and head.left_edge.i == head.sent.start:
            person = _previous_subject(entities, head, entities.words.gender([lemma]), lemma)  # "The minister said"
        full = role_title(head)
        if person is None and full != lemma:  # "the state minister": its holder before another minister
            person = entities.last(head.i + 1, lambda e: e.kind == "person" and full in e.titles
                                   and (not phrase or e.country == country))
        person = person or titled(entities, {lemma}, head.i + 1, country if phrase else "")
        if person is None and not phrase and roles:
            person = _of_role(entities, lemma, roles, head.i)
        if person is not None:
            return person
        if lemma in entities.words.organisation and not phrase:
            return entities.last(head.i, lambda e: e.kind == "group" and (lemma in e.titles or e.actor is not None))
    return None
