"""PETRARCH/TABARI verb dictionaries read (tidings.dictionaries.petrarch_verbs) and translated into tidings
patterns (tidings.dictionaries.petrarch_patterns). The snippets are written for these tests in the format
of CAMEO.2.0.txt, with invented words where no parser reads them."""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from pathlib import Path

import pytest

from tidings.codebook import load_codebook
from tidings.dictionaries.petrarch_patterns import CLASS_PREFIX, DEFAULT_TARGET, translate
from tidings.dictionaries.petrarch_verbs import (
    Code,
    NounPhrase,
    PrepPhrase,
    Term,
    load_petrarch_verbs,
    parse_petrarch_verbs,
    read_petrarch_verbs,
    to_patterns,
)
from tidings.errors import DictionaryError
from tidings.events.patterns import NO_EVENT, Pattern, PatternDictionary

PATH = "dicts/Test.verbs.txt"
SYNSETS = """\
&GLORB
+WIDGET
+GIZMO_
+BLUE_FLANGE
+PLATE OF ARMOUR
"""


def _text(lines: str, family: str = "--- ZORP [---] ---\nZORP\n") -> str:
    return SYNSETS + "\n" + family + lines + "\n"


def _parse(text: str, strict: bool = False):
    return parse_petrarch_verbs(text, PATH, strict)


def _patterns(pattern_line: str, lemma: str = "zorp", family: str = "--- ZORP [---] ---\nZORP\n") -> list[Pattern]:
    d, _ = translate(_parse(_text(pattern_line + "\n", family)))
    return d.patterns(lemma, "VERB")


def _conds(p: Pattern) -> set[str]:
    return {f"{c.slot}={'|'.join(sorted(c.words))}" if c.words else c.slot for c in p.conditions}


GLORB = "flange|gizmo|plate|widget"  # member heads: BLUE_FLANGE -> flange, PLATE OF ARMOUR -> plate

