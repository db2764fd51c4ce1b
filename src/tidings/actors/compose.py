"""Compose actor codes from noun phrases; people and institutions are remembered in the article's
shared coreference model (``tidings.coref``), which resolves surnames, titles and pronouns.

Given the dictionary matches of a document, ``compose`` reads the noun phrase headed by a token and
builds its actors: a known person, organisation, group or metonym gives a whole code; otherwise a
country (from a name, adjective or capital) is combined with a role (from agent words). Country
priority: a match that contains the head, then a possessor ("Pakistan's ... ambassador"), then the
nearest modifier ("the Turkish side of Cyprus"), then an "of" complement ("President of France"), then a
"from" or "in" phrase
("negotiators from Iran", "prosecutors in Peru"); other prepositional phrases are outside the
phrase, and adjectives outrank places, so "the Chinese embassy in Manila" is Chinese. Coordinated adjectives
("Indian and Pakistani troops") give one actor each.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from tidings.actors.gazetteer import PlaceEntry
from tidings.actors.matcher import DictMatch, entity_at
from tidings.coref import PERSON_PRONOUNS, Entities, name_of, pronoun, title_keys
from tidings.nlp import HYPHENS, doc_text
from tidings.records import Actor, ActorCode, Span

__all__ = ["ArticleMemory", "noun_phrase", "compose", "NULL_COUNTRY"]

NULL_COUNTRY = "---"  # PETRARCH's code for "no country named" ("---GOV": an official of no named country)

_NP_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "flat", "quantmod", "appos", "prep", "pobj",
     "punct", "hyph", "npadvmod"}
)
#: prepositions kept inside an actor phrase: "President of France", "negotiators from Iran",
#: "prosecutors in Peru" (in and from rank below adjectives: "the Chinese embassy in Manila" is Chinese).
_NP_PREPS = frozenset({"of", "from", "in", "at"})
#: role words whose "for" complement is whom they speak for: "a spokesman for the Myanmar army"
_SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: role words whose "to" complement is whom they serve: "an aide to Azerbaijan's president"
_SERVES = frozenset({"aide", "adviser", "advisor", "counsellor", "counselor"})
#: role words only a person holds, coded through whom they speak for or serve
PERSON_ROLE_WORDS = _SPEAKS_FOR | _SERVES
_COUNTRY_KINDS = frozenset({"country", "adjective", "capital"})
_WHOLE_KINDS = frozenset({"metonym", "organisation", "group", "person", "surname"})
_PRONOUNS_GROUP = frozenset({"it", "its", "they", "them", "their"})


@dataclass(slots=True)
class ArticleMemory:
    """What the article has said so far: its people and organisations (``entities``, the shared
    coreference model: names, titles, gender, the last group), and where things happen."""

    entities: Entities | None = None  # None: no coreference
    default_country: str = ""
    confident: bool = False  # default_country is well attested (named strangers may take it)
    sentence_country: str = ""  # where the current sentence says things happen
    sentence_first: str = ""  # the first country the current sentence names
    #: the country of the previous sentence's subject, named outright, in the same paragraph:
    #: "Belarus reacted angrily. Foreign Ministry spokesman X said ..." (X speaks for Belarus)
    previous_subject: str = ""
    places: dict[str, PlaceEntry] = field(default_factory=dict)  # the gazetteer, by lower-cased name
    #: infer the country of a bare role from context (the sentence's place, its first country, the
    #: article's country). Off, a role without a named country is coded with the null country "---"
    #: ("---GOV"), as PETRARCH codes it.
    context: bool = True
    #: the last armed group named outright, whom "the rebels", "the militants" name again
    armed_group: Actor | None = None


#: verbs of saying: a role phrase carrying one ("a senior adviser said") is a speaker, no apposition
_REPORTING = frozenset({"say", "tell", "add", "confirm", "announce", "state", "note", "explain", "write"})


def reports(tok: Token) -> bool:
    """A phrase the parser hung a verb of saying on, as a clause of its own: "..., a senior adviser
    said" misparsed as an apposition to the phrase before it."""
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _REPORTING for c in tok.children)


