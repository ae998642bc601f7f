"""A team's server asking for a password the command line was not given: asked once, at a
terminal, and never shown or kept.

libpq takes the password from the address, ``$PGPASSWORD`` or ``~/.pgpass``; with none of
them (or a wrong one) the server refuses the login. At a terminal the command line then asks
for it (as ``psql`` does) and connects again with it; elsewhere (a script) the refusal's
sentence stands.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from caseworker.db import Database, resolve_url
from caseworker.db.engine import with_password
from caseworker.errors import DatabaseUnavailable
from caseworker.i18n import translate

#: libpq's words when the server wants a password it was not given, or not this one.
_PASSWORD_REFUSED = ("no password supplied", "password authentication failed")


def needs_password(error: DatabaseUnavailable) -> bool:
    """Whether the server refused the login for want of the right password. Raises nothing."""
    reason = (error.reason or "").lower()
    return error.phase == "connect" and any(words in reason for words in _PASSWORD_REFUSED)


def open_asking_password(
    args: argparse.Namespace, opener: Callable[[argparse.Namespace], Database]
) -> Database:
    """``opener(args)``; when the server wants a password and a person is at the terminal,
    ask for it and open again with it in ``args.db`` (this process only).

    Raises what ``opener`` raises (the second refusal too, with its sentence).
    """
    try:
        return opener(args)
    except DatabaseUnavailable as error:
        if not needs_password(error) or not sys.stdin.isatty():
            raise
        try:
            url = make_url(resolve_url(args.db))
        except (ArgumentError, ValueError):
            raise error from None
        if url.get_backend_name() != "postgresql":
            raise
        password = getpass.getpass(
            translate("Cli", "Password of {login} on the server {server}: ").format(
                login=getattr(error, "login", "") or url.username or getpass.getuser(),
                server=error.server or url.host,
            )
        )
        if not password:
            raise
        args.db = with_password(args.db, password)
        return opener(args)