# construct -> (pattern line, [(conditions, particle, target, code, reverse code)] one per tidings pattern)
CONSTRUCTS = {
    "bare_noun": ("- * SPROCKET [072]", [({"obj=sprocket"}, "", DEFAULT_TARGET, "072", "")]),
    "noun_phrase_head_last": ("- * {BRASS SPROCKET} [072]",
                              [({"obj=sprocket", "objmod=brass"}, "", DEFAULT_TARGET, "072", "")]),
    "noun_phrase_determiner_dropped": ("- * {THE SPROCKET} [072]", [({"obj=sprocket"}, "", DEFAULT_TARGET, "072", "")]),
    "synset_word_class": ("- * &GLORB [073]", [({f"obj={GLORB}"}, "", DEFAULT_TARGET, "073", "")]),
    "synset_in_noun_phrase": ("- * {&GLORB SHIPMENT} [072]",
                              [({"obj=shipment", f"objmod={GLORB}"}, "", DEFAULT_TARGET, "072", "")]),
    "prep_with_object": ("- * (TO TRELLIS) [154]", [({"prep:to=trellis"}, "", DEFAULT_TARGET, "154", "")]),
    "prep_alone": ("- * (TO) [154]", [({"prep:to"}, "", DEFAULT_TARGET, "154", "")]),
    "prep_with_noun_phrase": ("- * (AT {BRASS TRELLIS}) [190]",
                              [({"prep:at=trellis", "mod:prep:at=brass"}, "", (*DEFAULT_TARGET, "prep:at"), "190",
                                "")]),
    "prep_with_synset": ("- * (AT &GLORB) [190]", [({f"prep:at={GLORB}"}, "", (*DEFAULT_TARGET, "prep:at"), "190",
                                                     "")]),
    "prep_alternatives": ("- * (AT/WITH TRELLIS) [193]",
                          [({"prep:at=trellis"}, "", (*DEFAULT_TARGET, "prep:at"), "193", ""),
                           ({"prep:with=trellis"}, "", DEFAULT_TARGET, "193", "")]),
    "noun_then_prep": ("- * SPROCKET (TO TRELLIS) [153]",
                       [({"obj=sprocket", "prep:to=trellis"}, "", DEFAULT_TARGET, "153", "")]),
    "two_preps": ("- * (TO TRELLIS) (WITH SPROCKET) [013]",
                  [({"prep:to=trellis", "prep:with=sprocket"}, "", DEFAULT_TARGET, "013", "")]),
    "word_alternatives": ("- * SPROCKET/TRELLIS [072]", [({"obj=sprocket|trellis"}, "", DEFAULT_TARGET, "072", "")]),
    "particle": ("- * OUT SPROCKET [014]", [({"obj=sprocket"}, "out", DEFAULT_TARGET, "014", "")]),
    "particle_in_brackets": ("- * (ASIDE SPROCKET) [030]", [({"obj=sprocket"}, "aside", DEFAULT_TARGET, "030", "")]),
    "particle_or_preposition": ("- * OFF SPROCKET [183]",
                                [({"obj=sprocket"}, "off", DEFAULT_TARGET, "183", ""),
                                 ({"prep:off=sprocket"}, "", (*DEFAULT_TARGET, "prep:off"), "183", "")]),
    "preposition_without_brackets": ("- * SPROCKET FROM TRELLIS [012]",
                                     [({"obj=sprocket", "prep:from=trellis"}, "", (*DEFAULT_TARGET, "prep:from"),
                                       "012", "")]),
    "subject_word": ("- WIDGETEER * [154]", [({"subj=widgeteer"}, "", DEFAULT_TARGET, "154", "")]),
    "subject_synset": ("- &GLORB * [154]", [({f"subj={GLORB}"}, "", DEFAULT_TARGET, "154", "")]),
    "subject_noun_phrase": ("- {BRASS WIDGETEER} * SPROCKET [062]",
                            [({"subj=widgeteer", "subjmod=brass", "obj=sprocket"}, "", DEFAULT_TARGET, "062", "")]),
    "source_before_verb": ("- $ * SPROCKET [070]", [({"obj=sprocket"}, "", DEFAULT_TARGET, "070", "")]),
    "target_after_verb": ("- * + [111]", [({"obj"}, "", ("obj",), "111", "")]),
    "target_in_prep": ("- * SPROCKET (AGAINST +) [111]",
                       [({"obj=sprocket", "prep:against"}, "", ("prep:against",), "111", "")]),
    "target_fills_empty_prep": ("- * CLAIM (AGAINST) + [111]",
                                [({"obj=claim", "prep:against"}, "", ("prep:against",), "111", "")]),
    "target_without_brackets": ("- * SPROCKET TO ^ + [042]",
                                [({"obj=sprocket", "prep:to"}, "", ("prep:to",), "042", "")]),
    "source_after_verb_swaps": ("- * $ [070]", [({"obj", "swap"}, "", ("obj",), "070", "")]),
    "source_in_prep_swaps": ("- * SPROCKET (FROM $) [070]",
                             [({"obj=sprocket", "prep:from", "swap"}, "", ("prep:from",), "070", "")]),
    "target_before_source_after": ("- + * (FROM $) [066]", [({"prep:from", "swap"}, "", ("prep:from",), "066", "")]),
    "skip_marker": ("- * (FROM ^) [042]", [({"prep:from"}, "", (*DEFAULT_TARGET, "prep:from"), "042", "")]),
    "paired_code": ("- * SPROCKET [042:043]", [({"obj=sprocket"}, "", DEFAULT_TARGET, "042", "043")]),
    "reverse_only_code_swaps": ("- * (BEFORE TRELLIS) [:173]",
                                [({"prep:before=trellis", "swap"}, "", (*DEFAULT_TARGET, "prep:before"), "173", "")]),
    "null_code_blocks": ("- * SPROCKET [---]", [({"obj=sprocket"}, "", DEFAULT_TARGET, NO_EVENT, "")]),
    "code_outside_codebook_kept": ("- * SPROCKET [224]", [({"obj=sprocket"}, "", DEFAULT_TARGET, "224", "")]),
    "comments": ("- * SPROCKET  [072]  # ZORP <xy 01 Jan 2020> ; old note", [({"obj=sprocket"}, "", DEFAULT_TARGET,
                                                                               "072", "")]),
    "joined_words_not_checked": ("- * SPROCKET_OUT_ [195]",
                                 [({"obj=sprocket"}, "out", DEFAULT_TARGET, "195", "")]),
}


