"""PETRARCH verb dictionaries translated into word-sequence patterns (tidings.dictionaries.petrarch_sequences),
and a ``Coder`` built on an invented dictionary set coding invented sentences end to end.

Every snippet is written for these tests in the PETRARCH formats; countries (Valoria, Ostland, Karst) and
codes are invented, verb families are small made-up ones.
"""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from tidings.codebook import FOREIGN_NAME
from tidings.dictionaries.petrarch_patterns import DEFAULT_TARGET
from tidings.dictionaries.petrarch_sequences import SequenceReport, sequence_patterns
from tidings.dictionaries.petrarch_verbs import parse_petrarch_verbs
from tidings.events.patterns import NO_EVENT, Pattern, PatternDictionary
from tidings.events.sequences import find

PATH = "dicts/Invented.verbs.txt"
SYNSETS = """\
&NEGSYN
+NOT_
+NEVER_

&CARGO
+FERRY
+BARGE_

&TIE
+TRADE
+BORDER_TREATY
+&CARGO
"""
NULL_FAMILY = "--- ZORP [---] ---\nZORP\n"


def _translate(body: str) -> tuple[PatternDictionary, SequenceReport]:
    return sequence_patterns(parse_petrarch_verbs(SYNSETS + "\n" + body, PATH))


def _step(st) -> str:
    if st.marker:
        text = f"<{st.marker}>"
    else:
        text = "|".join(sorted(" ".join(p) for p in st.phrases))
    return ("_" if st.joined else "") + text


def _show(p: Pattern) -> tuple:
    """A pattern as (conditions, target, code, reverse code); a condition is its slot, or (slot, steps) where a
    step is its phrases ("a|b c"), a marker ("<target>"), "_" in front when joined to what comes before."""
    conds = tuple((c.slot, tuple(_step(s) for s in c.steps)) if c.steps else c.slot for c in p.conditions)
    return conds, p.target, p.code, p.reverse_code


def _line_no(text: str, line: str) -> int:
    return text.splitlines().index(line) + 1


SEQ_TARGET = ("seq:target",)
SEQ_SOURCE = ("seq:source",)
TIE = "barge|border treaties|border treaty|ferries|ferry|trade|trades"

