"""The event pattern dictionary: its model and the loader for tidings' own TSV files.

``verbs.tsv`` rows are ``id  trigger  code  target  when``:

- ``trigger``: a verb lemma (``attack``), a phrasal verb (``call+off``) or a noun (``arrest/N``).
- ``code``: the CAMEO code the pattern gives.
- ``target``: slots tried in order for the target (``obj``, ``iobj``, ``prep:with``...) or ``-``.
- ``when``: space-separated conditions, all of which must hold, or ``-``:
  ``obj=A|B`` (object lemma), ``prep:on`` (a prepositional object with "on"), ``prep:for=A|B``,
  ``xcomp=A|B`` (complement verb), ``prt=up`` (particle), ``mod=air`` (a modifier of the trigger
  itself), ``objmod=chemical`` / ``subjmod=peacekeeping`` (a modifier of the object or subject),
  ``mod:SLOT=A|B`` (a modifier of the token in any slot: ``mod:prep:in=air`` for "in an air raid"),
  ``subj=troop|force`` (the subject's lemma), ``to`` (an infinitival complement),
  ``swap`` (the target slots name the doer and the subject the one done to: "received jets from
  France"), ``speech`` (a verb of saying: a statement, coded only when its complement holds no other event; its
  target is the first other actor in the complement), ``refine=FAMILY`` (a complement event refines the code through
  ``complements.tsv``). ``@NAME`` in a value stands for a word class from ``classes.tsv``.

More conditions make a pattern more specific; the most specific matching pattern wins, then file order.
``complements.tsv`` rows are ``family  complement  code``: a governing pattern of that family whose
complement event has a code starting with ``complement`` takes ``code`` (longest prefix wins).

Two things only dictionaries imported from PETRARCH use (``tidings.dictionaries``), never verbs.tsv:
a pattern whose code is ``NO_EVENT`` (``---``) matches like any other but gives no event, so that a
context can block a verb ("averted an attack"); and ``Pattern.reverse_code`` names a second event from
the target back to the source (PETRARCH's paired codes ``[042:043]``: a visit made and hosted).
``Pattern.code`` is checked against the codebook by this TSV loader only; imported patterns keep their
dictionary's codes verbatim, and the event stage emits no event for a code outside the codebook.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path

from tidings.codebook import load_codebook
from tidings.errors import DictionaryError
from tidings.tsv import read_rows

__all__ = ["NO_EVENT", "Step", "Condition", "Pattern", "PatternDictionary", "load_builtin_patterns", "parse_patterns"]

#: the code of a pattern that blocks: it matches, and the match is no event
NO_EVENT = "---"

_SLOTS = ("obj", "iobj", "subj", "xsubj")
_NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "cannot"})
_COND_KEYS = ("obj", "xcomp", "refine", "prt", "mod", "objmod", "subjmod", "speech", "to", "swap", "compound")


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a word sequence: one of ``phrases`` (each a tuple of lower-case words), or, for a
    ``marker`` (``target``, ``source``, ``skip``), any one word, remembered as that role's place.
    ``joined``: directly after the previous step (or the trigger), no words between."""

    phrases: frozenset[tuple[str, ...]] = frozenset()
    joined: bool = False
    marker: str = ""
    firsts: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # first words, for speed

    def __post_init__(self) -> None:
        object.__setattr__(self, "firsts", frozenset(p[0] for p in self.phrases if p))


