"""Events stage: who did what to whom, as CAMEO and PLOVER codes.

Reads a parsed ``Doc``, its ``Article`` and the ``ActorIndex`` of the actors stage; writes ``Event``
records. For each token whose lemma has patterns it reads the argument frame, picks the most
specific pattern whose conditions hold, lets a complement event refine the code ("urged X to provide
arms" is 0232), applies negation, modality and intention, and emits one event per (source, target)
pair with provenance (sentence, spans, pattern id). Dates are filled in by the dates stage.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tidings.codebook import Codebook, load_codebook
from tidings.events.context import Modality, modality_of
from tidings.events.frames import INTRANSITIVE_NOUNS, Frame, frame_of, is_light, lemma_candidates
from tidings.events.patterns import Pattern, PatternDictionary, load_builtin_patterns
from tidings.records import INTERNATIONAL_ROOTS, Actor, ActorCode, ActorIndex, Article, Event, EventSpans, Span

__all__ = ["EventStage", "PatternDictionary", "load_builtin_patterns"]

_COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
#: roots where "X and Y <verb>" with no target means they did it to each other ("met", "clashed")
_RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "19"})
#: roots of events that happen somewhere: with no target, the place's country is the target
_LOCATED_ROOTS = frozenset({"08", "14", "15", "17", "18", "19", "20"})
_LOCATIVE_PREPS = ("in", "at", "near", "outside", "around", "across", "through", "along", "inside", "into", "on")
#: source roles of non-state armed or civilian actors: their attacks are CAMEO 18 (assault), not 19
_IRREGULAR_ROLES = frozenset({"REB", "INS", "UAF", "CRM", "CVL", "SEP", "RAD", "SET"})
_IRREGULAR_ROOTS = frozenset({"IMG"})
_AIRCRAFT = frozenset(
    "warplane warplanes jet jets aircraft drone drones helicopter helicopters bombers gunships planes".split()
)
_COMPLEMENT_PREPS = ("for", "to", "on", "of", "against")


_CONTEXT_RULES = ("location:", "context:domestic")
#: roots whose events without a named target are domestic: the doer's own country is the target
_DOMESTIC_ROOTS = frozenset({"08", "09", "14", "15", "17"})
_BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "during", "amid", "despite", "until"})
_SPECULATIVE = frozenset({"could", "might", "may", "would"})


def _is_statement(frame: Frame) -> bool:
    """A verb of saying makes a statement when something is said after it (a clause, or "on"/"about"
    a matter). A trailing attribution ("..., officials said") only cites a source, and speculation
    ("analysts said X could ...") asserts nothing."""
    comp = frame.xcomp
    if comp is not None:
        if comp.i < frame.trigger.i:
            return False
        return not any(c.dep_ == "aux" and c.lower_ in _SPECULATIVE for c in comp.children)
    return any(t.ent_type_ not in ("DATE", "TIME") for p in ("on", "about") for t in frame.preps.get(p, ()))


def _rule_id(m: _Match) -> str:
    """The pattern that fired, and the complement patterns that refined it: "urge>provide.weapon"."""
    ids = [m.pattern.id]
    c = m.complement
    while c is not None:
        ids.append(c.pattern.id)
        c = c.complement
    return ">".join(ids)


def _word_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _has_modifier(tok: Token, words: frozenset[str]) -> bool:
    """A modifier of ``tok`` (or of its compound) is one of ``words``: "joint military exercises"."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
            if _word_in(c, words) or (c.dep_ == "compound" and _has_modifier(c, words)):
                return True
    return False


@dataclass(frozen=True, slots=True)
class _Match:
    """A pattern that fired at a token, before actors are attached."""

    token: Token
    frame: Frame
    pattern: Pattern
    code: str
    complement: _Match | None = None


