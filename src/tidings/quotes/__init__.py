"""Quotes stage: what was said in an article and who said it.

Reads the parsed ``Doc`` (offsets are those of ``Article.text``: ``parse_text`` only blanks the
dateline), the ``Article`` and the actors stage's ``ActorIndex``; writes ``Quote`` records:

- ``direct``: a stretch in quote marks standing as a sentence or more ('"...," she said', 'X said:
  "..."', a quote running over paragraphs), with the cue verb found after it or before it in its
  paragraph, or at the end of the paragraph before it ("Caddell continued:"); a quoted paragraph with
  no cue of its own continues the previous quote's speaker;
- ``mixed``: reported speech that quotes some of its words (calling the arrests "an affront"), and
  any other quoted phrase under a verb of saying or of taking a stand ('warned that talks "..."',
  'dismissed the report as "..."', 'a decision X described as "..."');
- ``indirect``: reported speech without quote marks (X said (that) ..., according to X, X told
  reporters ..., X added/warned/insisted ..., "Farmers, he said, had ..."), and what a demand,
  appeal, promise or accusation says (X demanded the release of ..., urged Y to ..., accused Y of ...).

The speaker is the subject of the cue verb (of the verb a participle hangs on: "X rejected it,
saying ..."; or the object of "according to"), resolved through the
article's shared coreference (``tidings.coref``, built by the actors stage and handed on in
``ActorIndex.coref``) to the person or organisation introduced earlier, with that entity's actor code.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from tidings.coref import Entities, apposed_name, given_names, named_next, other_person, resolve
from tidings.quotes.marks import QuotedStretch, quoted_stretches
from tidings.records import Actor, ActorCode, ActorIndex, Article, Quote, Span

__all__ = ["QuoteStage", "SPEECH_VERBS", "quoted_stretches"]

#: lemmas of verbs that report speech
SPEECH_VERBS = frozenset(
    "say tell add warn insist claim argue note explain announce state report write declare reply respond "
    "answer continue acknowledge admit suggest recall stress emphasize emphasise predict vow promise "
    "complain charge allege assert maintain contend observe remark comment tweet conclude caution concede "
    "deny confirm reveal testify mention quip joke urge ask describe agree disagree counter "
    "boast threaten accuse hint signal indicate demand".split()
)
#: verbs of saying whose infinitive, "of" clause or object is what was said ("urged X to ...",
#: "accused X of ...", "demanded the release of ...")
_ACT_VERBS = frozenset({"demand", "urge", "promise", "vow", "threaten", "accuse"})
_OBJECT_ACTS = frozenset({"demand", "promise", "vow", "threaten"})
#: verbs that name something in the speaker's words: called the measures "an act of aggression"
NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "term"})
#: verbs of taking a stand in words, whose quoted phrases are the subject's words: dismissed the
#: report as "a fabrication", accused the government of "a crime", appealed to voters to "stay calm"
STANCE_VERBS = frozenset(
    "dismiss reject defend accuse appeal condemn criticise criticize denounce praise welcome hail "
    "pledge demand decry blame".split()
)
_FRAGMENT_DEPTH = 8  # how far up the parse a quoted phrase looks for the verb of saying it
_CUE_HASHES = np.array(sorted(hash_string(w) for w in [*SPEECH_VERBS, *NAMING_VERBS, "according"]), dtype="uint64")
_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
_MIN_DIRECT_WORDS = 3
_CLOSING = "\u201d\"\u2019"
_QUOTED = re.compile(r"[\u201c\"][^\u201c\u201d\"\n]*[\u201d\"]")
_DASH_NAME = re.compile(r"[ \t]*([\u2015\u2014\u2013]|--?)[ \t]*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})")


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _tok_span(doc: Doc, first: Token, last: Token) -> Span:
    return Span(first.idx, last.idx + len(last.text), doc[first.i : last.i + 1].text)


def _is_cue(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX")


def _is_naming(tok: Token) -> bool:
    return tok.lemma_.lower() in NAMING_VERBS and tok.pos_ == "VERB"


def _subject(verb: Token, outside: tuple[int, int] | None = None) -> Token | None:
    """The speaker of a cue verb: its subject (outside the quote, when one is given), the noun
    phrase after an inverted cue ('"...," said Caddell'), or a coordinated verb's subject; a relative
    pronoun ("who said") stands for the noun it modifies."""
    def ok(t: Token) -> bool:
        return outside is None or not outside[0] <= t.idx < outside[1]
    for c in verb.children:
        if c.dep_ == "nsubj" and ok(c):
            return c.head.head if c.tag_ in ("WP", "WDT") and c.head.dep_ == "relcl" else c
    if outside is not None:
        for c in verb.rights:
            if c.dep_ in ("dobj", "attr", "dative", "nsubj") and c.pos_ in ("PROPN", "NOUN", "PRON") \
                    and c.ent_type_ not in ("DATE", "TIME"):
                return c
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i
                                   and not any(c.dep_ == "mark" for c in verb.children)):
            return _subject(verb.head)  # "X rejected the claim, saying ...": X says it
        return None
    for c in verb.lefts:  # "X, asked about Y, said ...": the parser gave X to the interruption
        if _interruption(c):
            return next(s for s in c.children if s.dep_ == "nsubj")
    return None


def _act_content(verb: Token) -> Token | None:
    """What a demand, promise, appeal or accusation says, when it has no clause of its own: the
    infinitive ("urged both sides to resolve ..."), the "of" clause ("accused the army of targeting
    ..."), or the object of a demand or promise ("demanded the release of ...", "promised a full
    audit")."""
    lemma = verb.lemma_.lower()
    if lemma not in _ACT_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.i > verb.i:
            return c
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > verb.i and lemma == "accuse":
            return next((g for g in c.children if g.dep_ == "pcomp"), None)
    if lemma in _OBJECT_ACTS:
        return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > verb.i), None)
    return None


