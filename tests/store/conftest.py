"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL needs ``TIDINGS_TEST_POSTGRES_URL`` (``.ci/postgres.sh`` starts a throwaway server and
sets it; CI runs the tests that way). Without it the PostgreSQL cases are skipped with a message.
"""

from __future__ import annotations

import os

import pytest

from tidings.store import Store

PG_URL = os.environ.get("TIDINGS_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG_URL, reason="PostgreSQL store tests need TIDINGS_TEST_POSTGRES_URL (run under .ci/postgres.sh)"))]


def reset_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def db_url(backend: str, tmp_path) -> str:
    if backend == "postgresql":
        reset_postgres(PG_URL)
        return PG_URL
    return str(tmp_path / "tidings.db")


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path) -> str:
    """A URL of an empty database on each backend."""
    return db_url(request.param, tmp_path)


@pytest.fixture
def store(db):
    s = Store.open(db)
    yield s
    s.close()
