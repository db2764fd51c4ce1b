"""The event pattern dictionary and its TSV loader (tidings.events.patterns)."""

from __future__ import annotations

import pytest

from tidings.codebook import load_codebook
from tidings.errors import DictionaryError
from tidings.events.patterns import NO_EVENT, Condition, PatternDictionary, load_builtin_patterns, parse_patterns

PATHS = ("d/verbs.tsv", "d/classes.tsv", "d/complements.tsv")
CLASSES = "name\twords\n# weapons\nWEAPON\tArms|weapon\nAID\taid|assistance\n"
COMPLEMENTS = (
    "family\tcomplement\tcode\n"
    "appeal\t07\t023\nappeal\t072\t0232\nappeal\t0721\t0234\nappeal\t04\t026\n"
)
VERBS_HEADER = "id\ttrigger\tcode\ttarget\twhen\n"
VERBS = VERBS_HEADER + (
    "# comment line\n"
    "send\tsend\t070\tprep:to\t-\n"
    "send.weapon\tsend\t072\tprep:to,iobj\tobj=@WEAPON\n"
    "send.weapon.air\tsend\t062\tprep:to\tobj=@WEAPON mod=air\n"
    "send.back\tsend+back\t0841\tobj\t-\n"
    "urge\turge\t020\tobj\trefine=appeal\n"
    "call.on\tcall\t020\tprep:on,prep:upon\tprep:on refine=appeal\n"
    "arrest.n\tarrest/N\t173\tprep:of\t-\n"
)


def _parse(verbs: str = VERBS, classes: str = CLASSES, complements: str = COMPLEMENTS) -> PatternDictionary:
    return parse_patterns(verbs, classes, complements, PATHS)


def test_good_files_load():
    d = _parse()
    assert len(d) == 7
    assert d.classes["WEAPON"] == frozenset({"arms", "weapon"})
    assert d.complements["appeal"]["072"] == "0232"
    urge = d.patterns("urge", "VERB")[0]
    assert (urge.id, urge.code, urge.target) == ("urge", "020", ("obj",))
    assert (urge.refine, urge.conditions) == ("appeal", ())
    assert urge.rule == "verbs.tsv:7"


def test_trigger_forms():
    d = _parse()
    arrest = d.patterns("arrest", "NOUN")
    assert [p.id for p in arrest] == ["arrest.n"]
    assert d.patterns("arrest", "VERB") == []
    back = next(p for p in d.patterns("send", "VERB") if p.id == "send.back")
    assert back.particle == "back" and back.lemma == "send"


def test_conditions_expand_word_classes():
    d = _parse()
    weapon = next(p for p in d.patterns("send", "VERB") if p.id == "send.weapon")
    assert weapon.conditions == (Condition("obj", frozenset({"arms", "weapon"})),)
    call = d.patterns("call", "VERB")[0]
    assert call.conditions == (Condition("prep:on"),) and call.refine == "appeal"


def test_modifier_of_any_slot():
    verbs = VERBS_HEADER + "hit.air\thit\t195\tprep:with\tprep:in=raid mod:prep:in=air|@WEAPON\n"
    (p,) = _parse(verbs).patterns("hit", "VERB")
    assert p.conditions == (Condition("prep:in", frozenset({"raid"})),
                            Condition("mod:prep:in", frozenset({"air", "arms", "weapon"})))


def test_extend_orders_like_add():
    loaded = _parse()
    in_file_order = sorted((p for g in loaded.by_trigger.values() for p in g), key=lambda p: int(p.rule.split(":")[1]))
    one_by_one, bulk = PatternDictionary(), PatternDictionary()
    for p in in_file_order:
        one_by_one.add(p)
    bulk.extend(in_file_order)
    assert bulk.by_trigger == one_by_one.by_trigger == loaded.by_trigger


def test_tsv_patterns_cannot_block():
    with pytest.raises(DictionaryError) as info:
        _parse(_verbs_error(f"x\tsend\t{NO_EVENT}\tobj\t-"))
    assert info.value.code == "T126"


def test_more_specific_patterns_are_tried_first():
    ids = [p.id for p in _parse().patterns("send", "VERB")]
    assert ids == ["send.weapon.air", "send.weapon", "send.back", "send"]


def test_equal_specificity_keeps_file_order():
    verbs = VERBS_HEADER + "b\thit\t190\tobj\tobj=x\na\thit\t180\tobj\tobj=y\nc\thit\t19\tobj\t-\n"
    assert [p.id for p in _parse(verbs).patterns("hit", "VERB")] == ["b", "a", "c"]


@pytest.mark.parametrize(
    ("complement", "expected"),
    [("07", "023"), ("070", "023"), ("072", "0232"), ("0722", "0232"), ("0721", "0234"), ("04", "026"),
     ("042", "026"), ("19", None), ("0", None)],
    ids=lambda v: str(v),
)
def test_refine_longest_prefix(complement, expected):
    assert _parse().refine("appeal", complement) == expected


def test_refine_unknown_family_gives_none():
    assert _parse().refine("threaten", "072") is None


def test_version_changes_with_content():
    assert _parse().version != _parse(VERBS + "extra\tmeet\t040\tobj\t-\n").version
    assert len(_parse().version) == 12


def _verbs_error(row: str) -> str:
    return VERBS_HEADER + "ok\tmeet\t040\tobj\t-\n" + row + "\n"


