"""Translate a parsed PETRARCH verb dictionary into tidings' own ``PatternDictionary``.

Every verb of a family gets the family's patterns, as PETRARCH shares them; the trigger is the verb's
lemma (spaCy lemmatizes the text, so the base form is the key, and irregular forms are not needed: a
verb written inflected, such as ``KILLED``, or ``SAW`` in a family with ``SEE {SEES SAW SEEN}``, is
brought back to ``kill`` / ``see`` with the dictionary's own verbs and forms). Every tidings pattern
keeps ``rule = "<file>:<line>"`` of the line it comes from, and ``id = "<verb>@<line>"``.

==================================  =================================================================
PETRARCH                            tidings
==================================  =================================================================
family ``[080]``, verb ``[014]``    a pattern with no conditions for each verb
``- * AID``                         ``obj=aid``
``- * {ARMS SHIPMENT}``             ``obj=shipment objmod=arms`` (the head is the last word)
``- * &FOOD``                       ``obj=@petrarch:FOOD`` (the synset is a word class of member heads)
``- * (TO BORDER)``                 ``prep:to=border``; ``(TO)``: ``prep:to``; ``(IN {AIR RAID})``:
                                    ``prep:in=raid mod:prep:in=air``; ``(BY/WITH X)``: one pattern each
``- * OUT VIEWS``                   particle ``out`` and ``obj=views`` (up, out, back, ... are particles)
``- * IN &REFUGEE``                 a word that is a particle or a preposition gives one pattern each
                                    (``prt in`` + ``obj``, or ``prep:in``); a preposition written
                                    without brackets (TABARI style) starts a prepositional phrase
``- &MILITARY *``                   ``subj=@petrarch:MILITARY``; ``- {A B} *``: ``subj=b subjmod=a``
``- * +``, ``- * (TO +)``           target ``obj`` / ``prep:to`` (and that slot must be filled)
``- * (FROM $)``, ``- * $``         ``swap`` with target ``prep:from`` / ``obj``: that actor is the doer
                                    and the subject the one done to; ``- + * (FROM $)`` is the same
``- $ *``                           nothing: the subject is the source anyway
``- * (FROM ^)``, ``^``             ``prep:from`` (skip any noun phrase) / nothing
``+GO_BY``, ``RE_+ARREST``          lemma ``go``, and the rest read as words after the verb
                                    (``prep:by``, or particle ``by``); words before the verb: ``mod=re``
``+ASK_FOR`` with ``- * AID``       the pattern's object is the preposition's: ``prep:for=aid``
``[042:043]``                       code 042 and ``reverse_code`` 043 (the target does 043 to the source)
``[:173]``                          code 173 with ``swap``
``[---]``                           code ``---``: the match gives no event (blocks the verb there)
==================================  =================================================================

A pattern without ``+`` or ``$`` looks for its target in ``DEFAULT_TARGET``, then in the slots of its own
prepositional phrases (PETRARCH's target is the first actor after the verb).

Not expressible, so the pattern is dropped and counted in the ``ImportReport`` (logged at INFO):
``%`` compound actors; auxiliaries, modals or negation before the verb (tidings reads modality
itself); a source and a target both after the verb; a target before the verb with no source after it;
two noun phrases where one object is expected; a prepositional phrase before the verb; transformations
``~``. Determiners (a, the, its, ...) and the conjunctions of ``+KILLED_AND`` are ignored, and ``_``
(consecutive words) is not checked: the dependency parse says more. A multi-word synset member stands
for its head noun (``PRIME_MINISTER``: minister), as a word class holds single words. Codes outside the
CAMEO codebook are kept verbatim (``ImportReport.codes_not_in_codebook``); the event stage emits no event
for them.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tidings.codebook import load_codebook
from tidings.dictionaries.petrarch_lexicon import CLASS_PREFIX, Lexicon, pattern_code
from tidings.dictionaries.petrarch_verbs import (
    Family,
    NounPhrase,
    ParsedVerbs,
    PrepPhrase,
    Term,
    Verb,
    VerbPattern,
)
from tidings.events.patterns import NO_EVENT, Condition, Pattern, PatternDictionary

__all__ = ["CLASS_PREFIX", "DEFAULT_TARGET", "ImportReport", "translate"]

log = logging.getLogger(__name__)

#: target slots of a pattern that names none
DEFAULT_TARGET = ("obj", "iobj", "prep:with", "prep:to", "prep:against", "prep:on")
#: most readings one PETRARCH pattern may give for one verb (particle/preposition and A/B choices)
_MAX_READINGS = 8

_PARTICLES = frozenset("UP DOWN OUT BACK AWAY FORWARD FORWARDS ASIDE APART TOGETHER AHEAD FORTH HOME".split())
#: words the parser reads as a particle or as a preposition, depending on the sentence
_EITHER = frozenset("IN ON OFF OVER BY THROUGH AROUND ALONG ABOUT UNDER BEHIND ACROSS PAST".split())
_PREPOSITIONS = frozenset(
    "ABOARD ABOVE AFTER AGAINST AMID AMIDST AMONG AMONGST AS AT BEFORE BELOW BENEATH BESIDE BETWEEN BEYOND "
    "CONCERNING DESPITE DURING EXCEPT FOR FROM INSIDE INTO NEAR OF ONTO OUTSIDE REGARDING SINCE TO TOWARD "
    "TOWARDS UNTIL UPON VIA WITH WITHIN WITHOUT".split()
)
#: determiners a noun phrase can do without (the parser attaches them as det/poss, never as modifiers)
_DETERMINERS = frozenset("A AN THE ITS THEIR HIS HER OUR MY YOUR".split())
_CONJUNCTIONS = frozenset("AND OR".split())
#: words before the verb that are no subject: auxiliaries, modals, negation, the infinitive "to"
_AUXILIARIES = frozenset(
    "NOT NEVER NO N'T WILL WOULD SHALL SHOULD CAN COULD MAY MIGHT MUST HAS HAVE HAD IS ARE AM WAS WERE BE "
    "BEEN BEING DO DOES DID TO".split()
)


class _Drop(Exception):
    """A pattern (or a verb-pattern pair) that tidings' conditions cannot say."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What the translation made of a dictionary. Counts of PETRARCH patterns are per ``-`` line."""

    path: str
    families: int
    verbs: int
    synsets: int
    patterns_read: int
    patterns_imported: int
    tidings_patterns: int
    defaults: int  # verb patterns with no conditions from family or verb codes
    blocking: int  # imported patterns with code ---
    paired: int  # imported patterns with a [a:b] code
    dropped: tuple[tuple[str, int], ...]  # reason, PETRARCH patterns
    pair_conflicts: tuple[tuple[str, int], ...]  # reason, (verb, pattern) pairs left out
    codes_not_in_codebook: tuple[tuple[str, int], ...]  # code, patterns (and defaults) using it
    transformations: int  # ~ lines, not translated

    def summary(self) -> str:
        dropped = sum(n for _, n in self.dropped)
        return (f"{Path(self.path).name}: {self.families} families, {self.verbs} verbs, {self.synsets} synsets, "
                f"{self.patterns_read} patterns read, {self.patterns_imported} imported, {dropped} dropped, "
                f"{self.tidings_patterns} tidings patterns ({self.defaults} verb defaults), "
                f"{len(self.codes_not_in_codebook)} codes not in the codebook, "
                f"{self.transformations} transformations not translated")


