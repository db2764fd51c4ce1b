"""Match patterns at triggers: the most specific pattern whose conditions hold, refined by complements.

Reads a token of a parsed sentence and the ``PatternDictionary``; gives a ``Match`` (the token, its
argument frame, the pattern and the final code, with the complement match that refined it) or None.
None also when the winning pattern's code is ``NO_EVENT``: it blocks the verb in that context.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tidings.events import sequences
from tidings.events.frames import TIMED_VISITS, Frame, frame_of, infinitive_noun, lemma_candidates, unwrap
from tidings.events.patterns import NO_EVENT, Pattern, PatternDictionary

__all__ = ["Match", "PatternMatcher", "rule_id"]

_COMPLEMENT_PREPS = ("for", "to", "on", "of", "against")
_BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "during", "amid", "despite", "until"})
#: nouns whose "of" phrase is the setting of the report: "on the sidelines of a NATO meeting"
_SETTINGS = frozenset({"sideline", "sidelines", "margin", "margins"})
_SPECULATIVE = frozenset({"could", "might", "may", "would"})
#: promises kept, broken or fulfilled were made before: "fulfilling Trump's pledge to lift sanctions"
_PROMISES = frozenset({"pledge", "promise", "vow", "commitment"})
_KEEPING = frozenset({"fulfil", "fulfill", "fulfilling", "honour", "honor", "keep", "break", "implement", "deliver",
                      "renege", "betray", "violate", "abandon", "meet"})


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern that fired at a token, before actors are attached."""

    token: Token
    frame: Frame
    pattern: Pattern
    code: str
    complement: Match | None = None


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


def rule_id(m: Match) -> str:
    """The pattern that fired, and the complement patterns that refined it: "urge>provide.weapon"."""
    ids = [m.pattern.id]
    c = m.complement
    while c is not None:
        ids.append(c.pattern.id)
        c = c.complement
    return ">".join(ids)


def _word_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _titled(tok: Token, words: frozenset[str]) -> bool:
    """A name titled by one of ``words``: "released French citizen Olivier Grondeau", "freed John Smith,
    an American journalist" (the noun that says what the named one is)."""
    return tok.pos_ == "PROPN" and any(
        c.pos_ == "NOUN" and ((c.dep_ == "compound" and c.i < tok.i) or c.dep_ == "appos") and _word_in(c, words)
        for c in tok.children)


def _has_modifier(tok: Token, words: frozenset[str]) -> bool:
    """A modifier of ``tok`` (or of its compound) is one of ``words``: "joint military exercises"."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
            if _word_in(c, words) or (c.dep_ == "compound" and _has_modifier(c, words)):
                return True
    return False


def _for_phrase(tok: Token, words: frozenset[str]) -> bool:
    """What a "for" phrase says of ``tok`` as a modifier would: "a proposal for a 21-day truce" is a truce
    proposal, "a plan for peace" a peace plan."""
    return any(g.dep_ == "pobj" and (_word_in(g, words) or _has_modifier(g, words))
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children)


def _since_clause(tok: Token) -> bool:
    """``tok`` heads a "since" clause, which dates the start of a period: background, as a "since" phrase is."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children)


