"""The event store: writes pipeline results, deduplicating events across articles; reads them back.

``Store.add(result)`` stores one ``ArticleResult`` in one transaction: the article (unless its url or
content hash is already stored, in which case nothing changes), then each asserted event as a
mention, joined to a stored event by ``DedupPolicy`` or starting a new one, and the counts of the
event (NumMentions, NumArticles, NumSources = distinct outlets) recomputed from its mentions.
Reading (``events``, ``mentions``, ``counts_by_day``, ``top_actors``) is in ``tidings.store.queries``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from tidings.errors import StoreError
from tidings.records import Actor, Article, ArticleResult, Event
from tidings.store.backends import Backend, backend_for
from tidings.store.dedup import DedupPolicy
from tidings.store.schema import MIGRATIONS

__all__ = ["Store", "AddOutcome", "content_hash", "outlet_of", "utc_now"]

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """SHA-256 of the text with runs of white space made one space (reflowed copies hash alike)."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


def outlet_of(article: Article) -> str:
    """The outlet: the article's ``source``, else its URL's host (without www.), else "unknown"."""
    if article.source:
        return article.source
    if article.url:
        host = urlsplit(article.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return "unknown"


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class AddOutcome:
    """What storing one article did: ``stored`` is False when it was already there."""

    stored: bool
    mentions: int = 0
    new_events: int = 0


class Store:
    """One database: ``Store.open("tidings.db")`` or ``Store.open("postgresql://...")``.

    One writer at a time (others wait for its transaction); any number of readers alongside.
    """

    def __init__(self, backend: Backend) -> None:
        self.db = backend
        self.migrate()

    @classmethod
    def open(cls, url: str) -> Store:
        return cls(backend_for(url))

    @property
    def backend(self) -> str:
        return self.db.name

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema --------------------------------------------------------------------------------

    def schema_version(self) -> int:
        if not self.db.table_exists("schema_version"):
            return 0
        row = self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> None:
        """Run the migrations this database has not had, in one write transaction (taken only when some
        are missing, so that opening an up-to-date store never waits for a writer)."""
        if self.schema_version() == max(MIGRATIONS):
            return
        self.db.begin_write()
        try:
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                            "applied_at TEXT NOT NULL)")
            have = self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
            newer = max(MIGRATIONS)
            if have > newer:
                raise StoreError("T403", f"database schema version {have} is newer than this tidings ({newer})")
            for version in sorted(v for v in MIGRATIONS if v > have):
                for stmt in MIGRATIONS[version]:
                    self.db.execute(stmt.replace("{id}", self.db.id_type))
                self.db.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                                (version, utc_now()))
                log.info("store %s: migrated to schema version %d", self.db.url, version)
            self.db.commit()
        except BaseException:
            self.db.rollback()
            raise

    # -- writing -------------------------------------------------------------------------------

    def has_article(self, article: Article) -> bool:
        """True if an article with this url or this content is stored."""
        row = self.db.execute("SELECT 1 FROM articles WHERE content_hash = ? OR url = ?",
                              (content_hash(article.text), article.url)).fetchone()
        return row is not None

    def add(self, result: ArticleResult, policy: DedupPolicy | None = None) -> AddOutcome:
        """Store an article and its asserted events; an article already stored changes nothing."""
        policy = policy or DedupPolicy()
        art = result.article
        digest = content_hash(art.text)
        now = utc_now()
        self.db.begin_write()
        try:
            if self.db.execute("SELECT 1 FROM articles WHERE content_hash = ? OR url = ?",
                               (digest, art.url)).fetchone():
                self.db.rollback()
                return AddOutcome(False)
            outlet = outlet_of(art)
            article_id = self.db.execute(
                "INSERT INTO articles (article_key, url, outlet, pub_date, title, author, content_hash, text, path,"
                " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (art.id, art.url, outlet, art.date.isoformat() if art.date else None, art.title, art.author, digest,
                 art.text, art.path, now)).fetchone()[0]
            new_events = mentions = 0
            for ev in result.events:
                if ev.negated or ev.hypothetical:
                    continue
                event_id, created = self._event_for(ev, policy, article_id, now)
                self._add_mention(event_id, article_id, ev, now)
                if not created:
                    self._recount(event_id, now)
                new_events += created
                mentions += 1
                for actor in (ev.source, ev.target):
                    if actor is not None:
                        self._add_actor(actor)
            self.db.commit()
        except BaseException:
            self.db.rollback()
            raise
        return AddOutcome(True, mentions, new_events)

    def _event_for(self, ev: Event, policy: DedupPolicy, article_id: int, now: str) -> tuple[int, bool]:
        family = policy.family(ev.cameo.code)
        target = ev.target.code.code if ev.target else ""
        if ev.date is None:
            row = self.db.execute(
                "SELECT id FROM events WHERE source_code = ? AND target_code = ? AND family = ? AND event_date IS NULL"
                " ORDER BY id LIMIT 1", (ev.source.code.code, target, family)).fetchone()
        else:
            lo, hi = policy.window(ev.date)
            row = self.db.execute(
                "SELECT id FROM events WHERE source_code = ? AND target_code = ? AND family = ?"
                " AND event_date >= ? AND event_date <= ? ORDER BY id LIMIT 1",
                (ev.source.code.code, target, family, lo, hi)).fetchone()
        if row is not None:
            return int(row[0]), False
        t = ev.target
        event_id = self.db.execute(
            "INSERT INTO events (event_date, source_code, source_country, source_name, target_code, target_country,"
            " target_name, cameo_code, base_code, root_code, family, quad, goldstein, plover_type, plover_mode,"
            " num_mentions, num_sources, num_articles, first_seen, last_seen, first_article)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, ?, ?) RETURNING id",
            (ev.date.isoformat() if ev.date else None, ev.source.code.code, ev.source.code.country,
             _name(ev.source), target, t.code.country if t else "", _name(t) if t else "", ev.cameo.code,
             ev.cameo.code[:3], ev.cameo.root, family, ev.cameo.quad, ev.cameo.goldstein, ev.plover.type,
             ev.plover.mode, now, now, article_id)).fetchone()[0]
        return int(event_id), True

    def _add_mention(self, event_id: int, article_id: int, ev: Event, now: str) -> None:
        s, v, t = ev.spans.source, ev.spans.verb, ev.spans.target
        self.db.execute(
            "INSERT INTO mentions (event_id, article_id, event_ref, sentence, cameo_code, event_date, date_text,"
            " date_reason, source_code, source_text, source_start, source_end, verb_text, verb_start, verb_end,"
            " target_code, target_text, target_start, target_end, rule, event_group, dictionary_version, added_at,"
            " date_granularity)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (article_id, event_ref) DO NOTHING",
            (event_id, article_id, ev.id, ev.sentence, ev.cameo.code, ev.date.isoformat() if ev.date else None,
             ev.date_text, ev.date_reason, ev.source.code.code, s.text, s.start, s.end, v.text, v.start, v.end,
             ev.target.code.code if ev.target else "", t.text if t else None, t.start if t else None,
             t.end if t else None, ev.rule, ev.group, ev.dictionary_version, now, ev.date_granularity))

    def _recount(self, event_id: int, now: str) -> None:
        self.db.execute(
            "UPDATE events SET"
            " num_mentions = (SELECT COUNT(*) FROM mentions WHERE event_id = ?),"
            " num_articles = (SELECT COUNT(DISTINCT article_id) FROM mentions WHERE event_id = ?),"
            " num_sources = (SELECT COUNT(DISTINCT a.outlet) FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.event_id = ?),"
            " last_seen = ? WHERE id = ?", (event_id, event_id, event_id, now, event_id))

    def _add_actor(self, actor: Actor) -> None:
        c = actor.code
        self.db.execute("INSERT INTO actors (code, country, roles, groups_, name) VALUES (?, ?, ?, ?, ?)"
                        " ON CONFLICT (code) DO NOTHING",
                        (c.code, c.country, " ".join(c.roles), " ".join(c.groups), _name(actor)))

    # -- small reads ---------------------------------------------------------------------------

    def count(self, table: str) -> int:
        if table not in {"articles", "events", "mentions", "actors"}:
            raise StoreError("T404", f"no table {table!r} to count")
        return int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def _name(actor: Actor) -> str:
    return actor.name or actor.text
