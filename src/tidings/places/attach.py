"""Event places: each event gets the place of its clause, else the dateline's, else none.

Reads the parsed ``Doc``, the article's ``Place`` records and its ``Event`` records; writes events
with ``place`` and ``place_precision`` set. The order of preference: a place in a prepositional phrase
of the event's verb ("clashed with police in Karachi"), then another place in the verb's clause that is
not part of the source or target phrase, then the dateline's place. ``place_precision`` follows
GDELT's ActionGeo_Type in spirit: see ``PRECISION``.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from tidings.records import Event, Place

__all__ = ["PRECISION", "precision_of", "place_events"]

#: place_precision by feature: 0 no place, 1 country (or continent), 2 first-level division, 3 city,
#: 4 landmark (a facility or smaller)
PRECISION = {"continent": 1, "country": 1, "admin1": 2, "admin2": 2, "region": 1, "city": 3, "landmark": 4}


def precision_of(place: Place | None) -> int:
    return 0 if place is None else PRECISION.get(place.feature, 0)


def _verb_token(doc: Doc, ev: Event):
    span = doc.char_span(ev.spans.verb.start, ev.spans.verb.end, alignment_mode="expand")
    return None if span is None or not len(span) else span.root


def _clause_verb(tok):
    """The nearest verb above a token (its clause), crossing prepositions and nouns."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return tok


def _outside_actors(p: Place, ev: Event) -> bool:
    spans = [s for s in (ev.spans.source, ev.spans.target) if s is not None]
    return all(p.span.end <= s.start or p.span.start >= s.end for s in spans)


def _event_place(doc: Doc, ev: Event, in_text: list[tuple[Place, object]], dateline: Place | None
                 ) -> Place | None:
    verb = _verb_token(doc, ev)
    if verb is not None:
        sent = verb.sent
        local = [(p, tok) for p, tok in in_text if sent.start <= tok.i < sent.end]
        in_pp = [(p, tok) for p, tok in local if tok.dep_ == "pobj" and _clause_verb(tok) == verb]
        if in_pp:
            return min(in_pp, key=lambda x: abs(x[1].i - verb.i))[0]
        clause = [(p, tok) for p, tok in local if _clause_verb(tok) == verb and _outside_actors(p, ev)]
        if clause:
            return min(clause, key=lambda x: abs(x[1].i - verb.i))[0]
    return dateline


def place_events(doc: Doc, places: tuple[Place, ...], events: list[Event]) -> list[Event]:
    """The events with their places (frozen records: new ones are returned)."""
    if not places:
        return events
    in_text = []
    dateline = None
    for p in places:
        if p.use != "literal":
            continue  # "Washington said": an actor, not where it happened
        span = doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        if span is None or not len(span) or span[0].is_space:
            dateline = dateline or p  # the dateline is blanked out of the parsed text
            continue
        in_text.append((p, span.root))
    out = []
    for ev in events:
        place = _event_place(doc, ev, in_text, dateline)
        out.append(dataclasses.replace(ev, place=place, place_precision=precision_of(place)))
    return out
