"""The store on both backends: schema, article dedup, event dedup and counts, stable ids, readers
beside a writer."""

from __future__ import annotations

import datetime as dt

import pytest
from storecases import event, result

from tidings.errors import StoreError
from tidings.store import SCHEMA_VERSION, DedupPolicy, EventFilter, Store, counts_by_day, events, mentions, top_actors

D = dt.date(2024, 6, 12)


def test_new_store_is_at_the_current_schema_version(store):
    assert store.schema_version() == SCHEMA_VERSION
    assert store.count("events") == 0


def test_reopening_runs_no_migration_twice(db):
    Store.open(db).close()
    with Store.open(db) as again:
        assert again.schema_version() == SCHEMA_VERSION


def test_same_article_twice_changes_nothing(store):
    r = result("a1", [event("a1", 0, "KENCOP", "KENOPP", "173", D)], url="https://x.test/1")
    assert store.add(r).stored
    before = [store.count(t) for t in ("articles", "events", "mentions")]
    assert not store.add(r).stored
    assert [store.count(t) for t in ("articles", "events", "mentions")] == before


def test_same_url_or_same_text_counts_as_stored(store):
    store.add(result("a1", url="https://x.test/1", text="Police arrested him."))
    assert not store.add(result("a2", url="https://x.test/1", text="Other words.")).stored
    assert not store.add(result("a3", url="https://x.test/3", text="Police   arrested\nhim.")).stored
    assert store.add(result("a4", url="https://x.test/4", text="Different.")).stored
    assert store.count("articles") == 2


def test_two_outlets_one_event(store):
    store.add(result("a1", [event("a1", 0, "KENCOP", "KENOPP", "173", D)], url="https://a.test/1", source="A"))
    store.add(result("b1", [event("b1", 0, "KENCOP", "KENOPP", "173", D + dt.timedelta(days=1))],
                     url="https://b.test/1", source="B"))
    [e] = list(events(store))
    assert (e.num_mentions, e.num_articles, e.num_sources) == (2, 2, 2)
    assert e.date == D and e.url == "https://a.test/1"
    assert [m.url for m in mentions(store)] == ["https://a.test/1", "https://b.test/1"]


def test_same_outlet_twice_is_one_source(store):
    store.add(result("a1", [event("a1", 0, "KENCOP", "KENOPP", "173", D)], source="A"))
    store.add(result("a2", [event("a2", 0, "KENCOP", "KENOPP", "173", D)], source="A"))
    [e] = list(events(store))
    assert (e.num_mentions, e.num_articles, e.num_sources) == (2, 2, 1)


def test_two_mentions_in_one_article(store):
    store.add(result("a1", [event("a1", 0, "KENCOP", "KENOPP", "173", D),
                            event("a1", 1, "KENCOP", "KENOPP", "173", D, sentence=3)]))
    [e] = list(events(store))
    assert (e.num_mentions, e.num_articles, e.num_sources) == (2, 1, 1)


def test_event_id_is_stable_as_mentions_arrive(store):
    store.add(result("a1", [event("a1", 0, "KENCOP", "KENOPP", "173", D)], source="A"))
    first = next(events(store))
    for i, outlet in enumerate("BCD"):
        store.add(result(f"x{i}", [event(f"x{i}", 0, "KENCOP", "KENOPP", "173", D)], source=outlet))
    [later] = list(events(store))
    assert later.id == first.id and later.num_sources == 4 and later.first_seen == first.first_seen


