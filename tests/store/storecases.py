"""Hand-made records for the store tests: articles and events without the model."""

from __future__ import annotations

import datetime as dt

from tidings.codebook import load_codebook
from tidings.records import Actor, ActorCode, Article, ArticleResult, Event, EventSpans, Span


def actor(code: str, text: str, start: int = 0) -> Actor:
    return Actor(text, Span(start, start + len(text), text), ActorCode.parse(code))


def event(article: str, n: int, source: str, target: str | None, code: str, date: dt.date | None,
          sentence: int = 0) -> Event:
    book = load_codebook()
    src = actor(source, source.title())
    tgt = actor(target, target.title(), 20) if target else None
    verb = Span(10, 18, "verbed")
    return Event(f"{article}:{n}", article, sentence, src, tgt, book.cameo(code), book.plover(code), date, "",
                 "publication-date", EventSpans(src.span, verb, tgt.span if tgt else None), "test", f"{article}:{n}")


def result(article_id: str, events=(), url: str | None = None, source: str | None = "Outlet",
           text: str | None = None, date: dt.date | None = dt.date(2024, 6, 12)) -> ArticleResult:
    art = Article(article_id, text or f"Text of {article_id}.", date, f"Title {article_id}", url, source)
    return ArticleResult(art, tuple(events))
