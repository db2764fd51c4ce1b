"""Actors stage: who is named in the article, with CAMEO actor codes.

Reads a parsed ``Doc`` and its ``Article``; writes an ``ActorIndex`` (token index -> actors of the noun
phrase that token heads). The events stage asks it for the actors of subjects and objects.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from tidings.actors.compose import (
    _PLACE_NOUNS,
    NULL_COUNTRY,
    PERSON_ROLE_WORDS,
    ArticleMemory,
    _place_context,
    compose,
    personal_role,
    reports,
)
from tidings.actors.dictionary import ActorDictionary, ActorEntry, load_builtin
from tidings.actors.gazetteer import load_gazetteer
from tidings.actors.matcher import DictMatch, SurfaceMatcher, entity_at
from tidings.coref import (
    Entities,
    apposed,
    given_names,
    lead_person,
    name_like,
    name_of,
    other_person,
    relative_role_name,
    resolve,
    role_title,
    title_keys,
)
from tidings.nlp import doc_text, entities
from tidings.records import INTERNATIONAL_ROOTS, Actor, ActorCode, ActorIndex, Article, Span

__all__ = ["ActorStage", "ActorDictionary", "ActorEntry", "load_builtin"]

_HEAD_POS = frozenset({"NOUN", "PROPN", "PRON"})
#: argument positions whose words may head an actor phrase whatever their tag ("counterproposal"/ADJ)
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "attr"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "across", "around", "inside"})
_PRONOUN_SUBJECTS = frozenset({"he", "she", "it", "they", "we"})
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'/-]{2,40}?)\s*[,(\u2014\u2013-]")


class ActorStage:
    """Finds and codes actors. One instance per (vocabulary, dictionary); reuse it across articles."""

    def __init__(self, nlp, dictionary: ActorDictionary | None = None, context: bool = True) -> None:
        """``context``: infer countries of bare roles from the article (see ``ArticleMemory.context``)."""
        self.dictionary = dictionary or load_builtin()
        self.context = context
        self.matcher = SurfaceMatcher(nlp.vocab, nlp.make_doc, self.dictionary)
        self.gazetteer = load_gazetteer()

    def dateline_country(self, text: str, article: Article) -> str:
        """The country of an all-capitals dateline city ("NAIROBI, May 14 -"), or ''."""
        m = _DATELINE.match(text)
        if not m:
            return ""
        cities = m.group(1).split("/")
        if len(cities) > 1:
            return ""  # "WASHINGTON/ISLAMABAD": filed from both, about neither in particular
        first = cities[0].strip()
        entry = self.dictionary.lookup(first.title(), first.title(), article.date)
        if entry and entry.kind in ("capital", "country"):
            return entry.code.country
        return ""

    def focus_country(self, matches: list[DictMatch], article: Article) -> tuple[str, bool]:
        """The country the article is about: most mentioned (names, adjectives, capitals, people),
        its dateline counting four times; ties go to the first mentioned. Bare roles ("police", "the
        National Assembly") take this country; unknown named people only when it is mentioned at least
        twice (the second value), since one passing mention says little about a stranger."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m in matches:
            country = m.entry.code.country
            if m.entry.kind in ("country", "adjective", "capital", "person", "metonym", "group") and len(country) == 3 \
                    and country not in INTERNATIONAL_ROOTS:
                counts[country] += 1
                first.setdefault(country, m.start)
        dateline = self.dateline_country(article.text, article)
        if dateline:
            counts[dateline] += 4  # a dateline alone is evidence enough, and outweighs a foreign side's few mentions
            first[dateline] = -1
        if not counts:
            return "", False
        best = max(counts, key=lambda c: (counts[c], -first[c]))
        return best, counts[best] >= 2 or len(counts) == 1

    @staticmethod
    def _sentence_place(sent, toks, by_tok: dict[int, DictMatch], memory: ArticleMemory) -> str:
        """Country of the first place the sentence locates something in ("in Nairobi", "near Gaza")."""
        for tok in toks:
            if tok.dep_ != "pobj" or tok.head.lower_ not in _LOCATIVE:
                continue
            near = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod", "prep", "poss")),
                    *(g for c in tok.children if c.dep_ == "prep" for g in c.children)]
            for t in near:  # "in the northern Niger city of Agadez", "in Nigeria's Borno state"
                m = by_tok.get(t.i)
                if m is not None and m.entry.kind in ("capital", "country"):
                    return m.entry.code.country
            for t in near:
                if t.ent_type_ in ("GPE", "LOC"):
                    ent = entity_at(sent, t.i)
                    name = (ent.text if ent is not None else t.text).lower()
                    if name in memory.places:
                        return memory.places[name].country
        return ""

    def run(self, doc: Doc, article: Article) -> ActorIndex:
        matches = self.matcher.find(doc, article.date, self.context)
        by_tok: dict[int, DictMatch] = {}
        for m in matches:
            for i in range(m.start, m.end):
                by_tok[i] = m
        focus, confident = self.focus_country(matches, article)
        if not self.context:  # only what the dictionaries name: no article country, no gazetteer places
            memory = ArticleMemory(context=False)
        else:
            others = frozenset(i for i, m in by_tok.items() if m.entry.kind not in ("person", "surname", "agent")) \
                | _places_tagged_as_people(doc, self.gazetteer)
            memory = ArticleMemory(Entities(doc, not_people=others), default_country=focus, confident=confident,
                                   places=self.gazetteer)
            memory.entities.country = focus if confident else ""
        out: dict[int, tuple] = {}
        previous_end, text, lead = 0, doc_text(doc), None
        for sent in doc.sents:
            if "\n\n" in text[previous_end : sent.start_char]:
                memory.previous_subject = ""  # a new paragraph
            last = sent.end - 1
            while last > sent.start and doc[last].is_space:
                last -= 1
            previous_end = doc[last].idx + len(doc[last].text)  # a blank line may end the sentence
            toks = list(sent)  # spaCy builds a new Token on every access: one list for the passes below
            memory.sentence_country = self._sentence_place(sent, toks, by_tok, memory)
            memory.sentence_first = ""
            for tok in toks:
                if tok.pos_ in _HEAD_POS or tok.i in by_tok or tok.dep_ in _ARG_DEPS:
                    actors = compose(tok, by_tok, memory)
                    if actors:
                        out[tok.i] = actors
                    if tok.dep_ == "appos" and memory.entities is not None:
                        _apposition(tok, out, memory.entities, by_tok)
                    elif tok.dep_ in ("attr", "oprd", "pobj") and memory.entities is not None \
                            and (named := relative_role_name(tok)) is not None:
                        _role_of_name(named, tok, False, out, memory.entities, by_tok, "relative-role")
                    elif actors and tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and memory.entities is not None:
                        _named_after_role(tok, out, memory.entities, by_tok)
                m = by_tok.get(tok.i)
                if not memory.sentence_first and m is not None and m.entry.kind in ("country", "adjective", "capital"):
                    memory.sentence_first = m.entry.code.country
            _shared_modifier(toks, out)
            _coordinate(toks, out)
            if memory.entities is not None and memory.sentence_country:
                _introduced_at(memory.entities, sent, memory.sentence_country)
            if self.context:  # coreference: PETRARCH has none
                _clause_subject_pronouns(toks, out)
                _possessed_institutions(toks, out)
                _speakers_offices(toks, out)
            subject_tokens = [t for t in toks if t.dep_ in ("nsubj", "nsubjpass") and t.i in out
                              and t.head.dep_ == "ROOT" and t.pos_ != "PRON"]
            subjects = [out[t.i] for t in subject_tokens]
            if subject_tokens and lead is None and sent.start <= 60:
                lead = subject_tokens[0]  # used if the sentence is the lead
            memory.previous_subject = _speaking_state(subject_tokens[0] if subject_tokens else None, out, by_tok)
            if subjects and not any(a.name for a in subjects[0]) and memory.entities is not None:
                memory.entities.last_group = subjects[0]  # "they" / "it" in the next sentences
        if memory.entities is not None:
            for i, found in out.items():  # coded groups not tagged as names ("the army"), for "the bloc", "it"
                if found and not found[0].name and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].dep_ != "compound":
                    memory.entities.group(found[0].text, doc[i], found[0])
            for ent, tokens in memory.entities.uncoded():  # a name whose phrase was coded under another head
                ent.actor = ent.actor or next((a for i in tokens for a in out.get(i, ()) if a.code.code and not (
                    a.name and other_person(a.name, given_names(ent.name)))), None) \
                    or _title_before(doc, tokens, out, by_tok, ent)  # a known "Ferreira" is not "Tomas Ferreira"
            if lead is not None:
                _lead_role(lead, out, memory.entities)
        return ActorIndex(out, self.dictionary.version, memory.entities)


