"""Is an event asserted? Negation, modality, conditionals, questions and future/intention.

Reads the parse around a trigger and returns a ``Modality``: ``negated`` ("did not meet", "no talks",
"never visited"), ``hypothetical`` (modal verbs other than will, "if"/"unless" clauses, questions,
complements of verbs of wanting or considering) and ``future`` ("will send", "plans to visit",
"would" in reported speech), which the engine turns into the CAMEO 03 (intent) family.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tidings.events.frames import lemma_candidates

__all__ = ["Modality", "modality_of"]

_HYPO_MODALS = frozenset({"could", "should", "might", "may", "must", "can", "ought"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
_FUTURE_GOVERNORS = frozenset(
    {"plan", "intend", "aim", "prepare", "schedule", "set", "go", "due", "ready", "willing", "prepared",
     "eager", "keen", "determined", "look", "forward", "decide", "seek", "commit", "open"}
)
_PROPOSAL_NOUNS = frozenset(
    "demand request call proposal offer ultimatum suggestion idea bid initiative condition appeal".split()
)
#: (a plan is its maker's intention, not a proposal to others: "Chile's plan to send aid to Peru")
_READINESS_NOUNS = frozenset({"readiness", "willingness", "commitment", "determination", "intention", "plan"})
#: nouns that, someone's and the subject of their clause, report an act as taken: "Algeria's decision to
#: recall its ambassador followed ..."
_DECISION_NOUNS = frozenset({"decision", "move"})
_HYPO_GOVERNORS = frozenset(
    {"consider", "want", "hope", "wish", "propose", "suggest", "weigh", "mull", "help", "unlikely", "likely", "expect",
     "discuss", "debate", "fear", "deny", "refuse", "decline", "fail"}
)
#: verbs that report something as alleged or denied, not as fact: "accused Iran of supplying drones"
_ALLEGATION_GOVERNORS = frozenset({"accuse", "blame", "suspect", "allege", "charge", "deny", "accusation", "claim"})
_CLAUSE_EDGES = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "prep"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
#: verbs that announce the speaker's own conditional act: "warned it would strike if ..."
_WARNING_GOVERNORS = frozenset({"warn", "threaten", "vow", "caution"})
#: verbs that stop a text from being adopted: what its relative clause says it does is not done
_REJECTING_GOVERNORS = frozenset({"veto", "reject", "block", "rebuff", "scuttle"})
#: nouns that report something as alleged: "an inquiry into reports that the army executed civilians"
_ALLEGATION_NOUNS = frozenset({"report", "allegation", "rumour", "rumor", "claim", "accusation"})
#: nouns that, with "no", say an event is not seen to happen: "there was no sign of troops pulling back",
#: "no indication that the warships had withdrawn", "no evidence of Iran supplying drones"
_ABSENCE_NOUNS = frozenset({"sign", "indication", "evidence", "trace", "hint", "confirmation", "word"})
#: drives that, once launched, are under way: "launched a campaign to deport undocumented migrants"
_CAMPAIGN_NOUNS = frozenset({"campaign", "crackdown", "drive", "operation", "offensive"})
_LAUNCH_VERBS = frozenset({"launch", "begin", "start", "step", "intensify", "expand"})
#: verbs that name something as someone sees it: "over what it called an incursion", "in what officials
#: described as a show of force" (the free relative "what" is their object)
_NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize"})


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    announced: bool = False  # "will"/"would" on the event's own verb: an announced act
    if_clause: bool = False  # the event is the consequence of an if-clause


def _own(tok: Token) -> tuple[bool, bool, bool, bool]:
    """(negated, hypothetical-modal, future, conditional) from a token's own dependents."""
    neg = hypo = fut = cond = False
    for c in tok.children:
        low = c.lower_
        if c.dep_ in ("nsubj", "nsubjpass") and any(
                g.dep_ in ("det", "preconj") and g.lower_ in ("neither", "no") for g in c.children):
            neg = True  # "Neither Beijing nor Washington has agreed", "No country has recognised"
        if c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
            neg = True  # "has received no proposal", "sent no troops": nothing was received or sent
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod", "preconj") and low in _NEG_WORDS):
            neg = True
        elif c.dep_ == "advmod" and low == "longer" and any(g.lower_ in ("no", "not") for g in c.children):
            neg = True  # "will no longer take place": the parser hangs "no" on "longer"
        elif c.dep_ == "advmod" and low == "yet" and any(x.dep_ == "xcomp" and _infinitive(x) for x in tok.children):
            neg = True  # "have yet to respond", "talks have yet to be scheduled": it has not happened
        elif c.dep_ in ("aux", "auxpass"):
            if low in _HYPO_MODALS or c.lemma_ in _HYPO_MODALS:
                hypo = True
            elif low in _FUTURE_AUX or c.lemma_ == "will":
                fut = True
            elif low == "would":
                fut = True  # resolved against reported speech by the caller
        elif c.dep_ == "mark" and low in _CONDITIONAL_MARKS:
            cond = True
    return neg, hypo, fut, cond


