"""Event dates: the date expression governing an event's clause, resolved against the publication date.

Reads the parsed ``Doc``, the ``Article`` and the events of the events stage; writes the same events
with ``date``, ``date_text`` and ``date_reason`` filled. A weekday is resolved by tense: "on Friday"
in a past-tense clause of a report dated Saturday 2024-06-29 is 2024-06-28; in a future clause it is
the next Friday. Explicit dates ("June 3", "3 June 2024"), "yesterday", "today", "tomorrow",
"last/next week", "N days ago" are resolved too; otherwise the event takes the publication date.
The resolver is the timex stage's (``tidings.timex.resolve_expression``), so an event's date and the
article's ``dates`` agree on the same phrase.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Doc, Token

from tidings.nlp import doc_text, entity_at
from tidings.records import Article, Event
from tidings.timex import NUMBERS, RELATIVE_DAYS, is_future, resolve_expression

__all__ = ["date_events", "resolve_expression"]

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
#: the event's participants: a date inside them dates the thing, not the event ("the February 8 elections")
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "appos", "poss", "compound", "amod"})

def _date_phrase(trigger: Token) -> tuple[str, tuple[int, int]] | None:
    """The DATE entity (or weekday word) in the trigger's own clause, nearest first."""
    doc = trigger.doc
    stack = [trigger]
    seen = {trigger.i}
    found: list[Token] = []
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if c.i in seen or c.dep_ in _CLAUSE_DEPS or c.dep_ in _ARGUMENT_DEPS:
                continue
            seen.add(c.i)
            if c.ent_type_ in ("DATE", "TIME") or c.lower_ in RELATIVE_DAYS:
                found.append(c)
            stack.append(c)
    if not found:
        return None
    tok = min(found, key=lambda t: abs(t.i - trigger.i))
    span = entity_at(doc, tok.i)
    if span is None:
        return tok.text, (tok.idx, tok.idx + len(tok.text))
    return span.text, (span.start_char, span.end_char)


def _clause_verb(trigger: Token) -> Token:
    """The verb whose clause dates an event: the trigger's own verb; for a participle describing a
    thing ("a resolution condemning X"), the verb that did something with that thing ("passed")."""
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    hops = 0
    while clause.dep_ == "acl" and hops < 3:
        up = clause.head
        while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.i == clause.i or up.pos_ not in ("VERB", "AUX"):
            break
        clause, hops = up, hops + 1
    return clause


def _date_of_clause(clause: Token, pub: dt.date, depth: int = 0) -> tuple[dt.date, str, str] | None:
    """(date, text, reason) from a clause's own date phrase, or from the event it is anchored to:
    "a day after the National Assembly passed ..." is one day before the governing event."""
    phrase = _date_phrase(clause)
    anchor = _anchor(clause)
    if anchor is not None and depth < 3:
        mark, days, text = anchor
        governing = _date_of_clause(clause.head, pub, depth + 1)
        base = governing[0] if governing else pub
        sign = -1 if mark == "after" else 1
        return base + dt.timedelta(days=sign * days), text, f"relative-to-event ({mark})"
    if phrase is None:
        return None
    resolved = resolve_expression(phrase[0], pub, is_future(clause))
    if resolved is None:
        return pub, phrase[0], "unresolved-expression; publication-date"
    return resolved[0], phrase[0], resolved[1]


def _anchor(clause: Token) -> tuple[str, int, str] | None:
    """("after" | "before", days, text) for "a day after ...", "two days before ...", "a week after ..."."""
    if clause.dep_ != "advcl":
        return None
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    for c in clause.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week"):
            words = [t.lower_ for t in c.subtree]
            n = next((int(w) if w.isdigit() else NUMBERS[w] for w in words if w.isdigit() or w in NUMBERS), 1)
            days = n * (7 if c.lemma_.lower() == "week" else 1)
            start = min(t.idx for t in c.subtree)
            return mark, days, doc_text(clause.doc)[start : c.idx + len(c.text)] + f" {mark}"
    return None


def date_events(doc: Doc, article: Article, events: list[Event]) -> list[Event]:
    """Fill the date fields of ``events`` (returns new records)."""
    if not events:
        return events
    by_char = {t.idx: t for t in doc}
    out = []
    for ev in events:
        trigger = by_char.get(ev.spans.verb.start)
        date, text, reason = article.date, "", "publication-date"
        if trigger is not None and article.date is not None:
            found = None
            if trigger.pos_ not in ("VERB", "AUX"):
                phrase = _date_phrase(trigger)  # "Friday's attack", "the June 3 talks"
                if phrase is not None:
                    resolved = resolve_expression(phrase[0], article.date, False)
                    if resolved is not None:
                        found = (resolved[0], phrase[0], resolved[1])
            found = found or _date_of_clause(_clause_verb(trigger), article.date)
            if found is not None:
                date, text, reason = found
        if date is None:
            reason = "no-date"
        out.append(dataclasses.replace(ev, date=date, date_text=text, date_reason=reason))
    return out
