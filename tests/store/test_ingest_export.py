"""What issue 5 must show, end to end through the CLI, on SQLite and PostgreSQL: two differently worded
reports of one arrest from two outlets are one event; ingesting again adds nothing; the exports load
in pandas as their users read them, with codes as strings."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from tidings.cli import cli
from tidings.export.stored import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, ICEWS_COLUMNS, PHOENIX_COLUMNS
from tidings.store import Store, events

pytestmark = pytest.mark.model

DATA = Path(__file__).resolve().parents[1] / "data" / "store"
ARRESTS = str(DATA / "arrest_reports.jsonl")


def run(*args: str):
    result = CliRunner().invoke(cli, list(args))
    return result


@pytest.fixture
def ingested(db):
    result = run("ingest", "--db", db, ARRESTS)
    assert result.exit_code == 0, result.output
    return db


def test_two_reports_of_one_arrest_are_one_event(ingested):
    with Store.open(ingested) as store:
        [e] = list(events(store))
    assert (e.source.code, e.target.code, e.cameo.code) == ("KENCOP", "KENOPP", "173")
    assert (e.num_mentions, e.num_articles, e.num_sources) == (2, 2, 2)
    assert e.url == "https://example-wire.test/kenya-arrest"


def test_ingesting_again_adds_nothing(ingested):
    with Store.open(ingested) as store:
        before = [store.count(t) for t in ("articles", "events", "mentions")]
    result = run("ingest", "--db", ingested, ARRESTS)
    assert result.exit_code == 0
    assert "stored 0 article(s), skipped 2 already stored" in result.stderr
    with Store.open(ingested) as store:
        assert [store.count(t) for t in ("articles", "events", "mentions")] == before


def test_bad_lines_are_named_and_the_batch_goes_on(ingested):
    result = run("ingest", "--db", ingested, str(DATA / "more_reports.jsonl"))
    assert result.exit_code == 1
    assert "more_reports.jsonl:2:" in result.stderr and "more_reports.jsonl:3:" in result.stderr
    assert "stored 1 article(s)" in result.stderr


def test_gdelt_export_loads_in_pandas(ingested, tmp_path):
    out = tmp_path / "events.export.CSV"
    assert run("export", "--db", ingested, "--format", "gdelt", "--out", str(out)).exit_code == 0
    df = pd.read_csv(out, sep="\t", header=None, dtype=str, keep_default_na=False)
    assert df.shape == (1, 61)
    df.columns = GDELT_EVENT_COLUMNS
    row = df.iloc[0]
    assert row["SQLDATE"] == "20240612" and row["MonthYear"] == "202406" and row["Year"] == "2024"
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("KENCOP", "KEN", "COP")
    assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor2Type1Code"]) == ("KENOPP", "KEN", "OPP")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == ("173", "173", "17",
                                                                                                   "4")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("2", "2", "2")
    assert len(row["DATEADDED"]) == 14 and row["SOURCEURL"] == "https://example-wire.test/kenya-arrest"


def test_gdelt_mentions_export(ingested):
    result = run("export", "--db", ingested, "--format", "gdelt-mentions")
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [len(r) for r in rows] == [len(GDELT_MENTION_COLUMNS)] * 2
    by = [dict(zip(GDELT_MENTION_COLUMNS, r, strict=True)) for r in rows]
    assert {m["MentionSourceName"] for m in by} == {"Example Wire", "Example Daily"}
    assert {m["GLOBALEVENTID"] for m in by} == {rows[0][0]}
    text = json.loads(Path(ARRESTS).read_text().splitlines()[0])["text"]
    assert text[int(by[0]["ActionCharOffset"]):].startswith("arrested")


def test_other_formats_load_with_codes_as_strings(ingested, tmp_path):
    icews = tmp_path / "icews.tsv"
    run("export", "--db", ingested, "--format", "icews", "--out", str(icews))
    df = pd.read_csv(icews, sep="\t", dtype=str, keep_default_na=False)
    assert list(df.columns) == ICEWS_COLUMNS
    assert (df.loc[0, "CAMEO Code"], df.loc[0, "Source Country"], df.loc[0, "Source Sectors"]) == ("173", "Kenya",
                                                                                                   "Police")
    phoenix = tmp_path / "phoenix.tsv"
    run("export", "--db", ingested, "--format", "phoenix", "--out", str(phoenix))
    df = pd.read_csv(phoenix, sep="\t", header=None, dtype=str, keep_default_na=False, names=PHOENIX_COLUMNS)
    assert df.shape == (1, 26) and df.loc[0, "EventCode"] == "173" and df.loc[0, "EventRootCode"] == "17"
    csv_out = tmp_path / "events.csv"
    run("export", "--db", ingested, "--format", "csv", "--out", str(csv_out))
    df = pd.read_csv(csv_out, dtype={"cameo": str, "base": str, "root": str})
    assert df.loc[0, "cameo"] == "173" and df.loc[0, "num_sources"] == 2
    parquet = tmp_path / "events.parquet"
    assert run("export", "--db", ingested, "--format", "parquet", "--out", str(parquet)).exit_code == 0
    df = pd.read_parquet(parquet)
    assert df.loc[0, "root"] == "17" and isinstance(df.loc[0, "cameo"], str) and df.loc[0, "num_articles"] == 2
    plover = run("export", "--db", ingested, "--format", "plover").stdout.splitlines()
    rec = json.loads(plover[0])
    assert {"id", "date", "actor", "event"} <= set(rec) and rec["event"] == "COERCE" and rec["cameo"] == "173"


def test_queries(ingested):
    out = run("query", "events", "--db", ingested, "--source", "KEN", "--target", "KENOPP", "--format", "json")
    [row] = [json.loads(line) for line in out.stdout.splitlines()]
    assert row["cameo"] == "173" and row["articles"] == 2
    out = run("query", "counts", "--db", ingested, "--source", "KENCOP", "--format", "csv")
    assert out.stdout.splitlines() == ["day,root,events,mentions", "2024-06-12,17,1,2"]
    out = run("query", "top-actors", "--db", ingested, "--format", "json")
    assert [json.loads(line)["actor"] for line in out.stdout.splitlines()] == ["KENCOP", "KENOPP"]


def test_a_directory_of_pages_feeds_and_gz_joins_the_stored_event(ingested):
    result = run("ingest", "--db", ingested, str(DATA / "web"))
    assert result.exit_code == 1 and "[T212]" in result.stderr and "world.rss:2" in result.stderr
    assert "stored 4 article(s)" in result.stderr
    with Store.open(ingested) as store:
        arrest = next(e for e in events(store) if e.cameo.code == "173")
        assert (arrest.num_articles, arrest.num_sources) == (3, 2)  # the page is another Example Wire report
        assert store.count("articles") == 6