def _places_tagged_as_people(doc: Doc, places) -> frozenset[int]:
    """Tokens of PERSON names that are places: a known place used as one ("meet in Calais"), one a
    place noun introduces ("the village of Panmunjom", "towns including Jermuk"), a name coordinated
    with a place ("Jermuk and Goris"), and the same name elsewhere in the article. They are no one a
    pronoun or a speaker can stand for."""
    people = [ent for ent in entities(doc) if ent.label_ == "PERSON"]
    named: set[str] = set()
    for ent in people:
        root = ent.root
        context = _place_context(root)
        if (context and (ent.text.lower() in places or root.dep_ != "pobj" or root.head.lower_ == "of")) \
                or (root.dep_ == "pobj" and root.head.lower_ in ("including", "like")
                    and root.head.head.lemma_.lower() in _PLACE_NOUNS):
            named.add(ent.text)
    out: set[int] = set()
    for ent in people:
        near = (*ent.root.conjuncts, *((ent.root.head,) if ent.root.dep_ == "conj" else ()))
        if ent.text in named or any(t.ent_type_ in ("GPE", "LOC") or entity_at(doc, t.i) is not None and
                                    entity_at(doc, t.i).text in named for t in near):
            out.update(range(ent.start, ent.end))
    return frozenset(out)