# id -> (pattern line, (conditions, target, code, reverse code)) of the one pattern it gives for ZORP
CONSTRUCTS = {
    "plain-word": ("- * ACCORD [057]", ((("after", ("accord",)),), DEFAULT_TARGET, "057", "")),
    "word-alternatives": ("- * TREATY/ACCORD [057]", ((("after", ("accord|treaty",)),), DEFAULT_TARGET, "057", "")),
    "synset-with-plurals-and-nested-synset": ("- * &TIE [061]", ((("after", (TIE,)),), DEFAULT_TARGET, "061", "")),
    "synset-inside-noun-phrase": ("- * {&CARGO CONVOY} [061]",
                                  ((("after", ("barge|ferries|ferry", "convoy")),), DEFAULT_TARGET, "061", "")),
    "underscore-joined-words": ("- * NEW_ECONOMIC_RELATIONS [061]",
                                ((("after", ("new", "_economic", "_relations")),), DEFAULT_TARGET, "061", "")),
    "blank-separated-words-not-joined": ("- * NEW RELATIONS [061]",
                                         ((("after", ("new", "relations")),), DEFAULT_TARGET, "061", "")),
    "prep-phrase-with-noun": ("- * (WITH PORT) [062]", ((("after", ("with", "port")),), DEFAULT_TARGET, "062", "")),
    "prep-phrase-alone": ("- * (AGAINST) [062]", ((("after", ("against",)),), DEFAULT_TARGET, "062", "")),
    "noun-phrase-words-in-order": ("- * {HARBOUR ACCORD} [063]",
                                   ((("after", ("harbour", "accord")),), DEFAULT_TARGET, "063", "")),
    "noun-phrase-determiner-kept": ("- * {THE ACCORD} [063]",
                                    ((("after", ("the", "accord")),), DEFAULT_TARGET, "063", "")),
    "prep-phrase-with-noun-phrase": ("- * (IN {HARBOUR ACCORD}) [063]",
                                     ((("after", ("in", "harbour", "accord")),), DEFAULT_TARGET, "063", "")),
    "target-marker": ("- * (WITH +) [064]", ((("after", ("with", "<target>")),), SEQ_TARGET, "064", "")),
    "target-marker-bare": ("- * ACCORD + [064]", ((("after", ("accord", "<target>")),), SEQ_TARGET, "064", "")),
    "source-after-verb-swaps": ("- * $ [065]", ((("after", ("<source>",)), "swap"), SEQ_SOURCE, "065", "")),
    "source-in-prep-swaps": ("- * AID (FROM $) [070]",
                             ((("after", ("aid", "from", "<source>")), "swap"), SEQ_SOURCE, "070", "")),
    "target-before-source-after": ("- + * (FROM $) [066]",
                                   ((("before", ("<target>", "<verb>")), ("after", ("from", "<source>")), "swap"),
                                    SEQ_SOURCE, "066", "")),
    "source-before-verb-is-the-subject": ("- $ * ACCORD [057]",
                                          ((("before", ("<source>", "<verb>")), ("after", ("accord",))),
                                           DEFAULT_TARGET, "057", "")),
    "skip-marker": ("- * (TO ^) [042]", ((("after", ("to", "<skip>")),), DEFAULT_TARGET, "042", "")),
    "compound-before-verb": ("- % * [030]",
                             ((("before", ("<compound>", "<verb>")), "compound"), DEFAULT_TARGET, "030", "")),
    "paired-code": ("- * TALKS [042:043]", ((("after", ("talks",)),), DEFAULT_TARGET, "042", "043")),
    "reverse-code-alone-swaps": ("- * FERRY [:173]", ((("after", ("ferry",)), "swap"), DEFAULT_TARGET, "173", "")),
    "reverse-code-and-source-marker-cancel": ("- * (FROM $) [:173]",
                                              ((("after", ("from", "<source>")),), SEQ_SOURCE, "173", "")),
    "null-code-blocks": ("- * FIREWORKS [---]", ((("after", ("fireworks",)),), DEFAULT_TARGET, NO_EVENT, "")),
    "code-outside-codebook-kept": ("- * SPROCKET [224]", ((("after", ("sprocket",)),), DEFAULT_TARGET, "224", "")),
    "negation-before-verb": ("- NOT * [125]", ((("before", ("not", "<verb>")),), DEFAULT_TARGET, "125", "")),
    "several-words-before-verb": ("- WILL NOT * [125]",
                                  ((("before", ("will", "not", "<verb>")),), DEFAULT_TARGET, "125", "")),
    "negation-synset-before-verb": ("- &NEGSYN * PEACE [125]",
                                    ((("before", ("never|not", "<verb>")), ("after", ("peace",))),
                                     DEFAULT_TARGET, "125", "")),
    "star-joined-before": ("- IN_* [070]", ((("before", ("in", "_<verb>")),), DEFAULT_TARGET, "070", "")),
    "star-joined-both-sides": ("- IN_*_OUT [074]",
                               ((("before", ("in", "_<verb>")), ("after", ("_out",))), DEFAULT_TARGET, "074", "")),
    "trailing-underscore-dropped": ("- * OFF_ [183]", ((("after", ("off",)),), DEFAULT_TARGET, "183", "")),
    "comment-after-code": ("- * ACCORD [057]  # note <jk 01 Jan 2020>",
                           ((("after", ("accord",)),), DEFAULT_TARGET, "057", "")),
}


