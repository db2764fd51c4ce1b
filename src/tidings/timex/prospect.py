"""Cues that a date lies ahead of its clause, whatever the clause's own tense.

``prospect(span)`` reads the path from a date expression up to its verb: 2 for a strong cue (the
date is that of something invited, proposed or prepared for: "had been invited for talks on Friday",
"had invited the union to talks on Monday", "were invited to inspect the site on Thursday",
"expected an answer at a meeting on Friday"), 1 for a weak one that turns only an unknown or
future tense forward (a scheduled event after "ahead of", "before", "until", "for" or "by": "ahead
of an election in May", "campaigning for Sunday's vote"; a scheduled event under a modal or an
infinitive: "would boycott October's election", "for Sunday's election to go ahead"; "by"/"until"
right before the date: "would be ready by March"), 0 for none, -1 for a date behind its clause
("since February"). The walk is bounded: a few hops up
one expression's root, never a pass over the document.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["prospect"]

#: verbs whose complement is still to come when they happen: the invited, proposed, awaited thing
_PROSPECT = frozenset({"invite", "propose", "prepare", "await", "expect", "schedule", "slate", "plan"})
#: of those, the ones whose past perfect is an earlier plan, since overtaken ("had been scheduled to expire")
_OVERTAKEN = frozenset({"expect", "schedule", "slate", "plan"})
#: nouns of scheduled events: their date is the event's, set before it takes place
_EVENTS = frozenset({"election", "vote", "voting", "poll", "ballot", "referendum", "runoff", "run-off", "summit",
                     "talk", "talks", "meeting", "conference", "session", "hearing", "visit", "negotiation",
                     "consultation", "inauguration", "ceremony", "deadline", "trial", "debate"})
#: prepositions that put their object after the clause: "ahead of the vote", "campaigning for the election"
_BEFORE = frozenset({"for", "before", "until", "till", "ahead"})
_DEADLINE = frozenset({"by", "until", "till"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})


def _modal(verb) -> bool:
    """A verb under "will"/"would"/"could" (not "would have"), or a to-infinitive."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("have", "'ve") for c in aux):
        return False
    return any(c.tag_ == "MD" or c.lower_ == "to" for c in aux)


def _awaited(noun) -> bool:
    """A scheduled event after a preposition of precedence, or the subject of an infinitive."""
    head = noun.head
    if noun.dep_ == "pobj":
        word = head.lower_
        if word == "of" and head.head.i != head.i:
            word = head.head.lower_  # "ahead of"
        return word in _BEFORE
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in _VERBS:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)  # "for the vote to go ahead"
    return False


def _invited(verb, span: Span) -> bool:
    """A verb of invitation, proposal or expectation whose complement comes before the date."""
    if verb.lemma_.lower() not in _PROSPECT or span.start - verb.i <= 2:
        return False
    if verb.lemma_.lower() in _OVERTAKEN and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    return any(c.i < span.start and (c.dep_ in ("dobj", "xcomp") or c.dep_ == "prep" and c.lower_ in ("for", "to"))
               for c in verb.children)


def prospect(span: Span) -> int:
    """2 strong, 1 weak, 0 no cue that the date ``span`` lies ahead of its clause; -1 behind it."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "since":
        return -1  # "the first talks since February": the date is behind its clause
    if span.start > 0 and doc[span.start - 1].lower_ in _DEADLINE:
        weak = 1  # "ready by March", "until Friday"
    else:
        weak = 0
    tok = span.root
    for _ in range(9):
        if tok.pos_ in _VERBS and tok.dep_ != "pobj":
            break  # a gerund after a preposition is a noun: "prepared for the first phase of voting on Friday"
        if tok.pos_ in _NOUNS and tok.i != span.root.i and tok.lemma_.lower() in _EVENTS and _awaited(tok):
            weak = 1
        if tok.head.i == tok.i:
            return weak
        tok = tok.head
    if tok.pos_ not in _VERBS:
        return weak
    if _invited(tok, span):
        return 2
    if tok.dep_ == "xcomp" and tok.head.i != tok.i and _modal(tok) and _invited(tok.head, span):
        return 2  # "were invited to inspect the site on Thursday"
    if (tok.dep_ == "advcl" and tok.lemma_.lower() in _PROSPECT and tok.head.i != tok.i and _modal(tok.head)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)):
        return 1  # "the vote would go ahead as planned in October": the plan's date is the vote's
    event = span.root.head
    if (weak == 0 and span.root.dep_ == "poss" and event.lemma_.lower() in _EVENTS and event.head.i == tok.i
            and event.dep_ in ("dobj", "nsubj", "nsubjpass") and _modal(tok)):
        return 1  # "would boycott October's election"; not "would protest the outcome of Sunday's election"
    return weak
