"""A team's server for the roles tests: an owner login (not a superuser, ``CREATEROLE``)
owning a database it migrated itself, and the volunteers' logins it adds.

The test server trusts every login on its private socket, so a test connects as any login
without its password; the roles are the cluster's, shared by every database of the session,
so their names are the same in every module and ``server add-user`` (which may run twice)
brings them up to date.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from caseworker.db import open_database
from tests.cli_runner import Result, run
from tests.postgres_server import PORT, PostgresServer

#: The owner of the team's databases: may create roles, is no superuser.
OWNER = "team_owner"
#: Every volunteer's password (the test server trusts its socket; one that checks does not).
PASSWORD = "correct horse battery"
#: The three volunteers of :func:`staffed_team`, one in each role.
READER, CASEWORKER, COORDINATOR = "zotova", "ivanova", "petrov"
NAMES = {READER: "Зотова А.", CASEWORKER: "Иванова М.", COORDINATOR: "Петров С."}
ROLES = {READER: "reader", CASEWORKER: "caseworker", COORDINATOR: "coordinator"}
_numbers = itertools.count(1)


def login_url(
    server: PostgresServer, login: str, database: str, password: str | None = None
) -> str:
    """The address of ``database`` for ``login`` (no password: the test server trusts)."""
    secret = "" if password is None else f":{quote(password, safe='')}"
    return (
        f"postgresql+psycopg://{login}{secret}@/{database}?host={server.socket_folder}&port={PORT}"
    )


@dataclass(frozen=True)
class Team:
    server: PostgresServer
    database: str
    #: The owner's password, on a server that checks passwords.
    owner_password: str | None = None

    def url(self, login: str = OWNER, password: str | None = None) -> str:
        if password is None and login == OWNER:
            password = self.owner_password
        return login_url(self.server, login, self.database, password)

    def cli(
        self,
        login: str,
        *args: str,
        env: dict[str, str | None] | None = None,
        password: str | None = None,
    ) -> Result:
        """``python -m caseworker --db <the database as login> ARGS``."""
        return run(None, "--db", self.url(login, password), *args, env=env)

    def sql(self, statement: str) -> list[tuple[object, ...]]:
        """A statement as the superuser, on the team's database."""
        return self.server.execute(statement, self.database)

    def add_user(self, folder: Path, login: str, name: str, role: str) -> Result:
        password = folder / f"{login}.password"
        password.write_text(f"{PASSWORD}\n", encoding="utf-8")
        return self.cli(
            OWNER,
            "server", "add-user", login,
            "--name", name,
            "--role", role,
            "--password-file", str(password),
        )  # fmt: skip


def ensure_owner(server: PostgresServer) -> None:
    """The owner login, made once for the session's server."""
    if not server.execute(f"SELECT 1 FROM pg_roles WHERE rolname = '{OWNER}'"):
        server.execute(f'CREATE ROLE "{OWNER}" LOGIN CREATEROLE')


@contextmanager
def team_database(
    server: PostgresServer, *, migrate: bool = True, owner_password: str | None = None
) -> Iterator[Team]:
    """A new database owned by :data:`OWNER` (migrated by the owner's program unless told
    not to), dropped after."""
    ensure_owner(server)
    name = f"team_{os.getpid()}_{next(_numbers)}"
    server.execute(f'CREATE DATABASE "{name}" OWNER "{OWNER}" TEMPLATE template0')
    team = Team(server, name, owner_password)
    try:
        if migrate:
            open_database(team.url()).dispose()
        yield team
    finally:
        server.drop_database(name)


@contextmanager
def staffed_team(
    server: PostgresServer, folder: Path, *, owner_password: str | None = None
) -> Iterator[Team]:
    """A migrated team database, its roles set up by ``server init`` and the three
    volunteers added by ``server add-user`` (their password files in ``folder``, the
    password :data:`PASSWORD`)."""
    with team_database(server, owner_password=owner_password) as team:
        result = team.cli(OWNER, "server", "init")
        assert result.returncode == 0, result.stderr
        for login in (READER, CASEWORKER, COORDINATOR):
            added = team.add_user(folder, login, NAMES[login], ROLES[login])
            assert added.returncode == 0, added.stderr
        yield team