def _shares_negation(conj: Token, head: Token) -> bool:
    """A verb coordinated with a negated one under the same auxiliary is negated too: "did not board or
    detain", "will not sign nor ratify", "has not met and will not meet" (no: its own auxiliary)."""
    if conj.pos_ not in ("VERB", "AUX") or not _own(head)[0]:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in conj.children):
        return False
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children):
        return True
    return conj.tag_ == "VB" and any(c.dep_ == "aux" for c in head.children)


def _inverted_condition(tok: Token) -> bool:
    """"Should the Houthis resume attacks, insurers say ...", "Were Russia to attack, ...": a clause
    opened by an inverted modal before the first comma is a condition, however the parser hangs it."""
    sent = tok.sent
    if sent[0].lower_ not in ("should", "were", "had") or sent.text.rstrip().endswith("?"):
        return False
    if sent[0].lower_ == "had" and not any(t.tag_ == "VBN" for t in sent[1:tok.i - sent.start + 2]):
        return False
    return not any(t.text == "," for t in sent[1:tok.i - sent.start])


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _absent(tok: Token) -> bool:
    """The event hangs (within a few hops) from "no sign"/"no indication"/"no evidence"."""
    up, hops = tok, 0
    while up.head.i != up.i and hops < 6:
        up, hops = up.head, hops + 1
        if up.pos_ == "NOUN" and up.lemma_.lower() in _ABSENCE_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "no" for c in up.children):
            return True
        if up.pos_ in ("VERB", "AUX") and up.dep_ != "acl":
            return False  # a clause of its own: "no sign of talks" is not about an event the clause reports
    return False


def _launched_campaign(cur: Token, edge: str) -> bool:
    """``cur`` is a campaign (crackdown, operation) launched, or the launching of one, that an infinitive
    says the aim of, however the parser hangs it: "launched a campaign (on Monday) to deport ..."."""
    if edge == "acl":
        return cur.lemma_.lower() in _CAMPAIGN_NOUNS and cur.head.lemma_.lower() in _LAUNCH_VERBS
    return cur.lemma_.lower() in _LAUNCH_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CAMPAIGN_NOUNS for c in cur.children)


#: predicates that put a named event in prospect: "a visit ... is possible", "talks are expected to resume"
_PROSPECT_PREDICATES = frozenset({"expect", "due", "set", "schedule", "plan", "likely"})
#: predicates of mere chance: "a visit ... is possible", "an invasion is unlikely"
_CHANCE_WORDS = frozenset({"possible", "unlikely", "uncertain", "doubtful", "conceivable"})
#: verbs that say an event comes about: "expected to resume", "has yet to begin"
_ONSET_VERBS = frozenset({"resume", "begin", "start", "take", "happen", "occur", "go", "open", "get"})