# -- readings: one way of saying a pattern with tidings' conditions ---------------------------------

@dataclass(slots=True)
class _Reading:
    particle: str = ""
    conds: list[Condition] = field(default_factory=list)
    target: str = ""  # slot named by "+"
    source: str = ""  # slot named by "$"
    open_prep: str = ""  # a multi-word verb ending in a preposition (ASK_FOR): its object is the pattern's

    def copy(self) -> _Reading:
        return _Reading(self.particle, list(self.conds), self.target, self.source, self.open_prep)

    def set_particle(self, word: str) -> None:
        if self.particle and self.particle != word:
            raise _Drop("two different particles")
        self.particle = word

    @property
    def has_object(self) -> bool:
        return any(c.slot == "obj" and c.words for c in self.conds)

    def merge(self, other: _Reading) -> _Reading:
        """This reading and another, both to hold (a verb's and a pattern's, or two parts of a pattern).
        After a multi-word verb ending in a preposition (``+ASK_FOR``) the other's object ("- * AID") is
        the object of that preposition."""
        out = self.copy()
        if self.open_prep:
            other = _moved(other, "obj", self.open_prep)
        if other.particle:
            out.set_particle(other.particle)
        if self.has_object and other.has_object:
            raise _Drop("two different objects")
        out.conds += [c for c in other.conds if c not in out.conds]
        _roles(out, other.target, other.source)
        return out