class PatternMatcher:
    """Finds the pattern that fires at a token."""

    def __init__(self, patterns: PatternDictionary) -> None:
        self.patterns = patterns

    def _holds(self, pattern: Pattern, frame: Frame, cache: dict) -> bool:
        if pattern.particle and pattern.particle != frame.particle:
            return False
        for cond in pattern.conditions:
            if cond.steps:
                if not sequences.holds(cond, frame.trigger, cache):
                    return False
                continue
            if cond.slot == "xcomp":
                tok = frame.xcomp
            elif cond.slot == "swap":
                continue
            elif cond.slot == "compound":  # coordinated subjects: "Gondor and Osgiliath agree"
                subj = frame.slot("subj")
                if subj is None or not any(c.dep_ == "conj" for c in subj.children):
                    return False
                continue
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
            elif cond.slot in ("mod", "objmod", "subjmod") or cond.slot.startswith("mod:"):
                owners = {"mod": frame.trigger, "objmod": frame.obj, "subjmod": frame.slot("subj")}
                owner = owners[cond.slot] if cond.slot in owners else frame.slot(cond.slot[4:])
                if owner is None or not (_has_modifier(owner, cond.words) or (
                        cond.slot == "objmod" and _for_phrase(owner, cond.words))):
                    return False
                continue
            else:
                tok = frame.slot(cond.slot)
            if tok is None:
                return False
            if cond.words and not _word_in(tok, cond.words) and not (
                    cond.slot == "obj" and frame.obj_raw is not None and _word_in(frame.obj_raw, cond.words)) and not (
                    cond.slot == "obj" and _titled(tok, cond.words)) and not (
                    cond.slot.startswith("prep:") and _word_in(unwrap(tok), cond.words)):  # "with hundreds of drones"
                return False
        return True

    def _pos(self, tok: Token) -> str | None:
        if tok.pos_ in ("VERB", "AUX"):
            return "VERB"
        if tok.pos_ in ("NOUN", "PROPN"):
            return "VERB" if infinitive_noun(tok) else "NOUN"
        return None

    def match(self, tok: Token, depth: int = 0) -> Match | None:
        """The most specific pattern that fires at ``tok``, with complement refinement."""
        pos = self._pos(tok)
        if pos is None:
            return None
        if pos == "NOUN" and (tok.dep_ in ("compound", "amod") or tok.ent_type_ in ("DATE", "TIME")):
            return None  # "detention centres" is no detention; "in March" is no march
        # the trigger lookup first: it is cheap and rejects most tokens before the checks on their context
        candidates = next((found for lemma in lemma_candidates(tok) if (found := self.patterns.patterns(lemma, pos))),
                          None)
        if not candidates:
            return None
        if pos == "VERB" and tok.tag_ in ("VBN", "VBD") and tok.sent.start < tok.i < len(tok.doc) - 1 and (
                tok.doc[tok.i - 1].dep_ == "prep" and tok.doc[tok.i + 1].pos_ == "PROPN"):
            return None  # "homes in occupied East Jerusalem", "aid to besieged Gaza": an adjective, however parsed
        if pos == "NOUN" and tok.lemma_.lower() in _PROMISES and tok.dep_ in ("dobj", "pobj") and (
                tok.head.lemma_.lower() in _KEEPING or tok.head.head.lemma_.lower() in _KEEPING
                or any(t.lower_ in _KEEPING for t in tok.subtree if t.i < tok.i and t.pos_ == "VERB")):
            return None  # "fulfilling its pledge", "reneged on its promise": an earlier promise, not made here
        if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _BACKGROUND_PREPS and not (
                tok.head.lower_ == "during" and tok.lemma_.lower() in TIMED_VISITS and any(
                    c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)):
            # "in the days after Hamas's attack": background, not this report's event; but a visit to a
            # place during which something is done or said is an event of the report ("said during a
            # visit to Kyiv")
            return None
        if _since_clause(tok) or (pos == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and _since_clause(tok.head)):
            return None  # "the first visit since Russia invaded", "since the invasion began": when a period began
        if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _SETTINGS:
            return None  # "met on the sidelines of a summit": the gathering is where, not an event of the report
        frame = frame_of(tok)
        cache: dict = {}
        for pattern in candidates:
            if self._holds(pattern, frame, cache):
                break
        else:
            return None
        if pattern.code == NO_EVENT:
            return None  # an imported pattern that blocks the verb in this context
        if not pattern.refine or depth > 2:
            return Match(tok, frame, pattern, pattern.code)
        for comp_tok in self.complements(frame):
            comp = self.match(comp_tok, depth + 1)
            if comp is None:
                continue
            refined = self.patterns.refine(pattern.refine, comp.code)
            if refined:
                return Match(tok, frame, pattern, refined, comp)
        return Match(tok, frame, pattern, pattern.code)

    def complements(self, frame: Frame) -> list[Token]:
        """Tokens that may complete a governing pattern: its clause, object noun and some preps."""
        out = [frame.xcomp] if frame.xcomp is not None else []
        if frame.obj is not None and frame.obj.pos_ in ("NOUN", "PROPN"):
            out.append(frame.obj)
        for prep in _COMPLEMENT_PREPS:
            out.extend(t for t in frame.preps.get(prep, ()) if t.pos_ == "NOUN")
        for child in frame.trigger.children:  # "committed to concluding a deal"
            if child.dep_ == "prep" and child.lower_ in _COMPLEMENT_PREPS:
                out.extend(g for g in child.children if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX"))
        return out
