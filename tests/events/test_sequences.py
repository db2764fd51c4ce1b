"""Word sequences around a trigger (tidings.events.sequences): ``find`` on word lists, and ``region``,
``holds`` and ``marker_tokens`` on real parses. The sentences use invented country names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.events.patterns import Condition, Step
from tidings.events.sequences import find, holds, marker_tokens, region


def w(*phrases: str, joined: bool = False) -> Step:
    """A word step: each argument is one phrase, its words separated by blanks."""
    return Step(frozenset(tuple(p.split()) for p in phrases), joined)


def m(marker: str, joined: bool = False) -> Step:
    return Step(joined=joined, marker=marker)


# -- find on word lists ------------------------------------------------------------------------------

# id -> (steps, words, start, adjacent, expected start positions or None)
FIND = {
    "no-steps-always-found": ((), ["any", "words"], 0, False, []),
    "no-steps-on-no-words": ((), [], 0, False, []),
    "one-word": ((w("treaty"),), ["the", "treaty"], 0, False, [1]),
    "absent-word": ((w("treaty"),), ["the", "accord"], 0, False, None),
    "no-words": ((w("treaty"),), [], 0, False, None),
    "first-occurrence": ((w("accord"),), ["accord", "and", "accord"], 0, False, [0]),
    "gap-allowed": ((w("new"), w("relations")), ["new", "economic", "relations"], 0, False, [0, 2]),
    "order-matters": ((w("relations"), w("new")), ["new", "economic", "relations"], 0, False, None),
    "joined-adjacent": ((w("economic"), w("relations", joined=True)), ["new", "economic", "relations"], 0, False,
                        [1, 2]),
    "joined-with-gap-fails": ((w("new"), w("relations", joined=True)), ["new", "economic", "relations"], 0, False,
                              None),
    "joined-backtracks-to-later-occurrence": ((w("new"), w("ties", joined=True)),
                                              ["new", "trade", "and", "new", "ties"], 0, False, [3, 4]),
    "alternatives": ((w("treaty", "accord"),), ["an", "accord"], 0, False, [1]),
    "multi-word-phrase": ((w("trade accord"),), ["a", "trade", "accord"], 0, False, [1]),
    "multi-word-phrase-needs-consecutive-words": ((w("trade accord"),), ["trade", "and", "accord"], 0, False, None),
    "multi-word-phrase-next-step-after-it": ((w("trade accord"), w("accord")), ["trade", "accord"], 0, False, None),
    "longer-alternative-when-the-shorter-fails": ((w("border", "border treaty"), w("ties", joined=True)),
                                                  ["border", "treaty", "ties"], 0, False, [0, 2]),
    "start-skips-earlier-words": ((w("accord"),), ["accord", "and", "accord"], 1, False, [2]),
    "marker-any-word": ((w("with"), m("target")), ["talks", "with", "ostland"], 0, False, [1, 2]),
    "marker-needs-a-word": ((w("with"), m("target")), ["talks", "with"], 0, False, None),
    "marker-then-word": ((m("source"), w("said")), ["valoria", "officials", "said"], 0, False, [0, 2]),
    "skip-marker-joined": ((w("to"), m("skip", joined=True), w("talks", joined=True)), ["to", "hold", "talks"], 0,
                           False, [0, 1, 2]),
    "verb-marker-last-word-only": ((w("not"), m("verb")), ["not", "did", "sign"], 0, False, [0, 2]),
    "verb-marker-alone": ((m("verb"),), ["valoria", "signed"], 0, False, [1]),
    "verb-marker-joined": ((w("not"), m("verb", joined=True)), ["did", "not", "sign"], 0, False, [1, 2]),
    "verb-marker-joined-with-gap-fails": ((w("not"), m("verb", joined=True)), ["not", "really", "sign"], 0, False,
                                          None),
    "verb-marker-not-last-fails": ((m("verb"), w("sign")), ["valoria", "sign"], 0, False, None),
    "joined-first-step-not-adjacent-fails": ((w("with", joined=True),), ["with", "ostland"], 0, False, None),
    "joined-first-step-adjacent": ((w("with", joined=True),), ["with", "ostland"], 0, True, [0]),
    "joined-first-step-adjacent-elsewhere-fails": ((w("with", joined=True),), ["talks", "with"], 0, True, None),
    "joined-first-marker-not-adjacent-fails": ((m("target", joined=True),), ["ostland"], 0, False, None),
}


@pytest.mark.parametrize(("steps", "words", "start", "adjacent", "expected"), list(FIND.values()), ids=list(FIND))
def test_find(steps, words, start, adjacent, expected):
    assert find(steps, words, start, adjacent) == expected


VOCAB = ["valoria", "ostland", "signed", "a", "trade", "accord", "with", "the", "not", "talks"]


@st.composite
def subsequences(draw):
    """Words, and a sequence of steps drawn from them in order; a step right after the previous one may be
    joined to it."""
    words = draw(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=12))
    picked = sorted(draw(st.sets(st.integers(0, len(words) - 1), min_size=1)))
    steps = []
    for k, i in enumerate(picked):
        joined = k > 0 and picked[k - 1] == i - 1 and draw(st.booleans())
        steps.append(Step(frozenset({(words[i],)}), joined))
    return words, tuple(steps)


@given(subsequences())
def test_a_subsequence_with_gaps_is_always_found(case):
    words, steps = case
    found = find(steps, words)
    assert found is not None
    assert found == sorted(set(found))  # in order, one word each
    for pos, step in zip(found, steps, strict=True):
        assert (words[pos],) in step.phrases
    for k, step in enumerate(steps):
        if step.joined:
            assert found[k] == found[k - 1] + 1


@given(subsequences(), st.integers(0, 12), st.sampled_from(["valorian", "karst", "embargo"]))
def test_a_word_absent_from_the_list_is_never_found(case, at, absent):
    words, steps = case
    at = min(at, len(steps))
    with_absent = (*steps[:at], Step(frozenset({(absent,)})), *steps[at:])
    assert find(with_absent, words) is None


# -- on real parses ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    from tidings.config import Settings
    from tidings.nlp import load_model

    return load_model(Settings().model)


def _trigger(doc, word: str):
    return next(t for t in doc if t.text == word)


def _texts(tokens) -> list[str]:
    return [t.text for t in tokens]


ADVCL = "Valoria did not sign the treaty with Ostland because the talks failed."
COORD = "Valoria signed the treaty and Ostland protested."
PLACE = "Valoria met with Ostland in Saltbridge."
CONTROL = "Valoria will not agree to sign the treaty."
OWN = "Valoria said Ostland signed the treaty."

REGION = {
    "before-subject-aux-negation": (ADVCL, "sign", "before", ["Valoria", "did", "not"]),
    "after-leaves-out-adverbial-clause": (ADVCL, "sign", "after", ["the", "treaty", "with", "Ostland"]),
    "before-of-coordinated-verb": (COORD, "signed", "before", ["Valoria"]),
    "after-leaves-out-coordinated-verb": (COORD, "signed", "after", ["the", "treaty"]),
    "after-keeps-prepositional-phrases": (PLACE, "met", "after", ["with", "Ostland", "in", "Saltbridge"]),
    "before-of-controlled-verb-reads-governor": (CONTROL, "sign", "before", ["Valoria", "will", "not", "agree", "to"]),
    "before-of-verb-with-own-subject-stops": (OWN, "signed", "before", ["Ostland"]),
}


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "side", "expected"), list(REGION.values()), ids=list(REGION))
def test_region(nlp, text, trigger, side, expected):
    doc = nlp(text)
    assert _texts(region(_trigger(doc, trigger), side)) == expected


def before(*steps: Step) -> Condition:
    return Condition("before", steps=(*steps, m("verb")))


def after(*steps: Step) -> Condition:
    return Condition("after", steps=steps)


# id -> (text, trigger, condition, holds)
HOLDS = {
    "negation-before-verb": (ADVCL, "sign", before(w("not")), True),
    "negation-joined-to-verb": (ADVCL, "sign", Condition("before", steps=(w("not"), m("verb", joined=True))), True),
    "auxiliary-not-joined-to-verb": (ADVCL, "sign", Condition("before", steps=(w("did"), m("verb", joined=True))),
                                     False),
    "subject-and-negation": (ADVCL, "sign", before(w("valoria"), w("not")), True),
    "negation-absent": (COORD, "signed", before(w("not")), False),
    "object-after": (ADVCL, "sign", after(w("treaty")), True),
    "object-and-prep-phrase": (ADVCL, "sign", after(w("treaty"), w("with"), m("target")), True),
    "first-word-joined-to-verb": (ADVCL, "sign", after(w("the", joined=True)), True),
    "second-word-joined-to-verb-fails": (ADVCL, "sign", after(w("treaty", joined=True)), False),
    "adverbial-clause-not-in-phrase": (ADVCL, "sign", after(w("failed")), False),
    "coordinated-verb-not-in-phrase": (COORD, "signed", after(w("protested")), False),
    "coordinated-subject-not-in-phrase": (COORD, "signed", after(w("ostland")), False),
    "words-before-verb-not-after": (ADVCL, "sign", after(w("not")), False),
}


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "cond", "expected"), list(HOLDS.values()), ids=list(HOLDS))
def test_holds(nlp, text, trigger, cond, expected):
    tok = _trigger(nlp(text), trigger)
    assert holds(cond, tok) is expected
    cache: dict = {}
    assert holds(cond, tok, cache) is expected
    assert (tok.i, cond.slot) in cache
    assert holds(cond, tok, cache) is expected  # from the cache


@pytest.mark.model
def test_holds_reads_each_side_once_per_trigger(nlp):
    tok = _trigger(nlp(ADVCL), "sign")
    cache: dict = {}
    holds(after(w("treaty")), tok, cache)
    words, adjacent = cache[(tok.i, "after")]
    assert (words, adjacent) == (["the", "treaty", "with", "ostland"], True)
    holds(before(w("not")), tok, cache)
    assert cache[(tok.i, "before")] == (["valoria", "did", "not", "sign"], False)


# id -> (text, trigger, condition, marker, tokens)
MARKERS = {
    "target-up-to-the-end": (PLACE, "met", after(w("with"), m("target")), "target", ["Ostland", "in", "Saltbridge"]),
    "target-up-to-next-step": (PLACE, "met", after(w("with"), m("target"), w("in")), "target", ["Ostland"]),
    "source-after-verb": (ADVCL, "sign", after(w("with"), m("source")), "source", ["Ostland"]),
    "compound-before-verb": ("Valoria and Ostland agree.", "agree", before(m("compound")), "compound",
                             ["Valoria", "and", "Ostland"]),
    "condition-fails": (PLACE, "met", after(w("against"), m("target")), "target", []),
    "marker-not-in-condition": (PLACE, "met", after(w("with"), m("target")), "source", []),
}


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "cond", "marker", "expected"), list(MARKERS.values()), ids=list(MARKERS))
def test_marker_tokens(nlp, text, trigger, cond, marker, expected):
    tok = _trigger(nlp(text), trigger)
    assert _texts(marker_tokens(cond, tok, marker)) == expected