class EventStage:
    """Finds events. One instance per pattern dictionary; reuse it across articles."""

    def __init__(self, patterns: PatternDictionary | None = None, codebook: Codebook | None = None) -> None:
        self.patterns = patterns or load_builtin_patterns()
        self.codebook = codebook or load_codebook()
        self.version = self.patterns.version

    # -- matching ---------------------------------------------------------------------------------
    def _holds(self, pattern: Pattern, frame: Frame) -> bool:
        if pattern.particle and pattern.particle != frame.particle:
            return False
        for cond in pattern.conditions:
            if cond.slot == "xcomp":
                tok = frame.xcomp
            elif cond.slot == "speech":
                if not _is_statement(frame):
                    return False
                continue
            elif cond.slot == "to":
                if frame.xcomp is None or not any(c.lower_ == "to" and c.dep_ == "aux" for c in frame.xcomp.children):
                    return False
                continue
            elif cond.slot == "prt":
                if frame.particle not in cond.words:
                    return False
                continue
            elif cond.slot in ("mod", "objmod", "subjmod"):
                owners = {"mod": frame.trigger, "objmod": frame.obj, "subjmod": frame.slot("subj")}
                owner = owners[cond.slot]
                if owner is None or not _has_modifier(owner, cond.words):
                    return False
                continue
            else:
                tok = frame.slot(cond.slot)
            if tok is None:
                return False
            if cond.words and not _word_in(tok, cond.words) and not (
                    cond.slot == "obj" and frame.obj_raw is not None and _word_in(frame.obj_raw, cond.words)):
                return False
        return True

    def _pos(self, tok: Token) -> str | None:
        if tok.pos_ in ("VERB", "AUX"):
            return "VERB"
        if tok.pos_ in ("NOUN", "PROPN"):
            return "NOUN"
        return None

    def match(self, tok: Token, depth: int = 0) -> _Match | None:
        """The most specific pattern that fires at ``tok``, with complement refinement."""
        pos = self._pos(tok)
        if pos is None:
            return None
        if pos == "NOUN" and tok.dep_ in ("compound", "amod"):  # "detention centres" is no detention
            return None
        if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _BACKGROUND_PREPS:
            return None  # "in the days after Hamas's attack": background, not this report's event
        candidates = next((found for lemma in lemma_candidates(tok) if (found := self.patterns.patterns(lemma, pos))),
                          None)
        if not candidates:
            return None
        frame = frame_of(tok)
        for pattern in candidates:
            if self._holds(pattern, frame):
                break
        else:
            return None
        if not pattern.refine or depth > 2:
            return _Match(tok, frame, pattern, pattern.code)
        for comp_tok in self._complements(frame):
            comp = self.match(comp_tok, depth + 1)
            if comp is None:
                continue
            refined = self.patterns.refine(pattern.refine, comp.code)
            if refined:
                return _Match(tok, frame, pattern, refined, comp)
        return _Match(tok, frame, pattern, pattern.code)

    def _complements(self, frame: Frame) -> list[Token]:
        out = [frame.xcomp] if frame.xcomp is not None else []
        if frame.obj is not None and frame.obj.pos_ in ("NOUN", "PROPN"):
            out.append(frame.obj)
        for prep in _COMPLEMENT_PREPS:
            out.extend(t for t in frame.preps.get(prep, ()) if t.pos_ == "NOUN")
        return out

    # -- actors -----------------------------------------------------------------------------------
    @staticmethod
    def _actors(tokens, actors: ActorIndex) -> tuple[Actor, ...]:
        for tok in tokens:
            found = actors.at(tok.i)
            if found:
                return found
        return ()

    def _targets(self, m: _Match, actors: ActorIndex) -> tuple[Actor, ...]:
        if m.pattern.speech:
            return self._speech_target(m, actors)
        for slot in m.pattern.target:
            for tok in m.frame.slot_all(slot):
                found = actors.at(tok.i) or self._event_noun_actor(tok, actors)
                if found:
                    return found
        if m.complement is not None:
            return self._targets(m.complement, actors)
        deep = self._deep_prep(m, actors)
        if deep:
            return deep
        if m.pattern.pos == "NOUN":  # "drills encircling Taiwan", "strikes targeting power plants in Kyiv"
            for acl in (c for c in m.token.children if c.dep_ == "acl"):
                for obj in (g for g in acl.children if g.dep_ == "dobj"):
                    if actors.at(obj.i):
                        return actors.at(obj.i)
        xcond = any(c.slot in ("xcomp", "to") for c in m.pattern.conditions)
        if (m.pattern.refine or xcond) and m.frame.xcomp is not None:  # "threatened to use force against X"
            comp = frame_of(m.frame.xcomp)
            for slot in ("prep:against", "prep:on", *m.pattern.target, "obj", "prep:with", "iobj"):
                for tok in comp.slot_all(slot):
                    if actors.at(tok.i):
                        return actors.at(tok.i)
        return ()

    @staticmethod
    def _deep_prep(m: _Match, actors: ActorIndex) -> tuple[Actor, ...]:
        """A target preposition attached deeper than the parse lets the frame see: "returned treasures
        looted during the colonial era to Benin". Only "to" and "into", only inside the object."""
        wanted = {s[5:] for s in m.pattern.target if s.startswith("prep:")} & {"to", "into"}
        if not wanted or m.frame.obj is None:
            return ()
        for tok in m.frame.obj.subtree:
            if tok.dep_ == "prep" and tok.lower_ in wanted:
                for g in tok.children:
                    if g.dep_ == "pobj" and actors.at(g.i):
                        return actors.at(g.i)
        return ()

    def _speech_target(self, m: _Match, actors: ActorIndex) -> tuple[Actor, ...]:
        """What a statement is about: the first actor in what was said that is not the speaker."""
        sources = {a.code.country for a in self._actors(m.frame.subj, actors)}
        scope = [m.frame.xcomp] if m.frame.xcomp is not None else []
        scope += [t for s in ("prep:on", "prep:about") for t in m.frame.slot_all(s)]
        for root in scope:
            for tok in root.subtree:
                found = [a for a in actors.at(tok.i) if a.code.country not in sources]
                if found:
                    return tuple(found)
        return ()

    @staticmethod
    def _event_noun_actor(tok: Token, actors: ActorIndex) -> tuple[Actor, ...]:
        """The doer named inside an object phrase: "condemned Israel's strikes" targets Israel."""
        if tok.pos_ != "NOUN":
            return ()
        for child in tok.children:
            if child.dep_ in ("poss", "amod", "compound") and actors.at(child.i):
                return actors.at(child.i)
            if child.dep_ == "prep" and (child.lower_ in ("by", "from") or (
                    child.lower_ == "of" and tok.lemma_.lower() in INTRANSITIVE_NOUNS)):  # "an offer from Kabul"
                for g in child.children:
                    if actors.at(g.i):
                        return actors.at(g.i)
            if child.dep_ == "prep" and child.lower_ == "of":  # "the shelling of a district ... by Russian forces"
                for g in child.subtree:
                    if g.dep_ == "pobj" and g.head.lower_ == "by" and actors.at(g.i):
                        return actors.at(g.i)
            if child.dep_ == "acl":  # "war crimes committed by Russian forces"
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for g in agent.children:
                        if actors.at(g.i):
                            return actors.at(g.i)
        return ()

    # -- the stage --------------------------------------------------------------------------------
    def run(self, doc: Doc, article: Article, actors: ActorIndex, keep_unasserted: bool = False) -> list[Event]:
        events: list[Event] = []
        for s_i, sent in enumerate(doc.sents):
            events.extend(self._sentence(s_i, sent, article, actors, keep_unasserted))
        return events

    def _sentence(self, s_i: int, sent: SpacySpan, article: Article, actors: ActorIndex,
                  keep: bool) -> list[Event]:
        matches: list[_Match] = []
        consumed: set[int] = set()
        for tok in sent:
            m = self.match(tok)
            if m is None:
                continue
            matches.append(m)
            if m.frame.xcomp is not None and any(c.slot in ("xcomp", "xsubj", "to") for c in m.pattern.conditions):
                consumed.add(m.frame.xcomp.i)  # "allowed inspectors to visit": one event, the allowing
            obj_cond = any(c.slot == "obj" and c.words for c in m.pattern.conditions)
            if obj_cond and m.frame.obj is not None and m.frame.obj.pos_ == "NOUN":
                consumed.add(m.frame.obj.i)  # "imposed sanctions": the verb's event covers the noun's
            c = m.complement
            while c is not None:
                consumed.add(c.token.i)
                c = c.complement
        out: list[Event] = []
        seen: set[tuple[str, str, str]] = set()
        # triggers in a reported clause that have a doer: the report is about them, not a statement
        matched_at = {m.token.i for m in matches if not m.pattern.speech and self._sources(m, actors)}
        ordered = [m for m in matches if not m.pattern.speech] + [m for m in matches if m.pattern.speech]
        for m in ordered:
            if m.token.i in consumed:
                continue
            if m.pattern.speech:
                m = self._obligation(m, actors)
            if m.pattern.speech and self._reports_event(m, matched_at):
                continue
            for event in self._emit(s_i, m, article, actors):
                if (event.negated or event.hypothetical) and not keep:
                    continue
                key = (event.source.code.code, event.target.code.code if event.target else "", event.cameo.code)
                if key in seen:
                    continue
                seen.add(key)
                out.append(event)
        return out

    def _obligation(self, m: _Match, actors: ActorIndex) -> _Match:
        """"X said Y must (should, has to) do Z" is X demanding of Y (CAMEO 10), not a plain statement."""
        comp = m.frame.xcomp
        if comp is None:
            return m
        modal = any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in comp.children) or (
            comp.lemma_ == "have" and any(c.dep_ == "xcomp" for c in comp.children))
        subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not modal or not subj or not actors.at(subj[0].i):
            return m
        pattern = dataclasses.replace(m.pattern, id=m.pattern.id + "+obligation", code="100", target=("xsubj",),
                                      conditions=())
        return _Match(m.token, m.frame, pattern, "100", None)

    @staticmethod
    def _reports_event(m: _Match, matched_at: set[int]) -> bool:
        """A verb of saying whose complement reports an event (asserted or not) is not a statement."""
        comp = m.frame.xcomp
        return comp is not None and any(t.i in matched_at for t in comp.subtree)

    def _code_for(self, m: _Match, mod: Modality) -> tuple[str, Modality]:
        """Final CAMEO code and modality after intention handling: "will send" is an intent (03);
        "will not meet" is a rejection (12), asserted."""
        code, hypo = m.code, mod.hypothetical
        if mod.negated and mod.future and code[:2] in _COOPERATIVE_ROOTS | {"03"}:
            return self.patterns.refine("reject", code) or "120", dataclasses.replace(mod, negated=False)
        if mod.future and not hypo:
            if code[:2] in _COOPERATIVE_ROOTS:
                code = self.patterns.refine("intent", code) or "030"
            elif code[:2] != "03":
                hypo = True  # announced conflict is not yet an event
        return code, dataclasses.replace(mod, hypothetical=hypo)

    def _sources(self, m: _Match, actors: ActorIndex) -> tuple[Actor, ...]:
        """Doers. An event noun inside another verb's object ("responded to Israeli attacks") only
        takes a doer from a possessor or a by-phrase, not from an adjective."""
        subj = m.frame.subj
        tok = m.token
        governor = tok.head.head if tok.dep_ == "pobj" else tok.head
        if m.pattern.pos == "NOUN" and tok.dep_ in ("dobj", "pobj") and not is_light(governor):
            subj = [t for t in subj if t.dep_ == "poss" or t.head.lower_ == "by" or t.dep_ == "pobj"]
        return self._actors(subj, actors)

    def _located(self, m: _Match, sources, actors: ActorIndex) -> tuple[Actor, ...]:
        """The country where a material event happened, as its target when none is named: first a
        place in another country, else a place in the doer's own country (a domestic event)."""
        found: list[Actor] = []
        for prep in _LOCATIVE_PREPS:
            for tok in m.frame.slot_all(f"prep:{prep}"):
                # "along its border with Guyana": any actor inside the place phrase counts
                for t in tok.subtree:
                    found.extend(a for a in actors.at(t.i) if a.code.country and not a.rule.startswith("coref:"))
        own = {s.code.country for s in sources}
        for prep in ("with", "against", "toward", "towards"):  # "along the border with North Korea"
            for tok in m.frame.slot_all(f"prep:{prep}"):
                found.extend(a for a in actors.at(tok.i) if a.code.country and a.code.country not in own)
        foreign = [a for a in found if a.code.country not in own]
        pick = foreign[:1] or found[:1]
        return tuple(Actor(a.text, a.span, ActorCode(a.code.country), a.name, f"location:{a.rule}") for a in pick)

    def _emit(self, s_i: int, m: _Match, article: Article, actors: ActorIndex):
        sources = self._sources(m, actors)
        if not sources:
            return
        targets = self._targets(m, actors)
        reciprocal = m.code[:2] in _RECIPROCAL_ROOTS and len({s.code for s in sources}) > 1
        if not targets and m.code[:2] in _LOCATED_ROOTS and not reciprocal:
            targets = self._located(m, sources, actors)
        if not targets and m.code[:2] in _DOMESTIC_ROOTS:
            targets = tuple(Actor(s.text, s.span, ActorCode(s.code.country), s.name, "context:domestic")
                            for s in sources[:1] if s.code.country not in INTERNATIONAL_ROOTS)
        governor = None
        if m.pattern.pos == "NOUN":
            governor = next((a for a in m.token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        mod = modality_of(m.token, governor)
        code, mod = self._code_for(m, mod)
        hypo = mod.hypothetical
        code = self._aerial(self._irregular(code, sources, targets), sources)
        cameo = self.codebook.cameo(code)
        plover = self.codebook.plover(code)
        tok = m.token
        verb = Span(tok.idx, tok.idx + len(tok.text), tok.text)
        group = f"{article.id}:{s_i}:{tok.i}"
        pairs = self._pairs(sources, targets, code[:2] in _RECIPROCAL_ROOTS)
        for k, (src, tgt) in enumerate(pairs):
            yield Event(
                id=f"{group}:{k}", article_id=article.id, sentence=s_i, source=src, target=tgt, cameo=cameo,
                plover=plover, date=None, date_text="", date_reason="", spans=EventSpans(src.span, verb,
                tgt.span if tgt else None), rule=_rule_id(m), group=group, negated=mod.negated,
                hypothetical=hypo, dictionary_version=self.version,
            )

    @staticmethod
    def _aerial(code: str, sources) -> str:
        """Force used by aircraft ("Israeli warplanes struck ...") is CAMEO 195, aerial weapons."""
        if code in ("190", "193") and sources and all(_AIRCRAFT & set(s.text.lower().split()) for s in sources):
            return "195"
        return code

    @staticmethod
    def _irregular(code: str, sources, targets) -> str:
        """Armed force used by non-state actors (militants, gunmen, settlers) on others than armed
        forces is assault (18), not fighting (19)."""
        armed = {"MIL", "REB", "INS"}
        if code in ("190", "193") and not any(armed & set(t.code.roles) for t in targets) and all(
            set(s.code.roles) & _IRREGULAR_ROLES or s.code.country in _IRREGULAR_ROOTS for s in sources
        ):
            return "180"
        return code

    @staticmethod
    def _pairs(sources, targets, reciprocal: bool) -> list[tuple[Actor, Actor | None]]:
        """One pair per dyad; coordinated subjects with no target of a reciprocal event act on each
        other ("X and Y met"), otherwise each acts alone."""
        if targets:
            # a place or the doer's own country as target may share the doer's code (domestic events)
            pairs = [(s, t) for s in sources for t in targets if s.code != t.code or t.rule.startswith(_CONTEXT_RULES)]
            return pairs or [(s, None) for s in sources]
        distinct = {s.code for s in sources}
        if reciprocal and len(distinct) > 1:
            return [(s, t) for s in sources for t in sources if s.code != t.code]
        return [(s, None) for s in sources]
