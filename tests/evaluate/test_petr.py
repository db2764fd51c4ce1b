"""The PETRARCH validation harness (tidings.evaluate.petr): reading the format, the pass rules, the report.

Every validation file here is a tiny invented one; the shared development file is only read (never
copied) by the last test, and skipped where ../shared/gold is absent.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping

import pytest

from tidings.errors import InputError
from tidings.evaluate.petr import (
    OptionChange,
    PetrCoder,
    PetrCoding,
    Stop,
    ValidationRecord,
    read_validation,
    score_suite,
)

ENV = """<Environment>
    <Verbfile>toy.verbs.txt</Verbfile>
    <Actorfile>toy.actors.txt</Actorfile>
    <Agentfile>toy.agents.txt</Agentfile>
    <Discardfile>toy.discards.txt</Discardfile>
    {extra}
</Environment>"""


def sentence(id_: str, text: str, codings: str = "", category: str = "TOY", date: str = "20010203",
             extra: str = "") -> str:
    return (f'<Sentence date="{date}" id="{id_}" category="{category}" sentence="true"{extra}>\n{codings}\n'
            f"<Text>\n{text}\n</Text>\n<Parse>\n(ROOT (S (NP (NNP X))))\n</Parse>\n</Sentence>\n")


def coding(src: str, tgt: str, code: str) -> str:
    return f'<EventCoding sourcecode="{src}" targetcode="{tgt}" eventcode="{code}"></EventCoding>'


def write(tmp_path, body: str, env_extra: str = "", name: str = "suite.xml"):
    path = tmp_path / name
    path.write_text(f"<Validation>\n{ENV.format(extra=env_extra)}\n<Sentences>\n{body}</Sentences>\n</Validation>\n",
                    encoding="utf-8")
    return path


class FakeCoder:
    """Answers from a table keyed by text; an Exception value is raised. Records every call."""

    def __init__(self, answers: Mapping[str, object] | None = None) -> None:
        self.answers = dict(answers or {})
        self.calls: list[tuple[str, dt.date, dict]] = []

    def code(self, text: str, date: dt.date, options: Mapping[str, str]) -> PetrCoding:
        self.calls.append((text, date, dict(options)))
        answer = self.answers.get(text, PetrCoding(()))
        if isinstance(answer, Exception):
            raise answer
        return answer


# -- reading: one test per construct of the format ---------------------------------------------------------

CONSTRUCTS = {
    "one-coding": (sentence("T-01", "Arnor praised Gondor.", coding("ARN", "GON", "051"))),
    "several-codings": sentence("T-02", "Arnor and Rohan praised Gondor.",
                                coding("ARN", "GON", "051") + "\n" + coding("ROH", "GON", "051")),
    "noevents-odd-spacing": sentence("T-03", "Nothing happened.", '<EventCoding noevents = "True"> </EventCoding>'),
    "error": sentence("T-04", "A volleyball story.", '<EventCoding error="storydiscard"></EventCoding>'),
    "sentence-false": sentence("T-05", "Arnor praised Gondor.", coding("ARN", "GON", "051")).replace(
        'sentence="true"', 'sentence="false"'),
    "no-eventcoding": sentence("T-06", "Gondor was in an accord."),
    "odd-whitespace-and-comments": (
        '<Sentence date = "20010203"   id ="T-07" category="TOY"  sentence="true">\n'
        "<!-- an invented comment --> <!-- and another -->\n"
        + coding("ARN", "GON", "051") + "\n<Text>\n  Arnor  praised\n\tGondor   on\nMonday. \n</Text>\n"
        "<Parse> \n</Parse>\n</Sentence>\n"),
    "entity-in-text": sentence("T-08", "Arnor &amp; Rohan met.", coding("ARN", "ROH", "040")),
    "config-between": sentence("T-09", "First.") + '<Config option="require_dyad" value="FALSE"></Config>\n'
    + sentence("T-10", "Second."),
    "stop": sentence("T-11", "First.") + "<Stop></Stop>\n" + sentence("T-12", "Second."),
    "skip": sentence("T-13", "Skipped.", "<Skip></Skip>"),
}


def _records(suite) -> list[ValidationRecord]:
    return list(suite.records)


@pytest.mark.parametrize("construct", list(CONSTRUCTS), ids=list(CONSTRUCTS))
def test_reads_construct(tmp_path, construct):
    suite = read_validation(write(tmp_path, CONSTRUCTS[construct]))
    recs = _records(suite)
    first = recs[0]
    assert first.category == "TOY" and first.date == dt.date(2001, 2, 3)
    assert first.line > 1
    if construct == "one-coding":
        assert first.expected == (("ARN", "GON", "051"),) and not first.noevents and first.error == ""
        assert first.text == "Arnor praised Gondor." and first.valid
    elif construct == "several-codings":
        assert first.expected == (("ARN", "GON", "051"), ("ROH", "GON", "051"))
    elif construct == "noevents-odd-spacing":
        assert first.noevents and first.expected == () and first.error == ""
    elif construct == "error":
        assert first.error == "storydiscard" and first.expected == () and not first.noevents
    elif construct == "sentence-false":
        assert not first.valid and first.expected == (("ARN", "GON", "051"),)
    elif construct == "no-eventcoding":
        assert first.expected == () and not first.noevents and first.error == ""
    elif construct == "odd-whitespace-and-comments":
        assert first.id == "T-07" and first.text == "Arnor praised Gondor on Monday."
        assert first.expected == (("ARN", "GON", "051"),)
    elif construct == "entity-in-text":
        assert first.text == "Arnor & Rohan met."
    elif construct == "config-between":
        kinds = [type(i) for i in suite.items]
        assert kinds == [ValidationRecord, OptionChange, ValidationRecord]
        change = suite.items[1]
        assert (change.option, change.value, change.raw) == ("require_dyad", "false", "FALSE")
        assert change.line == recs[0].line + 9
    elif construct == "stop":
        assert [type(i) for i in suite.items] == [ValidationRecord, Stop, ValidationRecord]
    elif construct == "skip":
        assert first.skip


def test_records_know_their_lines(tmp_path):
    path = write(tmp_path, sentence("T-01", "One.") + sentence("T-02", "Two."))
    lines = path.read_text(encoding="utf-8").splitlines()
    for rec in read_validation(path).records:
        assert f'id="{rec.id}"' in lines[rec.line - 1]


def test_reads_environment(tmp_path):
    extra = ("<Errorfile>errors.txt</Errorfile>\n<Include>valid TOY OTHER</Include>\n<Exclude>NOISE</Exclude>\n"
             "<Pause>Stop</Pause>\n<Issuefile>toy.issues.txt</Issuefile>\n"
             '<Config option="stop_on_error" value="True"></Config>\n'
             '<Config option="new_actor_length" value=" 4 "></Config>\n'
             '<Config option="shiny_new_option" value="Blue"></Config>')
    env = read_validation(write(tmp_path, sentence("T-01", "One."), extra)).environment
    assert (env.verb_file, env.actor_files, env.agent_file) == ("toy.verbs.txt", ("toy.actors.txt",),
                                                                "toy.agents.txt")
    assert (env.discard_file, env.issue_file, env.error_file) == ("toy.discards.txt", "toy.issues.txt",
                                                                  "errors.txt")
    assert env.include == ("TOY", "OTHER") and env.valid_only and env.exclude == ("NOISE",)
    assert env.pause == "Stop"
    assert dict(env.options) == {"stop_on_error": "true", "new_actor_length": "4", "shiny_new_option": "Blue"}


# -- malformed input: InputError naming path:line ----------------------------------------------------------


def _error(tmp_path, body: str, env_extra: str = "") -> InputError:
    path = write(tmp_path, body, env_extra)
    with pytest.raises(InputError) as info:
        read_validation(path)
    return info.value


def test_malformed_xml_names_path_and_line(tmp_path):
    body = sentence("T-01", "One.") + '<Sentence date="20010203" id="T-02" category="TOY">\n<Text>Two.</Txt>\n'
    err = _error(tmp_path, body)
    assert err.code == "T230" and err.line == 20
    assert f"{tmp_path / 'suite.xml'}:20:" in str(err) and "well-formed" in str(err)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as info:
        read_validation(tmp_path / "absent.xml")
    assert info.value.code == "T230" and "absent.xml" in str(info.value)


def test_empty_file_is_an_input_error(tmp_path):
    path = tmp_path / "empty.xml"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_validation(path)
    assert info.value.code == "T230" and info.value.line == 1


@pytest.mark.parametrize(
    ("body", "env_extra", "code", "line", "words"),
    [
        ('<Sentence date="20010203" category="TOY"><Text>x</Text></Sentence>\n', "", "T232", 10, "id"),
        ('<Sentence date="20010203" id="T-1" category="TOY">\n<Parse></Parse></Sentence>\n', "", "T232", 10, "<Text>"),
        (sentence("T-1", "x", date="2001-02-03"), "", "T233", 10, "YYYYMMDD"),
        (sentence("T-1", "x", date="20011303"), "", "T233", 10, "YYYYMMDD"),
        (sentence("T-1", "x", '<EventCoding sourcecode="A" targetcode="B"></EventCoding>'), "", "T234", 11,
         "eventcode"),
        (sentence("T-1", "x", coding("A", "B", "01") + '<EventCoding noevents="True"/>'), "", "T234", 10, "mix"),
        (sentence("T-1", "x", '<EventCoding error=""/>'), "", "T234", 11, "error"),
        ('<Config option="comma_max" value="many"></Config>\n', "", "T235", 10, "integer"),
        ('<Config option="require_dyad"></Config>\n', "", "T235", 10, "value"),
        ("<Sentense/>\n", "", "T231", 10, "<Sentense>"),
    ],
    ids=["missing-id", "missing-text", "iso-date", "impossible-date", "coding-missing-field", "noevents-and-codes",
         "empty-error", "config-not-integer", "config-no-value", "unknown-element"],
)
def test_malformed_record(tmp_path, body, env_extra, code, line, words):
    err = _error(tmp_path, body, env_extra)
    assert err.code == code, str(err)
    assert err.line == line, str(err)
    assert f"suite.xml:{line}:" in str(err) and words in str(err)


def test_environment_needs_the_dictionaries(tmp_path):
    path = tmp_path / "noenv.xml"
    path.write_text("<Validation>\n<Environment>\n<Actorfile>a.txt</Actorfile>\n</Environment>\n"
                    "<Sentences></Sentences>\n</Validation>\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_validation(path)
    assert info.value.code == "T236" and info.value.line == 2
    assert "<Verbfile>" in str(info.value) and "<Agentfile>" in str(info.value)


def test_wrong_root(tmp_path):
    path = tmp_path / "root.xml"
    path.write_text("<Records>\n</Records>\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_validation(path)
    assert info.value.code == "T231" and "<Validation>" in str(info.value)


# -- scoring -----------------------------------------------------------------------------------------------


def test_fake_coder_satisfies_the_protocol():
    assert isinstance(FakeCoder(), PetrCoder)


def test_options_change_for_the_following_records_only(tmp_path):
    body = (sentence("T-1", "First.") + '<Config option="require_dyad" value="false"></Config>\n'
            + sentence("T-2", "Second.") + '<Config option="comma_min" value="3"></Config>\n'
            + '<Config option="require_dyad" value="True"></Config>\n' + sentence("T-3", "Third."))
    suite = read_validation(write(tmp_path, body, '<Config option="stop_on_error" value="True"></Config>'))
    coder = FakeCoder()
    report = score_suite(suite, coder)
    seen = [c[2] for c in coder.calls]
    assert seen == [{"stop_on_error": "true"},
                    {"stop_on_error": "true", "require_dyad": "false"},
                    {"stop_on_error": "true", "require_dyad": "true", "comma_min": "3"}]
    assert [c[1] for c in coder.calls] == [dt.date(2001, 2, 3)] * 3
    opts = report.summary["options"]
    assert opts["initial"] == {"stop_on_error": "true"}
    assert [(c["option"], c["value"]) for c in opts["changes"]] == [
        ("require_dyad", "false"), ("comma_min", "3"), ("require_dyad", "true")]
    assert opts["final"] == seen[-1]


def test_options_passed_to_the_coder_are_read_only(tmp_path):
    class Meddler(FakeCoder):
        def code(self, text, date, options):
            with pytest.raises(TypeError):
                options["require_dyad"] = "false"  # type: ignore[index]
            return super().code(text, date, options)

    suite = read_validation(write(tmp_path, sentence("T-1", "One.") + sentence("T-2", "Two.")))
    coder = Meddler()
    score_suite(suite, coder)
    assert [c[2] for c in coder.calls] == [{}, {}]


def test_include_valid_exclude_and_skip_select_records(tmp_path):
    body = (sentence("A-1", "Kept.", category="KEEP")
            + sentence("B-1", "Other category.", category="OTHER")
            + sentence("A-2", "Not valid.", category="KEEP").replace('sentence="true"', 'sentence="false"')
            + sentence("A-3", "Skipped.", "<Skip/>", category="KEEP")
            + sentence("C-1", "Excluded.", category="NOISE"))
    suite = read_validation(write(tmp_path, body, "<Include>valid KEEP NOISE</Include><Exclude>NOISE</Exclude>"))
    coder = FakeCoder()
    report = score_suite(suite, coder)
    assert [r.id for r in report.records] == ["A-1"]
    assert [c[0] for c in coder.calls] == ["Kept."]
    assert [(s["id"], s["line"]) for s in report.skipped] == [(r.id, r.line) for r in suite.records[1:]]
    assert report.summary["skipped"] == 4
    reasons = [s["reason"] for s in report.skipped]
    assert "<Include>" in reasons[0] and "valid" in reasons[1] and "Skip" in reasons[2] and "Exclude" in reasons[3]


def test_without_valid_in_include_sentence_false_records_are_scored(tmp_path):
    body = sentence("A-1", "Not valid.", category="KEEP").replace('sentence="true"', 'sentence="false"')
    report = score_suite(read_validation(write(tmp_path, body, "<Include>KEEP</Include>")), FakeCoder())
    assert [r.id for r in report.records] == ["A-1"]


def test_stop_ends_the_run(tmp_path):
    body = sentence("T-1", "First.") + "<Stop/>\n" + sentence("T-2", "Second.")
    report = score_suite(read_validation(write(tmp_path, body)), FakeCoder())
    assert [r.id for r in report.records] == ["T-1"]
    assert report.summary["stopped_at_line"] == 19


RULES = {
    # name: (codings in the record, what the coder returns, passes?)
    "exact": (coding("A", "B", "01"), PetrCoding((("A", "B", "01"),)), True),
    "wrong-code": (coding("A", "B", "01"), PetrCoding((("A", "B", "02"),)), False),
    "swapped-dyad": (coding("A", "B", "01"), PetrCoding((("B", "A", "01"),)), False),
    "missing-one": (coding("A", "B", "01") + coding("C", "B", "01"), PetrCoding((("A", "B", "01"),)), False),
    "extra-one": (coding("A", "B", "01"), PetrCoding((("A", "B", "01"), ("A", "C", "01"))), False),
    "several-any-order": (coding("A", "B", "01") + coding("C", "B", "01"),
                          PetrCoding((("C", "B", "01"), ("A", "B", "01"))), True),
    "duplicate-produced": (coding("A", "B", "01"), PetrCoding((("A", "B", "01"), ("A", "B", "01"))), False),
    "duplicate-expected": (coding("A", "B", "01") * 2, PetrCoding((("A", "B", "01"),)), False),
    "duplicate-both": (coding("A", "B", "01") * 2, PetrCoding((("A", "B", "01"), ("A", "B", "01"))), True),
    "noevents-nothing": ('<EventCoding noevents="True"/>', PetrCoding(()), True),
    "noevents-something": ('<EventCoding noevents="True"/>', PetrCoding((("A", "B", "01"),)), False),
    "noevents-discarded": ('<EventCoding noevents="True"/>', PetrCoding((), "sentence"), True),
    "no-eventcoding-nothing": ("", PetrCoding(()), True),
    "no-eventcoding-something": ("", PetrCoding((("A", "B", "01"),)), False),
    "error-discarded": ('<EventCoding error="storydiscard"/>', PetrCoding((), "story"), True),
    "error-other-discard": ('<EventCoding error="storydiscard"/>', PetrCoding((), "sentence"), True),
    "error-nothing": ('<EventCoding error="dateline"/>', PetrCoding(()), True),
    "error-something": ('<EventCoding error="sentencediscard"/>', PetrCoding((("A", "B", "01"),)), False),
    "discarded-ignores-triples": ('<EventCoding error="sentencediscard"/>',
                                  PetrCoding((("A", "B", "01"),), "sentence"), True),
    "events-but-discarded": (coding("A", "B", "01"), PetrCoding((), "story"), False),
}


@pytest.mark.parametrize("rule", list(RULES), ids=list(RULES))
def test_pass_rule(tmp_path, rule):
    codings, answer, passes = RULES[rule]
    report = score_suite(read_validation(write(tmp_path, sentence("T-1", "Text.", codings))),
                         FakeCoder({"Text.": answer}))
    (result,) = report.records
    assert result.passed is passes
    assert report.summary["passed"] == int(passes)
    if answer.discarded:
        assert result.produced == () and result.discarded == answer.discarded


def test_triple_precision_recall_are_over_multisets(tmp_path):
    body = (sentence("T-1", "One.", coding("A", "B", "01") + coding("C", "B", "01"))
            + sentence("T-2", "Two.", coding("A", "B", "02") * 2)
            + sentence("T-3", "Three.", '<EventCoding noevents="True"/>'))
    answers = {"One.": PetrCoding((("A", "B", "01"), ("X", "B", "01"))),
               "Two.": PetrCoding((("A", "B", "02"),) * 3),
               "Three.": PetrCoding((("Q", "R", "03"),))}
    s = score_suite(read_validation(write(tmp_path, body)), FakeCoder(answers)).summary
    assert (s["expected"], s["produced"], s["matched"]) == (4, 6, 3)
    assert (s["precision"], s["recall"], s["f1"]) == (0.5, 0.75, 0.6)
    assert (s["records"], s["passed"], s["pass_rate"]) == (3, 0, 0.0)


def test_a_crash_is_counted_and_the_run_goes_on(tmp_path):
    body = (sentence("T-1", "Boom.", coding("A", "B", "01")) + sentence("T-2", "Fine.", coding("A", "B", "01"))
            + sentence("T-3", "Bad return.", coding("A", "B", "01")))

    class Weird:
        triples = (("A", "B"),)

    coder = FakeCoder({"Boom.": RuntimeError("parser fell over"), "Fine.": PetrCoding((("A", "B", "01"),)),
                       "Bad return.": Weird()})
    report = score_suite(read_validation(write(tmp_path, body)), coder)
    assert [c[0] for c in coder.calls] == ["Boom.", "Fine.", "Bad return."]
    boom, fine, weird = report.records
    assert not boom.passed and boom.crash == "RuntimeError: parser fell over" and boom.produced == ()
    assert fine.passed and fine.crash == ""
    assert not weird.passed and weird.crash.startswith("ValueError")
    s = report.summary
    assert (s["records"], s["passed"], s["crashed"]) == (3, 1, 2)
    assert (s["expected"], s["produced"], s["matched"]) == (3, 1, 1)


def test_petr_coding_checks_its_fields():
    assert PetrCoding([["A", "B", "01"]]).triples == (("A", "B", "01"),)
    with pytest.raises(ValueError):
        PetrCoding((("A", "B"),))
    with pytest.raises(ValueError):
        PetrCoding((), "paragraph")


def test_per_category_pass_rates_in_first_seen_order(tmp_path):
    body = (sentence("B-1", "b1.", category="BETA") + sentence("A-1", "a1.", coding("A", "B", "01"), category="ALPHA")
            + sentence("B-2", "b2.", category="BETA") + sentence("A-2", "a2.", category="ALPHA"))
    s = score_suite(read_validation(write(tmp_path, body)), FakeCoder()).summary
    assert list(s["categories"]) == ["BETA", "ALPHA"]
    assert s["categories"]["BETA"] == {"records": 2, "passed": 2, "pass_rate": 1.0}
    assert s["categories"]["ALPHA"] == {"records": 2, "passed": 1, "pass_rate": 0.5}


def test_report_json_shape(tmp_path):
    body = (sentence("T-1", "One.", coding("A", "B", "01")) + '<Config option="require_dyad" value="false"/>\n'
            + sentence("T-2", "Two.", '<EventCoding noevents="True"/>'))
    report = score_suite(read_validation(write(tmp_path, body)), FakeCoder({"One.": PetrCoding((("A", "B", "01"),))}))
    data = json.loads(json.dumps(report.to_dict()))
    assert set(data) == {"summary", "records", "skipped"}
    assert {"records", "passed", "pass_rate", "crashed", "precision", "recall", "f1", "categories",
            "options"} <= set(data["summary"])
    assert [r["id"] for r in data["records"]] == ["T-1", "T-2"]
    first = data["records"][0]
    assert {"id", "category", "expected", "produced", "passed"} <= set(first)
    assert first["expected"] == [["A", "B", "01"]] and first["produced"] == [["A", "B", "01"]]
    assert first["passed"] is True and data["records"][1]["expected"] == []


# -- the shared development file (read only) ---------------------------------------------------------------


@pytest.mark.gold
def test_reads_the_shared_petrarch_dev_file(shared_gold):
    path = shared_gold / "petrarch" / "PETR.UnitTest.records.dev.xml"
    if not path.exists():
        pytest.skip(f"{path} not found; set TIDINGS_SHARED_GOLD to a folder with petrarch/ to run this test")
    suite = read_validation(path)
    records = suite.records
    # 128 <Sentence> elements (a count of the string "<Sentence" also finds the <Sentences> wrapper)
    assert len(records) == 128
    assert all(r.text and r.category and r.id for r in records)
    assert sum(r.noevents for r in records) == 4 and sum(bool(r.error) for r in records) == 5
    assert sum(not r.valid for r in records) == 3
    assert len([i for i in suite.items if isinstance(i, OptionChange)]) == 20
    env = suite.environment
    assert env.verb_file and env.actor_files and env.agent_file and env.discard_file
    assert env.valid_only and env.include and dict(env.options) == {"stop_on_error": "true"}
    report = score_suite(suite, FakeCoder())
    s = report.summary
    assert s["records"] + s["skipped"] == 128 and s["crashed"] == 0
    assert s["passed"] == sum(1 for r in report.records if not r.expected)
