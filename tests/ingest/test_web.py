"""Reading saved web pages, RSS/Atom feeds, .gz files and directories (tidings.ingest and ingest.web)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings.errors import InputError
from tidings.ingest import read_inputs
from tidings.ingest.web import read_feed, read_html
from tidings.records import Article, CodingFailure

WEB = Path(__file__).resolve().parents[1] / "data" / "store" / "web"


def test_html_page_main_text_and_metadata():
    art = read_html((WEB / "kenya-arrest.html").read_bytes(), "kenya-arrest.html")
    assert art.text.startswith("NAIROBI, June 12 - Security forces")
    assert "Copyright" not in art.text and "Home |" not in art.text
    assert art.title == "Kenyan police arrest opposition leader"
    assert (art.date, art.author, art.source) == (dt.date(2024, 6, 12), "Jane Roe", "Example Wire")
    assert art.url == "https://example-wire.test/kenya-arrest-page"


def test_html_without_text_is_an_input_error():
    with pytest.raises(InputError, match="T210"):
        read_html(b"<html><body></body></html>", "empty.html")


def test_rss_items_and_the_empty_one():
    items = list(read_feed((WEB / "world.rss").read_bytes(), "world.rss"))
    art, failure = items
    assert isinstance(art, Article) and isinstance(failure, CodingFailure)
    assert art.text.startswith("The French foreign minister") and "<p>" not in art.text
    assert (art.date, art.source, art.url) == (dt.date(2024, 6, 20), "Example Daily World",
                                              "https://daily-example.test/news/berlin-talks")
    assert failure.code == "T212" and "world.rss:2" in failure.message


def test_atom_entry():
    [art] = list(read_feed((WEB / "asia.atom").read_bytes(), "asia.atom"))
    assert (art.date, art.author, art.source) == (dt.date(2024, 6, 22), "Kim Lee", "Example Asia Desk")


def test_directory_walks_every_kind_in_name_order():
    items = list(read_inputs([str(WEB)]))
    kinds = [Path(x.path).name for x in items]
    assert kinds == ["asia.atom", "compressed.jsonl.gz", "kenya-arrest.html", "world.rss", "world.rss"]
    assert items[1].id == "gz-1"


def test_unknown_suffix_is_a_failure(tmp_path):
    (tmp_path / "notes.docx").write_text("x")
    [f] = list(read_inputs([str(tmp_path / "notes.docx")]))
    assert isinstance(f, CodingFailure) and f.code == "T201"