@pytest.mark.parametrize(("line", "expected"), list(CONSTRUCTS.values()), ids=list(CONSTRUCTS))
def test_construct_translates(line, expected):
    got = [(_conds(p), p.particle, p.target, p.code, p.reverse_code) for p in _patterns(line)]
    assert sorted(got, key=repr) == sorted(expected, key=repr)


def test_patterns_keep_rule_and_id():
    text = _text("- * SPROCKET [072]\n")
    (p,) = _patterns("- * SPROCKET [072]")
    no = text.splitlines().index("- * SPROCKET [072]") + 1
    assert p.rule == f"Test.verbs.txt:{no}"
    assert p.id == f"zorp@{no}"
    assert (p.lemma, p.pos, p.refine) == ("zorp", "VERB", "")


# -- verbs -------------------------------------------------------------------------------------------

def test_family_default_is_a_pattern_without_conditions():
    text = _text("", "--- ZORP [070] ---\nZORP\nFLIB [014]\n")
    d, _ = translate(_parse(text))
    (zorp,) = d.patterns("zorp", "VERB")
    (flib,) = d.patterns("flib", "VERB")
    assert (zorp.code, zorp.conditions, zorp.target, zorp.particle) == ("070", (), DEFAULT_TARGET, "")
    assert flib.code == "014"  # the verb's own code beats the family's
    lines = text.splitlines()
    assert zorp.rule == f"Test.verbs.txt:{lines.index('--- ZORP [070] ---') + 1}"  # where its code is written
    assert flib.rule == f"Test.verbs.txt:{lines.index('FLIB [014]') + 1}"


def test_null_family_default_makes_no_pattern():
    d, _ = translate(_parse(_text("", "--- ZORP [---] ---\nZORP\n")))
    assert d.patterns("zorp", "VERB") == []


def test_family_without_code_is_null():
    (fam,) = _parse(_text("", "--- ZORP ---\nZORP\n")).families
    assert fam.code == Code("---") and fam.code.null


def test_reverse_only_family_default_swaps():
    d, _ = translate(_parse(_text("", "--- ZORP [:110] ---\nZORP\n")))
    (p,) = d.patterns("zorp", "VERB")
    assert (p.code, p.swap) == ("110", True)


def test_patterns_are_shared_by_every_verb_of_the_family():
    d, _ = translate(_parse(_text("- * SPROCKET [072]\n", "--- ZORP [---] ---\nZORP\nFLIB\nGRONK {GRANK GRONKED}\n")))
    assert [len(d.patterns(v, "VERB")) for v in ("zorp", "flib", "gronk")] == [1, 1, 1]


def test_irregular_forms_are_read():
    (fam,) = _parse(_text("", "--- ZORP [---] ---\nGRONK { GRANK, GRONKEN }  [070]\n")).families
    (v,) = fam.verbs
    assert (v.words, v.head, v.forms, v.code) == (("GRONK",), 0, ("GRANK", "GRONKEN"), Code("070"))


def test_inflected_base_form_is_brought_back_to_the_lemma():
    family = ("--- ZORP [070] ---\nZORP\nZORPED\nGRONK {GRONKS GRANK GRONKING}\nGRANK\n+IS_GLUM [013]\n\n"
              "--- SMELT [071] ---\nGRANK\n")
    d, _ = translate(_parse(_text("", family)))
    # ZORPED is ZORP's; GRANK is GRONK's in its family, and a verb of its own in another
    assert set(d.by_trigger) == {("zorp", "VERB"), ("gronk", "VERB"), ("be", "VERB"), ("grank", "VERB")}
    assert [p.code for p in d.patterns("grank", "VERB")] == ["071"]


def test_multi_word_verb_ending_in_preposition_takes_the_object():
    family = "--- ZORP [---] ---\n+BLIX_FOR {+BLEXED_FOR +BLIXING_FOR} [020]\n"
    d, _ = translate(_parse(_text("- * SPROCKET [0231]\n", family)))
    default, pattern = sorted(d.patterns("blix", "VERB"), key=lambda p: p.code)
    assert (default.code, _conds(default), default.particle) == ("020", {"prep:for"}, "")
    assert (_conds(pattern), pattern.target[0]) == ({"prep:for=sprocket"}, "prep:for")