def _lead_role(subj, out: dict[int, tuple], entities: Entities) -> None:
    """The lead's subject, a role with a country but no name ("The leader of Thailand's biggest
    opposition party claimed ..."), codes the person the next paragraph names without a code of their
    own ("X, whose party won the most seats, told ...")."""
    actor = out[subj.i][0]
    if subj.tag_ != "NN" or actor.name or not actor.code.roles or len(actor.code.country) != 3 \
            or actor.code.country == NULL_COUNTRY:
        return
    if any(c.dep_ == "appos" for c in subj.children):
        return  # "The leader of X, Y Z, said": named already, if untagged
    person = lead_person(entities, subj.i)
    if person is not None and person.actor is None:
        person.actor = Actor(actor.text, actor.span, actor.code, person.name, f"{actor.rule}+coref:lead-role")


def _speaking_state(subj, out: dict[int, tuple], by_tok: dict[int, DictMatch]) -> str:
    """The country of the sentence's main subject when it is a state or one of its institutions named
    outright ("Belarus reacted angrily", "The Chinese embassy rejected the account"), not people
    ("French diplomats met ..."): the next sentence's bare "Foreign Ministry spokesman" speaks for it."""
    m = by_tok.get(subj.i) if subj is not None else None
    if m is None or not (m.entry.kind in ("country", "capital", "metonym")
                         or (m.entry.kind == "agent" and m.entry.role_kind == "group")):
        return ""
    first = out[subj.i][0]
    country = first.code.country
    ok = "context:" not in first.rule and not first.name and len(country) == 3 and country != NULL_COUNTRY
    return country if ok else ""


def _is_name(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "")