BAD = {
    "unknown_word_class": (_verbs_error("x\tsend\t072\tobj\tobj=@NUKES"), "verbs", "T122", 3),
    "bad_cameo_code": (_verbs_error("x\tsend\t9999\tobj\t-"), "verbs", "T126", 3),
    "non_numeric_cameo_code": (_verbs_error("x\tsend\tabc\tobj\t-"), "verbs", "T126", 3),
    "bad_trigger_pos": (_verbs_error("x\tsend/V\t070\tobj\t-"), "verbs", "T127", 3),
    "empty_trigger": (_verbs_error("x\t/N\t070\tobj\t-"), "verbs", "T127", 3),
    "bad_target_slot": (_verbs_error("x\tsend\t070\tobject\t-"), "verbs", "T128", 3),
    "empty_prep_slot": (_verbs_error("x\tsend\t070\tobj,prep:\t-"), "verbs", "T128", 3),
    "bad_condition": (_verbs_error("x\tsend\t070\tobj\tcolour=red"), "verbs", "T123", 3),
    "modifier_of_unknown_slot": (_verbs_error("x\tsend\t070\tobj\tmod:colour=red"), "verbs", "T123", 3),
    "unknown_refine_family": (_verbs_error("x\tdemand\t100\tobj\trefine=demand"), "verbs", "T129", 3),
    "duplicate_id": (_verbs_error("ok\tmeet\t040\tobj\t-"), "verbs", "T125", 3),
    "wrong_columns": (_verbs_error("x\tsend\t070\tobj"), "verbs", "T121", 3),
    "wrong_header": ("id\ttrigger\tcode\n", "verbs", "T120", 1),
}


@pytest.mark.parametrize(("verbs", "which", "code", "line"), list(BAD.values()), ids=list(BAD))
def test_verb_errors_cite_path_and_line(verbs, which, code, line):
    with pytest.raises(DictionaryError) as info:
        _parse(verbs)
    assert info.value.code == code
    assert f"d/{which}.tsv:{line}" in str(info.value)


def test_refine_without_family_is_an_error():
    with pytest.raises(DictionaryError) as info:
        _parse(_verbs_error("x\turge\t020\tobj\trefine="))
    assert "d/verbs.tsv:3" in str(info.value)


COMPLEMENT_BAD = {
    "unknown_code": ("family\tcomplement\tcode\nappeal\t07\t023\nappeal\t072\t9999\n", 3),
    "non_numeric_prefix": ("family\tcomplement\tcode\n\nappeal\taid\t023\n", 3),
    "wrong_columns": ("family\tcomplement\tcode\nappeal\t07\n", 2),
}


@pytest.mark.parametrize(("text", "line"), list(COMPLEMENT_BAD.values()), ids=list(COMPLEMENT_BAD))
def test_complement_errors_cite_path_and_line(text, line):
    with pytest.raises(DictionaryError) as info:
        _parse(complements=text)
    assert f"d/complements.tsv:{line}" in str(info.value)


def test_classes_wrong_header_cites_path():
    with pytest.raises(DictionaryError) as info:
        _parse(classes="class\tmembers\n")
    assert info.value.code == "T120"
    assert "d/classes.tsv:1" in str(info.value)


@pytest.fixture(scope="module")
def builtin() -> PatternDictionary:
    return load_builtin_patterns()


def test_builtin_loads_once(builtin):
    assert load_builtin_patterns() is builtin
    assert len(builtin) > 200
    assert len(builtin.version) == 12


def test_builtin_covers_all_twenty_roots(builtin):
    roots = {p.code[:2] for group in builtin.by_trigger.values() for p in group}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def test_builtin_patterns_are_consistent(builtin):
    codes = load_codebook().codes
    ids = [p.id for group in builtin.by_trigger.values() for p in group]
    assert len(ids) == len(set(ids))
    for group in builtin.by_trigger.values():
        assert [p.specificity for p in group] == sorted((p.specificity for p in group), reverse=True)
        for p in group:
            assert p.code in codes, p.id
            assert p.rule.startswith("verbs.tsv:"), p.id
            assert not p.refine or p.refine in builtin.complements, p.id


def test_builtin_refines_appeals(builtin):
    assert builtin.refine("appeal", "072") == "0232"
    assert builtin.refine("intent", "07") == "033"
    assert builtin.refine("reject", "04") == "125"
    assert builtin.refine("threaten", "163") == "1312"


NOMINALS = "# event nouns\nnoun\tverb\nshipment\tsend\narrest\turge\n"


def test_nominal_nouns_take_their_verbs_patterns():
    d = parse_patterns(VERBS, CLASSES, COMPLEMENTS, PATHS, NOMINALS, "d/nominals.tsv")
    ids = [p.id for p in d.patterns("shipment", "NOUN")]
    assert ids == ["shipment.n<send.weapon.air", "shipment.n<send.weapon", "shipment.n<send"]
    assert all(p.nominal and p.pos == "NOUN" for p in d.patterns("shipment", "NOUN"))
    assert "prep:for" in d.patterns("shipment", "NOUN")[-1].target  # "a shipment of arms for Kyiv"
    # the phrasal verb is left out; a noun's own patterns come first
    assert [p.id for p in d.patterns("arrest", "NOUN")][:1] == ["arrest.n"]
    assert not any(p.particle for p in d.patterns("shipment", "NOUN"))
    assert d.version != _parse().version


def test_nominal_verb_must_have_patterns():
    with pytest.raises(DictionaryError) as exc:
        parse_patterns(VERBS, CLASSES, COMPLEMENTS, PATHS, "noun\tverb\nflight\tfly\n", "d/nominals.tsv")
    assert exc.value.code == "T130" and "d/nominals.tsv" in str(exc.value)
