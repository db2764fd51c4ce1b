"""Read PETRARCH/TABARI verb dictionaries (CAMEO 2.0 style) into a small model, faithful to the file.

The format, as PETRARCH's ``PETRreader.read_verb_dictionary`` documents and reads it:

- Comments: ``<!-- ... -->`` (may span lines), and ``#`` or the legacy ``;`` to the end of the line
  (outside ``[...]``: the validation file has a code ``[###]``). Blank lines are skipped.
- Synsets: ``&NAME`` then ``+WORD`` / ``+MULTI WORD`` / ``+WORD_WORD`` lines; ``+&OTHER`` includes another
  synset. A trailing ``_`` on a member (or on the label) means "no generated plural".
- Verb families: ``---  ABANDON   [080]  ---`` opens a family whose default code is ``080`` (``[---]`` or no
  code: the isolated verb is no event). A header with two codes keeps the first, as PETRARCH does.
- Verb lines in a family: ``HURRY {HURRIES HURRYING HURRIED }`` (base form, then every inflected form when
  irregular), ``DOWNPLAY [014]`` (the verb's own default code), multi-word verbs ``+GO_BY {+WENT_BY ...}`` and
  ``KLM_NOP_+RST`` where ``+`` marks the word the parser sees as the verb (none: the first word).
- Patterns in a family, shared by all its verbs: ``- PRE-VERB * POST-VERB [CODE]  # comment``. Elements:
  a bare word (a noun head; ``A/B`` alternatives), ``&SYNSET``, ``{ARMS SHIPMENT}`` (a noun phrase, the last
  word its head), ``(TO BORDER)`` (a prepositional phrase: the preposition, then its objects), and the
  markers ``$`` (the source is here), ``+`` (the target is here), ``%`` (a compound actor, both source and
  target), ``^`` (skip a noun phrase). ``_`` joins words that must be consecutive (``IN_*``, ``*_OUT``).
- Codes: ``[042]``; ``[---]`` no event; ``[042:043]`` a paired event: 042 from source to target and 043
  back from target to source (``PETRARCH make_event_strings``); ``[:173]`` only the event back.
- Transformations ``~ a (a b ATTACK) SAY = a b 015`` (verb-of-verb rewrites) are kept as text.

Codes are kept verbatim (the validation file has WEIS codes and markers such as ``[+++]``); whether they
are CAMEO codes is the translation's business. Two slips in the real files are read the way their authors
meant them and reported as warnings: a stray closing bracket glued to the code (``... VISIT)[042:043]``)
is dropped with the text glued to it, and a family header with two codes keeps the first.

Errors are ``DictionaryError`` with ``path:line``:

===== =====================================================================
T150  a pattern line without a code ``[...]``
T151  unbalanced or misplaced brackets, braces or parentheses
T152  a malformed code (empty, blanks inside, two colons, pattern symbols)
T153  a reference to a synset that is never defined
T154  a ``+`` line outside a synset or a verb family
T155  a pattern line before any verb family
T156  a verb line before any verb family, or a malformed verb line
T157  a pattern without exactly one ``*`` (the verb) outside brackets
T158  more than one code on a pattern line, or text after the code
T159  a synset defined twice, or a synset that includes itself
T160  a ``<!--`` comment that is never closed
T161  an empty element: ``()``, ``{}``, a bare ``&``, or ``(`` not followed by a preposition
===== =====================================================================
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tidings.errors import DictionaryError

__all__ = [
    "NULL_CODE", "Code", "Term", "NounPhrase", "PrepPhrase", "Element", "VerbPattern", "Verb", "Family",
    "SynsetMember", "Synset", "Transformation", "ParsedVerbs", "parse_petrarch_verbs", "read_petrarch_verbs",
    "to_patterns", "load_petrarch_verbs",
]

log = logging.getLogger(__name__)

#: the code of a pattern that matches but gives no event
NULL_CODE = "---"
#: characters a code may not contain (beyond blanks): brackets and the pattern symbols
_CODE_FORBIDDEN = set("[](){}*&$%^:")
_MARKERS = {"$": "source", "+": "target", "%": "compound", "^": "skip"}


@dataclass(frozen=True, slots=True)
class Code:
    """``[042]`` -> ("042", ""); ``[042:043]`` -> ("042", "043"); ``[:173]`` -> ("", "173")."""

    forward: str
    reverse: str = ""

    @property
    def null(self) -> bool:
        """``[---]``: a match that is no event."""
        return self.forward == NULL_CODE and not self.reverse

    def __str__(self) -> str:
        return f"{self.forward}:{self.reverse}" if self.reverse else self.forward


@dataclass(frozen=True, slots=True)
class Term:
    """One item of a pattern: a word (``words`` holds its ``A/B`` alternatives), a synset (``words`` holds its
    name), or a marker (``source`` ``$``, ``target`` ``+``, ``compound`` ``%``, ``skip`` ``^``)."""

    kind: str  # word, synset, source, target, compound, skip
    words: tuple[str, ...] = ()
    joined: bool = False  # written with "_" after the previous item: the two must be consecutive

    @property
    def marker(self) -> bool:
        return self.kind in ("source", "target", "compound", "skip")


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """``{ARMS SHIPMENT}``: the last term is the head, the others modify it."""

    terms: tuple[Term, ...]

    @property
    def head(self) -> Term:
        return self.terms[-1]


@dataclass(frozen=True, slots=True)
class PrepPhrase:
    """``(TO BORDER)``, ``(TO)``, ``(TO +)``, ``(IN {ARMS DEPOT})``."""

    prep: Term
    objects: tuple[Term | NounPhrase, ...] = ()


Element = Term | NounPhrase | PrepPhrase


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """One ``-`` line: the elements before and after the verb (``*``), in text order, and the code."""

    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: Code
    line: int
    rule: str  # basename:line
    star_joined: bool = False  # ``IN_*``: the verb must directly follow the last element before it


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb of a family. ``words[head]`` is the verb; the other words are the rest of a multi-word verb.
    ``forms`` are the inflected forms of the verb word given in ``{...}`` (empty: regular)."""

    words: tuple[str, ...]
    head: int
    forms: tuple[str, ...]
    code: Code | None
    line: int

    @property
    def word(self) -> str:
        return self.words[self.head]