def noun_phrase(head: Token) -> list[Token]:
    """Tokens of the phrase headed by ``head``: modifiers, possessors and "of" complements only."""
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ not in _NP_DEPS and not (child.dep_ in ("conj", "cc") and tok.i != head.i):
                continue
            if child.dep_ == "prep" and child.lower_ not in _NP_PREPS \
                    and not (child.lower_ == "for" and tok.i == head.i and head.lower_ in _SPEAKS_FOR) \
                    and not (child.lower_ == "to" and tok.i == head.i and head.lower_ in _SERVES):
                continue
            if child.dep_ == "appos" and (tok.i != head.i or child.left_edge.i - tok.i > 3 or reports(child)):
                continue  # only an apposition right after the head ("Khan, the ambassador"), not a misparse
            out.append(child)
            stack.append(child)
    out.sort(key=lambda t: t.i)
    return out


def _relation(tok: Token, head: Token) -> str:
    """How a modifier token hangs from the head: poss, of, mod, or from/in (a location)."""
    rel = "mod"
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "poss":
            return "poss"
        if tok.dep_ == "pobj" and tok.head.lower_ in _NP_PREPS:
            rel = tok.head.lower_
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to"):
            rel = "of"  # "a spokesman for the army" is the army's spokesman, "an aide to X" X's aide
        tok = tok.head
    return rel


def _priority(m: DictMatch, head: Token, doc: Doc) -> tuple[int, int]:
    if m.start <= head.i < m.end:
        return (0, 0)
    rel = _relation(doc[m.end - 1], head)
    rank = {"poss": 1, "mod": 2, "of": 3, "from": 4, "in": 5, "at": 5}[rel]
    return (rank, abs(head.i - m.end))


def _span(doc: Doc, tokens: list[Token]) -> Span:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(start, end, doc_text(doc)[start:end])  # the text cached once per doc


def _role_match(agents: list[DictMatch], head: Token) -> DictMatch | None:
    """Institutions decide the role ("army spokesman" is MIL); else the nearest person title."""
    if not agents:
        return None
    return min(agents, key=lambda m: (m.entry.role_kind != "group", not (m.start <= head.i < m.end),
                                      abs(head.i - m.start)))


def _role(agents: list[DictMatch], head: Token) -> tuple[str, ...]:
    best = _role_match(agents, head)
    return best.entry.code.roles if best is not None else ()


def _country_code(country: str, roles: tuple[str, ...], agents: list[DictMatch], head: Token) -> ActorCode:
    """A country with its role; an imported prefix agent (PETRARCH ``[NGO~]``) goes before the country:
    "MSF Arnor" is NGOARN."""
    best = _role_match(agents, head)
    if best is not None and best.entry.agent_prefix and roles == best.entry.code.roles and roles:
        return ActorCode(roles[0], (country, *roles[1:]))
    return ActorCode(country, roles)


def _person_name(tokens: list[Token], matches: dict[int, DictMatch]) -> str:
    return name_of([t for t in tokens if t.ent_type_ == "PERSON" and (t.pos_ == "PROPN" or _after_hyphen(t))
                    and t.i not in matches])


def _after_hyphen(tok: Token) -> bool:
    """Is ``tok`` a name's part glued after a hyphen ("yeon" of "Park Seo-yeon", tagged a common noun)?"""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.text in HYPHENS and not prev.whitespace_ and tok.is_alpha and tok.i > 1 \
        and not tok.doc[tok.i - 2].whitespace_


