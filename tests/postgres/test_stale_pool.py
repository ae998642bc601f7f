"""A connection whose ping before use finds it dead invalidates the whole pool: the other
connections idle in it were made before the same break and are replaced on their next use
without a ping each (on a network gone quiet, each ping would hold the window for
tcp_user_timeout). And the timeouts a desktop tolerates (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.pool import QueuePool

from caseworker.db import Database, open_database
from caseworker.db.postgres import DEFAULTS
from tests.postgres_server import PostgresServer


@pytest.fixture
def opened(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.dispose()


def _backends(database: Database, how_many: int) -> list[int]:
    """The server's process ids of ``how_many`` connections held at once, then returned."""
    connections = [database.engine.connect() for _ in range(how_many)]
    try:
        return [int(c.execute(text("SELECT pg_backend_pid()")).scalar() or 0) for c in connections]
    finally:
        for connection in connections:
            connection.close()


def test_a_dead_connection_found_by_its_ping_invalidates_the_pool(
    opened: Database, postgres_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialect = opened.engine.dialect
    pings: list[bool] = []
    real_ping = dialect.do_ping

    def counted(dbapi_connection: Any) -> bool:
        try:
            result = real_ping(dbapi_connection)
        except Exception:
            pings.append(False)
            raise
        pings.append(True)
        return result

    monkeypatch.setattr(dialect, "do_ping", counted)
    old = _backends(opened, 3)
    pool = opened.engine.pool
    assert isinstance(pool, QueuePool) and pool.checkedin() == 3
    for pid in old:  # the break: every pooled connection is dead
        postgres_server.execute(f"SELECT pg_terminate_backend({pid})")
    new = _backends(opened, 3)
    assert not set(new) & set(old)
    # One ping found its connection dead; the two others were replaced without one.
    assert pings == [False]
    pings.clear()
    with opened.read() as session:  # and the pool works on as before
        assert session.execute(text("SELECT 1")).scalar() == 1


def test_the_network_timeouts_suit_a_desktop() -> None:
    # A network that drops silently holds the window's thread at most this long per ping.
    assert int(DEFAULTS["tcp_user_timeout"]) <= 15_000
    idle, interval, count = (
        int(DEFAULTS[name])
        for name in ("keepalives_idle", "keepalives_interval", "keepalives_count")
    )
    assert idle + interval * count <= 30  # an idle pooled connection known dead in half a minute