@pytest.mark.parametrize(("line", "expected"), list(CONSTRUCTS.values()), ids=list(CONSTRUCTS))
def test_construct_translates(line, expected):
    d, report = _translate(NULL_FAMILY + line + "\n")
    (p,) = d.patterns("zorp", "VERB")
    assert _show(p) == expected
    assert (p.lemma, p.pos, p.particle, p.refine) == ("zorp", "VERB", "", "")
    text = SYNSETS + "\n" + NULL_FAMILY + line + "\n"
    no = _line_no(text, line)
    assert (p.id, p.rule) == (f"zorp@{no}", f"Invented.verbs.txt:{no}")
    assert (report.patterns_read, report.patterns_imported, report.dropped) == (1, 1, ())


# id -> (pattern line, reason counted in the report)
DROPPED = {
    "compound-after-verb": ("- * % [030]", "% compound actor after the verb"),
    "compound-in-prep-after-verb": ("- * (WITH %) [030]", "% compound actor after the verb"),
    "source-and-target-after-verb": ("- * (FROM $) (TO +) [061]", "a source and a target both after the verb"),
    "target-before-verb-alone": ("- + * ACCORD [057]", "a target before the verb and no source after it"),
}


@pytest.mark.parametrize(("line", "reason"), list(DROPPED.values()), ids=list(DROPPED))
def test_untranslatable_patterns_are_dropped_and_counted(line, reason, caplog):
    with caplog.at_level(logging.INFO, logger="tidings.dictionaries.petrarch_sequences"):
        d, report = _translate(NULL_FAMILY + line + "\n- * ACCORD [057]\n")
    assert [_show(p)[0] for p in d.patterns("zorp", "VERB")] == [(("after", ("accord",)),)]
    assert (report.patterns_read, report.patterns_imported, report.tidings_patterns) == (2, 1, 1)
    assert report.dropped == ((reason, 1),)
    assert f"dropped: 1 {reason}" in report.summary()
    assert "Invented.verbs.txt: 2 patterns read, 1 imported as 1 tidings patterns" in caplog.text


def test_report_summary_without_drops():
    _, report = _translate(NULL_FAMILY + "- * ACCORD [057]\n- * TALKS [042:043]\n")
    assert report.summary() == "Invented.verbs.txt: 2 patterns read, 2 imported as 2 tidings patterns; dropped: none"
    assert report.path == PATH


# -- verbs: defaults, own codes, multi-word verbs ------------------------------------------------------

def test_family_default_and_verb_own_code():
    body = "--- PACT [057] ---\nCONCLUDE\nRATIFY [051]\n"
    d, report = _translate(body)
    text = SYNSETS + "\n" + body
    (conclude,) = d.patterns("conclude", "VERB")
    (ratify,) = d.patterns("ratify", "VERB")
    assert _show(conclude) == ((), DEFAULT_TARGET, "057", "")
    assert _show(ratify) == ((), DEFAULT_TARGET, "051", "")  # the verb's own code beats the family's
    assert conclude.rule == f"Invented.verbs.txt:{_line_no(text, '--- PACT [057] ---')}"  # where the code is
    assert ratify.rule == f"Invented.verbs.txt:{_line_no(text, 'RATIFY [051]')}"
    assert (report.patterns_read, report.tidings_patterns) == (0, 2)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("--- PACT [---] ---\nCONCLUDE\n", [], id="null-family-no-default"),
        pytest.param("--- PACT ---\nCONCLUDE\n", [], id="family-without-code-no-default"),
        pytest.param("--- PACT [---] ---\nCONCLUDE [051]\n", [((), DEFAULT_TARGET, "051", "")],
                     id="null-family-verb-own-code"),
        pytest.param("--- PACT [057] ---\nCONCLUDE [---]\n", [], id="verb-own-null-code"),
        pytest.param("--- PACT [042:043] ---\nCONCLUDE\n", [((), DEFAULT_TARGET, "042", "043")],
                     id="family-paired-code"),
        pytest.param("--- PACT [:173] ---\nCONCLUDE\n", [(("swap",), DEFAULT_TARGET, "173", "")],
                     id="family-reverse-code-alone"),
    ],
)
def test_verb_defaults(body, expected):
    d, _ = _translate(body)
    assert [_show(p) for p in d.patterns("conclude", "VERB")] == expected