def compose(head: Token, matches: dict[int, DictMatch], memory: ArticleMemory) -> tuple[Actor, ...]:
    """The actors of the phrase headed by ``head`` (empty when it names none)."""
    doc = head.doc
    low = head.lower_
    if head.pos_ == "PRON" or low in PERSON_PRONOUNS:
        return _pronoun(head, memory) if memory.context else ()
    if low in ("country", "nation") and memory.default_country and {c.lower_ for c in head.children} <= {"the", "'s"} \
            and any(c.lower_ == "the" for c in head.children):
        # "Russia had pounded the country": the country the article is about
        span = Span(head.idx, head.idx + len(head.text), head.text)
        return (Actor(head.text, span, ActorCode(memory.default_country), "", "coref:the-country"),)
    holder = _role_holder(head, matches)
    if holder is not None:  # "Ambassador to the US Masood Khan" parsed as "to [the US Masood Khan]"
        actors = compose(holder, matches, memory)
        if actors and _person_name(noun_phrase(head), matches):
            name = _person_name(noun_phrase(head), matches)
            named = tuple(Actor(a.text, a.span, a.code, name, a.rule) for a in actors)
            _remember(named[0], name, [matches[holder.i]], memory, head)
            return named
    tokens = noun_phrase(head)
    found = sorted({matches[t.i] for t in tokens if t.i in matches}, key=lambda m: m.start)
    span = _span(doc, tokens)
    whole = [m for m in found if m.entry.kind in _WHOLE_KINDS]
    # "ethnic Albanians" are a people, not the state of Albania; "Latin American states" are a region's
    countries = [m for m in found if m.entry.kind in _COUNTRY_KINDS
                 and not (m.entry.kind == "adjective" and m.start > 0 and doc[m.start - 1].lower_ in _NOT_STATE)]
    if any(m.entry.kind != "capital" for m in countries):
        # "Paraguayan President Santiago Pena": a capital inside a person's name is part of the name
        countries = [m for m in countries if not (m.entry.kind == "capital" and _in_person_name(m, doc))]
    if not memory.context and head.i not in matches:
        # PETRARCH: "an attack ... in south Ithilen" names a place, not an actor; only a role or a name
        # takes a country from a from/in/at phrase
        countries = [m for m in countries if _relation(doc[m.end - 1], head) not in ("from", "in", "at")]
    agents = [m for m in found if m.entry.kind == "agent"]
    name = _person_name(tokens, matches)
    if whole:
        best = min(whole, key=lambda m: _priority(m, head, doc))
        person = best.entry.kind in ("person", "surname")
        if not person or not countries or _priority(best, head, doc)[0] == 0:
            actor = Actor(span.text, span, best.entry.code, best.entry.name, best.entry.rule)
            _remember(actor, name or (best.entry.name if person else ""), agents, memory, head)
            # "Pakistani and Afghan Taliban delegations": a country adjective coordinated with the name
            roles = _role(agents, head)
            others = tuple(Actor(span.text, span, _country_code(m.entry.code.country, roles, agents, head), "",
                                 "+".join(x.entry.rule for x in [m, *agents]))
                           for m in _conjoined(best, countries, doc) if m.entry.kind == "adjective" and not person)
            return (actor, *others)
    roles = _role(agents, head)
    relations = {_relation(doc[m.end - 1], head) for m in countries}
    if countries and head.dep_ in ("nsubj", "nsubjpass") and not agents and head.i not in matches and (
            relations <= {"from", "in", "at"}) and not (relations == {"from"} and head.lemma_.lower() in _ACTORISH):
        # "a building collapse in the Thai capital killed ...": a place does not make a doer; but
        # "negotiators from Kenya and Uganda" are Kenya's and Uganda's
        return ()
    if countries and _attribute_only(head, countries, agents, matches, doc):
        return ()  # "the Mexican peso", "Ukrainian grain": a country's thing, not an actor
    if not countries:
        place = _place(tokens, matches, memory)
        if place:
            code = ActorCode(place[0], roles)
            return (Actor(span.text, span, code, name, "+".join([place[1], *(m.entry.rule for m in agents)])),)
        return _from_memory(head, tokens, span, roles, name, agents, memory)
    best = min(countries, key=lambda m: _priority(m, head, doc))
    if best.entry.kind == "capital" and _priority(best, head, doc)[0] == 0:
        roles = roles or best.entry.code.roles
    actors = []
    for m in [best, *_conjoined(best, countries, doc)]:
        code = _country_code(m.entry.code.country, roles, agents, head)
        rule = "+".join(x.entry.rule for x in [m, *agents])
        actors.append(Actor(span.text, span, code, name, rule))
    _remember(actors[0], name, agents, memory, head)
    return tuple(actors)


def _role_holder(head: Token, matches: dict[int, DictMatch]) -> Token | None:
    """The role word a person's name hangs from through "to": "Ambassador to the US Masood Khan"."""
    if head.ent_type_ != "PERSON" or head.dep_ != "pobj" or head.head.lower_ != "to":
        return None
    role = head.head.head
    return role if personal_role(matches.get(role.i)) else None


def personal_role(m: DictMatch | None) -> bool:
    """Is the dictionary match a role one person holds ("minister", "spokeswoman"), not an institution?"""
    return m is not None and m.entry.kind == "agent" and m.entry.role_kind == "person"


