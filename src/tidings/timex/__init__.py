"""Time expressions: every date and time expression of an article, as ``DateRef`` records.

Reads the parsed ``Doc`` and the ``Article`` (its publication date anchors relative expressions);
writes ``DateRef`` records with the span in the article text, a TIMEX3 kind (DATE, TIME, DURATION,
SET) and a TIMEX3 value. Candidates are spaCy's DATE and TIME entities plus a few patterns the model
misses ("now", "recently", bare weekdays); each is trimmed, valued by ``normalize`` with the tense
of its clause ("will meet on Friday" is the next Friday), and dropped when it cannot be valued. A
dateline ("NAIROBI, May 14 -") gives a DateRef for its date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from tidings.nlp import doc_text, entities
from tidings.records import Article, DateRef
from tidings.records import Span as TextSpan
from tidings.timex.anchored import anchored_shift, shifted_value
from tidings.timex.calendar import NUMBERS, RELATIVE_DAYS, is_future, resolve_expression
from tidings.timex.normalize import granularity, normalize, period_start
from tidings.timex.prospect import prospect

__all__ = ["find_dates", "dateline_date", "normalize", "granularity", "period_start", "resolve_expression",
           "is_future", "NUMBERS", "RELATIVE_DAYS"]

# ``(?=[a-z\d])``: every alternative begins with a letter or a digit; the look-ahead skips the word ends
# at once instead of trying each alternative there (a third of the scan's time). Keep it true when adding one.
_EXTRA = re.compile(
    r"\b(?=[a-z\d])(now|currently|recently|current|recent|nowadays|the past|the future|at present|"
    r"(?:last|this|next|coming|past) (?:week|month|year|weekend|quarter)|(?:earlier|later) this (?:week|month|year)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?|"
    r"yesterday|today|tomorrow|tonight|(?:(?:last|next|this) )?(?:thanksgiving|christmas|election|labor|memorial|"
    r"independence|veterans|boxing|new year's) day|(?:last|next|this) (?:thanksgiving|christmas)|christmas eve|"
    r"(?:in|since|until|by|from|through|before|after|during) (?:19|20)\d\d|"
    r"nineteen[ -](?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|"
    r"(?:noon|midnight|\d{1,2}(?::\d\d)?\s*[ap]\.m\.?|\d{1,2}:\d\d)(?:\s+(?:[ECMP][SD]T|GMT|local time))?"
    r"(?:,?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}))?|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|"
    r"(?:the )?(?:latest|year-(?:ago|earlier)|(?:19|20)\d\d) period|(?:first|second|third|fourth)[- ]quarter|"
    r"(?:the )?(?:1?\d|2[01])(?:st|nd|rd|th)[ -]century|the (?:twen|thir|for|fif|six|seven|eigh|nine)ties|"
    r"(?:the )?(?:comparable|corresponding|same) period (?:a year (?:ago|earlier)|last year)|"
    r"\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?: \d{4})?|"
    # "a day after farm groups staged protests": an anchored expression the model left untagged
    r"(?:a|one|two|three|four|five|six) (?:day|week)s? (?:after|before|later|earlier))\b",
    re.I)
_LEAD = re.compile(r"^(?:(?:in|on|at|by|since|until|from|for|during|of|about|around|before|after|through|to|between|"
                   r"only|just|barely|"
                   r"as (?:soon|early|late) as)\s+)+",
                   re.I)
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'/-]{1,60}?)(?:\s*\([^)]{1,40}\))?\s*,\s*"
                       r"((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)\s*(?:[-:–—]|\()")
_SOON = re.compile(r"\bas (?:soon|early) as\s*$", re.I)
#: verbs and adjectives whose to-infinitive is still to come: "planned to leave on Thursday"
_PLAN = frozenset({"plan", "schedule", "set", "expect", "intend", "hope", "aim", "prepare", "agree", "promise",
                   "decide", "vow", "threaten", "due", "likely", "go", "want", "seek", "propose", "pledge"})
_TRAIL = re.compile(r"\s+(?:in|at|on|of|for|to|from|with|and|or)$")
_PRESENT_BE = frozenset({"is", "are", "'s", "'re", "am"})
#: a finite verb has its own tense, whatever its conjunct's: "relations have improved, but X remains ... in May"
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: verbs whose object is a planned event, dated by the plan: "planned a rally on Saturday"
_SCHEDULE = frozenset({"plan", "schedule", "slate"})
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_SPLIT = re.compile(r"\s+(?:ended|ending|through|to|and|until|or|in|on|at)\s+|\s*[-–—]\s*(?=\d)", re.I)
#: ages ("a 44-year-old", "the six-year-old boy", "two years old"), bare counts and long numbers
_OWN_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|overnight|"
                      r"this|next|following|previous|last|"
                      r"last night|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{4})", re.I)
_DANGLING = re.compile(r"\s(?:of|on)$", re.I)
_OF_YEAR = re.compile(r"\s+of\s+(?=(?:the |this |last |next )?(?:year|(?:19|20)\d\d)\b)", re.I)
_NOT_TIME = re.compile(r"(?:\d+|\b[a-z]+)[ -](?:year|month|week|day)s?[ -]old|years? old|^\d{1,3}$|^\d{5,}$", re.I)
_YEAR_ENDED = re.compile(r"^(?:the |its |their )?(?:fiscal |financial )?year$", re.I)
_ENDED = re.compile(r"\s+end(?:ed|ing)\b", re.I)
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_QUARTERLY = re.compile(r"\b(?:first|second|third|fourth|latest)[- ]quarter\b", re.I)
_PERIOD = re.compile(r"\bperiod\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_BACK = re.compile(r"^(?:(?:a|one) year (?:ago|earlier)|(?:the )?year[- ](?:ago|earlier)(?: quarter| period)?)$",
                        re.I)


def _candidates(doc: Doc) -> list[tuple[int, int]]:
    spans = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ in ("DATE", "TIME")]
    spans += [(m.start(), m.end()) for m in _EXTRA.finditer(doc_text(doc))]
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    if m := _LEAD.match(piece):
        start += m.end()
    piece = text[start:end]
    stripped = piece.rstrip(" ,.;:-'s") if piece.endswith("'s") else piece.rstrip(" ,;:-")
    if (m := _TRAIL.search(stripped)) is not None:
        stripped = stripped[: m.start()]  # spaCy's "14:00 in" of "at 14:00 in Geneva"
    if stripped.endswith(".") and not re.search(r"(?:[ap]\.m|\b[A-Z][a-z]{2,3})\.$", stripped):
        stripped = stripped[:-1]
    return start, start + len(stripped)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A candidate split where it joins two expressions: "the year ended Sept. 30", "Friday to Sunday"."""
    out, pos = [], start
    for m in _SPLIT.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if e > s]