def _moved(r: _Reading, old: str, new: str) -> _Reading:
    """``r`` with conditions and roles on slot ``old`` moved to slot ``new``."""
    slots = {old: new, f"{old}mod": f"mod:{new}", f"mod:{old}": f"mod:{new}"}
    conds = [Condition(slots.get(c.slot, c.slot), c.words) for c in r.conds]
    return _Reading(r.particle, conds, new if r.target == old else r.target, new if r.source == old else r.source)


def _single(term: Term) -> str:
    return term.words[0] if term.kind == "word" and len(term.words) == 1 else ""


def _noun(terms: list[Term], lex: Lexicon) -> tuple[frozenset[str], list[frozenset[str]]]:
    """Head words and modifier word sets of a noun phrase; determiners dropped."""
    kept = [t for t in terms if not (t.kind == "word" and _single(t) in _DETERMINERS)]
    if not kept:
        raise _Drop("a noun phrase of determiners only")
    return lex.words(kept[-1]), [lex.words(t) for t in kept[:-1]]


# -- after the verb ----------------------------------------------------------------------------------

def _fork(readings: list[_Reading], options) -> list[_Reading]:
    """Each reading times each option (a function that changes a copy of a reading)."""
    out = []
    for r in readings:
        for option in options:
            c = r.copy()
            option(c)
            out.append(c)
    if len(out) > _MAX_READINGS:
        raise _Drop("too many particle/preposition readings")
    return out


def _prep_word(term: Term) -> bool:
    w = _single(term)
    return w in _PREPOSITIONS or w in _EITHER


def _linear_pp(elements: tuple, i: int) -> int:
    """End of a prepositional phrase written without brackets from ``elements[i]`` (TABARI style)."""
    j = i + 1
    while j < len(elements):
        e = elements[j]
        if isinstance(e, PrepPhrase) or (isinstance(e, Term) and (_prep_word(e) or _single(e) in _PARTICLES)):
            break
        j += 1
    return j


def _after(elements: tuple, lex: Lexicon, readings: list[_Reading]) -> list[_Reading]:
    """Readings for what follows the verb (a pattern's post-verb part, or the rest of a multi-word verb)."""
    readings = [r.copy() for r in readings]
    nouns: list[list[Term]] = []  # noun phrases: a run of bare words, or {...}
    run: list[Term] = []
    markers: list[Term] = []

    def close_run() -> None:
        if run:
            nouns.append(list(run))
            run.clear()

    i = 0
    while i < len(elements):
        e = elements[i]
        if isinstance(e, PrepPhrase):
            close_run()
            objects = e.objects
            if not objects and i + 1 < len(elements) and isinstance(elements[i + 1], Term) and \
                    elements[i + 1].marker:
                objects, i = (elements[i + 1],), i + 1  # "(AGAINST) +": the marker fills the phrase
            if _single(e.prep) in _PARTICLES:  # "(OUT) (OF X)", "(ASIDE RIFT)": a particle, then its words
                for r in readings:
                    r.set_particle(_single(e.prep).lower())
                readings = _after(objects, lex, readings)
            else:
                readings = _prep(e.prep, objects, lex, readings)
        elif isinstance(e, NounPhrase):
            close_run()
            nouns.append(list(e.terms))
        elif e.marker:
            close_run()
            markers.append(e)
        elif _single(e) in _PARTICLES:
            close_run()
            for r in readings:
                r.set_particle(_single(e).lower())
        elif _prep_word(e):
            close_run()
            j = _linear_pp(elements, i)
            objects = elements[i + 1:j]
            if _single(e) in _EITHER and not (objects and nouns):
                # a particle (the words after it are the object) or a preposition; after an object
                # ("IFTAR IN ^ +") only a preposition
                word = _single(e).lower()
                as_particle = _after(objects, lex, [_Reading(particle=word)])
                as_prep = _prep(e, objects, lex, [_Reading()])
                readings = [r.merge(o) for r in readings for o in as_particle + as_prep]
                if len(readings) > _MAX_READINGS:
                    raise _Drop("too many particle/preposition readings")
            else:
                readings = _prep(e, objects, lex, readings)
            i = j
            continue
        elif _single(e) in _CONJUNCTIONS:
            close_run()
        else:
            run.append(e)
        i += 1
    close_run()
    return _objects(nouns, markers, lex, readings)