def _place(tokens: list[Token], matches: dict[int, DictMatch], memory: ArticleMemory) -> tuple[str, str] | None:
    """A named place in the phrase that the dictionary does not know: (country, rule)."""
    for tok in tokens:
        # a name the small model tags as a person or an organisation, or leaves untagged ("in western
        # Rafah", "in northern Nador"), is a place when the phrase around it says so
        named = tok.pos_ == "PROPN" or (tok.is_title and tok.dep_ == "compound" and tok.head.lower_ in _REGION_NOUNS)
        if not named or tok.i in matches:
            continue  # the cheap tests first: the place context walks the parse
        placeish = tok.ent_type_ in ("GPE", "LOC", "FAC") or (
            tok.ent_type_ in ("PERSON", "ORG", "") and _place_context(tok))
        if placeish:
            ent = entity_at(tok.doc, tok.i)
            text = (ent.text if ent is not None else tok.text).lower().removeprefix("the ")
            if text in memory.places:  # the whole name only: "North Darfur" is not "North"
                entry = memory.places[text]
                return entry.country, f"gazetteer:{entry.geonameid}"
    return None


_PLACE_NOUNS = frozenset(
    "city town village region province district state capital port area camp border frontier island "
    "neighbourhood neighbourhoods neighborhood neighborhoods outskirts suburb suburbs centre center".split()
)
#: divisions named by a bare name before them: "Sagaing region", "Kherson province"
_REGION_NOUNS = frozenset({"region", "province", "district", "state", "governorate", "oblast", "county"})
#: words before a country adjective that make it a people's or a region's: "ethnic Albanians", "Latin American"
_NOT_STATE = frozenset({"ethnic", "latin", "central", "south", "north"})
#: verbs of bombardment and assault whose object (or "on" phrase) names a place when it names no one known
_BOMBARDING = frozenset(
    "shell pound bomb bombard strike hit attack raid storm besiege encircle overrun drop fire rain target".split()
)
_PLACE_PREPS = frozenset({"in", "near", "at", "into", "outside", "across", "around", "towards", "toward"})


def _place_context(tok: Token) -> bool:
    """Is a name the small model tagged as a person used as a place? "the city of Kherson", "in Goma",
    "Goma, the largest city in eastern Congo"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _PLACE_PREPS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _PLACE_NOUNS:  # "outskirts", not its lemma
        return True
    if tok.dep_ == "compound" and head.lower_ in _REGION_NOUNS:
        return True  # "in Sagaing region", which the parser may even take for a verb
    if tok.dep_ == "dobj" and head.lemma_.lower() in _BOMBARDING:
        return True  # "Russian artillery pounded Kherson": what is shelled is a place
    if tok.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in _BOMBARDING:
        return True  # "dropped chlorine canisters on Douma"
    return any(c.dep_ == "appos" and c.lemma_ in _PLACE_NOUNS for c in tok.children)


#: nouns that stand for the people or bodies of a country though no role word names them
_ACTORISH = frozenset(
    "side sides delegation delegations vessel vessels ship ships boat boats aircraft plane planes convoy team teams "
    "negotiator negotiators mediator mediators counterpart counterparts national nationals citizen citizens people "
    "population community communities company companies firm firms agency agencies camp bloc coalition "
    "forces force unit units crew crews tank helicopter jet drone tanker carrier warship frigate destroyer "
    "submarine artillery fire battery government administration".split()
)


def _in_person_name(m: DictMatch, doc: Doc) -> bool:
    """The match lies inside a person's name, with more of the name after it ("Santiago Pena")."""
    last = doc[m.end - 1]
    return all(t.ent_type_ == "PERSON" for t in doc[m.start:m.end]) and m.end < len(doc) and (
        doc[m.end].ent_type_ == "PERSON" and doc[m.end].ent_iob_ == "I" and doc[m.end].pos_ == "PROPN") and (
        last.pos_ == "PROPN")


#: currencies, a country's things whatever the tagger makes of them
_CURRENCIES = frozenset(
    "naira rupee rupees yuan renminbi rouble ruble peso dollar euro pound lira rand shilling dinar riyal rial won "
    "yen franc hryvnia real cedi kwacha birr taka ringgit baht dong rupiah lari dram manat tenge som leu zloty "
    "forint koruna krona krone kyat kip riel afghani dirham lempira quetzal bolivar sol guarani".split()
)


def _attribute_only(head: Token, countries: list[DictMatch], agents: list[DictMatch],
                    matches: dict[int, DictMatch], doc: Doc) -> bool:
    """A singular common noun doing something, modified only by a country adjective and naming no
    role ("the Mexican peso rallied"): a thing, not an actor. Plurals are usually people ("Palestinian
    prisoners"), and things can still be targets ("seized a Greek tanker")."""
    # a currency the tagger took for a name counts: "the Nigerian naira traded at ..."
    common = (head.pos_ == "NOUN" and head.tag_ == "NN") or head.lower_ in _CURRENCIES
    if not common or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if agents or head.i in matches or head.lemma_.lower() in _ACTORISH:
        return False
    return all(m.entry.kind == "adjective" and _relation(doc[m.end - 1], head) == "mod" for m in countries)


