"""Import PETRARCH issue lists (``Phoenix.IssueCoding.txt``): phrases that tag a sentence with an issue.

::

    <ISSUE CATEGORY="HARBOURS" TYPE="ALL">   a section; its category is kept with each phrase
    n:lighthouse [LIGHTHOUSES]  n: the word and its plural (lighthouse, lighthouses)
    v:dredge [DREDGING]         v: the regular verb forms (dredge, dredges, dredged, dredging)
    sea+wall [SEA_DEFENCE]      +: both "sea wall" and "sea-wall"
    ~buoy market                ignore: this phrase cancels the section's issues in the sentence
    ~~harbour festival          ignore for the whole story
    </ISSUE>

Phrases are kept lower-cased as word tuples, one per expanded form. Plurals follow
``petrarch_text.plural``; verb forms add -s/-es, -d after e (else -ed) and -ing (dropping a final e).
Errors: T142 unbalanced ``[ ]``, T144 a bad issue code (letters, digits, _ and -), T148 a line that is
not a phrase with a code, an ignore or a matching ``<ISSUE>``/``</ISSUE>`` tag, T149 a phrase with no words.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from tidings.dictionaries.petrarch_text import Report, bracket_blocks, content_lines, plural
from tidings.errors import DictionaryError

__all__ = ["IssuePhrase", "Issues", "parse_petrarch_issues", "read_petrarch_issues"]

log = logging.getLogger(__name__)

_OPEN = re.compile(r'<ISSUE((?:\s+\w+="[^"]*")*)\s*>', re.IGNORECASE)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODE = re.compile(r"[A-Z0-9_-]+")


@dataclass(frozen=True, slots=True)
class IssuePhrase:
    """One expanded form: its words, the issue code ("" for an ignore), its section and where it is."""

    words: tuple[str, ...]
    code: str
    category: str
    rule: str
    ignore: str = ""  # "sentence" (~) or "story" (~~) for ignore phrases


@dataclass(frozen=True, slots=True)
class Issues:
    """The phrases of an issue file in file order; ``codes()`` groups them by issue code."""

    phrases: tuple[IssuePhrase, ...] = ()

    def codes(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Issue code -> its phrases (word tuples), in file order, without ignores."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for p in self.phrases:
            if p.code:
                out.setdefault(p.code, []).append(p.words)
        return {code: tuple(words) for code, words in out.items()}

    def ignores(self) -> tuple[IssuePhrase, ...]:
        return tuple(p for p in self.phrases if p.ignore)


def _verb_forms(word: str) -> tuple[str, ...]:
    third = word + "es" if word.endswith(("s", "x", "z", "ch", "sh")) else word + "s"
    if word.endswith("e"):
        return word, third, word + "d", word[:-1] + "ing"
    return word, third, word + "ed", word + "ing"


def _word_forms(token: str) -> tuple[str, ...]:
    """``n:school`` -> school, schools; ``pre-n:school`` -> pre-school, pre-schools; other words as they are."""
    for mark, forms in (("n:", lambda w: (w, plural(w))), ("v:", _verb_forms)):
        if mark in token:
            head, _, word = token.partition(mark)
            return tuple(head + f for f in forms(word))
    return (token,)


def expand(phrase: str, path: str, no: int) -> list[tuple[str, ...]]:
    """Every word tuple a phrase stands for, in order (``+`` first, then ``n:``/``v:``)."""
    pieces = phrase.lower().split("+")
    bases = [pieces[0] + "".join(sep + piece for sep, piece in zip(seps, pieces[1:], strict=True))
             for seps in itertools.product(" -", repeat=len(pieces) - 1)]
    out = []
    for base in bases:
        tokens = base.split()
        if not tokens:
            raise DictionaryError("T149", f"expected an issue phrase with at least one word, got {phrase!r}", path, no)
        for bad in (t for t in tokens if ":" in t and "n:" not in t and "v:" not in t):
            raise DictionaryError("T148", f"unknown expansion in {bad!r}; expected n: or v: before a word", path, no)
        out.extend(itertools.product(*(_word_forms(t) for t in tokens)))
    return out


def parse_petrarch_issues(text: str, path: str, *, skipped: list[DictionaryError] | None = None) -> Issues:
    """The phrases of one issue file. ``skipped``: see ``tidings.dictionaries.petrarch_text``."""
    report = Report(skipped)
    base = Path(path).name
    phrases: list[IssuePhrase] = []
    category, opened = "", 0
    for no, line in content_lines(text, path, report):
        body = line.strip()
        try:
            if body.upper().startswith("<ISSUE"):
                match = _OPEN.fullmatch(body)
                if match is None or opened:
                    why = "a section inside another" if opened else "a malformed tag"
                    raise DictionaryError("T148", f"{why}: {body!r}; expected <ISSUE CATEGORY=\"...\"> after "
                                          "the previous section's </ISSUE>", path, no)
                category, opened = dict(_ATTR.findall(match.group(1))).get("CATEGORY", ""), no
            elif body.upper().startswith("</ISSUE"):
                if not opened or body.upper() != "</ISSUE>":
                    raise DictionaryError("T148", f"{body!r} closes no section; expected <ISSUE ...> before it",
                                          path, no)
                category, opened = "", 0
            elif body.startswith("~"):
                scope = "story" if body.startswith("~~") else "sentence"
                for words in expand(body.lstrip("~"), path, no):
                    phrases.append(IssuePhrase(words, "", category, f"{base}:{no}", scope))
            else:
                phrases.extend(_coded(body, category, f"{base}:{no}", path, no))
        except DictionaryError as error:
            report(error)
    if opened:
        report(DictionaryError("T148", "<ISSUE> section never closed; expected </ISSUE>", path, opened))
    log.debug("%s: %d issue phrases", path, len(phrases))
    return Issues(tuple(phrases))


def _coded(body: str, category: str, rule: str, path: str, no: int) -> list[IssuePhrase]:
    at = body.find("[")
    if at < 0:
        raise DictionaryError("T148", f"{body!r} has no code; expected 'phrase [CODE]', '~phrase' or an <ISSUE> tag",
                              path, no)
    blocks = bracket_blocks(body[at:], path, no)
    if len(blocks) != 1:
        raise DictionaryError("T148", f"expected one [CODE] after the phrase, got {len(blocks)}", path, no)
    code = blocks[0].strip().upper()
    if not _CODE.fullmatch(code):
        raise DictionaryError("T144", f"expected an issue code of letters, digits, _ and -, got {blocks[0]!r}",
                              path, no)
    return [IssuePhrase(words, code, category, rule) for words in expand(body[:at], path, no)]


def read_petrarch_issues(path: str | Path, *, skipped: list[DictionaryError] | None = None) -> Issues:
    """Read an issue file (UTF-8)."""
    return parse_petrarch_issues(Path(path).read_text(encoding="utf-8"), str(path), skipped=skipped)