def test_patterns_are_shared_by_the_family_and_sorted_by_specificity():
    d, report = _translate("--- PACT [057] ---\nCONCLUDE\nRATIFY [051]\n- * ACCORD [057]\n"
                           "- * TRADE_ACCORD [061]\n")
    for verb, default in (("conclude", "057"), ("ratify", "051")):
        assert [p.code for p in d.patterns(verb, "VERB")] == ["061", "057", default]  # two words, one, none
    assert (report.patterns_read, report.patterns_imported, report.tidings_patterns) == (2, 2, 6)


def test_multi_word_verb_with_words_after_the_verb():
    body = "--- TRAVEL [032] ---\n+GO_BY {+WENT_BY +GONE_BY}\n- * (TO +) [042]\n"
    d, _ = _translate(body)
    text = SYNSETS + "\n" + body
    default, pattern = sorted(d.patterns("go", "VERB"), key=lambda p: p.code)
    assert _show(default) == ((("after", ("_by",)),), DEFAULT_TARGET, "032", "")
    assert _show(pattern) == ((("after", ("_by", "to", "<target>")),), SEQ_TARGET, "042", "")
    assert pattern.id == f"go_by@{_line_no(text, '- * (TO +) [042]')}"
    assert set(d.by_trigger) == {("go", "VERB")}


def test_multi_word_verb_with_words_before_the_verb():
    body = "--- TRAVEL [032] ---\nKLM_NOP_+RST\n- NOT * [125]\n- * (TO +) [042]\n"
    d, _ = _translate(body)
    by_code = {p.code: p for p in d.patterns("rst", "VERB")}
    assert set(by_code) == {"032", "125", "042"}
    assert by_code["032"].id.startswith("klm_nop_rst@")

    def before_words(p: Pattern) -> tuple[str, ...]:
        (cond,) = [c for c in p.conditions if c.slot == "before"]
        assert cond.steps[-1].marker == "verb"
        return tuple(_step(s) for s in cond.steps[:-1])

    assert before_words(by_code["032"]) == ("klm", "_nop")
    assert before_words(by_code["125"]) == ("not", "klm", "_nop")  # the pattern's words, then the verb's
    assert before_words(by_code["042"]) == ("klm", "_nop")
    assert [c.slot for c in by_code["042"].conditions] == ["before", "after"]
    assert find(by_code["032"].conditions[0].steps, ["the", "klm", "nop", "rst"]) == [1, 2, 3]
    assert find(by_code["032"].conditions[0].steps, ["the", "nop", "klm", "rst"]) is None


def test_words_before_a_multi_word_verb_are_joined_to_it():
    d, _ = _translate("--- TRAVEL [032] ---\nKLM_NOP_+RST\n")
    (p,) = d.patterns("rst", "VERB")
    steps = p.conditions[0].steps
    assert steps[-1].joined
    assert find(steps, ["klm", "nop", "valoria", "rst"]) is None


def test_the_same_verb_twice_in_a_family_is_made_once():
    d, _ = _translate("--- PACT [057] ---\nCONCLUDE\nCONCLUDE {CONCLUDES CONCLUDED}\n- * ACCORD [061]\n")
    assert [p.code for p in d.patterns("conclude", "VERB")] == ["061", "057"]


def test_synset_classes_and_version():
    d, _ = _translate(NULL_FAMILY + "- * &TIE [061]\n")
    assert {"petrarch:TIE", "petrarch:CARGO", "petrarch:NEGSYN"} <= set(d.classes)
    assert len(d.version) == 12
    other, _ = _translate(NULL_FAMILY + "- * &TIE [062]\n")
    assert other.version != d.version


