"""Accuracy gate for time expressions: TempEval-3 value F1 on TimeML (TimeBank + AQUAINT).

Runs on a fixed sample, every second file (in name order) of the TimeBank and AQUAINT folders of
../shared/gold/timeml/TBAQ-cleaned (129 documents, about 15 s with the model loaded), to stay fast;
the README gives the full-set scores. Skipped with a message where the shared gold is absent. Floors
sit just under the sample's scores when they were pinned; raise them when the stage improves.
"""

from __future__ import annotations

import pytest

from tidings.evaluate import prf
from tidings.evaluate.timex import score_timex

VALUE_DATE_TIME_F1_FLOOR = 0.81
RELAXED_F1_FLOOR = 0.925
TIMEBANK_VALUE_DATE_TIME_F1_FLOOR = 0.83
AQUAINT_VALUE_DATE_TIME_F1_FLOOR = 0.77

pytestmark = [pytest.mark.model, pytest.mark.gold]


@pytest.fixture(scope="module")
def timeml(shared_gold):
    path = shared_gold / "timeml" / "TBAQ-cleaned"
    if not path.is_dir():
        pytest.skip(f"{path} not found")
    return path


@pytest.fixture(scope="module")
def reports(timeml, coder):
    return {name: score_timex(timeml / name, coder, every=2).scores for name in ("TimeBank", "AQUAINT")}


def _pooled(reports: dict, key: str) -> float:
    """Value F1 over both folders together, from their counts."""
    return prf(*(sum(s[f"{part}_{key}"] for s in reports.values()) for part in ("correct", "produced", "gold")))[2]


def test_timex_value_f1_floor(reports):
    assert all(s["documents"] > 30 for s in reports.values()), reports
    assert _pooled(reports, "date_time") >= VALUE_DATE_TIME_F1_FLOOR, reports
    assert reports["TimeBank"]["value_date_time_f1"] >= TIMEBANK_VALUE_DATE_TIME_F1_FLOOR, reports
    assert reports["AQUAINT"]["value_date_time_f1"] >= AQUAINT_VALUE_DATE_TIME_F1_FLOOR, reports


def test_timex_extraction_floor(reports):
    assert all(s["relaxed_f1"] >= RELAXED_F1_FLOOR for s in reports.values()), reports
