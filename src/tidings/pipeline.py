"""The pipeline: the only module that knows the order of stages.

``Coder.code(articles)`` takes ``Article`` records (or ``CodingFailure`` records passed through from
reading) and yields one ``ArticleResult`` per article, streaming, with ``nlp.pipe`` batching
underneath: parse -> actors -> events -> event dates, time expressions, tone -> places. A failure
inside one article becomes a ``CodingFailure`` in that article's result (or raises with ``strict``);
the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import tee

from tidings.actors import ActorStage
from tidings.config import Settings
from tidings.dates import date_events
from tidings.dictionaries.load import load_dictionaries
from tidings.dictionaries.profile import DictionaryProfile, resolve_profile
from tidings.errors import CodingError, TidingsError
from tidings.events import EventStage
from tidings.nlp import join_split_names, load_model, paragraph_doc, parse_text
from tidings.places import PlaceStage, place_events
from tidings.quotes import QuoteStage
from tidings.quotes.statements import statement_events
from tidings.records import Article, ArticleResult, CodingFailure
from tidings.timex import find_dates
from tidings.tone import ToneScorer

__all__ = ["Coder", "code_articles"]

log = logging.getLogger(__name__)


class Coder:
    """Codes articles into events. Build once per process; the model and dictionaries load once."""

    def __init__(self, settings: Settings | None = None, profile: DictionaryProfile | None = None) -> None:
        """``profile`` (else ``settings.dictionaries``, else the built-ins) names the dictionaries."""
        self.settings = settings or Settings()
        self.nlp = load_model(self.settings.model)
        self.dictionaries = None
        if profile is None and self.settings.dictionaries:
            profile = resolve_profile(self.settings.dictionaries)
        if profile is not None:
            self.dictionaries = load_dictionaries(profile)
            context = profile.semantics != "petrarch"
            self.actors = ActorStage(self.nlp, self.dictionaries.actors, context=context)
            self.events = EventStage(self.dictionaries.patterns, context=context)
            self.statements = context  # PETRARCH semantics: only what the dictionaries code
        else:
            self.actors = ActorStage(self.nlp)
            self.events = EventStage()
            self.statements = True
        self.quotes = QuoteStage()
        self.tone = ToneScorer()
        self.places = PlaceStage()

    @property
    def model_name(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"

    def code_one(self, article: Article) -> ArticleResult:
        return next(self.code([article]))

    def code(self, items: Iterable[Article | CodingFailure]) -> Iterator[ArticleResult | CodingFailure]:
        """Yield a result per article (in input order); reading failures are passed through."""
        a, b = tee(items)
        texts = (paragraph_doc(self.nlp, parse_text(x.text)) for x in a if isinstance(x, Article))
        docs = self.nlp.pipe(texts, batch_size=self.settings.batch_size)
        for item in b:
            if isinstance(item, CodingFailure):
                yield item
                continue
            doc = next(docs)
            yield self._code_doc(doc, item)

    def _code_doc(self, doc, article: Article) -> ArticleResult:
        try:
            join_split_names(doc)
            actors = self.actors.run(doc, article)
            events = self.events.run(doc, article, actors, self.settings.keep_unasserted)
            quotes = self.quotes.run(doc, article, actors)
            if self.statements:
                events = [*events, *statement_events(doc, article, quotes, events, self.events.version)]
            dates = find_dates(doc, article)
            events = date_events(doc, article, events, dates)
            tone, events = self.tone.run(doc, events)
            places = self.places.run(doc, article)
            events = place_events(doc, places, events)
            discarded = self._discards(doc)
            if discarded:
                dropped = {i for i, _ in discarded}
                story = any(kind == "story" for _, kind in discarded)
                events = [] if story else [e for e in events if e.sentence not in dropped]
        except TidingsError as exc:
            if self.settings.strict:
                raise
            log.warning("article %s: %s", article.id, exc)
            return ArticleResult(article, errors=(CodingFailure(article.id, exc.code, exc.message,
                                                                article.path, article.line),))
        except Exception as exc:  # noqa: BLE001 - reported with its traceback, never swallowed
            # A defect in a stage must not stop the batch: it is logged with its traceback and
            # reported with the article as T300; --strict raises instead.
            if self.settings.strict:
                raise CodingError("T300", f"article {article.id}: {type(exc).__name__}: {exc}") from exc
            log.exception("article %s failed", article.id)
            failure = CodingFailure(article.id, "T300", f"{type(exc).__name__}: {exc}", article.path, article.line)
            return ArticleResult(article, errors=(failure,))
        return ArticleResult(article, tuple(events), quotes=quotes, dates=dates, places=places, discarded=discarded,
                             tone=tone)

    def _discards(self, doc) -> tuple[tuple[int, str], ...]:
        """Sentences holding a phrase of the discard dictionary (PETRARCH's sentence and story discards)."""
        discards = self.dictionaries.discards if self.dictionaries else None
        if discards is None:
            return ()
        out = []
        for i, sent in enumerate(doc.sents):
            kind = discards.match([t.lower_ for t in sent])
            if kind:
                out.append((i, kind))
        return tuple(out)


_WORKER: Coder | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = Coder(settings)


def _code_chunk(chunk: list[Article]) -> list[ArticleResult]:
    assert _WORKER is not None
    return list(_WORKER.code(chunk))  # type: ignore[arg-type]


def _chunks(items: Iterable[Article | CodingFailure], size: int) -> Iterator[list[Article | CodingFailure]]:
    chunk: list[Article | CodingFailure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def code_articles(items: Iterable[Article | CodingFailure], settings: Settings | None = None
                  ) -> Iterator[ArticleResult | CodingFailure]:
    """Code a stream of articles in this process, or in ``settings.workers`` processes (order kept)."""
    settings = settings or Settings()
    if settings.workers <= 1:
        yield from Coder(settings).code(items)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(settings.workers, initializer=_init_worker, initargs=(settings,)) as pool:
        pending = []
        for chunk in _chunks(items, settings.batch_size):
            arts = [x for x in chunk if isinstance(x, Article)]
            pending.append((chunk, pool.submit(_code_chunk, arts) if arts else None))
            if len(pending) > settings.workers * 2:
                yield from _drain(pending.pop(0))
        for entry in pending:
            yield from _drain(entry)


def _drain(entry) -> Iterator[ArticleResult | CodingFailure]:
    chunk, future = entry
    results = iter(future.result()) if future is not None else iter(())
    for item in chunk:
        yield item if isinstance(item, CodingFailure) else next(results)
