"""Store stage: keep articles, deduplicated events and their mentions in SQLite or PostgreSQL.

One interface, ``Store``, over two backends chosen by URL: a path (default ``./tidings.db``, SQLite
in WAL mode, one writer and any number of readers at once) or ``postgresql://...``. The schema is
one set of versioned migrations (``tidings.store.schema``). Reads ``ArticleResult`` records from the
pipeline; ``tidings.store.queries`` gives ``StoredEvent`` and ``StoredMention`` records back.
"""

from __future__ import annotations

from tidings.store.dedup import DedupPolicy
from tidings.store.queries import EventFilter, counts_by_day, events, mentions, top_actors
from tidings.store.schema import SCHEMA_VERSION
from tidings.store.store import AddOutcome, Store, content_hash

__all__ = [
    "DEFAULT_DB",
    "Store",
    "AddOutcome",
    "DedupPolicy",
    "EventFilter",
    "SCHEMA_VERSION",
    "content_hash",
    "counts_by_day",
    "events",
    "mentions",
    "top_actors",
]

#: where the CLI keeps the store when ``--db`` is not given
DEFAULT_DB = "tidings.db"
