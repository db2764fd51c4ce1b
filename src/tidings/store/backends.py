"""Database connections behind the store: SQLite (embedded, WAL) and PostgreSQL (psycopg 3).

A backend opens a connection, says how SQL differs on it (placeholders, the auto-increment key type)
and how a write transaction starts. The store's SQL is written once with ``?`` placeholders; the
PostgreSQL backend rewrites them to ``%s``. Writers take a lock at the start of their transaction
(``BEGIN IMMEDIATE`` on SQLite, a transaction-scoped advisory lock on PostgreSQL) so that the
dedup look-up and the insert that follows it see the same events; readers never wait on a writer
(SQLite in WAL mode, PostgreSQL's MVCC).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tidings.errors import StoreError

__all__ = ["Backend", "SQLiteBackend", "PostgresBackend", "backend_for"]

#: advisory lock key held by a PostgreSQL writer for the length of its transaction
_PG_WRITE_LOCK = 0x7469646E  # "tidn"


class Backend:
    """One open connection and its dialect. ``execute`` takes SQL with ``?`` placeholders."""

    name = ""
    id_type = ""
    url = ""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def begin_write(self) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        self.execute("ROLLBACK")

    def close(self) -> None:
        raise NotImplementedError

    def table_exists(self, table: str) -> bool:
        raise NotImplementedError


class SQLiteBackend(Backend):
    name = "sqlite"
    id_type = "INTEGER PRIMARY KEY AUTOINCREMENT"

    def __init__(self, path: str) -> None:
        self.url = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # autocommit mode: transactions are begun and ended explicitly below
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise StoreError("T401", f"cannot open SQLite database {path}: {exc}") from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(sql, tuple(params))
        except sqlite3.Error as exc:
            raise StoreError("T410", f"SQLite: {exc} in {sql.split()[0]} statement") from exc

    def begin_write(self) -> None:
        self.execute("BEGIN IMMEDIATE")

    def close(self) -> None:
        self.conn.close()

    def table_exists(self, table: str) -> bool:
        row = self.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()
        return row is not None


class PostgresBackend(Backend):
    name = "postgresql"
    id_type = "BIGSERIAL PRIMARY KEY"

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            import psycopg
        except ImportError as exc:  # psycopg is a dependency; a broken install names itself here
            raise StoreError("T402", f"PostgreSQL needs psycopg: {exc}") from exc
        self._errors = psycopg.Error
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError("T401", f"cannot connect to PostgreSQL at {_redact(url)}: {exc}") from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(sql.replace("?", "%s"), tuple(params) or None)
        except self._errors as exc:
            raise StoreError("T410", f"PostgreSQL: {str(exc).strip()} in {sql.split()[0]} statement") from exc

    def begin_write(self) -> None:
        self.execute("BEGIN")
        self.execute("SELECT pg_advisory_xact_lock(?)", (_PG_WRITE_LOCK,))

    def close(self) -> None:
        self.conn.close()

    def table_exists(self, table: str) -> bool:
        row = self.execute("SELECT to_regclass(?)", (table,)).fetchone()
        return row is not None and row[0] is not None


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    cred, host = rest.rsplit("@", 1)
    return f"{scheme}://{cred.split(':', 1)[0]}:***@{host}"


def backend_for(url: str) -> Backend:
    """``postgresql://...`` (or ``postgres://``) opens PostgreSQL; ``sqlite:///path``, a path or
    ``:memory:`` opens SQLite."""
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(url)
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    elif "://" in url:
        raise StoreError("T400", f"unknown database URL {url!r}; expected a path, sqlite:///PATH or postgresql://...")
    return SQLiteBackend(url)