def _objects(nouns: list[list[Term]], markers: list[Term], lex: Lexicon,
             readings: list[_Reading]) -> list[_Reading]:
    if len(nouns) > 1:
        raise _Drop("two noun phrases where one object is expected")
    conds: list[Condition] = []
    if nouns:
        head, mods = _noun(nouns[0], lex)
        conds = [Condition("obj", head)] + [Condition("objmod", m) for m in mods]
    roles = {"target": "", "source": ""}
    for m in markers:
        if m.kind == "compound":
            raise _Drop("compound actor %")
        if m.kind in roles and not nouns:
            roles[m.kind] = "obj"
            conds.append(Condition("obj"))
        elif m.kind == "source":
            raise _Drop("a source after the object")
    out = []
    for r in readings:
        if nouns and r.has_object:
            raise _Drop("two noun phrases where one object is expected")
        c = r.copy()
        c.conds += [x for x in conds if x not in c.conds]
        _roles(c, roles["target"], roles["source"])
        out.append(c)
    return out


def _roles(r: _Reading, target: str, source: str) -> None:
    if target:
        if r.target and r.target != target:
            raise _Drop("two targets")
        r.target = target
    if source:
        if r.source and r.source != source:
            raise _Drop("two sources")
        r.source = source


def _prep(prep: Term, objects: tuple, lex: Lexicon, readings: list[_Reading]) -> list[_Reading]:
    """``(P ...)``: one reading per alternative preposition (``BY/WITH``)."""
    if prep.kind != "word":
        raise _Drop("a synset as preposition")
    phrases = [list(o.terms) for o in objects if isinstance(o, NounPhrase)]
    bare = [o for o in objects if isinstance(o, Term) and not o.marker and _single(o) not in _CONJUNCTIONS]
    markers = [o for o in objects if isinstance(o, Term) and o.marker]
    if any(isinstance(o, PrepPhrase) for o in objects):
        raise _Drop("a prepositional phrase inside another")
    if len(phrases) + bool(bare) > 1:
        raise _Drop("two noun phrases in a prepositional phrase")
    nouns = phrases[0] if phrases else bare

    def option(word: str):
        slot = f"prep:{word.lower()}"

        def apply(r: _Reading) -> None:
            if nouns:
                head, mods = _noun(nouns, lex)
                r.conds += [Condition(slot, head)] + [Condition(f"mod:{slot}", m) for m in mods]
            else:
                r.conds.append(Condition(slot))
            for m in markers:
                if m.kind == "compound":
                    raise _Drop("compound actor %")
                if m.kind in ("target", "source"):
                    _roles(r, slot if m.kind == "target" else "", slot if m.kind == "source" else "")
            r.conds[:] = list(dict.fromkeys(r.conds))

        return apply

    return _fork(readings, [option(w) for w in prep.words])


# -- before the verb ---------------------------------------------------------------------------------

def _before(elements: tuple, lex: Lexicon) -> tuple[list[Condition], bool]:
    """Subject conditions, and whether the target is written before the verb (``+``)."""
    nouns: list[list[Term]] = []
    run: list[Term] = []
    target = False
    for e in elements:
        if isinstance(e, PrepPhrase):
            raise _Drop("a prepositional phrase before the verb")
        if isinstance(e, NounPhrase):
            if run:
                nouns.append(run)
                run = []
            nouns.append(list(e.terms))
        elif e.marker:
            if e.kind == "compound":
                raise _Drop("compound actor %")
            target = target or e.kind == "target"
        elif _single(e) in _AUXILIARIES:
            raise _Drop("an auxiliary, modal or negation before the verb")
        elif _prep_word(e) or _single(e) in _PARTICLES:
            raise _Drop("a prepositional phrase before the verb")
        else:
            run.append(e)
    if run:
        nouns.append(run)
    if len(nouns) > 1:
        raise _Drop("two noun phrases before the verb")
    if not nouns:
        return [], target
    head, mods = _noun(nouns[0], lex)
    return [Condition("subj", head)] + [Condition("subjmod", m) for m in mods], target