def _apposition(tok, out: dict[int, tuple], entities: Entities, by_tok: dict[int, DictMatch]) -> None:
    """A name and a coded role in apposition are one person: "Ethiopia's ambassador to Kenya, Selam
    Tadesse" and "Selam Tadesse, Ethiopia's ambassador" give Selam Tadesse the ambassador's code. A
    name the parser did not tag as a person is one when the role is a person's ("the oil minister,
    Bola Adeyemi")."""
    head = apposed(tok)
    hung = head.i != tok.head.i  # "high commissioner in Dhaka, Rajiv Sethi": the name hung on the place
    if _is_name(tok) or hung or (name_like(tok) and tok.i not in by_tok):  # "Giulia Ferraresi" tagged GPE
        name, role = tok, head
    elif _is_name(head) or (name_like(head) and head.i not in by_tok):  # "Kamal Sarker" tagged WORK_OF_ART
        name, role = head, tok
    else:
        return
    _role_of_name(name, role, hung, out, entities, by_tok)


def _role_of_name(name, role, hung: bool, out: dict[int, tuple], entities: Entities,
                  by_tok: dict[int, DictMatch], how: str = "apposition") -> None:
    """Give the person ``name`` the role noun ``role`` introduces them with (in apposition or in a
    relative clause): its title, and its code when the role is coded with a country."""
    if role.ent_type_ == "PERSON" or role.pos_ not in ("NOUN", "PROPN") or name.i in by_tok and not _is_name(name):
        return  # "the ambassador in Tirana, Albania": a place after all
    if reports(role):
        return  # "... joined the Belt and Road Initiative, a senior adviser said": the speaker, misparsed
    m = by_tok.get(role.i)
    # "X, an aide to the president": X tagged ORG is a person
    personal = personal_role(m) or role.lower_ in PERSON_ROLE_WORDS
    if name.ent_type_ != "PERSON" and not personal:
        return
    # the role's own code: not a person's it already names, but one a group's name gives to a person's
    # role ("spokesman for the Taliban administration" is the Taliban's, named "Taliban"; not "the NATO
    # summit in Vilnius, X": the summit is no role)
    coded = [a for a in out.get(role.i, ())
             if a.code.code and (not a.name or personal and _group_name(entities, a.name))]
    person = resolve(entities, name) if name.ent_type_ == "PERSON" else None
    if len(coded) != 1:
        if person is not None and person.kind == "person":
            # "X, who is expected to become secretary of trade"
            person.titles.update({role.lemma_.lower(), role_title(role)})
        return
    if person is None or person.kind != "person":
        words = [t for t in name.subtree if t.pos_ == "PROPN" and t.i <= name.i and t.dep_ in ("compound", "flat")]
        person = entities.person(name_of([*words, name]), name.i)
    if person.actor is not None and "context:" not in person.actor.rule and not hung:
        return  # a code of the person's own, not the one of the place the name was hung on
    actor = coded[0]
    person.actor = Actor(actor.text, actor.span, actor.code, person.name, f"{actor.rule}+coref:{how}")
    person.titles.update({role.lemma_.lower(), role_title(role)})
    out[name.i] = (Actor(name.text, Span(name.idx, name.idx + len(name.text), name.text), actor.code,
                         person.name, person.actor.rule),)


def _introduced_at(entities: Entities, sent, country: str) -> None:
    """Note the country of the place a sentence locates things in ("told a forum in Buenos Aires") as
    the place of each person the article first names in it, for a person no role codes."""
    for _, _, entity in entities.mentions_in(sent.start, sent.end):
        if entity.kind == "person" and not entity.place and entities.first_mention(entity) >= sent.start:
            entity.place = country


def _group_name(entities: Entities, name: str) -> bool:
    """Is ``name`` (an actor's resolved name) an organisation's or a country's, not a person's?"""
    known = entities.named(name)
    return known is not None and known.kind == "group"