def test_multi_word_verb_with_particle():
    (fam,) = _parse(_text("", "--- ZORP [---] ---\n+BLIX_UP [174]\n")).families
    assert (fam.verbs[0].words, fam.verbs[0].head) == (("BLIX", "UP"), 0)
    d, _ = translate(_parse(_text("", "--- ZORP [---] ---\n+BLIX_UP [174]\n")))
    (p,) = d.patterns("blix", "VERB")
    assert (p.particle, p.conditions, p.code) == ("up", (), "174")


def test_multi_word_verb_marked_inside():
    d, _ = translate(_parse(_text("", "--- ZORP [---] ---\nRE_+ZORP {RE_+ZORPED} [173]\n")))
    (p,) = d.patterns("zorp", "VERB")
    assert _conds(p) == {"mod=re"}


def test_multi_word_verb_and_pattern_particles_must_agree():
    d, report = translate(_parse(_text("- * OUT SPROCKET [014]\n", "--- ZORP [---] ---\n+BLIX_UP\nZORP\n")))
    assert d.patterns("blix", "VERB") == []
    assert len(d.patterns("zorp", "VERB")) == 1
    assert dict(report.pair_conflicts) == {"two different particles": 1}


def test_the_same_verb_twice_in_a_family_is_made_once():
    d, _ = translate(_parse(_text("- * SPROCKET [072]\n", "--- ZORP [070] ---\nZORP\nZORP {ZORPS ZORPED}\n")))
    assert len(d.patterns("zorp", "VERB")) == 2


# -- synsets -----------------------------------------------------------------------------------------

def test_synsets_and_nested_synsets():
    text = SYNSETS + "\n&OUTER_\n+&GLORB\n+TRELLIS\n\n--- ZORP [---] ---\nZORP\n- * &OUTER [070]\n"
    parsed = _parse(text)
    assert [m.ref or m.words for m in parsed.synsets["OUTER"].members] == ["GLORB", ("TRELLIS",)]
    assert parsed.synsets["GLORB"].members[1].plural is False  # GIZMO_
    assert parsed.synsets["OUTER"].members[1].plural is False  # label OUTER_
    d, _ = translate(parsed)
    assert d.classes[CLASS_PREFIX + "OUTER"] == frozenset(GLORB.split("|")) | {"trellis"}
    (p,) = d.patterns("zorp", "VERB")
    assert _conds(p) == {"obj=" + "|".join(sorted([*GLORB.split("|"), "trellis"]))}


def test_synset_name_with_underscore_and_synset_joined_to_a_word():
    text = ("&GLORB_OF_WORDS\n+GRUMBLE\n\n&GLORB\n+WIDGET\n\n--- ZORP [---] ---\nZORP\n"
            "- * (IN &GLORB_OF_WORDS) [111]\n- * &GLORB_SPROCKET [112]\n")
    pats = _parse(text).families[0].patterns
    assert pats[0].after == (PrepPhrase(Term("word", ("IN",)), (Term("synset", ("GLORB_OF_WORDS",)),)),)
    assert pats[1].after == (Term("synset", ("GLORB",)), Term("word", ("SPROCKET",), joined=True))


def test_synset_classes_are_prefixed():
    d, _ = translate(_parse(_text("")))
    assert set(d.classes) == {CLASS_PREFIX + "GLORB"}


# -- the model ---------------------------------------------------------------------------------------

def test_pattern_elements_are_read_faithfully():
    (p,) = _parse(_text("- &GLORB * OUT {BRASS SPROCKET} (TO +) $ [042:043]  # note\n")).families[0].patterns
    assert p.before == (Term("synset", ("GLORB",)),)
    assert p.after == (Term("word", ("OUT",)), NounPhrase((Term("word", ("BRASS",)), Term("word", ("SPROCKET",)))),
                       PrepPhrase(Term("word", ("TO",)), (Term("target"),)), Term("source"))
    assert p.code == Code("042", "043") and str(p.code) == "042:043"


def test_joined_verb_and_words():
    (p,) = _parse(_text("- IN_*_OUT [074]\n")).families[0].patterns
    assert p.star_joined and p.after == (Term("word", ("OUT",), joined=True),)


def test_comments_of_every_kind_are_skipped():
    text = ("<!-- a header\n   over two lines -->\n" + SYNSETS + "<!-- one line -->\n"
            "--- ZORP [070] ---  <!-- here -->\nZORP {ZORPS ZORPED};legacy note\n- * SPROCKET  [###]  # trap\n")
    parsed = _parse(text)
    (fam,) = parsed.families
    assert fam.verbs[0].forms == ("ZORPS", "ZORPED")
    assert fam.patterns[0].code == Code("###")  # "#" inside a code is no comment


