"""Statement events from quotes: a quote from a named official of a country is a CAMEO 010 ("make
statement") event when nothing else was coded in its sentences.

Reads the parsed ``Doc``, the ``Article``, the quotes stage's ``Quote`` records and the events already
coded; writes new ``Event`` records (source: the speaker's actor; no target; rule ``quote:statement``)
for direct and mixed quotes only: reported speech without quote marks is the events stage's business
("a verb of saying whose complement reports no event is a statement"). Dates are filled later by the
dates stage, like every event's.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from tidings.codebook import load_codebook
from tidings.records import INTERNATIONAL_ROOTS, Article, Event, EventSpans, Quote

__all__ = ["statement_events", "RULE"]

RULE = "quote:statement"
#: roles of officials: government, military, legislature, judiciary, police, intelligence
_OFFICIAL_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _named_official(q: Quote) -> bool:
    sp = q.speaker
    if sp is None or q.kind not in ("direct", "mixed"):
        return False
    code = sp.code
    if len(code.country) != 3 or code.country in INTERNATIONAL_ROOTS or not code.country.isalpha():
        return False
    words = sp.name.split()
    named = len(words) >= 2 and words[0].lower() != "the" and all(w[:1].isupper() for w in words)
    return named and bool(_OFFICIAL_ROLES & set(code.roles))


def statement_events(doc: Doc, article: Article, quotes: tuple[Quote, ...], events: list[Event],
                     dictionary_version: str = "") -> list[Event]:
    """010 events for quotes by named officials whose sentences hold no other event."""
    candidates = [q for q in quotes if _named_official(q)]
    if not candidates:
        return []
    starts = [s.start_char for s in doc.sents]
    taken = {e.sentence for e in events}
    book = load_codebook()
    out: list[Event] = []
    for q in candidates:
        first = bisect_right(starts, min(q.span.start, q.cue.start)) - 1
        last = bisect_right(starts, max(q.span.end - 1, q.cue.end - 1)) - 1
        sentences = set(range(max(first, 0), last + 1))
        if sentences & taken:
            continue
        cue_sentence = bisect_right(starts, q.cue.start) - 1
        taken |= sentences  # one statement per passage
        group = f"{article.id}:{cue_sentence}:q{q.cue.start}"
        out.append(Event(
            id=f"{group}:0", article_id=article.id, sentence=cue_sentence, source=q.speaker, target=None,
            cameo=book.cameo("010"), plover=book.plover("010"), date=None, date_text="", date_reason="",
            spans=EventSpans(q.speaker.span, q.cue), rule=RULE, group=group,
            dictionary_version=dictionary_version,
        ))
    return out
