"""The store's schema as numbered migrations, shared by the SQLite and PostgreSQL backends.

Each migration is a list of statements written in the SQL both databases accept; ``{id}`` stands for
the auto-increment primary key (``INTEGER PRIMARY KEY AUTOINCREMENT`` / ``BIGSERIAL PRIMARY KEY``).
``schema_version`` records which migrations ran; a store opens by running the missing ones in order,
so a database written by an older tidings is brought up to date, never rewritten.

Tables:

- ``articles``: one row per stored article (url and content hash unique: re-ingesting changes nothing).
- ``events``: one row per deduplicated event, with its counts and first/last seen.
- ``mentions``: one row per coded event in an article, linking the event to article, sentence and spans.
- ``actors``: one row per actor code seen, with the first name it was seen under.
- ``sentences``, ``quotes``, ``places``: created now, filled by the article-level stages later
  (nothing writes to them yet).
"""

from __future__ import annotations

__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]

_V1 = [
    """CREATE TABLE articles (
        id {id},
        article_key TEXT NOT NULL,
        url TEXT UNIQUE,
        outlet TEXT,
        pub_date TEXT,
        title TEXT,
        author TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        path TEXT,
        added_at TEXT NOT NULL
    )""",
    """CREATE TABLE events (
        id {id},
        event_date TEXT,
        source_code TEXT NOT NULL,
        source_country TEXT NOT NULL,
        source_name TEXT NOT NULL,
        target_code TEXT NOT NULL,
        target_country TEXT NOT NULL,
        target_name TEXT NOT NULL,
        cameo_code TEXT NOT NULL,
        base_code TEXT NOT NULL,
        root_code TEXT NOT NULL,
        family TEXT NOT NULL,
        quad INTEGER NOT NULL,
        goldstein REAL,
        plover_type TEXT NOT NULL,
        plover_mode TEXT NOT NULL,
        num_mentions INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        first_article INTEGER NOT NULL REFERENCES articles(id)
    )""",
    "CREATE INDEX events_dyad ON events (source_code, target_code, family, event_date)",
    "CREATE INDEX events_date ON events (event_date)",
    """CREATE TABLE mentions (
        id {id},
        event_id INTEGER NOT NULL REFERENCES events(id),
        article_id INTEGER NOT NULL REFERENCES articles(id),
        event_ref TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        cameo_code TEXT NOT NULL,
        event_date TEXT,
        date_text TEXT NOT NULL,
        date_reason TEXT NOT NULL,
        source_code TEXT NOT NULL,
        source_text TEXT NOT NULL,
        source_start INTEGER NOT NULL,
        source_end INTEGER NOT NULL,
        verb_text TEXT NOT NULL,
        verb_start INTEGER NOT NULL,
        verb_end INTEGER NOT NULL,
        target_code TEXT NOT NULL,
        target_text TEXT,
        target_start INTEGER,
        target_end INTEGER,
        rule TEXT NOT NULL,
        event_group TEXT NOT NULL,
        dictionary_version TEXT NOT NULL,
        added_at TEXT NOT NULL,
        UNIQUE (article_id, event_ref)
    )""",
    "CREATE INDEX mentions_event ON mentions (event_id)",
    """CREATE TABLE actors (
        code TEXT PRIMARY KEY,
        country TEXT NOT NULL,
        roles TEXT NOT NULL,
        groups_ TEXT NOT NULL,
        name TEXT NOT NULL
    )""",
    """CREATE TABLE sentences (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
    )""",
    """CREATE TABLE quotes (
        id {id},
        article_id INTEGER NOT NULL REFERENCES articles(id),
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        kind TEXT NOT NULL,
        speaker_code TEXT
    )""",
    """CREATE TABLE places (
        id {id},
        article_id INTEGER NOT NULL REFERENCES articles(id),
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        name TEXT NOT NULL,
        geonameid INTEGER,
        lat REAL,
        lon REAL,
        country TEXT NOT NULL,
        admin1 TEXT NOT NULL,
        feature TEXT NOT NULL
    )""",
]

#: what an event's date pins down (day, week, month, quarter, year; tidings.dates)
_V2 = ["ALTER TABLE mentions ADD COLUMN date_granularity TEXT"]

#: migration number -> statements; append, never edit a released migration
MIGRATIONS: dict[int, list[str]] = {1: _V1, 2: _V2}
SCHEMA_VERSION = max(MIGRATIONS)
