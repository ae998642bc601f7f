"""Who is working: the name written into audit entries and "entered by" fields.

On a team's PostgreSQL server the volunteer is who they log in as: their login's name there
(its comment, set by ``server add-user --name``; see :mod:`caseworker.team.roles`), not the
name set on their computer, which anyone could change. :func:`acting_as_login` makes that
name the actor while a command runs, :func:`adopt_login` for the rest of the window's life.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from caseworker.preferences import preference

if TYPE_CHECKING:
    from caseworker.db import Database

ENV_VARIABLE = "CASEWORKER_USER"
#: The name of the server's login, while it speaks for the one working.
_LOGIN_NAME: ContextVar[str | None] = ContextVar("caseworker_login_name", default=None)


def current_actor(configured: str | None = None) -> str:
    """The name of the server's login (on a team's server), else the configured caseworker
    name, else ``$CASEWORKER_USER``, else the system user.

    Without ``configured`` (the command line) the name given in the window's Settings is
    the configured one, so that both record the same person.
    """
    if (login_name := _LOGIN_NAME.get()) is not None:
        return login_name
    if configured is None:
        configured = preference(os.environ, "user", "caseworker_name")
    for candidate in (configured, os.environ.get(ENV_VARIABLE)):
        if candidate and candidate.strip():
            return candidate.strip()[:100]
    try:
        return getpass.getuser()[:100] or "unknown"
    except (KeyError, OSError):
        return "unknown"


def speaking_login() -> str | None:
    """The login's name on the server that :func:`current_actor` gives now, if any (a
    team's server); None when the name set on the computer counts. Raises nothing."""
    return _LOGIN_NAME.get()


def login_name(database: Database) -> str | None:
    """The name the server knows the login by, on a team's PostgreSQL server; None on
    SQLite, and for a login that is not the team's and has no name there (the owner's).

    Raises what :meth:`Database.read` raises when the server cannot be asked.
    """
    if database.engine.dialect.name != "postgresql":
        return None
    from caseworker.team.roles import session_name

    with database.read() as session:
        return session_name(session.connection())


@contextmanager
def acting_as_login(database: Database) -> Iterator[None]:
    """Within the block, :func:`current_actor` is the login's name on the server, if it
    has one. Raises what :func:`login_name` raises."""
    token = _LOGIN_NAME.set(login_name(database))
    try:
        yield
    finally:
        _LOGIN_NAME.reset(token)


def adopt_login(database: Database) -> str | None:
    """From now on (in this thread), :func:`current_actor` is the login's name on the
    server, if it has one; that name. Raises what :func:`login_name` raises."""
    name = login_name(database)
    _LOGIN_NAME.set(name)
    return name