def test_transformations_are_kept_and_not_translated():
    parsed = _parse(_text("", "--- ZORP [---] ---\nZORP\n") + "~ a (a b ZORP) FLIB = a b 015\n")
    assert [t.text for t in parsed.transformations] == ["a (a b ZORP) FLIB = a b 015"]
    assert translate(parsed)[1].transformations == 1


# -- what cannot be said is dropped and counted ------------------------------------------------------

DROPPED = {
    "compound_actor": ("- % * [030:030]", "compound actor %"),
    "auxiliary_before_verb": ("- WILL NOT * [112]", "an auxiliary, modal or negation before the verb"),
    "source_and_target_after_verb": ("- * (FROM $) (TO +) [061]", "a source and a target both after the verb"),
    "target_before_verb_alone": ("- + * SPROCKET [223]", "a target before the verb and no source after it"),
    "prep_before_verb": ("- WIDGETEER (IN TRELLIS) * [190]", "a prepositional phrase before the verb"),
    "two_objects": ("- * {BRASS SPROCKET} {TIN TRELLIS} [072]", "two noun phrases where one object is expected"),
}


@pytest.mark.parametrize(("line", "reason"), list(DROPPED.values()), ids=list(DROPPED))
def test_inexpressible_patterns_are_dropped_and_counted(line, reason, caplog):
    with caplog.at_level(logging.INFO, logger="tidings.dictionaries.petrarch_patterns"):
        d, report = translate(_parse(_text(line + "\n- * SPROCKET [072]\n")))
    assert dict(report.dropped) == {reason: 1}
    assert (report.patterns_read, report.patterns_imported) == (2, 1)
    assert len(d.patterns("zorp", "VERB")) == 1
    assert reason in caplog.text


def test_report_counts():
    text = _text("- * SPROCKET [042:043]\n- * TRELLIS [---]\n- * (TO TRELLIS) [224]\n",
                 "--- ZORP [070] ---\nZORP\nFLIB\n")
    _, report = translate(_parse(text))
    assert (report.families, report.verbs, report.synsets, report.patterns_read) == (1, 2, 1, 3)
    assert (report.patterns_imported, report.tidings_patterns, report.defaults) == (3, 8, 2)
    assert (report.blocking, report.paired) == (1, 1)
    assert report.codes_not_in_codebook == (("224", 1),)
    assert "3 patterns read, 3 imported, 0 dropped" in report.summary()


def test_to_patterns_returns_a_pattern_dictionary():
    d = to_patterns(_parse(_text("- * SPROCKET [072]\n")))
    assert isinstance(d, PatternDictionary) and len(d) == 1 and len(d.version) == 12


# -- slips PETRARCH reads past: warnings, or errors when strict ----------------------------------------

SLIPS = {
    "stray_bracket_glued_to_code": ("--- ZORP [---] ---\nZORP\n- * SPROCKET (WITH TRELLIS)   TRELLIS)[042]\n",
                                    "T151", 3),
    "family_with_two_codes": ("--- ZORP [070]  [031:031] ---\nZORP\n", "T158", 1),
    "undefined_synset_in_pattern": ("--- ZORP [---] ---\nZORP\n- * &NOPE [070]\n", "T153", 3),
}


@pytest.mark.parametrize(("text", "code", "line"), list(SLIPS.values()), ids=list(SLIPS))
def test_slips_are_warnings_or_strict_errors(text, code, line, caplog):
    with caplog.at_level(logging.WARNING, logger="tidings.dictionaries.petrarch_verbs"):
        parsed = _parse(text)
    assert [(c, n) for c, n, _ in parsed.warnings] == [(code, line)]
    assert f"{PATH}:{line}" in caplog.text
    with pytest.raises(DictionaryError) as info:
        _parse(text, strict=True)
    assert info.value.code == code and f"{PATH}:{line}" in str(info.value)


def test_stray_bracket_slip_keeps_the_pattern():
    parsed = _parse(SLIPS["stray_bracket_glued_to_code"][0])
    (p,) = parsed.families[0].patterns
    assert p.after == (Term("word", ("SPROCKET",)), PrepPhrase(Term("word", ("WITH",)), (Term("word", ("TRELLIS",)),)))
    assert parsed.families[0].code == Code("---")