# one case per row: (policy, first code, second code, day offset of the second, one event?)
CASES = {
    "same-base-next-day": (DedupPolicy(), "173", "173", 1, True),
    "same-base-day-before": (DedupPolicy(), "173", "173", -1, True),
    "same-base-two-days": (DedupPolicy(), "173", "173", 2, False),
    "wider-window": (DedupPolicy(window_days=3), "173", "173", 2, True),
    "sub-code-same-base": (DedupPolicy(), "171", "1711", 0, True),
    "other-base-same-root": (DedupPolicy(), "173", "174", 0, False),
    "other-base-root-level": (DedupPolicy(level="root"), "173", "174", 0, True),
    "one-a-day-same-day": (DedupPolicy.one_a_day(), "173", "173", 0, True),
    "one-a-day-next-day": (DedupPolicy.one_a_day(), "173", "173", 1, False),
    "one-a-day-sub-code": (DedupPolicy.one_a_day(), "171", "1711", 0, False),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_dedup_cases(store, case):
    policy, first, second, days, same = CASES[case]
    store.add(result("a1", [event("a1", 0, "KENCOP", "KENOPP", first, D)], source="A"), policy)
    store.add(result("b1", [event("b1", 0, "KENCOP", "KENOPP", second, D + dt.timedelta(days=days))], source="B"),
              policy)
    assert store.count("events") == (1 if same else 2)


def test_events_without_a_date_match_each_other(store):
    store.add(result("a1", [event("a1", 0, "KENCOP", "KENOPP", "173", None)], date=None))
    store.add(result("b1", [event("b1", 0, "KENCOP", "KENOPP", "173", None)], source="B", date=None))
    store.add(result("c1", [event("c1", 0, "KENCOP", "KENOPP", "173", D)], source="C"))
    assert [e.num_articles for e in events(store)] == [2, 1]


def test_other_dyad_is_another_event(store):
    store.add(result("a1", [event("a1", 0, "KENCOP", "KENOPP", "173", D)]))
    store.add(result("b1", [event("b1", 0, "KENCOP", "KENCVL", "173", D)], source="B"))
    store.add(result("c1", [event("c1", 0, "KENOPP", "KENCOP", "173", D)], source="C"))
    assert store.count("events") == 3


def test_negated_events_are_not_stored(store):
    from dataclasses import replace

    ev = replace(event("a1", 0, "KENCOP", "KENOPP", "173", D), negated=True)
    assert store.add(result("a1", [ev])).mentions == 0
    assert store.count("events") == 0


def test_filters_counts_and_top_actors(store):
    store.add(result("a1", [event("a1", 0, "KENCOP", "KENOPP", "173", D),
                            event("a1", 1, "USAGOV", "CHNGOV", "036", D + dt.timedelta(days=5))]))
    store.add(result("b1", [event("b1", 0, "KENCOP", "KENOPP", "173", D)], source="B"))
    assert [e.cameo.code for e in events(store, EventFilter(actor="KEN"))] == ["173"]
    assert [e.cameo.code for e in events(store, EventFilter(since=D + dt.timedelta(days=1)))] == ["036"]
    assert [e.cameo.code for e in events(store, EventFilter(roots=("03",)))] == ["036"]
    assert [e.cameo.code for e in events(store, EventFilter(source="USA", target="CHN"))] == ["036"]
    assert counts_by_day(store) == [("2024-06-12", "17", 1, 2), ("2024-06-17", "03", 1, 1)]
    top = top_actors(store, limit=2)
    assert top[0][3] == 1 and len(top) == 2


def test_reader_reads_while_a_writer_holds_its_transaction(db):
    writer = Store.open(db)
    writer.add(result("a1", [event("a1", 0, "KENCOP", "KENOPP", "173", D)]))
    writer.db.begin_write()
    writer.db.execute("UPDATE events SET num_mentions = 99")
    with Store.open(db) as reader:
        assert next(events(reader)).num_mentions == 1  # sees the committed state, does not wait
    writer.db.commit()
    with Store.open(db) as reader:
        assert next(events(reader)).num_mentions == 99
    writer.close()


def test_unknown_url_scheme():
    with pytest.raises(StoreError, match="T400"):
        Store.open("mysql://x/y")


def test_bad_dedup_policy():
    with pytest.raises(StoreError, match="T420"):
        DedupPolicy(level="week")


def test_unreachable_postgres_is_a_store_error():
    with pytest.raises(StoreError, match=r"T401.*\*\*\*@127\.0\.0\.1") as err:
        Store.open("postgresql://nobody:secret@127.0.0.1:1/none")
    assert "secret" not in str(err.value)


def test_a_store_written_before_date_granularity_is_migrated(db, monkeypatch):
    """Schema 2 adds mentions.date_granularity: a schema-1 database opens, gains the column and keeps
    what it held; a mention stored before (no granularity) reads back as ""."""
    import tidings.store.store as store_module
    from tidings.store.schema import MIGRATIONS

    monkeypatch.setattr(store_module, "MIGRATIONS", {1: MIGRATIONS[1]})
    with Store.open(db) as old:
        assert old.schema_version() == 1
        assert old.add(result("a1", url="https://x.test/1")).stored
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store.open(db) as new:
        assert new.schema_version() == SCHEMA_VERSION
        assert new.count("articles") == 1
        new.add(result("a2", [event("a2", 0, "UGAGOV", "KENGOV", "042", D)], url="https://x.test/2"))
        new.add(result("a3", [event("a3", 0, "KENCOP", "KENOPP", "173", D)], url="https://x.test/3"))
        new.db.execute("UPDATE mentions SET date_granularity = NULL WHERE event_ref = 'a3:0'")
        got = {m.article_key: m.date_granularity for m in mentions(new)}
    assert got == {"a2": "day", "a3": ""}
