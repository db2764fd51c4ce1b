"""Articles from saved web pages (trafilatura) and RSS/Atom feed files (feedparser), offline.

``read_html`` extracts a page's main text, title, publication date, author, canonical URL and site
name; ``read_feed`` yields one article per feed item (its content, else its summary, as text). Neither
fetches anything: pages and feeds are read from bytes already on disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from tidings.errors import InputError
from tidings.records import Article, CodingFailure

__all__ = ["read_html", "read_feed", "HTML_SUFFIXES", "FEED_SUFFIXES"]

HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_html(data: bytes | str, path: str, default_date: dt.date | None = None) -> Article:
    """The main text and metadata of a saved HTML page; a page without main text is an InputError."""
    import trafilatura

    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=False)
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise InputError("T210", "no main text found in the HTML page", path, 1)
    title = doc.title or None
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1:]  # the headline is the title, not a sentence of the story
    outlet = doc.sitename or doc.hostname or None
    return Article(doc.url or Path(path).stem, text, _iso_date(doc.date) or default_date, title, doc.url, outlet,
                   path, 1, doc.author or None)


def _plain(html: str) -> str:
    if "<" not in html:
        return html
    import lxml.html

    try:
        return lxml.html.fromstring(html).text_content()
    except (ValueError, lxml.etree.ParserError):
        return html


def read_feed(data: bytes | str, path: str, default_date: dt.date | None = None) -> Iterator[Article | CodingFailure]:
    """One article per RSS/Atom item; an item without text is a failure naming ``path:item``."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise InputError("T211", f"not an RSS or Atom feed ({feed.get('bozo_exception')})", path, None)
    outlet = feed.feed.get("title") or None
    for no, item in enumerate(feed.entries, start=1):
        content = item.get("content") or []
        raw = content[0].get("value", "") if content else item.get("summary", "")
        text = _plain(raw).strip()
        if not text:
            yield CodingFailure(item.get("id") or item.get("link"), "T212", f"{path}:{no}: feed item has no text",
                                path, no)
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        date = dt.date(*stamp[:3]) if stamp else default_date  # feedparser gives UTC
        yield Article(item.get("id") or item.get("link") or f"{Path(path).stem}:{no}", text, date,
                      item.get("title"), item.get("link"), outlet, path, no, item.get("author") or None)