def _conjoined(best: DictMatch, countries: list[DictMatch], doc: Doc) -> list[DictMatch]:
    """Other country adjectives coordinated with ``best`` ("Indian and Pakistani troops"); the parser may
    hang the conjunction on any word of a longer name ("Australian and Papua New Guinean police")."""
    conj_idx = {t.i for tok in doc[best.start:best.end] for t in tok.conjuncts}
    return [m for m in countries if m is not best and any(m.start <= i < m.end for i in conj_idx)]


def _pronoun(head: Token, memory: ArticleMemory) -> tuple[Actor, ...]:
    low = head.lower_
    entities = memory.entities
    refs: tuple[Actor, ...] = ()
    if entities is None:
        pass
    elif low in PERSON_PRONOUNS:  # the last person of the pronoun's gender, as for quotes
        person = pronoun(entities, head)
        if person is not None and person.actor is not None:
            refs = (Actor(person.actor.text, person.actor.span, person.actor.code, person.name, person.actor.rule),)
    elif low in _PRONOUNS_GROUP:
        refs = entities.last_group if low in ("they", "them", "their") else entities.last_group[:1]
    span = Span(head.idx, head.idx + len(head.text), head.text)
    return tuple(Actor(head.text, span, r.code, r.name or r.text, f"coref:pronoun->{r.rule}") for r in refs)


def _from_memory(head, tokens, span, roles, name, agents, memory) -> tuple[Actor, ...]:
    """A phrase without a country: a known surname or title from earlier in the article, or the
    article's default country (from its dateline) for a bare role ("police")."""
    if not memory.context:  # PETRARCH: no coreference, no country from context
        if roles and not name:
            rule = "+".join(m.entry.rule for m in agents) + "+no-country"
            return (Actor(span.text, span, ActorCode(NULL_COUNTRY, roles), name, rule),)
        return ()
    entities = memory.entities
    if not name and head.pos_ == "PROPN" and _coded_person(entities, head.text):
        name = head.text  # a surname the parser did not tag as a person: "Doe said"
    if name and entities is not None:
        for key in (name, name.split()[-1]):
            person = _coded_person(entities, key)
            if person is not None:
                entities.mention(head.i, person)
                ref = person.actor
                return (Actor(span.text, span, ref.code, person.name, f"coref:name->{ref.rule}"),)
    # a role named just before with its country but no name ("Bolivia's foreign minister said ...
    # Foreign Minister X said"): the title that introduces X, or X's phrase, is of that country
    titling = name or (head.i + 1 < len(head.doc) and head.doc[head.i + 1].ent_type_ == "PERSON")
    earlier = _earlier_role(agents, memory, head.i) if titling else ""
    if agents and not name and entities is not None and not earlier:
        # the head's own role word first ("the ambassador"), then a modifier ("the House resolution")
        for m in sorted(agents, key=lambda m: not (m.start <= head.i < m.end)):
            key = m.entry.surface.lower()
            holder = entities.last(head.i + 1, lambda e, key=key: key in e.titles and e.actor is not None)
            if holder is not None:
                entities.mention(head.i, holder)
                ref = holder.actor
                name = holder.name if holder.kind == "person" else ref.name
                return (Actor(span.text, span, ref.code, name, f"coref:title->{ref.rule}"),)
    group = _same_side(head, roles, name, memory)
    if group is not None:  # "talks with the Oromo Liberation Army ..., accusing the rebels of ...": that army
        return (Actor(span.text, span, group.code, group.name, f"coref:group->{group.rule}"),)
    if _several_parties(head):
        return ()  # "the two governments said ...": both sides, no one country the context could give
    # that earlier role's country, else where the sentence puts things, else the first country it
    # names, else what the article is about
    country, where = earlier, "earlier-role"
    if not country:
        country, where = memory.sentence_country, "sentence-place"
    if not country and memory.sentence_first and not name:
        country, where = memory.sentence_first, "sentence-country"
    if not country and memory.previous_subject and roles and head.dep_ in ("nsubj", "nsubjpass") \
            and head.head.dep_ == "ROOT":
        country, where = memory.previous_subject, "previous-subject"
    if not country:
        country, where = memory.default_country, "article-country"
    if name and not memory.sentence_country and not memory.confident and where != "previous-subject":
        country = ""  # "President Bush" in a sentence that only mentions Russia is not Russian
    if roles and country:
        code = ActorCode(country, roles)
        rule = "+".join(m.entry.rule for m in agents) + f"+context:{where}"
        actor = Actor(span.text, span, code, name, rule)
        if name and head.ent_type_ == "PERSON":  # "Climate Change Minister X" is "the minister" later on
            _remember(actor, name, agents, memory, head)  # (not "fishermen from Rote island": no one's name)
        return (actor,)
    return ()