def test_family_with_two_codes_keeps_the_first():
    (fam,) = _parse(SLIPS["family_with_two_codes"][0]).families
    assert fam.code == Code("070")


# -- malformed input ---------------------------------------------------------------------------------

FAM = "--- ZORP [070] ---\nZORP\n"
BAD = {
    "pattern_without_code": (FAM + "- * SPROCKET\n", "T150", 3),
    "unclosed_parenthesis": (FAM + "- * (TO TRELLIS [154]\n", "T151", 3),
    "unclosed_brace": (FAM + "- * {BRASS SPROCKET [072]\n", "T151", 3),
    "unmatched_parenthesis": (FAM + "- * SPROCKET ) [072]\n", "T151", 3),
    "nested_parentheses": (FAM + "- * (TO (IN TRELLIS)) [072]\n", "T151", 3),
    "unclosed_code_bracket": (FAM + "- * SPROCKET [072\n", "T151", 3),
    "unbalanced_verb_forms": ("--- ZORP [070] ---\nZORP {ZORPS ZORPED\n", "T151", 2),
    "empty_code": (FAM + "- * SPROCKET []\n", "T152", 3),
    "code_with_blank": (FAM + "- * SPROCKET [07 2]\n", "T152", 3),
    "code_with_two_colons": (FAM + "- * SPROCKET [01:02:03]\n", "T152", 3),
    "code_colon_only": (FAM + "- * SPROCKET [:]\n", "T152", 3),
    "code_with_pattern_symbol": (FAM + "- * SPROCKET [07*]\n", "T152", 3),
    "bad_family_code": ("--- ZORP [0 7] ---\n", "T152", 1),
    "unknown_synset_in_synset": ("&GLORB\n+&NOPE\n", "T153", 2),
    "plus_line_outside_synset_or_family": ("+WIDGET\n", "T154", 1),
    "pattern_before_any_family": ("- * SPROCKET [072]\n", "T155", 1),
    "verb_before_any_family": ("ZORP\n", "T156", 1),
    "verb_with_two_plus_marks": ("--- ZORP [070] ---\n+BLIX_+UP\n", "T156", 2),
    "pattern_without_verb": (FAM + "- SPROCKET [072]\n", "T157", 3),
    "pattern_with_two_verbs": (FAM + "- * SPROCKET * [072]\n", "T157", 3),
    "pattern_with_two_codes": (FAM + "- * SPROCKET [072] [073]\n", "T158", 3),
    "text_after_code": (FAM + "- * SPROCKET [072] TRELLIS\n", "T158", 3),
    "synset_defined_twice": ("&GLORB\n+WIDGET\n&GLORB\n+GIZMO\n", "T159", 3),
    "synset_including_itself": ("&GLORB\n+&OTHER\n&OTHER\n+&GLORB\n", "T159", 4),
    "unterminated_comment": ("<!-- never closed\n" + FAM, "T160", 1),
    "empty_prep_phrase": (FAM + "- * () [072]\n", "T161", 3),
    "empty_noun_phrase": (FAM + "- * {} [072]\n", "T161", 3),
    "synset_without_name": ("&\n+WIDGET\n", "T161", 1),
}


@pytest.mark.parametrize(("text", "code", "line"), list(BAD.values()), ids=list(BAD))
def test_malformed_input_cites_code_path_and_line(text, code, line):
    with pytest.raises(DictionaryError) as info:
        _parse(text)
    assert info.value.code == code
    assert (info.value.path, info.value.line) == (PATH, line)
    assert f"{PATH}:{line}" in str(info.value)
    assert "expected" in info.value.message


def test_error_codes_are_in_the_reserved_range():
    codes = {code for _, code, _ in BAD.values()} | {code for _, code, _ in SLIPS.values()}
    assert all(150 <= int(c[1:]) <= 169 for c in codes)


# -- the real dictionaries ---------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(os.environ.get("TIDINGS_SHARED_GOLD", ROOT.parent / "shared" / "gold")) / "petrarch" / "dictionaries"


def _real(name: str) -> Path:
    path = GOLD / name
    if not path.exists():
        pytest.skip(f"{path} not found; set TIDINGS_SHARED_GOLD to load the real PETRARCH dictionaries")
    return path