@dataclass(frozen=True, slots=True)
class Family:
    """A verb family (synonym block): its default code, verbs and the patterns they share."""

    name: str
    code: Code
    verbs: tuple[Verb, ...]
    patterns: tuple[VerbPattern, ...]
    line: int


@dataclass(frozen=True, slots=True)
class SynsetMember:
    """A ``+`` line of a synset: a phrase (``words``) or another synset (``ref``)."""

    words: tuple[str, ...]
    ref: str = ""
    plural: bool = True  # PETRARCH generates a plural unless the member or the label ends with "_"
    line: int = 0


@dataclass(frozen=True, slots=True)
class Synset:
    name: str
    members: tuple[SynsetMember, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Transformation:
    """``~ a (a b ATTACK) SAY = a b 015``: kept as written."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class ParsedVerbs:
    path: str
    synsets: dict[str, Synset] = field(default_factory=dict)
    families: tuple[Family, ...] = ()
    transformations: tuple[Transformation, ...] = ()
    warnings: tuple[tuple[str, int, str], ...] = ()  # (code, line, message) of each slip read past
    digest: str = ""  # content hash of the text

    def phrases(self, name: str) -> tuple[SynsetMember, ...]:
        """The phrases of a synset, included synsets expanded (in file order)."""
        out: list[SynsetMember] = []
        for m in self.synsets[name].members:
            out.extend(self.phrases(m.ref) if m.ref else (m,))
        return tuple(out)

    @property
    def verbs(self) -> int:
        return sum(len(f.verbs) for f in self.families)

    @property
    def patterns(self) -> int:
        return sum(len(f.patterns) for f in self.families)


# -- lines and comments ----------------------------------------------------------------------------

#: what ends the content of a line: a comment start outside a [...] code (the code itself is skipped)
_COMMENT = re.compile(r"\[[^\]]*\]|<!--|[#;]")


def _logical_lines(text: str, path: str) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of each line with content, comments removed."""
    in_comment = 0  # line where an open <!-- started
    for no, raw in enumerate(text.splitlines(), start=1):
        out: list[str] = []
        i = 0
        while i < len(raw):
            if in_comment:
                end = raw.find("-->", i)
                if end < 0:
                    break
                in_comment, i = 0, end + 3
                continue
            m = next((m for m in _COMMENT.finditer(raw, i) if m.group()[0] != "["), None)
            if m is None:
                out.append(raw[i:])
                break
            out.append(raw[i:m.start()])
            if m.group() != "<!--":
                break
            in_comment, i = no, m.end()
        line = "".join(out).strip()
        if line:
            yield no, line
    if in_comment:
        raise DictionaryError("T160", "expected '-->' closing the comment opened here", path, in_comment)


# -- codes -----------------------------------------------------------------------------------------

def _code(raw: str, path: str, no: int) -> Code:
    forward, colon, reverse = raw.strip().partition(":")
    bad = (not raw.strip() or any(ch.isspace() for ch in raw.strip()) or ":" in reverse
           or (colon and not forward and not reverse)
           or any(ch in _CODE_FORBIDDEN for ch in forward + reverse))
    if bad:
        raise DictionaryError("T152", f"expected a code like [042], [---] or [042:043], got [{raw}]", path, no)
    return Code(forward, reverse)


_CODE_GROUP = re.compile(r"\[([^\[\]]*)\]")


# -- patterns --------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Tok:
    text: str
    joined: bool


def _merge_synsets(seq: list[str], names: set[str]) -> list[str]:
    """Join ``&A``, ``_``, ``B`` items back into ``&A_B`` where that names a synset: the longest known name
    wins (``&FIGHT_OF_WORDS``), so ``&TIETYPES_MEMOS`` stays ``&TIETYPES`` joined to ``MEMOS``."""
    out: list[str] = []
    i = 0
    while i < len(seq):
        item = seq[i]
        if item.startswith("&"):
            j = i
            while j + 2 < len(seq) and seq[j + 1] == "_" and seq[j + 2] not in "(){}*_":
                j += 2
            while j > i and "".join(seq[i:j + 1])[1:] not in names:
                j -= 2
            item = "".join(seq[i:j + 1])
            i = j
        out.append(item)
        i += 1
    return out


def _tokens(text: str, names: set[str]) -> list[_Tok]:
    """Words, markers and the brackets ``( ) { } *`` of a pattern; ``joined`` where ``_`` links an item to the
    previous one. A trailing ``_`` (``OFF_``, ``WAS_ *``) only said "exact word" to TABARI and is dropped."""
    out: list[_Tok] = []
    for chunk in text.split():
        seq = _merge_synsets(re.findall(r"[(){}*_]|[^(){}*_]+", chunk), names)
        join, seen = False, False
        for item in seq:
            if item == "_":
                join = seen
                continue
            out.append(_Tok(item, join))
            join, seen = False, True
    return out


def _term(tok: _Tok, names: set[str], path: str, no: int) -> Term:
    if tok.text in _MARKERS:
        return Term(_MARKERS[tok.text], (), tok.joined)
    if tok.text.startswith("&"):
        name = tok.text[1:]
        if not name:
            raise DictionaryError("T161", "expected a synset name after '&'", path, no)
        if name not in names:
            raise _UnknownSynset(name)
        return Term("synset", (name,), tok.joined)
    words = tuple(w for w in tok.text.split("/") if w)
    return Term("word", words or (tok.text,), tok.joined)


class _Unbalanced(DictionaryError):
    """An unmatched closing bracket: recoverable when it is glued to the code."""


class _UnknownSynset(Exception):
    """A pattern naming an undefined synset: PETRARCH ignores the pattern."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _elements(toks: list[_Tok], names: set[str], path: str, no: int) -> tuple[list, int, bool]:
    """Top-level elements, the index of ``*`` among them, and whether ``*`` is joined to what precedes it."""
    top: list = []
    group: list | None = None  # items of an open "(" ... ")"
    phrase: list | None = None  # terms of an open "{" ... "}"
    stars: list[tuple[int, bool]] = []
    for tok in toks:
        t = tok.text
        if t == "(":
            if group is not None or phrase is not None:
                raise DictionaryError("T151", "expected ')' before a new '(': phrases do not nest", path, no)
            group = []
        elif t == ")":
            if group is None or phrase is not None:
                raise _Unbalanced("T151", "unmatched ')'; expected '(' before it", path, no)
            top.append(_prep_phrase(group, path, no))
            group = None
        elif t == "{":
            if phrase is not None:
                raise DictionaryError("T151", "expected '}' before a new '{'", path, no)
            phrase = []
        elif t == "}":
            if phrase is None:
                raise _Unbalanced("T151", "unmatched '}'; expected '{' before it", path, no)
            if not phrase:
                raise DictionaryError("T161", "expected words inside '{}'", path, no)
            (group if group is not None else top).append(NounPhrase(tuple(phrase)))
            phrase = None
        elif t == "*":
            if group is not None or phrase is not None:
                raise DictionaryError("T157", "expected the verb '*' outside brackets", path, no)
            stars.append((len(top), tok.joined))
        else:
            term = _term(tok, names, path, no)
            (phrase if phrase is not None else group if group is not None else top).append(term)
    if group is not None or phrase is not None:
        raise DictionaryError("T151", f"expected '{')' if group is not None else '}'}' closing the phrase",
                              path, no)
    if len(stars) != 1:
        raise DictionaryError("T157", f"expected exactly one '*' (the verb), found {len(stars)}", path, no)
    return top, stars[0][0], stars[0][1]


def _prep_phrase(items: list, path: str, no: int) -> PrepPhrase:
    if not items or not isinstance(items[0], Term) or items[0].kind != "word":
        raise DictionaryError("T161", "expected a preposition after '('", path, no)
    return PrepPhrase(items[0], tuple(items[1:]))


def _pattern(line: str, no: int, names: set[str], path: str, warn) -> VerbPattern | None:
    """The pattern of a ``-`` line, or None for a pattern PETRARCH ignores (an undefined synset)."""
    try:
        return _read_pattern(line, no, names, path, warn)
    except _UnknownSynset as exc:
        warn("T153", no, f"unknown synset &{exc.name}; expected one defined with '&{exc.name}' lines (pattern "
             "ignored, as PETRARCH does)")
        return None


def _read_pattern(line: str, no: int, names: set[str], path: str, warn) -> VerbPattern:
    body = line[1:]
    groups = list(_CODE_GROUP.finditer(body))
    if not groups:
        if "[" in body or "]" in body:
            raise DictionaryError("T151", "expected a code in matching brackets like [042]", path, no)
        raise DictionaryError("T150", "expected a code like [042] at the end of the pattern", path, no)
    if len(groups) > 1:
        raise DictionaryError("T158", f"expected one code per pattern, found {len(groups)}", path, no)
    m = groups[0]
    if body[m.end():].strip():
        raise DictionaryError("T158", f"expected nothing after the code, got {body[m.end():].strip()!r}", path, no)
    code = _code(m.group(1), path, no)
    text = body[: m.start()]
    if "[" in text or "]" in text:
        raise DictionaryError("T151", "expected brackets [...] only around the code", path, no)
    try:
        top, star, star_joined = _elements(_tokens(text, names), names, path, no)
    except _Unbalanced:
        glued = text.split()[-1] if text and not text[-1].isspace() else ""
        if not glued or not set(glued) & set(")}"):
            raise
        # "- * VENTURE (WITH VISIT)   VISIT)[042:043]": an editing slip glued to the code
        warn("T151", no, f"dropped {glued!r} glued to the code: an unmatched closing bracket")
        top, star, star_joined = _elements(_tokens(text[: text.rstrip().rfind(glued)], names), names, path, no)
    return VerbPattern(tuple(top[:star]), tuple(top[star:]), code, no, f"{_basename(path)}:{no}",
                       star_joined=star_joined)


@lru_cache(maxsize=8)
def _basename(path: str) -> str:
    return Path(path).name


# -- verbs, families, synsets ----------------------------------------------------------------------

def _verb(line: str, no: int, path: str) -> Verb:
    text = line
    forms: tuple[str, ...] = ()
    if "{" in text or "}" in text:
        m = re.search(r"\{([^{}]*)\}", text)
        if not m or text.count("{") != 1 or text.count("}") != 1:
            raise DictionaryError("T151", "expected one {...} list of forms after the verb", path, no)
        forms = tuple(_form(f) for f in re.split(r"[\s,]+", m.group(1)) if f)
        text = text[: m.start()] + " " + text[m.end():]
    codes = list(_CODE_GROUP.finditer(text))
    if len(codes) > 1:
        raise DictionaryError("T158", f"expected at most one code for a verb, found {len(codes)}", path, no)
    code = _code(codes[0].group(1), path, no) if codes else None
    if codes:
        text = text[: codes[0].start()] + " " + text[codes[0].end():]
    if "[" in text or "]" in text:
        raise DictionaryError("T151", "expected the verb's code in matching brackets like [042]", path, no)
    words = [w for w in re.split(r"[\s_]+", text) if w]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    if not words or len(marked) > 1 or any(not w.lstrip("+") for w in words):
        raise DictionaryError("T156", f"expected a verb like 'HURRY', '+GO_BY' or 'RE_+ARREST', got {line!r}",
                              path, no)
    return Verb(tuple(w.lstrip("+") for w in words), marked[0] if marked else 0, forms, code, no)


def _form(form: str) -> str:
    """The verb word of an inflected form: ``+WENT_BY`` -> ``WENT``, ``WIRE_+TAPPED`` -> ``TAPPED``."""
    words = [w for w in form.split("_") if w]
    marked = [w for w in words if w.startswith("+")]
    return (marked[0] if marked else words[0]).lstrip("+")


def _family_header(line: str, no: int, path: str, warn) -> tuple[str, Code]:
    rest = line[3:].strip().rstrip("-").strip()
    codes = list(_CODE_GROUP.finditer(rest))
    name = " ".join(_CODE_GROUP.sub(" ", rest).split())
    if "[" in name or "]" in name:
        raise DictionaryError("T151", "expected the family code in matching brackets like [080]", path, no)
    if len(codes) > 1:
        warn("T158", no, f"family header has {len(codes)} codes; the first is the default, as PETRARCH reads it")
    return name, _code(codes[0].group(1), path, no) if codes else Code(NULL_CODE)


def _member(line: str, no: int, plurals: bool, names: set[str], path: str) -> SynsetMember:
    text = line[1:].strip()
    if text.startswith("&"):
        name = text[1:].rstrip("_")
        if name not in names:
            raise DictionaryError("T153", f"unknown synset &{name}; expected one defined with '&{name}' lines",
                                  path, no)
        return SynsetMember((), name, plurals, no)
    words = tuple(w for w in re.split(r"[\s_]+", text) if w)
    if not words:
        raise DictionaryError("T161", "expected a word or phrase after '+'", path, no)
    return SynsetMember(words, "", plurals and not text.endswith("_"), no)


def _synset_label(line: str, no: int, path: str) -> tuple[str, bool]:
    label = line[1:].strip()
    if not label or " " in label:
        raise DictionaryError("T161", f"expected a synset label like '&CURRENCY', got {line!r}", path, no)
    return label.rstrip("_"), not label.endswith("_")


# -- the reader ------------------------------------------------------------------------------------

@dataclass(slots=True)
class _OpenFamily:
    name: str
    code: Code
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)

    def close(self) -> Family:
        return Family(self.name, self.code, tuple(self.verbs), tuple(self.patterns), self.line)


def parse_petrarch_verbs(text: str, path: str, strict: bool = False) -> ParsedVerbs:
    """Parse the text of a PETRARCH verb dictionary; ``path`` is used in messages and rules.

    The slips PETRARCH reads past (see the module docstring) are logged and kept in ``warnings``;
    ``strict`` raises them as errors instead.
    """
    lines = list(_logical_lines(text, path))
    names: dict[str, int] = {}
    for no, line in lines:
        if line.startswith("&"):
            name, _ = _synset_label(line, no, path)
            if name in names:
                raise DictionaryError("T159", f"synset &{name} is defined twice (first at line {names[name]}); "
                                      "expected one definition per name", path, no)
            names[name] = no
    known = set(names)
    warnings: list[tuple[str, int, str]] = []

    def warn(code: str, no: int, message: str) -> None:
        if strict:
            raise DictionaryError(code, message, path, no)
        warnings.append((code, no, message))
        log.warning("[%s] %s at %s:%d", code, message, path, no)

    synsets: dict[str, Synset] = {}
    families: list[Family] = []
    transformations: list[Transformation] = []
    family: _OpenFamily | None = None
    synset: tuple[str, bool, int, list[SynsetMember]] | None = None
    for no, line in lines:
        if synset is not None and not line.startswith("+"):
            synsets[synset[0]] = Synset(synset[0], tuple(synset[3]), synset[2])
            synset = None
        if line.startswith("---"):
            if family is not None:
                families.append(family.close())
            name, code = _family_header(line, no, path, warn)
            family = _OpenFamily(name, code, no)
        elif line.startswith("-"):
            if family is None:
                raise DictionaryError("T155", "expected a verb family '--- NAME [code] ---' before patterns",
                                      path, no)
            pattern = _pattern(line, no, known, path, warn)
            if pattern is not None:
                family.patterns.append(pattern)
        elif line.startswith("&"):
            name, plurals = _synset_label(line, no, path)
            synset = (name, plurals, no, [])
        elif line.startswith("+") and synset is not None:
            synset[3].append(_member(line, no, synset[1], known, path))
        elif line.startswith("~"):
            transformations.append(Transformation(line[1:].strip(), no))
        elif family is None:
            if line.startswith("+"):
                raise DictionaryError("T154", "expected a '+' line inside a synset (after '&NAME') or a verb "
                                      "family", path, no)
            raise DictionaryError("T156", "expected a verb family '--- NAME [code] ---' before verbs", path, no)
        else:
            family.verbs.append(_verb(line, no, path))
    if synset is not None:
        synsets[synset[0]] = Synset(synset[0], tuple(synset[3]), synset[2])
    if family is not None:
        families.append(family.close())
    _check_cycles(synsets, path)
    digest = hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:12]
    return ParsedVerbs(path, synsets, tuple(families), tuple(transformations), tuple(warnings), digest)


def _check_cycles(synsets: dict[str, Synset], path: str) -> None:
    def visit(name: str, trail: tuple[str, ...]) -> None:
        for m in synsets[name].members:
            if m.ref in trail:
                raise DictionaryError("T159", f"synset &{m.ref} includes itself (via &{name}); expected synsets "
                                      "that do not include each other", path, m.line)
            if m.ref:
                visit(m.ref, (*trail, m.ref))

    for name in synsets:
        visit(name, (name,))


def read_petrarch_verbs(path: str | Path, strict: bool = False) -> ParsedVerbs:
    """Read and parse a verb dictionary file (UTF-8; undecodable bytes are replaced)."""
    p = Path(path)
    return parse_petrarch_verbs(p.read_text(encoding="utf-8", errors="replace"), str(p), strict)


def to_patterns(parsed: ParsedVerbs, path: str | None = None):
    """Translate into tidings' ``PatternDictionary`` (see ``tidings.dictionaries.petrarch_patterns``)."""
    from tidings.dictionaries.petrarch_patterns import translate

    return translate(parsed, path or parsed.path)[0]


def load_petrarch_verbs(path: str | Path, reading: str = "sequence"):
    """Read a PETRARCH verb dictionary file straight into a ``PatternDictionary``. ``reading``:
    ``sequence`` (word sequences, as PETRARCH matches them: ``petrarch_sequences``) or ``slots`` (the
    words as dependency slots: ``petrarch_patterns``)."""
    parsed = read_petrarch_verbs(path)
    if reading == "slots":
        return to_patterns(parsed)
    from tidings.dictionaries.petrarch_sequences import sequence_patterns

    return sequence_patterns(parsed, str(path))[0]
