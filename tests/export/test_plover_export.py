"""PLOVER records: dyads from one trigger merge into one event with actor and recipient lists."""

import datetime as dt

from tidings.export.plover import PLOVER_QUAD, plover_records
from tidings.records import Article


def _records(coder, text):
    return plover_records(coder.code_one(Article("p", text, dt.date(2024, 8, 21))))


def test_reciprocal_dyads_merge_into_one_event(coder):
    recs = _records(coder, "India and Japan signed a defence agreement on Wednesday.")
    assert len(recs) == 1
    rec = recs[0]
    assert rec["event"] == "SUPPORT" and rec["cameo"] == "057"
    assert {a["code"] for a in rec["actor"]} == {"IND", "JPN"}
    assert rec["recipient"] == []
    assert rec["date"] == "2024-08-21" and rec["quad_code"] == 1


def test_one_sided_event_keeps_recipient(coder):
    rec = _records(coder, "Kenyan police arrested dozens of protesters in Nairobi.")[0]
    assert rec["event"] == "COERCE" and rec["mode"] == "arrest"
    assert [a["code"] for a in rec["actor"]] == ["KEN"] and rec["actor"][0]["sector"] == "COP"
    assert rec["event_text"] == "arrested"


def test_cameo_statements_have_no_plover_record(coder):
    recs = _records(coder, "Brazil said on Tuesday it shared India's view on the Security Council.")
    assert all(r["event"] for r in recs)


def test_every_plover_type_has_a_quad():
    from tidings.codebook import PLOVER_TYPES

    assert set(PLOVER_QUAD) == set(PLOVER_TYPES)
