"""Places stage: toponyms in an article -> ``Place`` records, and each event's place.

Reads a parsed ``Doc`` (spaCy GPE/LOC/FAC entities and capitalised word sequences looked up in the
stage's own index, ``places.gazetteer``) and the ``Article`` (its dateline: "NAIROBI, May 14 -",
"WASHINGTON/ISLAMABAD, June 29:"); writes ``Place`` records, resolved by ``places.resolve``.
Demonyms ("Russian troops") mark their country with ``use="demonym"``, and metonyms are places with
``use="metonym"``: a country or city that
is the subject of a verb ("Washington said", "Beijing warned") is an actor in events, but geoparsing
gold (LGL, TR-News, GeoWebNews) marks it as a toponym, and so does the places list; a place inside a
longer name ("Mansfield Police Department") is ``use="embedded"``. Only literal places ("in
Washington") become event places.
``place_events`` gives each event the place of its clause (``places.attach``).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from tidings.nlp import doc_text, entities
from tidings.places.attach import PRECISION, place_events
from tidings.places.counties import county_states, named_counties
from tidings.places.demonyms import demonym_at, demonym_table
from tidings.places.gazetteer import AP_STATES, GeoEntry, PlaceIndex, load_index
from tidings.places.resolve import Mention, fold, resolve_mentions, unplaced
from tidings.records import Article, Place, Span

__all__ = ["PlaceStage", "place_events", "PRECISION", "find_dateline"]

_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{1,40}(?:/[A-Z][A-Z.'\- ]{1,40})*)\s*(?:,|\(|\u2014|\u2013|-|:)")
_DATELINE_REGION = re.compile(r"\s*,\s*([A-Z][A-Za-z.']+(?: [A-Z][A-Za-z.']+)?)\s*(?:,|\(|\u2014|\u2013|-)")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NOT_PLACE_LABELS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_LOCATIVE = frozenset({"in", "at", "near", "from", "to", "outside", "inside", "across", "around", "into",
                       "through", "throughout", "toward", "towards", "of", "between", "via"})
#: verbs of saying: the subject of one is a person or a government, never a small town
_SAYING = frozenset({"say", "tell", "add", "note", "explain", "recall", "ask", "answer", "reply", "write", "testify"})
_NON_ACTION = frozenset({"be", "have", "become", "remain", "lie", "sit", "seem", "appear", "look"})
#: generic words that make a place name part of another place's name ("Mason County", "Main Street")
_FEATURE_WORDS = frozenset({
    "county", "parish", "borough", "township", "street", "st.", "road", "rd.", "avenue", "ave.", "boulevard",
    "blvd.", "drive", "lane", "highway", "pike", "river", "lake", "creek", "bay", "island", "islands",
    "mountain", "mountains", "valley", "hills", "heights", "springs", "beach", "park", "square", "bridge"})
#: people and local services a town's name modifies ("a Camarillo resident", "Delta police")
_LOCAL_NOUNS = frozenset({
    "resident", "residents", "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens",
    "teenager", "youth", "mother", "father", "couple", "family", "families", "native", "natives", "police",
    "officer", "officers", "firefighters", "homeowner", "homeowners", "voters", "neighborhood", "area",
    "home", "homes"})
#: the first word of a town's own service or body after its name ("Gainesville Police Department",
#: "Dublin City Council", "Canaan Board of Finance")
_CIVIC = frozenset({"Police", "Fire", "City", "Town", "Township", "Village", "Borough", "Council", "Board",
                    "Municipal", "Public", "Planning", "Zoning", "Water", "Utilities", "Housing", "Parks"})
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_CONNECTORS = frozenset({"of", "and", "de", "del", "la", "le", "du", "upon", "on", "el"})
#: a bare city from the dictionary alone (no entity tag, no preposition) must be at least this big
_BARE_CITY_POPULATION = 200_000
_MAX_WORDS = 5
#: an office before a person's name: the place before it is the place the official serves
_OFFICE_TITLES = frozenset({"Mayor", "Councillor", "Councilor", "Councilman", "Councilwoman", "Alderman",
                            "Sheriff", "Coroner", "MPP", "MLA", "MP", "Premier", "Gov.", "Governor"})
#: words of rank or district before an office, not places: "Vice Mayor", "3rd Ward Alderman"
_RANKS = frozenset({"vice", "deputy", "acting", "interim", "former", "assistant", "ward", "district", "city",
                    "county", "town", "village", "state"})
#: a party's letter before a hyphen: "D-N.Y.", "R-Marshall", "DFL-Chisholm"
_PARTIES = frozenset({"D", "R", "I", "DFL"})
#: a town smaller than this, in a country none of the article's other places are in, is not a place
_SMALL_TOWN_ABROAD = 50_000
#: a story set in one US state: at least this many of its other names lie there, and at least half of
#: its other names in US states do
_HOME_STATE_NAMES = 2


def find_dateline(text: str, index: PlaceIndex) -> list[tuple[int, int, str, tuple[GeoEntry, ...]]]:
    """(start, end, name, candidates) of each place of an all-capitals dateline. A division or country
    written after it ("LONDON, Ontario, May 3 -") keeps only the candidates inside it."""
    m = _DATELINE.match(text)
    if not m:
        return []
    out = []
    pos = m.start(1)
    for part in m.group(1).split("/"):
        name = part.strip()
        start = text.index(name, pos) if name else pos
        pos = start + len(name)
        cands = index.lookup(name.title()) if len(name) > 1 else ()
        if cands:
            out.append((start, start + len(name), name.title(), cands))
    region = _DATELINE_REGION.match(text, m.end(1))
    if out and region:
        name = region.group(1)
        # "EDMONTON, Ky (WBKO) --": an AP abbreviation written without its point
        found = index.lookup(name) or (index.lookup(name + ".") if not name.endswith(".") else ())
        within = [c for c in found if c.feature in ("admin1", "country")]
        s, e, name, cands = out[-1]
        inside = tuple(x for x in cands if any(x.country == c.country and (c.feature == "country" or
                                                                          x.admin1 == c.admin1) for c in within))
        out[-1] = (s, e, name, inside or cands)
    return out


def _big(e: GeoEntry) -> bool:
    return e.feature in ("country", "admin1", "continent", "region") or e.population >= _BARE_CITY_POPULATION


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper()


class PlaceStage:
    """Finds and resolves places. Build once per process (the index loads once)."""

    def __init__(self, index: PlaceIndex | None = None) -> None:
        self.index = index or load_index()
        self.demonyms = demonym_table()

    def run(self, doc: Doc, article: Article) -> tuple[Place, ...]:
        """The places of one article (dateline first, then in text order)."""
        dateline = find_dateline(article.text, self.index)
        date_entries = tuple(max(c, key=lambda e: (e.feature == "city", e.capital, e.population))
                             for *_, c in dateline)
        # a dateline the parse did not blank ("LONDON, Ontario, May 3 -") is not read twice
        mentions = [m for m in self.mentions(doc) if not any(s <= m.char_start < e for s, e, *_ in dateline)]
        # a county the story names ("McMinn County") puts it in that county's state
        named = named_counties(article.text)
        counties = [(f"county:{name}", tuple(e for st in states for e in self.index.lookup(st)
                                             if e.feature == "admin1" and e.country == "USA"))
                    for name, states in county_states(named).items()]
        if named:
            # any US county the story names ("Henry County", in ten states) sets it in the United States
            counties.append(("county:any", tuple(e for e in self.index.lookup("United States")
                                                 if e.feature == "country")))
        chosen = resolve_mentions(mentions, date_entries, [c for c in counties if c[1]])
        places = [_place(Span(s, e, article.text[s:e]), entry) for (s, e, _, _), entry in
                  zip(dateline, date_entries, strict=True)]
        homes = _home_states(mentions, chosen, date_entries)
        keep = [a and b for a, b in zip(_not_abroad(mentions, chosen, date_entries),
                                        _not_out_of_state(mentions, chosen, homes), strict=True)]
        places += [_place(Span(m.char_start, m.char_end, m.text), entry, m.use) for m, entry, k in
                   zip(mentions, chosen, keep, strict=True) if k]
        return tuple(places)

    def mentions(self, doc: Doc) -> list[Mention]:
        """Toponyms in the text (and demonyms) with their candidates and their use."""
        found: list[Mention] = []
        toks = _Tokens(doc)
        i = 0
        n = len(doc)
        while i < n:
            # never start at "The": the index drops it ("The Hague" is "hague")
            m = self._longest(doc, toks, i) if toks.caps[i] and toks.lower[i] != "the" else None
            if toks.caps[i]:
                # "Canadian officials": the demonym, not Canadian, Texas; "American Samoa" stays a place
                d = self._demonym(doc, toks, i)
                if d is not None and (m is None or m.end <= d.end):
                    m = d
            if m is None:
                i += 1
                continue
            found.append(m)
            i = m.end
        self._hierarchy(doc, found)
        found = [m for m in found if not unplaced(m)]
        people = {t.lower_ for e in entities(doc) if e.label_ == "PERSON" for t in e}
        # part of a person's full name somewhere ("Ann Turner"): never a place on the article's word alone
        names = {t.lower_ for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
        lower = _LowerWords(doc)
        verdicts = [self._use(doc, m, people, names, lower) for m in found]
        # one sense per article: a name that is plainly a place somewhere in it ("in Alexandria") is a
        # place where the evidence alone was too weak ("Alexandria police", tagged PERSON or ORG)
        placed = {m.text.lower() for m, (use, _) in zip(found, verdicts, strict=True) if use == "literal"}
        out = []
        for m, (use, fallback) in zip(found, verdicts, strict=True):
            if m.use == "demonym":
                use = "demonym"
            if use is None and m.text.lower() in placed and not set(m.text.lower().split()) & names:
                use = fallback
            if use is not None:
                m.use = use
                out.append(m)
        return out

    def _longest(self, doc: Doc, toks: _Tokens, i: int) -> Mention | None:
        limit = min(len(doc), i + _MAX_WORDS)
        text = toks.text
        for j in range(limit, i, -1):
            if not (toks.caps[j - 1] or text[j - 1] == "." and j - i > 1):
                continue
            if any(toks.sep[i:j]):
                continue
            # after a comma, a closing point ends a division's abbreviation the tokenizer split off
            # ("Churchill, Man. her parents")
            if any(toks.weak[k] and not (k == j - 1 and text[k] == "." and i > 0 and text[i - 1] == ",")
                   for k in range(i, j)):
                continue
            start, end = toks.chars(i, j)
            name = toks.doc_text[start:end]
            cands = self.index.lookup(name)
            if cands:
                return Mention(i, j, start, end, name, cands)
        return self._hyphenated(doc[i])

    def _demonym(self, doc: Doc, toks: _Tokens, i: int) -> Mention | None:
        """"Russian troops", "Palestinians": the country a demonym implies."""
        hit = demonym_at(toks.span_text, i, len(doc), self.demonyms)
        if hit is None:
            return None
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and _capitalised(prev) and not prev.is_sent_start and not prev.is_punct:
            return None  # the end of a longer name: "Native American", "Latin American", "Irish"
        end, country = hit
        cands = tuple(e for e in self.index.lookup(country) if e.feature == "country")
        if not cands:
            return None
        span = doc[i:end]
        return Mention(i, end, span.start_char, span.end_char, span.text, cands, use="demonym")

    def _hyphenated(self, tok) -> Mention | None:
        """"Edmonton-based", "U.S.-led", "Russia-Turkey ties": the place before the hyphen, if big."""
        head, dash, _ = tok.text.partition("-")
        if not dash or not head[:1].isupper():
            return None
        cands = self.index.lookup(head)
        if not cands or not _big(cands[0]):
            return None
        return Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(head), head, cands)

    def _use(self, doc: Doc, m: Mention, people: set[str], names: set[str],
             lower: _LowerWords) -> tuple[str | None, str | None]:
        """(literal, metonym, embedded or None when not a place; the use to take instead when the
        evidence against it was weak, a tag or a missing preposition rather than the words themselves,
        and the same name is plainly a place elsewhere in the article)."""
        span = doc[m.start:m.end]
        top = m.candidates[0]
        country = top.feature in ("country", "continent")
        if m.text.endswith(".") and top.feature == "admin1" and m.start > 0 and doc[m.start - 1].text == ",":
            return "literal", None  # a division's abbreviation after a place: "Springfield, Ill.", "Barrie, Ont."
        if m.start > 1 and doc[m.start - 1].text == "-" and doc[m.start - 2].text in _PARTIES:
            return "literal", None  # a legislator's state or home town: "Charles Rangel, D-N.Y.", "R-Marshall"
        if _dateline_within(doc, m):
            return "literal", None  # a dateline after a headline: "... a second time. BYESVILLE -- Firefighters"
        if m.text in AP_STATES:
            # "in S.C."; "Missing Ill. man" (the state as a modifier); "the S.C. Highway Patrol" names it too
            nxt = doc[m.end] if m.end < len(doc) else None
            if m.start > 0 and doc[m.start - 1].text == "," or self._locative(doc, m) or (
                    nxt is not None and nxt.is_alpha and nxt.is_lower):
                return "literal", None
            return ("embedded" if nxt is not None and _capitalised(nxt) and not nxt.is_punct else None), None
        if len(m.text) < 2 or len(m.text) < 3 and not m.text.isupper():
            return None, None
        if (m.end + 1 < len(doc) and doc[m.end].text in _OFFICE_TITLES and _capitalised(doc[m.end + 1])
                and m.text.lower() not in _RANKS):
            return "embedded", None  # the place an official serves: "Montreal Mayor Denis Coderre"
        labels = {t.ent_type_ for t in span if t.ent_type_}
        big = _big_by_own_name(m)
        if top.feature == "city" and self._not_a_town(doc, m, labels, names, big):
            return None, None
        if not labels & _PLACE_LABELS and top.feature == "city":
            if len(span) == 1 and span[0].pos_ != "PROPN" and not _local_modifier(span):
                return None, None  # a common word that is also a town's name: "Man charged", "Union"
            if len(span) == 1 and not self._locative(doc, m) and m.text.lower() in lower:
                return None, None  # a word the article also writes in lower case: "Man Charged ... the man"
            if all(e.name.lower() != m.text.lower() for e in m.candidates):
                return None, None  # only another name of a place ("Hamas" for Hamm) and not tagged a place
        if not country:
            part = self._part_of_name(doc, m, labels)
            if part == "feature" or part and labels & _NOT_PLACE_LABELS:
                return None, None
            if part:
                # "Georgia Public Service Commission": a state or big city in a name; a small town's
                # name in a longer one ("David Jones", "March Madness") needs the article's support
                # "Gainesville Police Department"; not a word inside a longer name ("Flint Hill Fire Department")
                prev = doc[m.start - 1] if m.start > 0 else None
                civic = m.end < len(doc) and doc[m.end].text in _CIVIC and (
                    prev is None or not _capitalised(prev) or prev.is_punct or prev.is_sent_start)
                return ("embedded" if big or civic else None), "embedded"
        elif m.end < len(doc) and doc[m.end].lower_ in _FEATURE_WORDS and _capitalised(doc[m.end]):
            return None, None  # a country's name naming another place: "Guernsey County", "Jordan Lake"
        locative = self._locative(doc, m)
        if labels & _PLACE_LABELS:
            pass
        elif "PERSON" in labels:
            modifier = span.root.dep_ == "compound" and span.root.head.text.islower()
            if not (locative or modifier):
                # "Jordan said" (a person); "Alexandria woman" is a place. Only a whole-name tag is weak
                whole = doc[m.start].ent_iob_ == "B" and (m.end >= len(doc) or doc[m.end].ent_iob_ != "I")
                return None, "literal" if whole else None
        elif labels & {"ORG", "NORP"}:
            if not (locative or big or _local_modifier(span)):
                return None, "literal"  # the small tagger calls many cities ORG or NORP ("Edmonton police")
        elif labels and (labels & _NOT_PLACE_LABELS or not big):
            return None, None  # a date ("March"), a number ("Nine")
        elif labels:
            pass  # a big place the small tagger calls a product or a language: "a Winnipeg jail", "in Aleppo?"
        elif not (locative or big or _local_modifier(span)) or (doc[m.start].is_sent_start and not big
                                                                 and not _local_modifier(span)):
            return None, "literal"
        # one sense per article: a name also used for a person ("President Bush") is not a bare place,
        # unless it is a country the tagger calls a place here ("Egypt, which ...")
        if m.text.lower() in people and not locative and not (country and labels & {"GPE", "LOC"}):
            return None, "literal"
        if self._metonym(span):
            if not big and span.root.head.lemma_ in _SAYING:
                return None, "literal"  # a small town does not speak: "Petrova said" is a person
            return "metonym", None
        return "literal", None

    @staticmethod
    def _not_a_town(doc: Doc, m: Mention, labels: set[str], names: set[str], big: bool) -> bool:
        """A small town's name written as something else: an acronym ("NATO", "BA" are towns too), a
        name after "the" that heads its phrase ("the White House said": a town takes no article unless
        its name has one, "The Woodlands"; "the Cairns police" is the town), or one word of a person's
        full name in the article ("Sheriff Ann Taylor ... according to Taylor")."""
        if not big and m.text.isupper() and len(m.text) <= 4 and "." not in m.text:
            return True
        prev = doc[m.start - 1] if m.start > 0 else None
        if (prev is not None and len(prev.text) == 4 and prev.text.isdigit() and 1900 <= int(prev.text) < 2100
                and not m.text.isupper()):
            return True  # a model year names a make: "a 1992 Toyota Corolla" ("2009 NEWARK --" is a dateline)
        if not big and m.end - m.start == 1 and m.text.lower() in names and not labels & {"GPE", "LOC"}:
            return True
        nxt = doc[m.end] if m.end < len(doc) else None
        heads = nxt is None or nxt.pos_ in ("VERB", "AUX", "ADP") or nxt.is_punct and nxt.text not in "-\u2013"
        return (not big and prev is not None and prev.lower_ == "the" and heads
                and not any(e.name.startswith("The ") for e in m.candidates))

    @staticmethod
    def _locative(doc: Doc, m: Mention) -> bool:
        prev = _before(doc, m.start)
        if prev is not None and prev.lower_ == "the":
            prev = _before(doc, prev.i)
        if prev is not None and prev.lower_ == "to" and prev.i > 0 and doc[prev.i - 1].lower_ == "according":
            return False  # "according to Taylor": a source, not a destination
        return prev is not None and prev.lower_ in _LOCATIVE

    def _part_of_name(self, doc: Doc, m: Mention, labels: set[str]) -> str | None:
        """The longer name this place is only part of: "name" for one that still names the place
        ("Edmonton Oilers", "Mansfield Police Department"), "feature" for one that names another place
        ("Mason County", "Main Street", "Lake Vermont"); None when it stands alone."""
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is not None and nxt.lower_ in _FEATURE_WORDS:
            return "feature"
        prev = doc[m.start - 1] if m.start > 0 else None
        if (prev is not None and _capitalised(prev) and not prev.is_sent_start and not prev.is_punct
                and not _big(m.candidates[0]) and not self.index.lookup(prev.text)):
            return "feature"
        inside = doc[m.start].ent_iob_ == "I" or (nxt is not None and nxt.ent_iob_ == "I")
        if inside and not labels <= _PLACE_LABELS:
            return "name"
        if nxt is not None and _capitalised(nxt) and not nxt.is_punct and not self.index.lookup(nxt.text):
            return "name"
        return None

    def _metonym(self, span) -> bool:
        """A place named as the doer of a verb ("Washington said", "Russia warned") is an actor."""
        root = span.root
        if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
            return False
        return root.head.lemma_ not in _NON_ACTION

    def _hierarchy(self, doc: Doc, found: list[Mention]) -> None:
        """"Springfield, Illinois": the second place contains the first."""
        for a, b in zip(found, found[1:], strict=False):
            if b.start == a.end + 1 and doc[a.end].text == "," and any(
                    e.feature in ("admin1", "country") for e in b.candidates):
                a.within = tuple(e for e in b.candidates if e.feature in ("admin1", "country"))


def _dateline_within(doc: Doc, m: Mention) -> bool:
    """An all-capitals name that opens its sentence and is followed by a dash or a colon, after an
    optional division and agency ("... his home. CARTHAGE, N.C. (AP) - Investigators", "BEIRUT: The
    body"): a dateline the article's headline or byline kept from the start of the text."""
    if not m.text.isupper() or sum(c.isalpha() for c in m.text) < 3:
        return False
    prev = _before(doc, m.start)
    if prev is not None and not (prev.is_punct or prev.like_num or doc[m.start].is_sent_start):
        return False
    n, j = len(doc), m.end
    if j < n and doc[j].text == ",":  # ", N.C.", ", Ohio"
        j += 1
        while j < min(n, m.end + 5) and (doc[j].text[:1].isupper() or doc[j].text == "."):
            j += 1
    if j < n and doc[j].text == "(":  # "(AP)"
        close = next((k for k in range(j + 1, min(n, j + 5)) if doc[k].text == ")"), None)
        j = close + 1 if close is not None else j
    while j < n and doc[j].is_space:
        j += 1
    return j < n and (doc[j].text == ":" or bool(doc[j].text) and set(doc[j].text) <= _DASHES)


_DASHES = frozenset("-\u2013\u2014")


def _local_modifier(span) -> bool:
    """A town naming the home of people or a local service: "a Camarillo resident", "Delta police"."""
    return span.root.dep_ in ("compound", "amod") and span.root.head.lower_ in _LOCAL_NOUNS


def _before(doc: Doc, i: int):
    """The word before token i, across a line break ("a recount in\n   Wisconsin")."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return doc[j] if j >= 0 else None


def _big_by_own_name(m: Mention) -> bool:
    """A country, division or continent, or a big city under its own name: "White House" is also a name
    of Casablanca, which does not make it big."""
    return any(e.feature != "city" or e.population >= _BARE_CITY_POPULATION and fold(e.name) == fold(m.text)
               for e in m.candidates)


class _Tokens:
    """Per-token facts the toponym scan reads many times, taken from the doc in one pass (spaCy builds a
    new Token object on every ``doc[i]``)."""

    __slots__ = ("text", "lower", "caps", "sep", "weak", "idx", "doc_text")

    def __init__(self, doc: Doc) -> None:
        self.doc_text = doc_text(doc)
        self.text, self.lower, self.idx, self.sep = [], [], [], []
        for t in doc:
            self.text.append(t.text)
            self.lower.append(t.lower_)
            self.idx.append(t.idx)
            # a space or a punctuation mark other than a point never lies inside a place name
            self.sep.append(t.is_space or t.is_punct and t.text != ".")
        self.caps = [x[:1].isupper() for x in self.text]
        # a lower-case word that is not a connector ("of", "de") ends a place name
        self.weak = [not c and w not in _CONNECTORS for c, w in zip(self.caps, self.lower, strict=True)]

    def chars(self, i: int, j: int) -> tuple[int, int]:
        """The character offsets of tokens ``i`` to ``j`` (exclusive), as ``doc[i:j]`` has them."""
        return self.idx[i], self.idx[j - 1] + len(self.text[j - 1])

    def span_text(self, i: int, j: int) -> str:
        """The text of tokens ``i`` to ``j`` (exclusive), as ``doc[i:j].text`` gives it."""
        start, end = self.chars(i, j)
        return self.doc_text[start:end]


class _LowerWords:
    """The words an article writes in lower case, read from its text only when first asked."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = set(_LOWER_WORD.findall(doc_text(self._doc)))
        return word in self._words


def _not_abroad(mentions: list[Mention], chosen: list[GeoEntry], dateline: tuple[GeoEntry, ...]) -> list[bool]:
    """False for a small town in a country none of the article's other places (two or more) are in:
    "Heathrow" in a story about London is the airport, not Heathrow, Florida; "Robertson" among
    Connecticut towns is a person, not Robertson, South Africa. The index's small towns abroad are
    mostly another thing's name."""
    names = [m.text.lower() for m in mentions]
    total = Counter(x.country for x in chosen) + Counter(x.country for x in dateline)
    own = Counter((n, x.country) for n, x in zip(names, chosen, strict=True))
    size = Counter(names)
    out = []
    for m, name, e in zip(mentions, names, chosen, strict=True):
        if e.feature != "city" or e.population >= _SMALL_TOWN_ABROAD or m.within:  # "Chatham, Ontario"
            out.append(True)
            continue
        others = len(chosen) + len(dateline) - size[name]
        out.append(others < 2 or total[e.country] - own[name, e.country] > 0)
    return out


def _home_states(mentions: list[Mention], chosen: list[GeoEntry],
                 dateline: tuple[GeoEntry, ...]) -> list[tuple[str | None, Counter]]:
    """For each mention, the one US state the article is set in without it (two or more of its other
    names, and at least half of those in US states, lie there; else None) and the other names' states."""
    names = [m.text.lower() for m in mentions]
    states: dict[str, str] = {}  # distinct name -> its state (a name chosen in two states counts once)
    for name, e in zip(names, chosen, strict=True):
        if e.country == "USA" and e.admin1:
            states.setdefault(name, e.admin1)
    for e in dateline:
        if e.country == "USA" and e.admin1:
            states.setdefault(f"dateline:{e.name.lower()}", e.admin1)
    out = []
    for name in names:
        others = Counter(st for n, st in states.items() if n != name)
        top, count = others.most_common(1)[0] if others else (None, 0)
        home = top if count >= _HOME_STATE_NAMES and 2 * count >= sum(others.values()) else None
        out.append((home, others))
    return out


def _not_out_of_state(mentions: list[Mention], chosen: list[GeoEntry],
                      homes: list[tuple[str | None, Counter]]) -> list[bool]:
    """False for a small US town or a county in a state none of the article's other names are in, when
    the article is set in one state (``_home_states``): the index had no namesake in the story's state
    ("Weston" in a Connecticut story is not Weston, Wisconsin), so the name is a namesake's or another
    thing's. A division written after it ("Brandon, Vt.") keeps it."""
    out = []
    for m, e, (home, others) in zip(mentions, chosen, homes, strict=True):
        if (e.country != "USA" or e.feature not in ("city", "admin2") or m.within
                or e.feature == "city" and e.population >= _SMALL_TOWN_ABROAD):
            out.append(True)
            continue
        out.append(not (home is not None and others[e.admin1] == 0))
    return out


def _place(span: Span, e: GeoEntry, use: str = "literal") -> Place:
    return Place(span, e.name, e.geonameid, e.lat, e.lon, e.country, e.admin1, e.feature, use)
