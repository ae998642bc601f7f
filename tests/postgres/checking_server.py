"""A server of a test module's own whose logins need their passwords (SCRAM), unlike the
session's, which trusts its socket; with a staffed team on it (tests/postgres/team_server.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.postgres.team_server import OWNER, PASSWORD, Team, staffed_team
from tests.postgres_fixtures import unavailable
from tests.postgres_server import PostgresServer, ServerUnavailable, find_binaries

#: The superuser keeps its trust on the socket (the fixtures need it); everyone else
#: must give their password.
HBA = "local all postgres trust\nlocal all all scram-sha-256\n"


@contextmanager
def checking_team(folder: Path) -> Iterator[Team]:
    """A started server checking passwords, a staffed team on it (every login's password
    :data:`~tests.postgres.team_server.PASSWORD`), stopped and removed after. Skips (or in CI
    fails) without PostgreSQL's binaries."""
    binaries = find_binaries()
    if binaries is None:
        unavailable("PostgreSQL's server binaries (initdb, pg_ctl) are not installed")
        raise AssertionError("unreachable")
    try:
        server = PostgresServer(binaries)
    except ServerUnavailable as error:
        unavailable(str(error))
        raise AssertionError("unreachable") from error
    try:
        server.start()
        (server.data / "pg_hba.conf").write_text(HBA, encoding="utf-8")
        server.execute("SELECT pg_reload_conf()")
        server.execute(f"CREATE ROLE \"{OWNER}\" LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
        with staffed_team(server, folder, owner_password=PASSWORD) as team:
            yield team
    finally:
        server.stop()