def _that_clause(verb: Token) -> Token | None:
    """A "that" clause the parser hung on the cue's object as a relative clause: "told a weekly
    briefing that Jakarta had sent a note", "told reporters outside the building that her party
    would boycott the vote". It is one when "that" is not its subject (the clause has its own)."""
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.i > verb.i for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        for clause in noun.children:
            first = clause.left_edge
            if clause.dep_ == "relcl" and first.lower_ == "that" and first.i > noun.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in clause.children):
                return clause
    return None


def _words_after(text: str, st: QuotedStretch) -> bool:
    """Do words outside quote marks follow the stretch in its paragraph ('"American Skin" was written
    by ...')? Then it is no quoted paragraph continuing the previous speaker."""
    end = text.find("\n", st.end)
    rest = _QUOTED.sub("", text[st.end + 1 : len(text) if end < 0 else end])
    return any(c.isalpha() for c in rest)


def _name_before(doc: Doc, start: int, cue: Token) -> Token | None:
    """The person named between a quote's closing mark (at ``start``) and its cue verb, when the parse
    gave the cue another subject ('"...," Flynn, a top surrogate, said on Fox's "Fox and Friends"')."""
    words = doc.char_span(start, cue.idx, alignment_mode="contract")
    for tok in words if words is not None else ():
        if tok.ent_type_ == "PERSON":
            while tok.i + 1 < cue.i and doc[tok.i + 1].ent_iob_ == "I":
                tok = doc[tok.i + 1]
            return tok  # the last word of the name
        if tok.is_alpha and tok.lower_ not in ("said", "says"):
            return None  # the name must come first
    return None


