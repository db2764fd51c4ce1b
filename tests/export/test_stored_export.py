"""Export rows from stored events (tidings.export.stored): column counts and the fields users key on."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.codebook import load_codebook
from tidings.export.stored import (
    GDELT_EVENT_COLUMNS,
    GDELT_MENTION_COLUMNS,
    ICEWS_COLUMNS,
    PHOENIX_COLUMNS,
    RECORD_COLUMNS,
    gdelt_event_row,
    icews_row,
    phoenix_row,
    plover_record,
    record_row,
)
from tidings.records import ActorCode, PloverCode, StoredEvent


def stored(source="IGOUNO", target="SDNGOV", code="010", date=dt.date(2024, 2, 29), sentence=2) -> StoredEvent:
    book = load_codebook()
    return StoredEvent(7, date, ActorCode.parse(source), "the United Nations", ActorCode.parse(target) if target
                       else None, "Khartoum", book.cameo(code), code[:3], book.plover(code), 3, 2, 2,
                       "2026-11-29T09:30:05Z", "2026-11-29T10:00:00Z", "https://x.test/a", "X", sentence, "x-1")


def test_column_counts():
    assert (len(GDELT_EVENT_COLUMNS), len(GDELT_MENTION_COLUMNS), len(ICEWS_COLUMNS), len(PHOENIX_COLUMNS)) == (
        61, 16, 20, 26)
    assert len(set(GDELT_EVENT_COLUMNS)) == 61


def test_gdelt_row_fields():
    row = dict(zip(GDELT_EVENT_COLUMNS, gdelt_event_row(stored()), strict=True))
    assert (row["GLOBALEVENTID"], row["SQLDATE"], row["MonthYear"], row["Year"]) == ("7", "20240229", "202402", "2024")
    assert row["FractionDate"] == f"{2024 + (2 * 30 + 29) / 365:.4f}"
    # an international actor has no country; its organisation is the known group
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1KnownGroupCode"]) == ("IGOUNO", "", "UNO")
    assert (row["Actor2CountryCode"], row["Actor2Type1Code"], row["Actor2Name"]) == ("SDN", "GOV", "KHARTOUM")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("010", "010", "01")
    assert row["IsRootEvent"] == "0" and row["DATEADDED"] == "20261129093005"
    assert row["ActionGeo_Type"] == "0" and row["SOURCEURL"] == "https://x.test/a"


def test_event_without_target_or_date():
    row = dict(zip(GDELT_EVENT_COLUMNS, gdelt_event_row(stored(target=None, date=None, sentence=0)), strict=True))
    assert row["Actor2Code"] == "" and row["SQLDATE"] == "" and row["IsRootEvent"] == "1"


@pytest.mark.parametrize("fmt", ["icews", "phoenix", "record"])
def test_row_lengths(fmt):
    fn, cols = {"icews": (icews_row, ICEWS_COLUMNS), "phoenix": (phoenix_row, PHOENIX_COLUMNS),
                "record": (record_row, RECORD_COLUMNS)}[fmt]
    assert len(fn(stored())) == len(cols)


def test_icews_country_names_and_plover_drops_cameo_01():
    row = dict(zip(ICEWS_COLUMNS, icews_row(stored(source="KENCOP", code="173")), strict=True))
    assert (row["Source Country"], row["Target Country"], row["Source Sectors"]) == ("Kenya", "Sudan", "Police")
    assert plover_record(stored()) is None
    rec = plover_record(stored(source="KENCOP", code="173"))
    assert rec["event"] == "COERCE" and rec["actor"][0]["sector"] == "COP"
    assert stored().plover == PloverCode("", "")
