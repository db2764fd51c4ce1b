"""Reading articles (tidings.ingest): .txt, .jsonl and stdin; failures name the file and line."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from tidings.errors import InputError
from tidings.ingest import parse_date, read_inputs, read_text
from tidings.records import Article, CodingFailure

DEFAULT = dt.date(2024, 7, 1)
JSONL_LINES = [
    json.dumps({"id": "a1", "text": "Russia attacked Ukraine.", "date": "2024-06-29", "title": "T",
                "url": "u", "source": "wire"}),
    '{"id": "broken", "text": ',
    json.dumps({"id": "no-text", "date": "2024-06-29"}),
    json.dumps({"id": "bad-date", "text": "Kenya deported two nationals.", "date": "29/06/2024"}),
    "",
    json.dumps({"text": "China praised Pakistan.", "date": "2024-06-28T10:15:00Z"}),
    json.dumps(["not", "an", "object"]),
    json.dumps({"id": 7, "text": "   "}),
]


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "good.txt").write_text("Kenyan police arrested protesters.\n", encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("id,text\n", encoding="utf-8")
    names = ["good.txt", "batch.jsonl", "missing.jsonl", "notes.csv"]
    return [str(tmp_path / n) for n in names]


@pytest.fixture
def items(inputs):
    return list(read_inputs(inputs, DEFAULT))


def test_items_come_in_input_order(items):
    kinds = [(type(x).__name__, x.id if isinstance(x, Article) else x.line) for x in items]
    assert kinds == [
        ("Article", "good"), ("Article", "a1"), ("CodingFailure", 2), ("CodingFailure", 3),
        ("CodingFailure", 4), ("Article", "batch:6"), ("CodingFailure", 7), ("CodingFailure", 8),
        ("CodingFailure", None), ("CodingFailure", None),
    ]


def test_text_file_article(items, inputs):
    art = items[0]
    text = "Kenyan police arrested protesters.\n"
    assert art == Article("good", text, DEFAULT, None, None, None, inputs[0], 1)


def test_jsonl_article_fields(items, inputs):
    art = items[1]
    assert (art.id, art.text, art.date, art.title, art.url, art.source) == (
        "a1", "Russia attacked Ukraine.", dt.date(2024, 6, 29), "T", "u", "wire")
    assert (art.path, art.line) == (inputs[1], 1)


def test_jsonl_line_without_id_or_plain_date(items):
    art = items[5]
    assert art.id == "batch:6" and art.line == 6
    assert art.date == dt.date(2024, 6, 28)


@pytest.mark.parametrize(
    ("index", "code", "line", "article_id"),
    [(2, "T202", 2, None), (3, "T205", 3, "no-text"), (4, "T203", 4, "bad-date"), (6, "T204", 7, None),
     (7, "T205", 8, "7")],
    ids=["invalid-json", "missing-text", "bad-date", "not-an-object", "blank-text"],
)
def test_bad_jsonl_lines_name_file_and_line(items, inputs, index, code, line, article_id):
    failure = items[index]
    assert isinstance(failure, CodingFailure)
    assert (failure.code, failure.path, failure.line) == (code, inputs[1], line)
    assert failure.article_id == article_id
    assert f"batch.jsonl:{line}" in failure.message


def test_missing_file(items, inputs):
    failure = items[8]
    assert (failure.code, failure.path) == ("T200", inputs[2])
    assert "missing.jsonl" in failure.message


def test_unsupported_extension(items, inputs):
    failure = items[9]
    assert (failure.code, failure.path) == ("T201", inputs[3])
    assert "notes.csv" in failure.message and ".jsonl" in failure.message


def test_default_date_only_fills_missing_dates(tmp_path):
    path = tmp_path / "d.jsonl"
    lines = [json.dumps({"id": "x", "text": "t"}), json.dumps({"id": "y", "text": "t", "date": None})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.date for a in read_inputs([str(path)], DEFAULT)] == [DEFAULT, DEFAULT]
    assert [a.date for a in read_inputs([str(path)])] == [None, None]


def test_empty_text_file_is_a_failure(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    (failure,) = read_inputs([str(path)])
    assert (failure.code, failure.line) == ("T205", 1)
    assert f"{path}:1" in failure.message


def test_stdin_jsonl():
    stdin = io.StringIO("\n" + JSONL_LINES[0] + "\n" + JSONL_LINES[1] + "\n")
    art, failure = read_inputs(["-"], stdin=stdin)
    assert (art.id, art.path, art.line) == ("a1", "-", 2)
    assert (failure.code, failure.path, failure.line) == ("T202", "-", 3)
    assert "-:3" in failure.message


def test_stdin_plain_text():
    (art,) = read_inputs(["-"], DEFAULT, stdin=io.StringIO("Russia attacked Ukraine.\nMore text."))
    assert (art.id, art.text) == ("stdin", "Russia attacked Ukraine.\nMore text.")
    assert (art.date, art.path, art.line) == (DEFAULT, "-", 1)


def test_empty_stdin_is_a_failure():
    (failure,) = read_inputs(["-"], stdin=io.StringIO(""))
    assert isinstance(failure, CodingFailure) and failure.code == "T205"


def test_read_text_names_the_file():
    art = read_text("Some text", "dir/report.txt", DEFAULT)
    assert (art.id, art.path, art.line, art.date) == ("report", "dir/report.txt", 1, DEFAULT)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("", None), ("2024-06-29", dt.date(2024, 6, 29)), ("2024-06-29T23:59:00+02:00",
                                                                      dt.date(2024, 6, 29))],
    ids=["none", "empty", "iso", "timestamp"],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["29/06/2024", "2024-13-01", 20240629, "yesterday"], ids=str)
def test_parse_date_rejects(value):
    with pytest.raises(InputError) as info:
        parse_date(value, "f.jsonl", 9)
    assert info.value.code == "T203"
    assert str(info.value).startswith("[T203] f.jsonl:9: ")


def test_a_line_that_is_not_utf8_is_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "Kenyan police arrested protesters."}\n'
        b'{"id": "b", "text": "caf\xe9 \xff"}\n'
        b'{"id": "c", "text": "India and Japan signed a pact."}\n'
    )
    items = list(read_inputs([str(path)]))
    assert [getattr(x, "id", None) for x in items if isinstance(x, Article)] == ["a", "c"]
    failure = next(x for x in items if isinstance(x, CodingFailure))
    assert failure.code == "T206" and failure.line == 2 and "mixed.jsonl:2" in failure.message