def _interruption(verb: Token) -> bool:
    """Is ``verb`` an aside between a speaker and the cue ("Mutua, asked whether ..., said"), parsed
    as a clause of the cue with the speaker as its subject? The subject stands before a comma."""
    if verb.dep_ not in ("ccomp", "advcl") or verb.head.i <= verb.i or not _is_cue(verb.head) \
            or any(c.dep_ == "nsubj" for c in verb.head.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj is not None and subj.i + 1 < verb.i and verb.doc[subj.i + 1].text == ","


def _mention(head: Token) -> Span:
    """The words of a speaker phrase: from its left edge to the head, plus names after it."""
    first = head.left_edge
    while first.i < head.i and (first.is_punct or first.is_space or first.dep_ in ("cc", "prep")):
        first = head.doc[first.i + 1]
    last = head
    for c in head.children:
        if c.i > head.i and c.dep_ in ("compound", "flat", "appos") and c.left_edge.i == last.i + 1 \
                and c.ent_type_ == "PERSON":
            last = c.right_edge
    return _tok_span(head.doc, first, last)


def _role_name(head: Token) -> Token | None:
    """The PERSON name a role phrase ends with, attached by prepositions and compounds only."""
    tok = head.right_edge
    if tok.ent_type_ != "PERSON" or tok.i <= head.i or head.ent_type_ == "PERSON":
        return None
    for _ in range(6):
        if tok.head.i == head.i:
            return head.right_edge if tok.dep_ in ("prep", "pobj", "compound", "flat") else None
        if tok.dep_ not in ("prep", "pobj", "compound", "flat"):
            return None
        tok = tok.head
    return None


class QuoteStage:
    """Finds quotes and their speakers. Stateless; one instance serves every article."""

    def run(self, doc: Doc, article: Article, actors: ActorIndex) -> tuple[Quote, ...]:
        chains = actors.coref if isinstance(actors.coref, Entities) else Entities(doc)
        text = article.text  # the parsed text has the same offsets (Doc.text rebuilds it on every access)
        stretches = quoted_stretches(text)
        inside = [(s.start, s.end) for s in stretches]
        used_cues: set[int] = set()
        out: list[Quote] = []
        last: Quote | None = None
        for st in stretches:
            quote = self._direct(doc, text, st, (chains, actors), used_cues, last)
            if quote is not None:
                out.append(quote)
                last = quote
        direct = [(q.span.start, q.span.end) for q in out]
        out.extend(self._indirect(doc, (chains, actors), inside, direct, used_cues))
        out.extend(self._fragments(doc, text, stretches, out, (chains, actors)))
        out.sort(key=lambda q: q.span.start)
        return tuple(_learned_codes(out, chains))

    # --- direct quotes -------------------------------------------------------------------------

    def _direct(self, doc: Doc, text: str, st: QuotedStretch, chains: tuple[Entities, ActorIndex], used: set[int],
                last: Quote | None) -> Quote | None:
        words = len(text[st.start : st.end].split())
        before = text[: st.start - 1].rstrip()
        para_start = text.rfind("\n", 0, st.start) + 1
        # a quote standing as a sentence: after a sentence (which may end in a closing mark: '... the
        # other way."' before a new paragraph), a colon or a verb of saying
        standalone = not before or before[-1] in "\n.:,;?!\u2014-([" or (
            before[-1] in _CLOSING and len(before) > 1 and before[-2] in ".?!,") \
            or before.split()[-1].lower().strip(",") in {"said", "says", "told", "added", "asked", "wrote"}
        dash = _DASH_NAME.match(text, st.end + 1)
        if dash and words >= _MIN_DIRECT_WORDS:  # a vox-pop quote signed "― Pamela Padilla"
            name = doc.char_span(dash.start(2), dash.end(2), alignment_mode="expand")
            if name is not None:
                cue_span = _span(text, dash.start(1), dash.end(1))
                speaker = self._speaker(name.root, *chains)
                return Quote(_span(text, st.start, st.end), "direct", cue_span, speaker, rule="signed")
        cue = self._cue_after(doc, text, st) or self._cue_before(doc, text, st, para_start)
        if cue is None and para_start > 1 and text[:para_start].rstrip().endswith(":"):
            cue = self._cue_before(doc, text, st, text.rfind("\n", 0, para_start - 1) + 1, colon=True)
        if words < _MIN_DIRECT_WORDS or not standalone:
            return None  # a fragment: part of a mixed quote (found with the reported speech) or scare marks
        span = _span(text, st.start, st.end)
        if cue is None:
            if last is None or last.speaker is None or text[last.span.end : st.start].count("\n") > 2 \
                    or not text[para_start : st.start - 1].strip() == "" or _words_after(text, st):
                return None
            return Quote(span, "direct", last.cue, last.speaker, rule="continuation")
        used.add(cue.i)
        if last is not None and last.cue is not None and last.cue.start == cue.idx and last.speaker is not None:
            return Quote(span, "direct", last.cue, last.speaker, rule="direct")  # two quotes around one cue
        subj = _subject(cue, (st.start, st.end))
        if subj is not None and subj.i > cue.i > 0 and doc[cue.i - 1].idx > st.end:
            subj = _name_before(doc, st.end + 1, cue) or subj  # '"...," Flynn, a surrogate, said on "Fox"'

        return Quote(span, "direct", _tok_span(doc, cue, cue), self._speaker(subj, *chains), rule="direct")

    def _cue_after(self, doc: Doc, text: str, st: QuotedStretch) -> Token | None:
        """A cue verb right after the closing mark, in the same sentence ('"...," she said')."""
        end = text.find("\n", st.end)
        end = len(text) if end < 0 else end
        nxt = text.find("\u201c", st.end + 1, end)
        nxt2 = text.find('"', st.end + 1, end)
        limit = min(x for x in (end, nxt if nxt >= 0 else end, nxt2 if nxt2 >= 0 else end))
        span = doc.char_span(st.end + 1, limit, alignment_mode="contract")
        if span is None:
            return None
        for tok in span:
            if tok.is_sent_start and tok.i > span.start and tok.idx > st.end + 2:
                break
            if _is_cue(tok) and _subject(tok, (st.start, st.end)) is not None:
                return tok
        return None

    def _cue_before(self, doc: Doc, text: str, st: QuotedStretch, para_start: int,
                    colon: bool = False) -> Token | None:
        """A cue verb before the opening mark in the paragraph ('X said: "..."'), nearest first."""
        end = st.start - 1
        if colon:  # the paragraph before ends with the cue: "Caddell continued:"
            end = text.rfind("\n", 0, st.start - 1)
        span = doc.char_span(para_start, end, alignment_mode="contract")
        if span is None or not len(span):
            return None
        sent_start = span[-1].sent.start
        for tok in reversed(span):
            if tok.i < sent_start and not colon:
                break
            if _is_cue(tok) and _subject(tok) is not None and tok.idx < st.start:
                subj = _subject(tok)
                if subj is not None and subj.idx < st.start - 1:
                    return tok
        return None

    # --- reported speech ------------------------------------------------------------------------

    def _indirect(self, doc: Doc, chains: tuple[Entities, ActorIndex], inside: list[tuple[int, int]],
                  direct: list[tuple[int, int]], used: set[int]) -> list[Quote]:
        out = []
        # compared as hashes in one array operation: building a Token for every word costs more
        # than the rest of the stage
        hits = np.isin(doc.to_array([LEMMA, LOWER]), _CUE_HASHES).any(axis=1)
        for i in np.flatnonzero(hits).tolist():
            tok = doc[i]
            if tok.i in used:
                continue
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                found = self._according(doc, tok)
            elif _is_cue(tok) and not _interruption(tok):
                found = self._reported(doc, tok)
            elif _is_naming(tok):
                found = self._naming(doc, tok, inside)
            else:
                continue
            if found is None:
                continue
            content, cue, speaker = found
            quoted = sum(max(0, min(content.end, b) - max(content.start, a)) for a, b in inside)
            found_direct = sum(max(0, min(content.end, b) - max(content.start, a)) for a, b in direct)
            length = max(content.end - content.start, 1)
            if found_direct / length > 0.6 and not _is_naming(tok):
                continue  # the content is a direct quote already found
            kind = "mixed" if quoted else "indirect"
            out.append(Quote(content, kind, cue, self._speaker(speaker, *chains), rule=kind))
        return out

    def _fragments(self, doc: Doc, text: str, stretches: list[QuotedStretch], found: list[Quote],
                   chains: tuple[Entities, ActorIndex]) -> list[Quote]:
        """Quoted phrases no quote covers yet, inside reported speech or a stand taken in words
        ('warned that talks "cannot ..."', 'described the talks as "frank"', 'saying it had "no
        role"', 'a decision X described as "..."'): a mixed quote of the nearest verb of saying or of
        taking a stand above the phrase in the parse, when that verb has a subject."""
        out = []
        for st in stretches:
            if any(q.span.start < st.end and st.start < q.span.end for q in found) or len(st.pieces) > 1:
                continue
            words = doc.char_span(st.start, st.end, alignment_mode="expand")
            if words is None or not len(words):
                continue
            tok = words.root
            for _ in range(_FRAGMENT_DEPTH):
                if tok.head.i == tok.i:
                    break
                tok = tok.head
                if _is_cue(tok) or _is_naming(tok) or (tok.lemma_.lower() in STANCE_VERBS and tok.pos_ == "VERB"):
                    subj = _subject(tok)
                    if subj is not None and not st.start <= subj.idx < st.end:
                        out.append(Quote(_span(text, st.start, st.end), "mixed", _tok_span(doc, tok, tok),
                                         self._speaker(subj, *chains), rule="fragment"))
                    break
        return out

    @staticmethod
    def _reported(doc: Doc, verb: Token) -> tuple[Span, Span, Token | None] | None:
        comps = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i != verb.i and not _interruption(c)]
        subj = _subject(verb)
        if subj is None:
            return None
        act = (_act_content(verb) or _that_clause(verb)) if not comps else None
        if comps:
            comp = comps[0]
            first, last = comp.left_edge, comp.right_edge
        elif act is not None:  # "demanded the release of ...", "urged both sides to ...", "accused X of ..."
            first, last = act.left_edge, act.right_edge
        elif verb.dep_ in ("parataxis", "advcl", "ccomp") and verb.head.i != verb.i and verb.i > verb.head.i:
            head = verb.head  # "The talks failed, he said": the sentence before the cue
            first, last = head.sent[0], doc[verb.left_edge.i - 1]
        elif verb.dep_ == "parataxis" and verb.i < verb.head.i and verb.right_edge.i + 1 < verb.head.i and (
                verb.left_edge.text == "," or (verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == ",")):
            # "Farmers, he said, had received ...": the sentence goes on after the cue set off by commas
            first, last = doc[verb.right_edge.i + 1], verb.head.right_edge
        else:
            return None
        while first.i < last.i and (first.is_punct or first.is_space or first.lower_ == "that"):
            first = doc[first.i + 1]
        while last.i > first.i and last.is_punct:
            last = doc[last.i - 1]
        if last.i - first.i < 2 or first.i <= subj.i <= last.i:
            return None
        return _tok_span(doc, first, last), _tok_span(doc, verb, verb), subj

    @staticmethod
    def _naming(doc: Doc, verb: Token, inside: list[tuple[int, int]]) -> tuple[Span, Span, Token | None] | None:
        """'X called the arrests "an affront"': the quoted name is the speaker's words (a mixed quote)."""
        if not any(c.dep_ == "dobj" for c in verb.children):
            return None
        name = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr") and c.i > verb.i), None)
        subj = _subject(verb)
        if name is None or subj is None:
            return None
        span = _tok_span(doc, name.left_edge, name.right_edge)
        stretch = next(((a, b) for a, b in inside if span.start - 1 <= a and b <= span.end + 1), None)
        if stretch is None:
            return None  # not in quote marks: "called the talks useful" is no quote
        words = doc.char_span(stretch[0], stretch[1], alignment_mode="expand")
        if words is None:
            return None
        return Span(stretch[0], stretch[1], words.text), _tok_span(doc, verb, verb), subj

    @staticmethod
    def _according(doc: Doc, tok: Token) -> tuple[Span, Span, Token | None] | None:
        to = next(c for c in tok.children if c.lower_ == "to")
        who = next((c for c in to.children if c.dep_ == "pobj"), None)
        if who is None:
            return None
        sent = tok.sent
        phrase_first, phrase_last = tok, who.right_edge
        before = [t for t in sent if t.i < phrase_first.i and not (t.is_punct or t.is_space)]
        after = [t for t in sent if t.i > phrase_last.i and not (t.is_punct or t.is_space)]
        part = before if len(before) >= len(after) else after
        if len(part) < 3:
            return None
        return _tok_span(doc, part[0], part[-1]), _tok_span(doc, tok, to), who

    # --- speakers -------------------------------------------------------------------------------

    @staticmethod
    def _speaker(head: Token | None, chains: Entities, actors: ActorIndex) -> Actor | None:
        """The speaker phrase headed by ``head``, resolved through the article's shared coreference:
        its actor code is the one the actors stage gave the phrase, unless that was only guessed from
        context and the entity it refers to has its own."""
        if head is None:
            return None
        span = _mention(head)
        coded = next((a for a in actors.at(head.i) if a.code.code), None)
        named = next((t for t in head.doc[head.left_edge.i : head.right_edge.i + 1]
                      if t.ent_type_ == "PERSON" and span.start <= t.idx < span.end), None)
        # "the oil minister, Bola Adeyemi, said": the name in apposition; "Minister for Foreign
        # Affairs Tesfaye Gebremariam said": the name the role phrase ends with
        named = named or apposed_name(head) or _role_name(head) or head
        entity = resolve(chains, named, coded.code.country if coded else "", coded.code.roles if coded else ())
        if entity is None and coded is not None and not coded.name and head.pos_ == "NOUN" and coded.code.roles \
                and named.i == head.i:  # a role with a name of its own the model did not tag is no one else
            entity = named_next(chains, head.lemma_.lower(), head.i, coded.code.country)  # named in the next lines
        if coded is not None and coded.name and head.pos_ == "PRON" and chains.named(coded.name) is not None:
            entity = chains.named(coded.name)  # the actors stage's reading ("X said he would": he = X)
        own = entity.actor if entity is not None and entity.actor is not None else None
        if coded is not None and entity is not None and entity.kind == "person" and coded.name \
                and other_person(coded.name, given_names(entity.name)):
            coded = None  # "Morales said" coded as a known Morales, but the article's Morales is another
        if coded is not None and (own is None or "context:" not in coded.rule):
            code, rule = coded.code, coded.rule
            if own is None and entity is not None and entity.kind == "person" and head.pos_ != "PRON":
                entity.actor = coded  # the speaker phrase codes the person for later "he said", "Bhatti said"
        elif own is not None:
            code, rule = own.code, f"coref:{entity.kind}->{own.rule}"
        elif entity is not None and entity.kind == "person" and (entity.place or entity.titles and chains.country):
            # introduced with a role no dictionary codes ("the commission's chairwoman, X", "X, general
            # secretary of the National Democratic Congress"): of the country of the place the article
            # first names them in ("X told a business forum in Buenos Aires"), else the article's
            if entity.place:
                code, rule = ActorCode(entity.place), "coref:person+context:introduction-place"
            else:
                code, rule = ActorCode(chains.country), "coref:person+context:article-country"
        else:
            code, rule = ActorCode(), (f"coref:{entity.kind}" if entity else "")
        name = entity.name if entity else coded.name if coded and coded.name else span.text
        return Actor(span.text, span, code, name, rule)


def _learned_codes(quotes: list[Quote], chains: Entities) -> list[Quote]:
    """Quotes whose speaker was resolved before a later speaker phrase coded that person (a direct
    quote's "he said" read before the indirect speech that names "Ethiopian State Minister X") take
    the person's code."""
    out = []
    for q in quotes:
        sp = q.speaker
        entity = chains.named(sp.name) if sp is not None and not sp.code.code and sp.name else None
        if entity is not None and entity.kind == "person" and entity.actor is not None:
            sp = Actor(sp.text, sp.span, entity.actor.code, sp.name, f"coref:person->{entity.actor.rule}")
            q = replace(q, speaker=sp)
        out.append(q)
    return out