# -- patterns ----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Shape:
    """A PETRARCH pattern said with conditions (before any verb of the family is known): its readings,
    each with its target slots and whether it swaps source and target."""

    readings: tuple[tuple[_Reading, tuple[str, ...], bool], ...]
    subject: tuple[Condition, ...]
    code: str
    reverse: str


def _slots(r: _Reading, target_before: bool, swap: bool) -> tuple[tuple[str, ...], bool]:
    """Target slots and swap of a reading."""
    if r.source and r.target:
        raise _Drop("a source and a target both after the verb")
    if target_before and not r.source:
        raise _Drop("a target before the verb and no source after it")
    if r.source:  # "(FROM $)": that actor did it, to the subject
        return (r.source,), not swap
    if r.target:
        return (r.target,), swap
    # PETRARCH's target is the first actor after the verb: the usual slots, then the pattern's phrases
    preps = [c.slot for c in r.conds if c.slot.startswith("prep:") and c.slot not in DEFAULT_TARGET]
    return (*DEFAULT_TARGET, *dict.fromkeys(preps)), swap


def _shape(p: VerbPattern, lex: Lexicon) -> _Shape:
    subject, target_before = _before(p.before, lex)
    code, reverse, swap = pattern_code(p.code.forward, p.code.reverse)
    readings = []
    reason = ""
    for r in _after(p.after, lex, [_Reading()]):
        try:
            readings.append((r, *_slots(r, target_before, swap)))
        except _Drop as exc:
            reason = exc.reason
    if not readings:
        raise _Drop(reason)
    return _Shape(tuple(readings), tuple(subject), code, reverse)


def _moved_slots(target: tuple[str, ...], open_prep: str) -> tuple[str, ...]:
    if not open_prep:
        return target
    return tuple(dict.fromkeys(open_prep if s == "obj" else s for s in target))


def _verb_reading(v: Verb, lex: Lexicon) -> list[_Reading]:
    """What a multi-word verb adds: words after the verb read as after-verb words, words before as ``mod``."""
    rest = tuple(Term("word", (w,)) for w in v.words[v.head + 1:])
    readings = _after(rest, lex, [_Reading()]) if rest else [_Reading()]
    before = [w.lower() for w in v.words[: v.head]]
    last = f"prep:{v.words[-1].lower()}" if len(v.words) > v.head + 1 else ""
    for r in readings:
        r.conds += [Condition("mod", frozenset({w})) for w in before]
        if last and Condition(last) in r.conds:
            r.open_prep = last
    return readings


def _tidy(conds: list[Condition]) -> tuple[Condition, ...]:
    """Conditions without repeats, and without a bare slot condition where the slot also names words."""
    named = {c.slot for c in conds if c.words}
    return tuple(dict.fromkeys(c for c in conds if c.words or c.slot not in named))


@dataclass(slots=True)
class _VerbEntry:
    """A verb of a family with its lemma and what a multi-word verb adds (readings)."""

    verb: Verb
    key: str  # go_by
    lemma: str
    readings: list[_Reading]  # empty: the verb itself cannot be said
    plain: bool  # a one-word verb: adds no condition


def _entries(fam: Family, lex: Lexicon, conflicts: Counter) -> list[_VerbEntry]:
    out: list[_VerbEntry] = []
    seen: set = set()
    for v in fam.verbs:
        lemma = lex.lemma(v.word, fam)
        ident = (lemma, v.words[: v.head], v.words[v.head + 1:])
        if ident in seen:  # the same verb written twice in a family (the first one's code counts)
            continue
        seen.add(ident)
        try:
            readings = _verb_reading(v, lex)
        except _Drop as exc:
            conflicts[f"verb {' '.join(v.words)}: {exc.reason}"] += 1
            readings = []
        out.append(_VerbEntry(v, "_".join(v.words).lower(), lemma, readings, len(v.words) == 1))
    return out