def _named_after_role(head, out: dict[int, tuple], entities: Entities, by_tok: dict[int, DictMatch]) -> None:
    """A name the model did not tag as a person, right after a person's role word, is that person:
    "Turkish presidential spokesman Kerem Aydinli said" (the name tagged ORG) is Kerem Aydinli, whom
    "Aydinli" names again."""
    if head.i in by_tok:
        return
    doc, first = head.doc, head.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ in ("compound", "flat") \
            and doc[first - 1].i not in by_tok and doc[first - 1].text[:1].isupper() and head.i - first < 3:
        first -= 1
    role = doc[first - 1] if first > 0 else None
    m = by_tok.get(role.i) if role is not None else None
    if role is None or role.pos_ != "NOUN" or not personal_role(m) \
            or role.head.i != head.i or first == head.i:
        return  # a one-word "name" after a role is too often a place or a thing
    coded = _unnamed_code(out, head.i)
    name = doc[first : head.i + 1].text
    known = entities.named(name)
    if coded is None or (known is not None and known.kind == "person"):
        return
    entities.person(name, head.i, titles=title_keys(m.entry.surface),
                    actor=Actor(coded.text, coded.span, coded.code, name, f"{coded.rule}+coref:title-before-name"))


def _unnamed_code(out: dict[int, tuple], i: int) -> Actor | None:
    """The first coded actor composed at token ``i`` that is no named person: a role's own code."""
    return next((a for a in out.get(i, ()) if a.code.code and not a.name), None)


def _title_before(doc: Doc, tokens, out: dict[int, tuple], by_tok: dict[int, DictMatch], person) -> Actor | None:
    """The role word right before a person's name is the person's title, however the parser hung
    it ("Presidential spokesman Sipho Mabaso said", with "spokesman" parsed as a second subject), and
    whether tagged a common or a proper noun ("Agriculture, Fisheries and Food Minister X")."""
    if not isinstance(tokens, range) or tokens.start == 0 or person.kind != "person":
        return None
    role = doc[tokens.start - 1]
    m = by_tok.get(role.i)
    if role.pos_ not in ("NOUN", "PROPN") or not personal_role(m):
        return None
    coded = _unnamed_code(out, role.i)
    if coded is None:
        return None
    person.titles.update({role.lemma_.lower(), role_title(role)})
    return Actor(coded.text, coded.span, coded.code, person.name, f"{coded.rule}+coref:title-before-name")


def _shared_modifier(sent, out: dict[int, tuple]) -> None:
    """A country adjective before coordinated roles qualifies them all: in "Danish media and government"
    the government is Danish too (when nothing else names its country)."""
    for tok in sent:
        first = out.get(tok.i)
        if not first or tok.dep_ == "conj" or not any(c.dep_ == "amod" and c.i < tok.i for c in tok.children):
            continue
        country = first[0].code.country
        if not country or country == NULL_COUNTRY or "context:" in first[0].rule:
            continue
        for c in tok.conjuncts:
            mine = out.get(c.i)
            if c.i < tok.i or not mine or any(c2.dep_ == "amod" for c2 in c.children):
                continue
            if all(a.code.roles and (a.code.country in ("", NULL_COUNTRY) or "context:" in a.rule) for a in mine):
                out[c.i] = tuple(Actor(a.text, a.span, ActorCode(country, a.code.roles), a.name,
                                       f"{a.rule}+shared-modifier:{first[0].rule}") for a in mine)


def _coordinate(sent, out: dict[int, tuple]) -> None:
    """Coordinated heads ("India and Japan signed") stand for all their conjuncts."""
    for tok in sent:
        if tok.i in out and tok.dep_ != "conj" and any(c.dep_ == "conj" for c in tok.children):
            have = {a.code for a in out[tok.i]}
            named = {a.code.country for a in out[tok.i] if "context:" not in a.rule}
            # a conjunct whose country was only guessed, and guessed otherwise than a named head's, adds nothing
            # ("the wife and children of the Peruvian president" are Peruvian, not of the sentence's first country)
            extra = [a for c in tok.conjuncts if c.i > tok.i for a in out.get(c.i, ())
                     if a.code not in have and not (named and "context:" in a.rule and a.code.country not in named)]
            if extra:
                out[tok.i] = out[tok.i] + tuple(extra)
        if tok.i in out and tok.dep_ != "conj":
            _listed(tok, out)