#: nouns for the parties to a relation between states: "the two governments", "both sides"
_PARTY_NOUNS = frozenset({"government", "country", "nation", "side", "leader", "neighbour", "neighbor", "capital",
                          "state", "delegation"})
_SEVERAL = frozenset({"two", "three", "four", "five", "both"})


def _several_parties(head: Token) -> bool:
    """A plural party noun counted or taken together ("the two governments", "both countries"): it names
    several states at once, so no single country from the context is its code."""
    return head.tag_ == "NNS" and head.lemma_.lower() in _PARTY_NOUNS and any(
        c.dep_ in ("nummod", "det", "predet") and c.lower_ in _SEVERAL for c in head.children)


#: roles of non-state armed groups, which "the rebels", "the militants" name again
_ARMED_ROLES = frozenset({"REB", "INS", "UAF"})


def _same_side(head: Token, roles: tuple[str, ...], name: str, memory: ArticleMemory) -> Actor | None:
    """The armed group just named, when a definite plural role of its kind names it again ("the rebels",
    "the militants"): a side, not whoever the sentence's place belongs to."""
    if name or not set(roles) & _ARMED_ROLES or head.tag_ != "NNS" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    return memory.armed_group


def _person_titles(agents: list[DictMatch]) -> frozenset[str]:
    return frozenset(k for m in agents if m.entry.role_kind == "person" for k in title_keys(m.entry.surface))


def _earlier_role(agents: list[DictMatch], memory: ArticleMemory, at: int) -> str:
    """The country of the last role named before token ``at`` with its country but no name, when it
    shares a title with ``agents``: the lead's "Spain's agriculture minister" is the next paragraph's
    "Minister X", whatever the dateline or the sentence's place say."""
    role = memory.entities.earlier_role(at, _person_titles(agents)) if memory.entities is not None else None
    return role.code.country if role is not None else ""


def _coded_person(entities: Entities | None, key: str):
    person = entities.named(key) if entities is not None else None
    return person if person is not None and person.kind == "person" and person.actor is not None else None


def _title_mention(entities: Entities, actor: Actor, agents: list[DictMatch], head: Token) -> None:
    """A definite title with its country ("the Serbian minister") mentions the last person of that
    country introduced with the title: a "she" after it is that person, not someone named between."""
    if head.pos_ != "NOUN" or not _person_titles(agents) or not any(c.lower_ == "the" for c in head.children):
        return
    lemma, country = head.lemma_.lower(), actor.code.country
    person = entities.last(head.i, lambda e: e.kind == "person" and lemma in e.titles and e.country == country)
    if person is not None:
        entities.mention(head.i, person)


def _remember(actor: Actor, name: str, agents: list[DictMatch], memory: ArticleMemory, head: Token) -> None:
    entities = memory.entities
    if entities is None:
        return
    if name:
        named = Actor(actor.text, actor.span, actor.code, name, actor.rule)
        titles = set(_person_titles(agents))
        entities.person(name, head.i, titles=titles, actor=named)
    elif actor.code.country:
        entities.last_group = (actor,)
        if "context:" not in actor.rule and set(actor.code.roles) & _ARMED_ROLES:
            memory.armed_group = actor
        _title_mention(entities, actor, agents, head)
        if "context:" not in actor.rule and actor.code.country != NULL_COUNTRY and _person_titles(agents):
            entities.role(head.i, _person_titles(agents), actor)
        if "context:" not in actor.rule:  # an institution named with its country: "the US House"
            titles = {k for m in agents if m.entry.role_kind == "group" and m.entry.code.roles == actor.code.roles
                      for k in title_keys(m.entry.surface)}
            if titles:
                entities.group(actor.text, head, actor, titles)