@dataclass(slots=True)
class _Builder:
    base: str
    book: dict
    patterns: list[Pattern] = field(default_factory=list)
    conflicts: Counter = field(default_factory=Counter)
    dropped: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)
    imported: int = 0
    blocking: int = 0
    paired: int = 0
    defaults: int = 0

    def emit(self, entry: _VerbEntry, line: int, rows, code: str, reverse: str) -> None:
        """Patterns of one verb from rows of (particle, conditions, target)."""
        rule, pid = f"{self.base}:{line}", f"{entry.key}@{line}"
        append = self.patterns.append
        for k, (particle, conds, target) in enumerate(rows, start=1):
            append(Pattern(pid if k == 1 else f"{pid}.{k}", entry.lemma, "VERB", particle, code, target, conds, "",
                           rule, reverse))

    def count_code(self, code: str, reverse: str) -> None:
        for c in (code, reverse):
            if c and c != NO_EVENT and c not in self.book:
                self.codes[c] += 1

    def defaults_of(self, fam: Family, entries: list[_VerbEntry]) -> None:
        """The pattern with no conditions of each verb whose own or family code is an event."""
        for e in entries:
            code = e.verb.code or fam.code
            if code.null or not e.readings:
                continue
            c, reverse, swap = pattern_code(code.forward, code.reverse)
            extra = (Condition("swap"),) if swap else ()
            rows = [(r.particle, _tidy([*r.conds, *extra]), DEFAULT_TARGET) for r in e.readings]
            self.emit(e, e.verb.line if e.verb.code else fam.line, rows, c, reverse)
            self.defaults += len(rows)
            self.count_code(c, reverse)

    def pattern(self, p: VerbPattern, entries: list[_VerbEntry], lex: Lexicon, seen: set) -> None:
        """The patterns of a ``-`` line for each verb of the family; ``seen`` holds the family's patterns
        so far: a pattern written twice in a family is made once."""
        try:
            shape = _shape(p, lex)
        except _Drop as exc:
            self.dropped[exc.reason] += 1
            return
        swap_cond = (Condition("swap"),)
        plain = [(r.particle, _tidy([*shape.subject, *r.conds, *(swap_cond if swap else ())]), target)
                 for r, target, swap in shape.readings]
        key = (tuple(plain), shape.code, shape.reverse)
        if key in seen:
            self._imported(shape)
            return
        seen.add(key)
        made = False
        for e in entries:
            rows = plain
            if not e.plain:
                try:
                    merged = [(vr.merge(r), _moved_slots(target, vr.open_prep), swap) for vr in e.readings
                              for r, target, swap in shape.readings]
                except _Drop as exc:
                    self.conflicts[exc.reason] += 1
                    continue
                rows = [(r.particle, _tidy([*shape.subject, *r.conds, *(swap_cond if swap else ())]), target)
                        for r, target, swap in merged]
            if rows:
                self.emit(e, p.line, rows, shape.code, shape.reverse)
                made = True
        if not made:
            self.dropped["no verb of the family can take it"] += 1
            return
        self._imported(shape)

    def _imported(self, shape: _Shape) -> None:
        self.imported += 1
        self.blocking += shape.code == NO_EVENT
        self.paired += bool(shape.reverse)
        self.count_code(shape.code, shape.reverse)


def translate(parsed: ParsedVerbs, path: str | None = None) -> tuple[PatternDictionary, ImportReport]:
    """The ``PatternDictionary`` of a parsed PETRARCH verb dictionary, and what was made of it."""
    path = path or parsed.path
    lex = Lexicon(parsed)
    b = _Builder(Path(path).name, load_codebook().codes)
    for fam in parsed.families:
        entries = _entries(fam, lex, b.conflicts)
        b.defaults_of(fam, entries)
        seen: set = set()
        for p in fam.patterns:
            b.pattern(p, entries, lex, seen)
    out = PatternDictionary(classes=dict(lex.classes))
    out.extend(b.patterns)
    out.version = hashlib.sha256(f"{parsed.digest}:{Path(path).name}".encode()).hexdigest()[:12]
    report = ImportReport(
        path, len(parsed.families), parsed.verbs, len(parsed.synsets), parsed.patterns, b.imported,
        len(b.patterns), b.defaults, b.blocking, b.paired, tuple(sorted(b.dropped.items())),
        tuple(sorted(b.conflicts.items())), tuple(sorted(b.codes.items())), len(parsed.transformations))
    log.info("%s", report.summary())
    for reason, n in report.dropped:
        log.info("%s: dropped %d patterns: %s", Path(path).name, n, reason)
    return out, report