def _listed(tok, out: dict[int, tuple]) -> None:
    """A list the parser read as an apposition ("Mali, Burkina Faso and Niger": "Burkina Faso and Niger"
    hung on Mali as an apposition with its own conjunct) names countries side by side, not one by another
    name: each named country is a head of the list. Only countries named outright, only with a conjunct."""
    if tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text != "," or not all(
            not a.code.roles and "context:" not in a.rule for a in out[tok.i]):
        return
    for app in tok.children:
        if app.dep_ != "appos" or app.left_edge.i != tok.i + 2 or not any(g.dep_ == "conj" for g in app.children):
            continue
        have = {a.code for a in out[tok.i]}
        extra = [a for c in (app, *app.conjuncts) for a in out.get(c.i, ())
                 if a.code not in have and not a.code.roles and "context:" not in a.rule]
        if extra:
            out[tok.i] = out[tok.i] + tuple(extra)


def _clause_subject_pronouns(sent, out: dict[int, tuple]) -> None:
    """A pronoun subject of a reported or complement clause is the subject of the clause above it:
    in "Bahrain and Iran said they would begin talks", they = Bahrain and Iran."""
    for tok in sent:
        possessive = tok.dep_ == "poss" and tok.lower_ in ("their", "its")
        if not possessive and (tok.lower_ not in _PRONOUN_SUBJECTS or tok.dep_ not in ("nsubj", "nsubjpass")):
            continue
        if possessive:  # "X and Y sat down for their first negotiations": their = X and Y
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i in out and c.i != tok.i), None)
            if subj is not None and subj.pos_ != "PRON" and subj.i < tok.i:
                out[tok.i] = tuple(
                    Actor(tok.text, Span(tok.idx, tok.idx + len(tok.text), tok.text), a.code, a.name or a.text,
                          f"coref:clause-subject->{a.rule}") for a in out[subj.i])
            continue
        verb = tok.head
        if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or verb.head.i == verb.i:
            continue
        above = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i in out and c.i != tok.i]
        if above and (tok.lower_ in ("he", "she")) == any(a.name for a in out[above[0].i]):
            out[tok.i] = tuple(
                Actor(tok.text, Span(tok.idx, tok.idx + len(tok.text), tok.text), a.code, a.name or a.text,
                      f"coref:clause-subject->{a.rule}") for a in out[above[0].i])


def _possessed_institutions(sent, out: dict[int, tuple]) -> None:
    """"Relatives of Israeli captives implored their government": a role phrase whose country was only
    guessed from context, owned by a pronoun, takes the country of the clause's subject."""
    for tok in sent:
        actors = out.get(tok.i)
        if not actors or len(actors) != 1 or "context:" not in actors[0].rule:
            continue
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("their", "its", "his", "her")
                   for c in tok.children):
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i in out and c.i != tok.i), None)
        if subj is None:
            continue
        owner, actor = out[subj.i][0], actors[0]
        if owner.code.country and owner.code.country != actor.code.country:
            code = ActorCode(owner.code.country, actor.code.roles)
            out[tok.i] = (Actor(actor.text, actor.span, code, actor.name, actor.rule + "+coref:possessor"),)


#: nouns for a speaker's own body: "the prosecutor said his office had opened an investigation"; and
#: country: "the president said his country had forgiven ..."
_OFFICES = frozenset("office ministry department government administration agency team staff court country nation"
                     .split())


def _speakers_offices(sent, out: dict[int, tuple]) -> None:
    """The subject of a reported clause that is the speaker's own office ("his office", "its ministry")
    and names no actor takes the speaker's actor."""
    for tok in sent:
        if tok.i in out or tok.dep_ not in ("nsubj", "nsubjpass") or tok.lemma_.lower() not in _OFFICES:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in tok.children):
            continue
        verb = tok.head
        if verb.dep_ != "ccomp" or verb.head.i == verb.i:
            continue
        above = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i in out]
        if above:
            out[tok.i] = tuple(
                Actor(tok.text, Span(tok.idx, tok.idx + len(tok.text), tok.text), a.code, a.name or a.text,
                      f"coref:speaker-office->{a.rule}") for a in out[above[0].i])