# -- end to end: a Coder on an invented dictionary set -------------------------------------------------

VERBS = """\
&NEG
+NOT_
+NEVER_

--- SIGN [057] ---
SIGN
- * ACCORD [057]
- * TRADE_ACCORD [061]

--- ENDORSE [051] ---
ENDORSE
- &NEG * [125]

--- CONFER [040] ---
CONFER
- * (WITH +) [043]

--- AGREE [---] ---
AGREE
- % * [030]

--- QUARREL [---] ---
QUARREL
- % * [111]

--- PRAISE [051] ---
PRAISE

--- SCOLD [224] ---
SCOLD
"""
ACTORS = """\
VALORIA_ [VAL]
+VALORIAN
OSTLAND_ [OST]
+OSTLANDER
KARST_ [KRS]
"""
AGENTS = """\
GOVERNMENT [~GOV]
RELIEF_BODY [NGO~]
"""
DISCARDS = """\
CROQUET
+ REGATTA
"""
FILES = {"Invented.verbs.txt": VERBS, "Invented.actors.txt": ACTORS, "Invented.agents.txt": AGENTS,
         "Invented.discards.txt": DISCARDS}
PROFILE = ('verbs = "Invented.verbs.txt"\nactors = "Invented.actors.txt"\nagents = "Invented.agents.txt"\n'
           'discards = "Invented.discards.txt"\n')


@pytest.fixture(scope="module")
def coders(tmp_path_factory):
    from tidings.config import Settings
    from tidings.dictionaries.profile import read_profile
    from tidings.pipeline import Coder

    folder = tmp_path_factory.mktemp("invented-dictionaries")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "petrarch.toml").write_text('semantics = "petrarch"\n' + PROFILE, encoding="utf-8")
    (folder / "tidings.toml").write_text(PROFILE, encoding="utf-8")  # the default semantics
    return {name: Coder(Settings(), profile=read_profile(folder / f"{name}.toml")) for name in ("petrarch", "tidings")}


def _code(coder, text: str):
    from tidings.records import Article

    result = coder.code_one(Article("e2e", text, dt.date(2024, 5, 1)))
    assert result.errors == ()
    return result


def _triples(result) -> set[tuple[str, str | None, str]]:
    return {(e.source.code.code, e.target.code.code if e.target else None, e.cameo.code) for e in result.events}


VAL_OST = ("VAL", "OST")
# id -> (text, triples with semantics "petrarch", triples with semantics "tidings"); same: both the same
E2E = {
    "word-sequence-more-specific-pattern": ("Valoria signed a trade accord with Ostland.", {(*VAL_OST, "061")},
                                            "same"),
    "word-sequence-less-specific-pattern": ("Valoria signed an accord with Ostland.", {(*VAL_OST, "057")}, "same"),
    "joined-words-with-a-gap-fall-back": ("Valoria signed a trade and border accord with Ostland.",
                                          {(*VAL_OST, "057")}, "same"),
    "negation-pattern-on-did-not": ("Valoria did not endorse Ostland.", {(*VAL_OST, "125")}, "same"),
    "negation-absent-family-default": ("Valoria endorsed Ostland.", {(*VAL_OST, "051")}, "same"),
    "target-from-with-marker": ("Valoria conferred about Ostland with Karst.", {("VAL", "KRS", "043")}, "same"),
    "compound-subject-both-directions": ("Valoria and Ostland agree.",
                                         {(*VAL_OST, "030"), ("OST", "VAL", "030")}, "same"),
    "compound-subject-non-reciprocal-code": ("Valoria and Ostland quarrelled.",
                                             {(*VAL_OST, "111"), ("OST", "VAL", "111")}, "same"),
    "compound-pattern-needs-coordinated-subject": ("Valoria quarrelled with Ostland.", set(), "same"),
    "bare-role": ("The government praised Ostland.", {("---GOV", "OST", "051")}, {("OSTGOV", "OST", "051")}),
    "prefix-agent": ("The Valorian relief body praised Ostland.", {("NGOVAL", "OST", "051")}, "same"),
    "no-target-named": ("Valoria praised.", {("VAL", None, "051")}, "same"),
}
# the (case, semantics) pairs that fail because of a bug, and why
E2E_BUGS: dict[tuple[str, str], str] = {}