@dataclass(frozen=True, slots=True)
class Condition:
    """``slot`` must be present; when ``words`` is not empty its lemma must be one of them.

    The slots ``before`` and ``after`` hold ``steps`` instead: a word sequence found, in order and with
    other words allowed between steps that are not ``joined``, among the words of the trigger's phrase
    before it (its subject, auxiliaries, negation) or after it (objects, prepositional phrases,
    complements). This is how imported PETRARCH/TABARI patterns ("- NOT * FULL_DIPLOMATIC TIES (WITH +)")
    are matched."""

    slot: str
    words: frozenset[str] = frozenset()
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    lemma: str
    pos: str  # VERB or NOUN
    particle: str
    code: str
    target: tuple[str, ...]
    conditions: tuple[Condition, ...]
    refine: str
    rule: str  # file:line
    reverse_code: str = ""  # a second event, target -> source, with this code (paired PETRARCH codes)
    nominal: bool = False  # a verb's pattern taken by its event noun (nominals.tsv)

    @property
    def swap(self) -> bool:
        return any(c.slot == "swap" for c in self.conditions)

    @property
    def reads_negation(self) -> bool:
        """The pattern's words before the trigger include a negation ("- NOT * ...", "- &NEGATVAUXVRB *"):
        its code already says what the negated act is, so the event is not marked negated again."""
        return any(c.slot == "before" and any(w in _NEGATIONS for st in c.steps for p in st.phrases for w in p)
                   for c in self.conditions)

    @property
    def compound(self) -> bool:
        """PETRARCH's ``%``: coordinated subjects act on each other ("X and Y agree": X->Y, Y->X)."""
        return any(c.slot == "compound" for c in self.conditions)

    @property
    def speech(self) -> bool:
        return any(c.slot == "speech" for c in self.conditions)

    @property
    def specificity(self) -> int:
        # a condition naming words says more than one that only asks for a slot
        return sum(3 * sum(1 for st in c.steps if not st.marker) + sum(1 for st in c.steps if st.marker)
                   if c.steps else 3 if c.words else 2 for c in self.conditions) + (1 if self.particle else 0)


@dataclass(slots=True)
class PatternDictionary:
    """Patterns by (lemma, pos), most specific first; complement refinements by family."""

    by_trigger: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)
    complements: dict[str, dict[str, str]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    version: str = ""
    #: event nouns that take their verb's patterns (nominals.tsv): "recognition" -> "recognize"
    nominals: dict[str, str] = field(default_factory=dict)
    _derived: dict[str, list[Pattern]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, pattern: Pattern) -> None:
        self.extend((pattern,))

    def extend(self, patterns: Iterable[Pattern]) -> None:
        """Add patterns in order; each trigger's group is sorted once (same order as adding one by one)."""
        touched: set[tuple[str, str]] = set()
        for pattern in patterns:
            key = (pattern.lemma, pattern.pos)
            self.by_trigger.setdefault(key, []).append(pattern)
            touched.add(key)
        self._derived.clear()
        for key in touched:  # stable: file order within equal specificity
            self.by_trigger[key].sort(key=lambda p: -p.specificity)

    def patterns(self, lemma: str, pos: str) -> list[Pattern]:
        own = self.by_trigger.get((lemma, pos), [])
        if pos != "NOUN" or lemma not in self.nominals:
            return own
        derived = self._derived.get(lemma)
        if derived is None:
            derived = self._derived[lemma] = own + _nominalized(lemma, self.by_trigger.get(
                (self.nominals[lemma], "VERB"), []))
        return derived

    def refine(self, family: str, complement_code: str) -> str | None:
        table = self.complements.get(family, {})
        for n in range(len(complement_code), 1, -1):
            if complement_code[:n] in table:
                return table[complement_code[:n]]
        return None

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_trigger.values())


#: where an event noun names the one it is done to besides its "of" phrase (the verb's object): "Spain's
#: support for Morocco", "the delivery of wheat to Somalia", "sanctions against Mali", "cooperation with Chad"
_NOUN_TARGETS = ("prep:to", "prep:for", "prep:against", "prep:with", "prep:on", "prep:toward", "prep:towards")


def _nominalized(noun: str, verb_patterns: list[Pattern]) -> list[Pattern]:
    """A verb's patterns as the patterns of its event noun. Verbs of saying are left out: a noun of saying
    ("the statement") reports nothing done."""
    out = []
    for p in verb_patterns:
        if p.speech or p.particle or any(c.steps for c in p.conditions):
            continue
        target = p.target + tuple(s for s in _NOUN_TARGETS if s not in p.target)
        out.append(replace(p, id=f"{noun}.n<{p.id}", lemma=noun, pos="NOUN", target=target, nominal=True))
    return out


def _lines(text: str, path: str, header: list[str]):
    return read_rows(text, path, header, ("T120", "T121"))


def _words(value: str, classes: dict[str, frozenset[str]], path: str, no: int) -> frozenset[str]:
    out: set[str] = set()
    for w in value.split("|"):
        if w.startswith("@"):
            if w[1:] not in classes:
                raise DictionaryError("T122", f"unknown word class {w!r}; expected one from classes.tsv", path, no)
            out |= classes[w[1:]]
        elif w:
            out.add(w.lower())
    return frozenset(out)