def _negated(verb) -> bool:
    """Whether a verb is negated ("could not", "couldn't", "never") or its subject is ("neither he nor ...")."""
    return any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in ("neither", "no", "nobody")
                                                                           for t in c.subtree))
               for c in verb.children)


def _tense(doc: Doc, text: str, start: int, end: int) -> bool | None:
    """True for a future clause, False for a past one, None when the tense does not say; a cue that the
    date lies ahead of its clause (``prospect``) turns an unknown tense forward, a strong one any tense;
    "since" turns it back."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tense = _clause_tense(doc, text, start, span)
    cue = prospect(span)
    if cue == 2 or (cue == 1 and tense is not False):
        return True
    return False if cue < 0 else tense


def _clause_tense(doc: Doc, text: str, start: int, span) -> bool | None:
    before = span.start - 1
    prep = before > 0 and doc[before].lower_ in ("on", "for")
    if prep:
        before -= 1
    if before >= 0 and doc[before].sent.start == span.sent.start:
        verb = doc[before]
        if verb.tag_ == "VBD" and (not prep or doc[before + 1].lower_ == "on"):
            return False  # "said on Tuesday they would begin", "announced Friday it will": the date is the verb's
        if verb.tag_ == "VBN" and verb.lemma_.lower() in _PLAN and before and doc[before - 1].lower_ in _PRESENT_BE:
            return True  # "a delegation is expected on Friday", "the vote is scheduled for Sunday"
    tok = span.root
    hops = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and hops < 6:
        via_prep = tok.dep_ == "pobj" or (tok.dep_ == "prep" and tok.pos_ == "ADP")
        tok, hops = tok.head, hops + 1
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.head.i != tok.i and not (via_prep and tok.pos_ != "ADJ"):
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _SCHEDULE:
                return True  # "has scheduled a briefing Monday": the planned thing's date
            return None  # the date describes a thing ("payable Dec. 15", "the June 3 talks"), not the clause
    if is_future(tok) or _SOON.search(text, max(0, start - 16), start):
        return True  # "will meet on Friday", "as early as Tuesday"
    if tok.lemma_.lower() in _SCHEDULE and any(c.dep_ == "dobj" for c in tok.children):
        return True  # "planned a rally on Saturday", "has scheduled a news conference Thursday": the plan's date
    verb = tok
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    while not aux and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and tok.tag_ not in _FINITE:
        verb = verb.head  # "would file a protest and summon the envoy on Thursday", "would begin clearing on Thursday"
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.i != tok.i and is_future(verb):
        return True
    if any(c.lower_ == "could" for c in aux) and any(c.dep_ == "auxpass" for c in aux) and _negated(verb):
        return False  # "could not be reached for comment on Wednesday", "neither ... could be found": a past failure
    if any(c.tag_ == "MD" for c in aux):
        # "would be paid Dec. 15", "could arrive Friday"; "could have ended Friday" is past
        return False if any(c.lower_ in ("have", "'ve") for c in aux) else True
    if any(c.lower_ == "to" for c in aux):
        # "plans to meet on Friday", "is set to resume Monday", "will ask the court to rule on Monday",
        # "a new party to be unveiled on Friday"; "failed to appear Friday" does not say
        head = verb.head
        plan = head.head if head.dep_ in ("acomp", "dobj") else head  # "had been due to", "had recorded attempts to"
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in plan.children):
            return None  # "had been scheduled to expire Friday": an earlier plan, since overtaken
        if plan.i != head.i and any(c.tag_ == "MD" and c.dep_ == "aux" for c in plan.children):
            return True  # "would be able to visit the men on Friday"
        if head.lemma_.lower() == "be" and verb.dep_ == "xcomp":
            return True  # "the company is to resume trading on Tuesday"
        if head.lemma_.lower() in _PLAN or verb.dep_ in ("acl", "relcl"):
            return True
        if head.i != verb.i and (is_future(head) or any(c.tag_ == "MD" and c.dep_ == "aux" for c in head.children)):
            return True
        return None
    if tok.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have", "'ve") for c in aux):
        return False
    if tok.tag_ in ("VBP", "VBZ") and not aux and tok.lemma_ not in ("be", "say") and _present_form(tok):
        return True  # the present of a timetable: "the leaders meet on Monday", "the law takes effect June 1"
    return None


def _present_form(verb) -> bool:
    """A verb tagged present that is one: the tagger also tags an irregular past ("Moscow leapt") or a
    plural noun it reads as the object of a preposition ("warning data on missile launches") VBZ or
    VBP. A VBZ ends in -s; a VBP has a plural or first/second person subject, never one singular noun
    ("Moscow leapt" cannot be a present: that would be "leaps")."""
    if verb.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "compound"):
        return False
    if verb.tag_ == "VBZ":
        return verb.lower_.endswith("s")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return not (len(subjects) == 1 and subjects[0].tag_ in ("NN", "NNP")
                and not any(c.dep_ == "conj" for c in subjects[0].children))


def _value(doc: Doc, text: str, start: int, end: int, pub: dt.date, quarterly: bool) -> tuple[str, str] | None:
    piece = text[start:end]  # the caller's doc.text: Doc.text rebuilds the whole text on every access
    if _NOT_TIME.search(piece):
        return None
    if piece.lower() in _PARTS_OF_DAY and (tok := doc.char_span(start, end)) is not None and (
            tok[0].dep_ in ("compound", "amod") or tok[0].i > 0 and doc[tok[0].i - 1].lower_ == "good"):
        return None  # "the morning talk show", "good evening": a kind of thing or a greeting, not a time
    if piece.lower() in ("current", "recent"):  # "current levels" is a time reference, "an electric current" not
        tok = doc.char_span(start, end)
        if tok is None or tok[0].pos_ != "ADJ":
            return None
    if _PERIOD.search(piece):
        if not quarterly:
            return None if _YEAR.search(piece) is None else ("DATE", _YEAR.search(piece)[0])
        piece = _PERIOD.sub("quarter", piece)  # an earnings report's "latest period" is its quarter
    if _YEAR_ENDED.match(piece) and _ENDED.match(text, end):
        return "DURATION", "P1Y"  # "net income for the year ended March 31": the accounting year is a stretch
    valued = normalize(piece, pub, _tense(doc, text, start, end))
    if valued is not None and _YEAR_BACK.match(piece):
        if quarterly:
            # "profit rose from a year earlier": the same quarter of the year before the last reported one
            k = pub.year * 4 + (pub.month - 1) // 3 - 5
            valued = "DATE", f"{k // 4}-Q{k % 4 + 1}"
    return valued


_RELATION = re.compile(r"\s+(after|before|later|earlier)\b")
_GRAIN = {"day": re.compile(r"^\d{4}-\d\d-\d\d"), "week": re.compile(r"^\d{4}-\d\d-\d\d"),
          "month": re.compile(r"^\d{4}-\d\d"), "year": re.compile(r"^\d{4}")}


def _anchor_date(value: str, unit: str) -> dt.date | None:
    """The date a resolved value gives an expression counted in ``unit`` (None when too coarse)."""
    if (m := _GRAIN[unit].match(value)) is None:
        return None
    parts = [int(x) for x in m[0].split("-")]
    return dt.date(parts[0], *(parts[1:] + [1, 1])[:2])


def _clause_date(doc: Doc, start: int, before: list[DateRef], unit: str) -> DateRef | None:
    """The last date before ``start`` in the same sentence that is as fine as ``unit`` ("said on Tuesday
    they would begin talks in July, two days after ...": Tuesday, not July)."""
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None or not before:
        return None
    sent_start = tok[0].sent.start_char
    for ref in reversed(before):
        if ref.span.start < sent_start:
            break
        if _anchor_date(ref.value, unit) is not None:
            return ref
    return None


#: event nouns that name the same event in a later reference ("Saturday's election" ... "after the vote")
_SAME_EVENT = ({"election", "vote", "poll", "ballot", "referendum", "runoff", "run-off"},
               {"attack", "strike", "raid", "assault", "bombing", "ambush"},
               {"talk", "meeting", "summit", "negotiation"})


def _event_noun(tok) -> str:
    lemma = tok.lemma_.lower()
    return next((min(group) for group in _SAME_EVENT if lemma in group), lemma)


def _noun_anchor(doc: Doc, end: int, before: list[DateRef], unit: str) -> dt.date | None:
    """The date an earlier expression gave the event noun after "after"/"before" ("Two days after the
    vote" with "Saturday's election" earlier): the last date in the article attached to the same noun."""
    after = doc.char_span(end, min(len(doc_text(doc)), end + 40), alignment_mode="expand")
    noun = next((t for t in after or () if t.pos_ in ("NOUN", "PROPN")), None) if after else None
    if noun is None:
        return None
    wanted = _event_noun(noun)
    for ref in reversed(before):
        span = doc.char_span(ref.span.start, ref.span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
        if head.i != root.i and head.pos_ == "NOUN" and _event_noun(head) == wanted:
            return _anchor_date(ref.value, unit)
    return None


def _anchored(doc: Doc, text: str, start: int, end: int, later: list[tuple[int, int]], before: list[DateRef],
              pub: dt.date, quarterly: bool) -> DateRef | None:
    """A DateRef for "two days later", "the next day", "a day after the vote" counted from its anchor: the
    date in the anchor phrase itself ("a week after the June 3 vote"), else the nearest date before it, else
    the publication date."""
    if (m := _RELATION.match(text, end)) is not None and anchored_shift(text[start:m.end()]) is not None:
        end = m.end()  # spaCy's "a day" of "a day after the vote"
    shift = anchored_shift(text[start:end])
    if shift is None:
        return None
    unit, n = shift
    if before and re.fullmatch(r",\s*", text[before[-1].span.end:start]) and _anchor_date(before[-1].value, unit):
        value = before[-1].value  # "on Nov. 3, the day before the raid": an apposition names the same date
        return DateRef(TextSpan(start, end, text[start:end]), value, before[-1].granularity, before[-1].kind)
    anchor = None
    if text[start:end].lower().endswith(("after", "before")) and re.match(r"\s+\w", text[end:end + 2]):
        stop = text.find(".", end)
        own = next(((a, b) for a, b in later if a < (stop if stop > 0 else len(text)) and a - end < 60), None)
        if own is not None:  # an expression that is no date ("following weeks of unrest") anchors nothing
            a, b = _trim(text, *own)
            valued = _value(doc, text, a, b, pub, quarterly)
            anchor = _anchor_date(valued[1], unit) if valued else None
        if anchor is None and (same := _clause_date(doc, start, before, unit)) is not None:
            # "accused X on Sunday of ..., a day after clashes at the border": the anchor event has no date
            # of its own, and the expression dates the sentence's event, which the sentence already dates
            return DateRef(TextSpan(start, end, text[start:end]), same.value, same.granularity, same.kind)
        if anchor is None:
            anchor = _noun_anchor(doc, end, before, unit)
    if anchor is None:
        anchor = next((d for d in (_anchor_date(r.value, unit) for r in reversed(before)) if d), None)
        guessed, anchor = anchor is None, anchor or pub
    else:
        guessed = False
    value = shifted_value(anchor, unit, n)
    if value > (latest := shifted_value(pub, unit, 0)):
        # a past clause cannot end after publication: "protests began a day after the vote", the vote undated
        tense = _tense(doc, text, start, end)
        if tense is False or (tense is None and guessed):
            value = latest
    return DateRef(TextSpan(start, end, text[start:end]), value, unit, "DATE")


def _reference_day(doc: Doc, text: str, end: int, later: list[tuple[int, int]], before: list[DateRef], pub: dt.date,
                   quarterly: bool) -> str:
    """The day a time of day without one of its own falls on: the day right after it ("at 9 a.m. on Sunday"),
    else the last day the article named before it ("He was shot on Oct. 23 ... at 10 p.m.", TimeML's
    reference time), else the publication date."""
    if later and re.fullmatch(r"[\s,]*(?:on\s+)?", text[end:later[0][0]]):
        valued = _value(doc, text, *_trim(text, *later[0]), pub, quarterly)
        if valued is not None and re.match(r"\d{4}-\d\d-\d\d", valued[1]):
            return valued[1][:10]
    return next((r.value[:10] for r in reversed(before) if r.granularity in ("day", "time")
                 and re.match(r"\d{4}-\d\d-\d\d", r.value)), pub.isoformat())


def find_dates(doc: Doc, article: Article) -> tuple[DateRef, ...]:
    """Every valued time expression in the article, in text order (empty without a publication date)."""
    pub = article.date
    if pub is None:
        return ()
    text = doc_text(doc)
    out: list[DateRef] = []
    dateline = dateline_date(article.text, pub)  # the parsed text has the dateline blanked out
    if dateline is not None:
        out.append(dateline)
    # an earnings report: "a year ago" is a quarter, "the latest period" the last one reported
    quarterly = _QUARTERLY.search(text) is not None or len(re.findall(r"\bquarters?\b", text, re.I)) >= 2
    candidates = _candidates(doc)
    for k, (s, e) in enumerate(candidates):
        start, end = _trim(text, s, e)
        if end <= start or (dateline is not None and start < dateline.span.end) or _DANGLING.search(text, start, end):
            continue  # "the night of" cut off from its date is no expression of its own
        if (anchored := _anchored(doc, text, start, end, candidates[k + 1:], out, pub, quarterly)) is not None:
            out.append(anchored)
            continue
        valued = _value(doc, text, start, end, pub, quarterly)
        parts = [(start, end, valued)]
        if valued is not None and valued[0] == "DURATION" and (m := _OF_YEAR.search(text, start, end)):
            # "the first nine months of 1997": TimeML's stretch and the year it lies in are two expressions
            parts = [(a, b, _value(doc, text, a, b, pub, quarterly)) for a, b in ((start, m.start()), (m.end(), end))]
        elif valued is None or _SPLIT.search(text, start, end):
            parts = []
            for a, b in (_trim(text, *p) for p in _pieces(text, start, end)):
                # "on October 10 and two days later": the second piece counts from the first
                prior = [*out, *(DateRef(TextSpan(x, y, text[x:y]), w[1], granularity(w[1]), w[0]) for x, y, w in parts
                                 if w is not None)]
                anchored = _anchored(doc, text, a, b, [], prior, pub, quarterly) if anchored_shift(text[a:b]) else None
                parts.append((a, b, (anchored.kind, anchored.value) if anchored is not None
                              else _value(doc, text, a, b, pub, quarterly)))
            if valued is not None and sum(v is not None for *_, v in parts) < 2:
                parts = [(start, end, valued)]
        for a, b, v in parts:
            if v is not None and v[0] == "TIME" and v[1][:10] == pub.isoformat() and not _OWN_DAY.search(text, a, b):
                v = "TIME", _reference_day(doc, text, b, candidates[k + 1:], out, pub, quarterly) + v[1][10:]
            if v is not None and b > a:
                grain = "set" if v[0] == "SET" else granularity(v[1])
                out.append(DateRef(TextSpan(a, b, text[a:b]), v[1], grain, v[0]))
    return tuple(out)



def dateline_date(text: str, pub: dt.date) -> DateRef | None:
    """The date of a dateline ("WASHINGTON/ISLAMABAD, June 29:"), placed in the year of publication."""
    m = _DATELINE.match(text[:120])
    if m is None or not m[2].lower().startswith(_MONTH_WORDS) and not m[2][:1].isdigit():
        return None
    resolved = resolve_expression(m[2], pub, False)
    if resolved is None:
        return None
    value = resolved[0].isoformat()
    return DateRef(TextSpan(m.start(2), m.end(2), m[2]), value, "day", "DATE")
