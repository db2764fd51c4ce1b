"""Events with a code the CAMEO codebook lacks (an imported dictionary's WEIS or local code, kept verbatim
through ``Codebook.cameo_or_foreign``) in every export: JSON round trip, event TSV rows, tables, PLOVER."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.cli.output import write_results
from tidings.codebook import FOREIGN_NAME, QUAD_NAMES, load_codebook
from tidings.export import EVENT_COLUMNS, event_from_dict, event_row, event_to_dict, result_from_dict, result_to_dict
from tidings.export.plover import plover_records
from tidings.records import Actor, ActorCode, Article, ArticleResult, Event, EventSpans, Span

BOOK = load_codebook()
TEXT = "Valoria scolded Ostland."
VALORIA = Actor("Valoria", Span(0, 7, "Valoria"), ActorCode("VAL"), "", "Invented.actors.txt:1")
OSTLAND = Actor("Ostland", Span(16, 23, "Ostland"), ActorCode("OST"), "", "Invented.actors.txt:2")


def _event(code: str, target: Actor | None = OSTLAND, article_id: str = "a1") -> Event:
    return Event(
        id=f"{article_id}:0:1:0", article_id=article_id, sentence=0, source=VALORIA, target=target,
        cameo=BOOK.cameo_or_foreign(code), plover=BOOK.plover_or_none(code), date=dt.date(2024, 5, 1),
        date_text="", date_reason="article-date", spans=EventSpans(VALORIA.span, Span(8, 15, "scolded"),
                                                                    target.span if target else None),
        rule="scold@29", group=f"{article_id}:0:1", dictionary_version="0123456789ab",
    )


def _result(*events: Event, discarded=()) -> ArticleResult:
    return ArticleResult(Article("a1", TEXT, dt.date(2024, 5, 1)), events, discarded=discarded)


def _json(d: dict) -> dict:
    return json.loads(json.dumps(d))


# id -> (code, quad)
FOREIGN = {
    "weis-code-no-cameo-root": ("224", 0),
    "marker-code": ("+++", 0),
    "unknown-code-under-a-cameo-root": ("1999", 4),
    "unknown-code-under-a-cooperation-root": ("0599", 1),
}


@pytest.mark.parametrize(("code", "quad"), list(FOREIGN.values()), ids=list(FOREIGN))
def test_foreign_code_entry(code, quad):
    assert code not in BOOK.codes
    c = BOOK.cameo_or_foreign(code)
    assert (c.code, c.name, c.goldstein, c.quad, c.root) == (code, FOREIGN_NAME, None, quad, code[:2])
    assert BOOK.plover_or_none(code).type == ""


def test_known_code_is_the_codebook_entry():
    assert BOOK.cameo_or_foreign("051") == BOOK.cameo("051")


@pytest.mark.parametrize(("code", "quad"), list(FOREIGN.values()), ids=list(FOREIGN))
def test_result_json_round_trip(code, quad):
    result = _result(_event(code), _event("051"))
    d = _json(result_to_dict(result))
    assert result_from_dict(d, TEXT) == result
    cameo = d["events"][0]["cameo"]
    assert cameo == {"code": code, "root": code[:2], "name": FOREIGN_NAME, "goldstein": None, "quad": quad,
                     "quad_name": QUAD_NAMES[quad]}
    assert d["events"][0]["plover"] == {"type": None, "mode": None}
    assert d["events"][1]["cameo"]["goldstein"] == BOOK.cameo("051").goldstein


@given(st.text(alphabet="0123456789+-#", min_size=1, max_size=5).filter(lambda c: c not in BOOK.codes),
       st.booleans())
def test_any_foreign_code_survives_the_event_round_trip(code, with_target):
    event = _event(code, OSTLAND if with_target else None)
    back = event_from_dict(_json(event_to_dict(event)), event.article_id)
    assert back == event
    assert back.cameo.goldstein is None and back.cameo.code == code


ROW = {
    "with-target": (OSTLAND, "OST", "Valoria | scolded | Ostland"),
    "without-target": (None, "", "Valoria | scolded | -"),
}


@pytest.mark.parametrize(("target", "target_code", "text"), list(ROW.values()), ids=list(ROW))
def test_event_row_has_empty_goldstein(target, target_code, text):
    row = dict(zip(EVENT_COLUMNS, event_row(_event("224", target)), strict=True))
    assert row == {"article": "a1", "date": "2024-05-01", "source": "VAL", "target": target_code, "cameo": "224",
                   "name": FOREIGN_NAME, "plover": "", "goldstein": "", "quad": "0", "text": text,
                   "rule": "scold@29"}


def test_events_tsv_output():
    out = io.StringIO()
    failures = write_results([_result(_event("224"), _event("051"))], "events", out)
    assert failures == 0
    header, foreign, known = out.getvalue().splitlines()
    assert header.split("\t") == EVENT_COLUMNS
    g = EVENT_COLUMNS.index("goldstein")
    assert foreign.split("\t")[g] == "" and foreign.split("\t")[EVENT_COLUMNS.index("cameo")] == "224"
    assert known.split("\t")[g] == f"{BOOK.cameo('051').goldstein:+.1f}"
    assert len(foreign.split("\t")) == len(EVENT_COLUMNS)


def test_table_output_lists_the_foreign_code():
    out = io.StringIO()
    write_results([_result(_event("224"))], "table", out)
    lines = out.getvalue().splitlines()
    assert "224" in lines[2].split() and lines[-1] == "1 events"


def test_plover_leaves_foreign_codes_out():
    assert plover_records(_result(_event("224"))) == []
    (record,) = plover_records(_result(_event("224"), _event("051")))
    assert (record["cameo"], record["event"]) == ("051", BOOK.plover("051").type)


def test_discarded_sentences_survive_the_round_trip():
    result = _result(_event("051"), discarded=((1, "sentence"),))
    assert result_from_dict(_json(result_to_dict(result)), TEXT) == result
