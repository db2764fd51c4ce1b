"""Event dates: the date expression governing an event's clause, resolved against the publication date.

Reads the parsed ``Doc``, the ``Article`` and the events of the events stage; writes the same events
with ``date``, ``date_granularity``, ``date_text`` and ``date_reason`` filled. A weekday is resolved by
tense: "on Friday" in a past-tense clause of a report dated Saturday 2024-06-29 is 2024-06-28; in a future clause it is
the next Friday. Explicit dates ("June 3", "3 June 2024"), "yesterday", "today", "tomorrow",
"last/next week", "N days ago" are resolved too; otherwise the event takes the publication date.
Where the timex stage valued the same phrase (the article's ``dates``), its value is the event's: "in
March" is the first of that March with granularity ``month``, "last week" the Monday of that ISO week
with ``week``, "in 2019" the first of January with ``year``, so an event's date and the article's
``dates`` agree on the same phrase; otherwise ``tidings.timex.resolve_expression`` places it on a day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from tidings.nlp import doc_text, entity_at
from tidings.records import Article, DateRef, Event
from tidings.timex import NUMBERS, RELATIVE_DAYS, is_future, period_start, resolve_expression

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


#: (date, text, reason, granularity) of an event's date
_Dated = tuple[dt.date, str, str, str]


def _resolve(phrase: tuple[str, tuple[int, int]], pub: dt.date, future: bool,
             dates: Sequence[DateRef]) -> _Dated | None:
    """The date of one phrase: the timex stage's value for it when that names a period, else the
    phrase placed on a day by ``resolve_expression``."""
    text, (start, end) = phrase
    resolved = resolve_expression(text, pub, future)
    ref = next((d for d in dates if d.span.start < end and start < d.span.end), None)
    period = period_start(ref.value) if ref is not None else None
    if period is not None:
        if resolved is not None and resolved[0] == period[0]:  # the same day: keep how it was reached
            return resolved[0], text, resolved[1], period[1]
        return period[0], text, f"timex-{period[1]}", period[1]
    if resolved is None:
        return None
    return resolved[0], text, resolved[1], "year" if resolved[1] == "explicit-year" else "day"


def _date_of_clause(clause: Token, pub: dt.date, dates: Sequence[DateRef], depth: int = 0) -> _Dated | None:
    """(date, text, reason, granularity) from a clause's own date phrase, or from the event it is
    anchored to: "a day after the National Assembly passed ..." is one day before the governing event."""
    phrase = _date_phrase(clause)
    anchor = _anchor(clause)
    if anchor is not None and depth < 3:
        mark, days, text = anchor
        governing = _date_of_clause(clause.head, pub, dates, depth + 1)
        base = governing[0] if governing else pub
        sign = -1 if mark == "after" else 1
        return base + dt.timedelta(days=sign * days), text, f"relative-to-event ({mark})", "day"
    if phrase is None:
        return None
    return _resolve(phrase, pub, is_future(clause), dates) or (
        pub, phrase[0], "unresolved-expression; publication-date", "day")


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


def _token_at(doc: Doc, start: int) -> Token | None:
    """The token starting at character ``start``, if one does."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    return tok if tok is not None and tok.idx == start else None


def date_events(doc: Doc, article: Article, events: list[Event], dates: Sequence[DateRef] = ()) -> list[Event]:
    """Fill the date fields of ``events`` (returns new records); ``dates`` are the article's time
    expressions from the timex stage."""
    if not events:
        return events
    out = []
    for ev in events:
        trigger = _token_at(doc, ev.spans.verb.start)
        date, text, reason, grain = article.date, "", "publication-date", "day"
        if trigger is not None and article.date is not None:
            found = None
            if trigger.pos_ not in ("VERB", "AUX"):
                phrase = _date_phrase(trigger)  # "Friday's attack", "the June 3 talks"
                if phrase is not None:
                    found = _resolve(phrase, article.date, False, dates)
            found = found or _date_of_clause(_clause_verb(trigger), article.date, dates)
            if found is not None:
                date, text, reason, grain = found
        if date is None:
            reason, grain = "no-date", ""
        out.append(dataclasses.replace(ev, date=date, date_text=text, date_reason=reason, date_granularity=grain))
    return out
