"""Translate a parsed PETRARCH verb dictionary into tidings patterns that match word sequences.

This is the faithful reading of the format, and the one ``load_petrarch_verbs`` uses: each ``-`` line
becomes a pattern on the verb's lemma whose ``before``/``after`` conditions hold the pattern's words in
order (see ``tidings.events.sequences``): words may come between them unless ``_`` joins them
(``NEW_&TIETYPES_RELATIONS`` needs "new economic relations" with nothing between), a synset is any of
its phrases (with PETRARCH's generated plurals), brackets ``{...}`` and ``(...)`` only group words, and
words must match as written (``EFFORT`` does not match "efforts"). The markers: ``+`` is the target's
place; ``$`` after the verb is the source's place (the subject is then the target); ``^`` stands for any
word. A pattern without ``+`` or ``$`` takes its target from the usual slots (object, indirect object,
with/to/against/on), and, with PETRARCH semantics, from the first actor of the verb's phrase.

Multi-word verbs (``+GO_BY``, ``KLM_NOP_+RST``) add their other words as joined steps right after or
right before the verb. Family and verb codes give a pattern with no sequence (the default); ``[042:043]``
gives the paired ``reverse_code``; ``[:173]`` is the reverse event alone (a swap); ``[---]`` blocks.

``%`` before the verb is a compound subject whose actors act on each other ("- % * [030:030]": "X and Y
agree" is X->Y and Y->X). Not translated (counted in the report): ``%`` after the verb; a ``+`` before the
verb without a ``$`` after it; a ``+`` and a ``$`` both after the verb; transformations ``~``.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tidings.dictionaries.petrarch_lexicon import Lexicon, pattern_code
from tidings.dictionaries.petrarch_patterns import DEFAULT_TARGET
from tidings.dictionaries.petrarch_text import plural
from tidings.dictionaries.petrarch_verbs import NounPhrase, ParsedVerbs, PrepPhrase, Term, Verb, VerbPattern
from tidings.events.patterns import NO_EVENT, Condition, Pattern, PatternDictionary, Step

__all__ = ["SequenceReport", "sequence_patterns"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SequenceReport:
    path: str
    patterns_read: int
    patterns_imported: int
    tidings_patterns: int
    dropped: tuple[tuple[str, int], ...]

    def summary(self) -> str:
        dropped = ", ".join(f"{n} {why}" for why, n in self.dropped) or "none"
        return (f"{Path(self.path).name}: {self.patterns_read} patterns read, {self.patterns_imported} imported "
                f"as {self.tidings_patterns} tidings patterns; dropped: {dropped}")


class _Drop(Exception):
    pass


def _synset_phrases(parsed: ParsedVerbs, name: str) -> frozenset[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for m in parsed.phrases(name):
        words = tuple(w.lower() for w in m.words)
        out.add(words)
        if m.plural and words:
            out.add((*words[:-1], plural(words[-1])))
    return frozenset(out)


def _steps(elements, parsed: ParsedVerbs, after: bool) -> list[Step]:
    out: list[Step] = []

    def term(t: Term, joined: bool) -> None:
        if t.kind == "compound" and after:
            raise _Drop("% compound actor after the verb")
        if t.marker:
            out.append(Step(joined=joined, marker=t.kind))
        elif t.kind == "synset":
            out.append(Step(_synset_phrases(parsed, t.words[0]), joined))
        else:
            out.append(Step(frozenset((w.lower(),) for w in t.words), joined))

    for el in elements:
        if isinstance(el, Term):
            term(el, el.joined)
        elif isinstance(el, NounPhrase):
            for t in el.terms:
                term(t, t.joined)
        elif isinstance(el, PrepPhrase):
            term(el.prep, el.prep.joined)
            for obj in el.objects:
                for t in (obj.terms if isinstance(obj, NounPhrase) else (obj,)):
                    term(t, t.joined)
    return out


def _verb_steps(v: Verb) -> tuple[list[Step], list[Step]]:
    """Steps a multi-word verb adds before and after its verb word (joined to it)."""
    before = [Step(frozenset({(w.lower(),)}), k > 0) for k, w in enumerate(v.words[: v.head])]
    after = [Step(frozenset({(w.lower(),)}), True) for w in v.words[v.head + 1:]]
    return before, after


def _conditions(before: list[Step], after: list[Step], star_joined: bool) -> tuple[Condition, ...]:
    conds = []
    if before:
        # the trigger closes the sequence before it: "- NOT *" needs "not" somewhere before the verb
        conds.append(Condition("before", steps=(*before, Step(joined=star_joined, marker="verb"))))
    if after:
        conds.append(Condition("after", steps=tuple(after)))
    return tuple(conds)


def _roles(before: list[Step], after: list[Step]) -> tuple[tuple[str, ...], bool]:
    """Target slots and swap from where the markers are."""
    target_after = any(s.marker == "target" for s in after)
    source_after = any(s.marker == "source" for s in after)
    target_before = any(s.marker == "target" for s in before)
    if target_after and source_after:
        raise _Drop("a source and a target both after the verb")
    if source_after:
        return ("seq:source",), True
    if target_before:
        raise _Drop("a target before the verb and no source after it")
    if target_after:
        return ("seq:target",), False
    return DEFAULT_TARGET, False


def sequence_patterns(parsed: ParsedVerbs, path: str | None = None) -> tuple[PatternDictionary, SequenceReport]:
    """The ``PatternDictionary`` of a parsed PETRARCH verb dictionary, with word-sequence conditions."""
    path = path or parsed.path
    base = Path(path).name
    lex = Lexicon(parsed)
    made: list[Pattern] = []
    dropped: Counter[str] = Counter()
    imported = 0
    for fam in parsed.families:
        verbs: list[tuple[Verb, str, list[Step], list[Step]]] = []
        seen: set = set()
        for v in fam.verbs:
            lemma = lex.lemma(v.word, fam)
            key = (lemma, v.words)
            if key in seen:
                continue
            seen.add(key)
            verbs.append((v, lemma, *_verb_steps(v)))
        for v, lemma, vb, va in verbs:  # the verb alone: its own code, else the family's
            code = v.code or fam.code
            if code.null:
                continue
            c, reverse, swap = pattern_code(code.forward, code.reverse)
            conds = _conditions(vb, va, bool(vb)) + ((Condition("swap"),) if swap else ())
            line = v.line if v.code else fam.line
            made.append(Pattern(f"{'_'.join(v.words).lower()}@{line}", lemma, "VERB", "", c, DEFAULT_TARGET, conds,
                                "", f"{base}:{line}", reverse))
        for p in fam.patterns:
            try:
                made.extend(_pattern(p, verbs, parsed, base))
                imported += 1
            except _Drop as exc:
                dropped[str(exc)] += 1
    out = PatternDictionary(classes=dict(lex.classes))
    out.extend(made)
    out.version = hashlib.sha256(f"{parsed.digest}:{base}:seq".encode()).hexdigest()[:12]
    report = SequenceReport(path, parsed.patterns, imported, len(made), tuple(sorted(dropped.items())))
    log.info("%s", report.summary())
    return out, report


def _pattern(p: VerbPattern, verbs, parsed: ParsedVerbs, base: str) -> list[Pattern]:
    before, after = _steps(p.before, parsed, False), _steps(p.after, parsed, True)
    target, swap = _roles(before, after)
    code, reverse, code_swap = pattern_code(p.code.forward, p.code.reverse)
    swap = swap != code_swap
    out = []
    for v, lemma, vb, va in verbs:
        conds = _conditions([*before, *vb], [*va, *after], p.star_joined or bool(vb))
        if swap:
            conds += (Condition("swap"),)
        if any(st.marker == "compound" for st in before):
            conds += (Condition("compound"),)
        pid = f"{'_'.join(v.words).lower()}@{p.line}"
        out.append(Pattern(pid, lemma, "VERB", "", code if code != NO_EVENT else NO_EVENT, target, conds, "",
                           p.rule, reverse))
    return out
