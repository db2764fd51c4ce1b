"""Hypothesis round trips: events stored and read back keep their codes and dates, the counts add up,
and every GDELT row has 61 fields whose codes read back as the same strings."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storecases import event, result

from tidings.export.stored import GDELT_EVENT_COLUMNS
from tidings.export.writers import write_events
from tidings.store import DedupPolicy, Store, events

ACTORS = ["KENCOP", "KENOPP", "USAGOV", "CHNGOV", "IGOUNO", "PAKLEG", "NGOHRI"]
CODES = ["010", "0232", "036", "111", "173", "1711", "190", "20"]

mention = st.tuples(st.sampled_from(ACTORS), st.sampled_from(ACTORS), st.sampled_from(CODES),
                    st.integers(0, 6), st.sampled_from(["A", "B", "C"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mention, min_size=1, max_size=12), st.integers(0, 2))
def test_stored_events_round_trip(mentions, window):
    base = dt.date(2024, 6, 1)
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "t.db")) as store:
        policy = DedupPolicy(window_days=window)
        for i, (src, tgt, code, day, outlet) in enumerate(mentions):
            store.add(result(f"a{i}", [event(f"a{i}", 0, src, tgt, code, base + dt.timedelta(days=day))],
                             source=outlet), policy)
        stored = list(events(store))
        inputs = {(s, t, c[:3], base + dt.timedelta(days=d)) for s, t, c, d, _ in mentions}
        assert {(e.source.code, e.target.code, e.cameo.code[:3], e.date) for e in stored} <= inputs
        assert sum(e.num_mentions for e in stored) == len(mentions) == store.count("mentions")
        assert all(1 <= e.num_sources <= e.num_articles <= e.num_mentions for e in stored)
        assert len({e.id for e in stored}) == len(stored)
        out = io.StringIO()
        write_events(stored, "gdelt", out)
        df = pd.read_csv(io.StringIO(out.getvalue()), sep="\t", header=None, dtype=str, keep_default_na=False)
        assert df.shape == (len(stored), 61)
        df.columns = GDELT_EVENT_COLUMNS
        assert list(df["EventCode"]) == [e.cameo.code for e in stored]
        assert list(df["EventRootCode"]) == [e.cameo.root for e in stored]
        assert list(df["SQLDATE"]) == [e.date.strftime("%Y%m%d") for e in stored]