def _e2e_params():
    out = []
    for case, (text, petrarch, tidings) in E2E.items():
        for semantics, expected in (("petrarch", petrarch), ("tidings", petrarch if tidings == "same" else tidings)):
            bug = E2E_BUGS.get((case, semantics))
            marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
            out.append(pytest.param(semantics, text, expected, id=f"{case}-{semantics}", marks=marks))
    return out


@pytest.mark.model
@pytest.mark.parametrize(("semantics", "text", "expected"), _e2e_params())
def test_coder_on_invented_dictionaries(coders, semantics, text, expected):
    assert _triples(_code(coders[semantics], text)) == expected


@pytest.mark.model
@pytest.mark.parametrize("semantics", ["petrarch", "tidings"])
def test_events_carry_the_imported_rule_and_version(coders, semantics):
    coder = coders[semantics]
    result = _code(coder, "Valoria conferred about Ostland with Karst.")
    (event,) = result.events
    no = _line_no(VERBS, "- * (WITH +) [043]")
    assert event.rule == f"confer@{no}"
    assert event.dictionary_version == coder.dictionaries.version
    assert event.spans.target is not None and event.spans.target.text == "Karst"


@pytest.mark.model
@pytest.mark.parametrize("semantics", ["petrarch", "tidings"])
def test_code_outside_the_codebook_is_kept_verbatim(coders, semantics):
    (event,) = _code(coders[semantics], "Valoria scolded Ostland.").events
    assert (event.source.code.code, event.target.code.code) == VAL_OST
    assert (event.cameo.code, event.cameo.name, event.cameo.goldstein, event.cameo.quad) == ("224", FOREIGN_NAME,
                                                                                             None, 0)
    assert event.plover.type == ""


# id -> (text, triples left, discarded)
DISCARD_CASES = {
    "sentence-discard-drops-its-sentence": ("Valoria praised Ostland. Valoria scolded Ostland at croquet.",
                                            {(*VAL_OST, "051")}, ((1, "sentence"),)),
    "sentence-discard-first-sentence": ("Valoria scolded Ostland at croquet. Valoria praised Ostland.",
                                        {(*VAL_OST, "051")}, ((0, "sentence"),)),
    "story-discard-drops-everything": ("Valoria praised Ostland. The regatta began.", set(), ((1, "story"),)),
    "story-and-sentence-discards": ("Valoria praised Ostland at croquet. Ostland scolded Valoria at the regatta.",
                                    set(), ((0, "sentence"), (1, "story"))),
    "no-discard": ("Valoria praised Ostland. Valoria scolded Ostland.", {(*VAL_OST, "051"), (*VAL_OST, "224")}, ()),
}


@pytest.mark.model
@pytest.mark.parametrize("semantics", ["petrarch", "tidings"])
@pytest.mark.parametrize(("text", "expected", "discarded"), list(DISCARD_CASES.values()), ids=list(DISCARD_CASES))
def test_discards(coders, semantics, text, expected, discarded):
    result = _code(coders[semantics], text)
    assert _triples(result) == expected
    assert result.discarded == discarded


@pytest.mark.model
def test_profile_semantics_reaches_the_stages(coders):
    assert (coders["petrarch"].events.context, coders["petrarch"].actors.context) == (False, False)
    assert (coders["tidings"].events.context, coders["tidings"].actors.context) == (True, True)
    assert coders["petrarch"].dictionaries.version == coders["tidings"].dictionaries.version
    assert coders["petrarch"].dictionaries.profile.builtin_patterns is False
