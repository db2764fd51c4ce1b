"""The TimeML reader and the timex scorer (tidings.evaluate.timex), on a small invented document."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.errors import InputError
from tidings.evaluate.timex import read_timeml, score_timex

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-29" functionInDocument="CREATION_TIME">20240629</TIMEX3>\
</DCT>
<TEXT>Rebels <EVENT eid="e1">attacked</EVENT> the town on \
<TIMEX3 tid="t1" type="DATE" value="2024-06-28">Friday</TIMEX3> &amp; \
the siege lasted <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3>. Talks will resume \
<TIMEX3 tid="t3" type="DATE" value="2024-07">next month</TIMEX3>.</TEXT>
</TimeML>
"""


@pytest.fixture
def tml(tmp_path):
    path = tmp_path / "T1.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_read_timeml_offsets_and_dct(tml):
    doc = read_timeml(tml)
    assert (doc.id, doc.dct) == ("T1", dt.date(2024, 6, 29))
    assert doc.text.startswith("Rebels attacked the town on Friday & the siege")
    assert [(g.text, g.type, g.value) for g in doc.timexes] == [
        ("Friday", "DATE", "2024-06-28"), ("three weeks", "DURATION", "P3W"), ("next month", "DATE", "2024-07")]
    assert all(doc.text[g.start:g.end] == g.text for g in doc.timexes)


def test_read_timeml_rejects_a_file_without_dct(tmp_path):
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><TEXT>no dct</TEXT></TimeML>", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_timeml(path)
    assert exc.value.code == "T241"


def test_empty_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as exc:
        score_timex(tmp_path, None)
    assert exc.value.code == "T243"


@pytest.mark.model
def test_score_timex_on_a_folder(tml, coder):
    s = score_timex(tml.parent, coder).scores
    assert (s["documents"], s["gold"]) == (1, 3)
    assert s["strict_f1"] == 1.0 and s["value_all_f1"] == 1.0 and s["value_date_time_f1"] == 1.0


@pytest.mark.model
def test_evaluate_timex_cli_json(tml):
    import json

    from click.testing import CliRunner

    from tidings.cli import cli

    result = CliRunner().invoke(cli, ["evaluate", "timex", str(tml), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scores"]["value_date_time_f1"] == 1.0