def _prospective_subject(tok: Token) -> tuple[bool, bool]:
    """(hypothetical, negated) for an event noun that is the subject of a prospect rather than of a
    report: "A visit to Beijing is possible", "an invasion is unlikely", "talks are expected to resume",
    "the deployment has yet to begin". The event has not happened; the sentence only weighs it. A prospect
    of what the event will do ("the inquiry is due to report", "the visit is expected to boost ties") reports it."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
        return False, False
    head = tok.head
    preds = [head, *(c for c in head.children if c.dep_ == "acomp")]
    onset = any(c.dep_ == "xcomp" and c.lemma_.lower() in _ONSET_VERBS for p in preds for c in p.children)
    if onset and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
        return True, True  # "has yet to begin"
    words = {p.lemma_.lower() for p in preds}
    if words & _CHANCE_WORDS and head.tag_ != "VBD":
        return True, False  # "is possible", "is unlikely before 2027"; "was possible after months of work" told
    return bool(words & _PROSPECT_PREDICATES and onset), False  # "are expected to resume", "is due to begin"


def modality_of(trigger: Token, governor: Token | None = None) -> Modality:
    """Modality of an event triggered at ``trigger`` (or at ``governor`` for refined events)."""
    tok = governor if governor is not None else trigger
    neg, hypo, fut, cond = _own(tok)
    would = any(c.lower_ == "would" for c in tok.children if c.dep_ == "aux")
    reported = warned = False
    seen = 0
    cur = tok
    while cur.dep_ in _CLAUSE_EDGES and cur.head.i != cur.i and seen < 6:
        child = cur
        edge, cur = cur.dep_, cur.head
        seen += 1
        _, h_hypo, h_fut, h_cond = _own(cur)
        if edge == "ccomp":
            reported = True
        lemmas = set(lemma_candidates(cur))
        warned = warned or (edge == "ccomp" and seen == 1 and bool(lemmas & _WARNING_GOVERNORS))
        if edge in ("xcomp", "ccomp", "pcomp", "prep") and lemmas & _FUTURE_GOVERNORS:
            fut = True
            verb = cur.head if cur.dep_ == "acomp" else cur
            if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
                hypo = True  # "had intended to host", "had been due to travel": a plan that did not happen
        if edge in ("xcomp", "ccomp") and lemmas & _HYPO_GOVERNORS:
            hypo = True
        if lemmas & _ALLEGATION_GOVERNORS and edge != "conj":
            hypo = True  # but "accused Morocco of hostility and severed ties": the second verb is asserted
        if edge == "xcomp" and _own(cur)[0]:
            neg = True  # "has not agreed to resume talks": nothing was resumed
        if edge == "conj" and seen == 1 and _shares_negation(child, cur):
            neg = True  # "did not board or detain any vessel": the negation covers both verbs
        if edge == "advcl" and h_cond:
            cond = True
        if edge in ("relcl", "acl") and cur.dep_ == "dobj" and set(lemma_candidates(cur.head)) & _REJECTING_GOVERNORS:
            # "vetoed a resolution that called on Sudan to ...", "rejected a draft condemning the strikes":
            # what the text said was not adopted
            hypo = True
        if edge in ("acl", "ccomp") and cur.pos_ == "NOUN" and lemmas & _PROPOSAL_NOUNS:
            hypo = True  # "a Russian demand that Ukrainian forces withdraw": asked for, not done
        if edge in ("advcl", "acl") and _infinitive(child):
            if _launched_campaign(cur, edge):
                pass  # "launched a campaign to deport migrants": the deporting has begun
            elif edge == "acl" and lemmas & _READINESS_NOUNS:
                fut = True  # "signalled its readiness to hold talks": an intention (03)
                if any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children):
                    neg = hypo = True  # "have no plans to resume talks": neither intended nor refused
            elif edge == "acl" and lemmas & _DECISION_NOUNS and cur.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ == "poss" and c.pos_ != "PRON" for c in cur.children):
                # "Algeria's decision to recall its ambassador followed ...", "Kenya's move to expel ... was
                # announced": the decided act is reported;
                # as the object of a reaction ("condemned the Taliban's decision to bar women") it is what
                # the reaction is about, as an event noun under a trigger's preposition is
                pass
            else:
                hypo = True  # a purpose clause or proposal ("an initiative to mediate") is an aim, not an event
        if edge in ("xcomp", "conj") and (h_hypo or h_cond):
            hypo = hypo or h_hypo
            cond = cond or h_cond
        if edge in ("xcomp", "conj") and h_fut:
            fut = True
    if would and not reported:
        hypo = True
    up, hops = tok, 0  # "accused Moscow of forcibly deporting ...", however the parser hangs the "of"
    while up.head.i != up.i and up.dep_ in ("pcomp", "prep", "pobj", "dobj", "xcomp", "ccomp", "acl", "relcl") \
            and hops < 6:
        up, hops = up.head, hops + 1
        if set(lemma_candidates(up)) & _ALLEGATION_GOVERNORS or (
                up.pos_ == "NOUN" and up.lemma_.lower() in _ALLEGATION_NOUNS):
            hypo = True
            break
    p_hypo, p_neg = _prospective_subject(trigger)
    hypo, neg = hypo or p_hypo, neg or p_neg
    if not neg and _absent(tok):
        neg = hypo = True  # "no sign that they planned to hold talks": neither done nor refused
    if tok.lemma_.lower() in _NAMING_VERBS and any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children):
        hypo = True  # "what it called an incursion": the speaker's name for it, and no statement of its own
    question = trigger.sent.text.rstrip().endswith("?")
    if _inverted_condition(trigger):
        cond = True
    # "If Russia attacks, NATO will impose sanctions": the consequence of an if-clause is hypothetical
    # (an "unless" clause, by contrast, is how threats are made)
    ifs = [c for c in tok.children
           if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)]
    if_clause = bool(ifs)
    if any(a.dep_ == "advmod" and a.lower_ == "only" for c in ifs for a in c.children):
        cond = True  # "would meet him only if the border issues were resolved": a precondition, no commitment
    # "a resolution that would have deplored the invasion": what would have happened did not
    counterfactual = would and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children)
    # "warned it would strike U.S. ships if Washington attacked": a conditional act under a verb of warning
    # is announced (a threat when coercive); "If Russia attacks, NATO will act" or a forecast
    # ("would strike if ..., a former general argued") stays a hypothesis
    announced = not (question or (if_clause and not warned) or cond or counterfactual) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children)
    return Modality(negated=neg, hypothetical=hypo or cond or question or if_clause or counterfactual, future=fut,
                    announced=announced,
                    if_clause=if_clause and not (hypo or cond or question))
