"""Accuracy gates: CI fails when a score drops below its pinned floor.

Floors are pinned a little under the scores measured when they were last raised (see the README's
"Accuracy" section for the measured values and the command). The events gates run on our own gold
sentences (tests/data/events_gold*.jsonl); the PLOVER and PETRARCH-suite gates run on
../shared/gold and are skipped with a message where that folder is absent. Raise a floor when the
engine improves; never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.dictionaries.petr_adapter import make_petr_coder
from tidings.evaluate.events import score_events
from tidings.evaluate.petr import read_validation, score_suite
from tidings.evaluate.plover import score_plover

DATA = Path(__file__).resolve().parent.parent / "data"

EVENTS_F1_FLOOR = 0.81
EVENTS_PRECISION_FLOOR = 0.81
EVENTS_RECALL_FLOOR = 0.80
EVENTS_B_F1_FLOOR = 0.85
EVENTS_C_F1_FLOOR = 0.90
EVENTS_D_F1_FLOOR = 0.88
EVENTS_E_F1_FLOOR = 0.79
EVENTS_F_F1_FLOOR = 0.80
EVENTS_G_F1_FLOOR = 0.77
EVENTS_H_F1_FLOOR = 0.84
EVENTS_I_F1_FLOOR = 0.80
EVENTS_J_F1_FLOOR = 0.92
EVENTS_K_F1_FLOOR = 0.84
EVENTS_L_F1_FLOOR = 0.75  # mined after its unseen 0.646: just under its measured 0.763
EVENTS_M_F1_FLOOR = 0.84  # mined after its unseen 0.779: just under its measured 0.847
EVENTS_N_F1_FLOOR = 0.90  # mined after its unseen 0.781: just under its measured 0.909
EVENTS_O_F1_FLOOR = 0.71  # mined after its unseen 0.627: just under its measured 0.718
EVENTS_P_F1_FLOOR = 0.77  # mined after its unseen 0.645 (0.637 at its first measurement): just under 0.780
EVENTS_Q_F1_FLOOR = 0.79  # mined after its unseen 0.684 (0.663 at its first measurement): just under 0.802
EVENTS_V_F1_FLOOR = 0.75  # mined after its unseen 0.694 (0.686 at its first measurement): just under 0.763
EVENTS_Y_F1_FLOOR = 0.77  # never tuned on: just under its unseen 0.779 (0.772 at its first measurement)
PLOVER_RECORD_RECALL_FLOOR = 0.70
PLOVER_EVENT_PRECISION_FLOOR = 0.75
PETR_DEV_PASS_FLOOR = 0.79
PETR_DEV_F1_FLOOR = 0.86

pytestmark = [pytest.mark.model, pytest.mark.gold]


def test_events_gold_floor(coder):
    report = score_events(DATA / "events_gold.jsonl", coder)
    s = report.scores
    assert s["f1"] >= EVENTS_F1_FLOOR, s
    assert s["precision"] >= EVENTS_PRECISION_FLOOR, s
    assert s["recall"] >= EVENTS_RECALL_FLOOR, s
    # every CAMEO root is exercised by the gold and found at least sometimes
    roots = {k[-2:] for k in s if k.startswith("recall_root_")}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    assert all(s[f"recall_root_{r}"] > 0 for r in roots), s


@pytest.mark.parametrize(
    ("name", "floor"),
    [("events_gold_b.jsonl", EVENTS_B_F1_FLOOR), ("events_gold_c.jsonl", EVENTS_C_F1_FLOOR),
     ("events_gold_d.jsonl", EVENTS_D_F1_FLOOR), ("events_gold_e.jsonl", EVENTS_E_F1_FLOOR),
     ("events_gold_f.jsonl", EVENTS_F_F1_FLOOR), ("events_gold_g.jsonl", EVENTS_G_F1_FLOOR),
     ("events_gold_h.jsonl", EVENTS_H_F1_FLOOR), ("events_gold_i.jsonl", EVENTS_I_F1_FLOOR),
     ("events_gold_j.jsonl", EVENTS_J_F1_FLOOR), ("events_gold_k.jsonl", EVENTS_K_F1_FLOOR),
     ("events_gold_l.jsonl", EVENTS_L_F1_FLOOR),
     ("events_gold_m.jsonl", EVENTS_M_F1_FLOOR), ("events_gold_n.jsonl", EVENTS_N_F1_FLOOR),
     ("events_gold_o.jsonl", EVENTS_O_F1_FLOOR), ("events_gold_p.jsonl", EVENTS_P_F1_FLOOR),
     ("events_gold_q.jsonl", EVENTS_Q_F1_FLOOR), ("events_gold_v.jsonl", EVENTS_V_F1_FLOOR),
     ("events_gold_y.jsonl", EVENTS_Y_F1_FLOOR)],
    ids=["set-b", "set-c", "set-d", "set-e", "set-f", "set-g", "set-h", "set-i", "set-j", "set-k", "set-l",
         "set-m", "set-n", "set-o", "set-p", "set-q", "set-v", "set-y"],
)
def test_more_gold_sets_floor(coder, name, floor):
    """Further sets of our own sentences, each written independently of the engine and of the others
    (B with less obvious wordings, C to N as lead sentences of wire stories, O to Y to a harder brief;
    all but Y are development data now, V the last to be mined)."""
    s = score_events(DATA / name, coder).scores
    assert s["f1"] >= floor, s
    assert s["negative_records_with_events"] <= 0.15 * s["negative_records"], s


def test_events_gold_negatives_stay_quiet(coder):
    s = score_events(DATA / "events_gold.jsonl", coder).scores
    assert s["negative_records_with_events"] <= 0.15 * s["negative_records"], s


def test_plover_gold_floor(coder, shared_gold):
    path = shared_gold / "plover" / "PLOVER_GSR_CAMEO.dev.json"
    if not path.exists():
        pytest.skip(f"{path} not found")
    s = score_plover(path, coder).scores
    assert s["records"] > 100
    assert s["record_recall"] >= PLOVER_RECORD_RECALL_FLOOR, s
    assert s["event_precision"] >= PLOVER_EVENT_PRECISION_FLOOR, s


def test_petrarch_suite_dev_floor(shared_gold):
    """The development half of PETRARCH's unit-test records, coded with the dictionaries they name
    (PETRARCH semantics): pass rate and triple F1, and no record may crash."""
    path = shared_gold / "petrarch" / "PETR.UnitTest.records.dev.xml"
    if not path.exists():
        pytest.skip(f"{path} not found")
    suite = read_validation(path)
    report = score_suite(suite, make_petr_coder(shared_gold / "petrarch" / "dictionaries", suite.environment))
    s = report.summary
    assert s["records"] > 100 and s["crashed"] == 0, s
    assert s["pass_rate"] >= PETR_DEV_PASS_FLOOR, s
    assert s["f1"] >= PETR_DEV_F1_FLOOR, s