def test_real_cameo_2_0_dictionary_loads():
    path = _real("CAMEO.2.0.txt")
    parsed = read_petrarch_verbs(path)
    assert (len(parsed.families), parsed.verbs, parsed.patterns, len(parsed.synsets)) == (397, 1817, 4666, 40)
    assert len(parsed.transformations) == 8
    assert {code for code, _, _ in parsed.warnings} == {"T151", "T153"}  # two glued brackets, two unknown synsets
    started = time.perf_counter()
    d, report = translate(parsed)
    assert time.perf_counter() - started < 5  # about 0.3 s on a quiet machine; this only catches blow-ups
    assert report.patterns_imported >= 4600 and len(d) > 40_000
    codes = load_codebook().codes
    bad = {p.code for group in d.by_trigger.values() for p in group} - set(codes) - {NO_EVENT}
    assert bad == {c for c, _ in report.codes_not_in_codebook}
    assert all(p.rule.startswith("CAMEO.2.0.txt:") for group in d.by_trigger.values() for p in group)
    assert len(load_petrarch_verbs(path, reading="slots")) == len(d)
    seq = load_petrarch_verbs(path)  # the default reading: word sequences
    assert len(seq) > 40_000
    assert all(p.rule.startswith("CAMEO.2.0.txt:") for group in seq.by_trigger.values() for p in group)


def test_real_validation_dictionary_loads():
    parsed = read_petrarch_verbs(_real("PETR.Validate.verbs.txt"))
    assert (len(parsed.families), parsed.verbs, parsed.patterns, len(parsed.synsets)) == (261, 269, 474, 17)
    d, report = translate(parsed)
    assert len(d) > 300
    assert {"064", "1721"} <= {p.code for group in d.by_trigger.values() for p in group}
    assert ("224", 3) in report.codes_not_in_codebook  # WEIS codes are kept verbatim


# -- end to end: an imported dictionary codes a sentence through EventStage ----------------------------

E2E = """\
&DRILLS
+MISSILE_TEST
+NAVAL_EXERCISE

--- REBUKE [---] ---
SCOLD
- * (OVER &DRILLS) [112]

--- PRAISE [051] ---
COMMEND
- * (FOR {FLORAL ARRANGEMENTS}) [---]

--- CALL_ON [042:043] ---
VISIT
"""


@pytest.fixture(scope="module")
def imported() -> PatternDictionary:
    return to_patterns(parse_petrarch_verbs(E2E, "e2e.verbs.txt"))


def _code(coder, patterns: PatternDictionary, text: str) -> set[tuple[str, str | None, str]]:
    from tidings.events import EventStage
    from tidings.records import Article

    doc = coder.nlp(text)
    article = Article("e2e", text, dt.date(2024, 5, 1))
    actors = coder.actors.run(doc, article)
    events = EventStage(patterns).run(doc, article, actors)
    assert all(e.rule and e.dictionary_version == patterns.version for e in events)
    return {(e.source.code.country, e.target.code.country if e.target else None, e.cameo.code) for e in events}


E2E_CASES = {
    "pattern_in_prep_phrase": ("Japan scolded North Korea over the missile tests.", {("JPN", "PRK", "112")}),
    "null_family_default": ("Japan scolded North Korea.", set()),
    "family_default": ("Canada commended Mexico.", {("CAN", "MEX", "051")}),
    "null_pattern_blocks": ("Canada commended Mexico for its floral arrangements.", set()),
    "paired_code": ("Germany visited France.", {("DEU", "FRA", "042"), ("FRA", "DEU", "043")}),
}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), list(E2E_CASES.values()), ids=list(E2E_CASES))
def test_imported_dictionary_codes_sentences(coder, imported, text, expected):
    assert _code(coder, imported, text) == expected


@pytest.mark.model
def test_code_outside_codebook_is_kept_verbatim(coder, caplog):
    patterns = to_patterns(parse_petrarch_verbs("--- PRAISE [224] ---\nCOMMEND\n", "weis.verbs.txt"))
    with caplog.at_level(logging.INFO, logger="tidings.events"):
        assert _code(coder, patterns, "Canada commended Mexico.") == {("CAN", "MEX", "224")}
    assert "'224'" in caplog.text and "weis.verbs.txt:1" in caplog.text