def _slot_ok(slot: str) -> bool:
    return slot in _SLOTS or (slot.startswith("prep:") and len(slot) > 5)


def _cond_ok(key: str) -> bool:
    return _slot_ok(key) or key in _COND_KEYS or (key.startswith("mod:") and _slot_ok(key[4:]))


def _parse_when(when: str, classes, path: str, no: int) -> tuple[tuple[Condition, ...], str]:
    conds: list[Condition] = []
    refine = ""
    if when == "-":
        return (), ""
    for item in when.split():
        key, _, value = item.partition("=")
        if key == "refine":
            if not value:
                raise DictionaryError("T123", "expected refine=FAMILY with a family from complements.tsv", path, no)
            refine = value
            continue
        if not _cond_ok(key):
            raise DictionaryError(
                "T123", f"expected a condition like obj=..., prep:on, xcomp=..., refine=..., got {item!r}", path, no)
        conds.append(Condition(key, _words(value, classes, path, no) if value else frozenset()))
    return tuple(conds), refine


def parse_patterns(verbs: str, classes_text: str, complements: str, paths: tuple[str, str, str],
                   nominals: str = "", npath: str = "nominals.tsv") -> PatternDictionary:
    vpath, cpath, mpath = paths
    book = load_codebook()
    out = PatternDictionary()
    for _no, (name, words) in _lines(classes_text, cpath, ["name", "words"]):
        out.classes[name] = frozenset(w.strip().lower() for w in words.split("|") if w.strip())
    for no, (family, comp, code) in _lines(complements, mpath, ["family", "complement", "code"]):
        if code not in book.codes or not comp.isdigit():
            raise DictionaryError("T124", f"expected a complement prefix and a CAMEO code, got {comp!r} {code!r}",
                                  mpath, no)
        out.complements.setdefault(family, {})[comp] = code
    seen: set[str] = set()
    base = Path(vpath).name
    for no, (pid, trigger, code, target, when) in _lines(verbs, vpath, ["id", "trigger", "code", "target", "when"]):
        if pid in seen:
            raise DictionaryError("T125", f"duplicate pattern id {pid!r}", vpath, no)
        seen.add(pid)
        if code not in book.codes:
            raise DictionaryError("T126", f"expected a CAMEO code, got {code!r}", vpath, no)
        word, _, pos = trigger.partition("/")
        lemma, _, particle = word.partition("+")
        if pos not in ("", "N") or not lemma:
            raise DictionaryError("T127", f"expected a trigger like 'attack', 'call+off' or 'arrest/N', got "
                                  f"{trigger!r}", vpath, no)
        slots = () if target == "-" else tuple(s for s in target.split(",") if s)
        if not all(_slot_ok(s) for s in slots):
            raise DictionaryError("T128", f"expected target slots like obj,prep:with or '-', got {target!r}",
                                  vpath, no)
        conds, refine = _parse_when(when, out.classes, vpath, no)
        if refine and refine not in out.complements:
            raise DictionaryError("T129", f"unknown refine family {refine!r}; expected one from complements.tsv",
                                  vpath, no)
        out.add(Pattern(pid, lemma.lower(), "NOUN" if pos == "N" else "VERB", particle.lower(), code, slots,
                        conds, refine, f"{base}:{no}"))
    for no, (noun, verb) in (_lines(nominals, npath, ["noun", "verb"]) if nominals else ()):
        if (verb.lower(), "VERB") not in out.by_trigger:
            raise DictionaryError("T130", f"expected a verb with patterns in verbs.tsv, got {verb!r}", npath, no)
        out.nominals[noun.lower()] = verb.lower()
    digest = hashlib.sha256("\0".join((verbs, classes_text, complements, nominals)).encode())
    out.version = digest.hexdigest()[:12]
    return out


@cache
def load_builtin_patterns() -> PatternDictionary:
    """The packaged pattern dictionary, loaded once per process."""
    pkg = resources.files("tidings.events").joinpath("data")
    files = [pkg.joinpath(n) for n in ("verbs.tsv", "classes.tsv", "complements.tsv", "nominals.tsv")]
    texts = [f.read_text(encoding="utf-8") for f in files]
    return parse_patterns(texts[0], texts[1], texts[2], tuple(str(f) for f in files[:3]), texts[3], str(files[3]))
