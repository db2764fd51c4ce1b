"""Word sequences around a trigger: the matcher of ``before``/``after`` conditions (see ``Condition``).

A trigger's phrase is read the way TABARI and PETRARCH read a verb phrase: ``before`` is the words of
the trigger's dependents to its left (subject, auxiliaries, negation, adverbs), ``after`` the words of its
dependents to its right (objects, prepositional phrases, complements), leaving out clauses that only hang
from it (adverbial clauses, coordinated verbs, parataxis). Steps are found in order; words may come
between steps unless a step is ``joined``. Markers (``+`` target, ``$`` source, ``^`` skip) stand for any
one word and remember where they are, so the actor there can be taken as the target or the source; a
``before`` sequence ends with a ``verb`` marker, the trigger itself (joined: "IN_*").
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.patterns import Condition, Step

__all__ = ["region", "find", "holds", "marker_tokens"]

#: dependents that hang from a trigger without being part of its phrase
_OUTSIDE = frozenset({"advcl", "conj", "cc", "parataxis", "punct", "mark"})
#: a verb governed this way shares its governor's subject ("was seen to break", "hosting X to celebrate")
_CONTROLLED = frozenset({"xcomp", "advcl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def region(trigger: Token, side: str) -> list[Token]:
    """The words of the trigger's phrase on one side of it (``before`` or ``after``), in text order,
    punctuation left out. A verb with no subject of its own ("was seen to break in", "will be hosting X
    to celebrate") reads its governing verb and that verb's words before it as its own ``before``."""
    out: list[Token] = []
    for child in trigger.children:
        if child.dep_ in _OUTSIDE or (child.i < trigger.i) != (side == "before"):
            continue
        out.extend(t for t in child.subtree if not t.is_punct)  # "re-arrested": RE_+ARREST joins re and arrest
    if side == "before":
        tok = trigger
        while tok.dep_ in _CONTROLLED and tok.head.i < tok.i and not any(c.dep_ in _SUBJECTS for c in tok.children):
            head = tok.head
            out.append(head)
            for child in head.children:
                if child.i < head.i and child.dep_ not in _OUTSIDE:
                    out.extend(t for t in child.subtree if not t.is_punct)
            tok = head
    out.sort(key=lambda t: t.i)
    return out


def find(steps: tuple[Step, ...], words: list[str], start: int = 0, adjacent: bool = False) -> list[int] | None:
    """Start positions of each step in ``words`` (lower-case), or None. ``adjacent``: ``start`` is right
    after what came before (the trigger, or the previous step), so a joined first step may start there."""
    if not steps:
        return []
    step, rest = steps[0], steps[1:]
    if step.joined and not adjacent:
        return None  # joined to a trigger that the phrase does not start right after
    last = start if step.joined else len(words) - 1
    for i in range(start, min(last, len(words) - 1) + 1):
        if step.marker == "verb" and i != len(words) - 1:
            continue  # the trigger closes a "before" sequence: it is the last word
        if step.marker:
            tail = find(rest, words, i + 1, True)
            if tail is not None:
                return [i, *tail]
            continue
        if words[i] not in step.firsts:
            continue
        for phrase in step.phrases:
            if tuple(words[i : i + len(phrase)]) == phrase:
                tail = find(rest, words, i + len(phrase), True)
                if tail is not None:
                    return [i, *tail]
    return None


def _words(tokens: list[Token]) -> list[str]:
    return [t.lower_ for t in tokens]


def _tokens(cond: Condition, trigger: Token) -> tuple[list[Token], bool]:
    """The words a condition is matched on, and whether they start right after the trigger. ``before``
    ends with the trigger itself, which its ``verb`` marker step stands for."""
    tokens = region(trigger, cond.slot)
    if cond.slot == "before":
        return [*tokens, trigger], False
    return tokens, bool(tokens) and tokens[0].i == trigger.i + 1


def holds(cond: Condition, trigger: Token, cache: dict | None = None) -> bool:
    """Does a ``before``/``after`` condition hold at this trigger? ``cache`` keeps the words of each side
    while the many patterns of one trigger are tried."""
    key = (trigger.i, cond.slot)
    found = cache.get(key) if cache is not None else None
    if found is None:
        tokens, adjacent = _tokens(cond, trigger)
        found = (_words(tokens), adjacent)
        if cache is not None:
            cache[key] = found
    words, adjacent = found
    return find(cond.steps, words, 0, adjacent) is not None


def marker_tokens(cond: Condition, trigger: Token, marker: str) -> list[Token]:
    """The tokens a marker stands for: from its place up to the next step's place (or the end)."""
    tokens, adjacent = _tokens(cond, trigger)
    found = find(cond.steps, _words(tokens), 0, adjacent)
    if found is None:
        return []
    for k, step in enumerate(cond.steps):
        if step.marker == marker:
            end = found[k + 1] if k + 1 < len(found) else len(tokens)
            return tokens[found[k] : max(end, found[k] + 1)]
    return []
