"""``server init|add-user|grant|users`` and ``migrate``: a team's PostgreSQL server set up
by its owner (see docs/team.md and :mod:`caseworker.team.roles`).

Every command may run twice: what exists is left or brought up to date, never made twice.
A password is never an argument (it would show in the list of processes and the shell's
history): it is asked twice at a terminal, or read from the first line of
``--password-file``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from caseworker.cli.unlock import read_secret_file
from caseworker.db import Database
from caseworker.db.migrate import head_revision
from caseworker.errors import CaseworkerError, DatabaseForbidden
from caseworker.i18n import translate
from caseworker.team import roles
from caseworker.team.roles import TeamRole

EXIT_OK = 0
#: SQLSTATE insufficient_privilege.
_FORBIDDEN = "42501"


def _tell(message: str) -> None:
    print(message, file=sys.stderr)


_ROLES = [role.value for role in TeamRole]


def _role_names() -> str:
    return translate(
        "Cli", "reader (reads), caseworker (works on cases) or coordinator (also assigns them)"
    )


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = commands_.add_parser(
        "server", help=translate("Cli", "set up a team's PostgreSQL server (its owner)")
    )
    actions = server.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser(
        "init", help=translate("Cli", "make the team's roles and give them their rights")
    )
    init.set_defaults(handler=init_server)
    add = actions.add_parser(
        "add-user", help=translate("Cli", "add a volunteer's login, or bring it up to date")
    )
    add.add_argument("login", metavar="LOGIN", help=translate("Cli", "the login, e.g. ivanova"))
    add.add_argument(
        "--name",
        required=True,
        help=translate("Cli", "the name the program writes, e.g. Иванова М."),
    )
    add.add_argument("--role", required=True, choices=_ROLES, help=_role_names())
    add.add_argument(
        "--password-file",
        metavar="FILE",
        help=translate("Cli", "the file whose first line is the password (else it is asked)"),
    )
    add.set_defaults(handler=add_user)
    grant = actions.add_parser(
        "grant",
        help=translate(
            "Cli", "give a login another role; without one, give every role its rights again"
        ),
    )
    grant.add_argument("login", metavar="LOGIN", nargs="?", help=translate("Cli", "the login"))
    grant.add_argument("--role", choices=_ROLES, help=_role_names())
    grant.set_defaults(handler=grant_role)
    remove = actions.add_parser(
        "remove-user",
        help=translate("Cli", "stop a login from logging in (what it wrote keeps its name)"),
    )
    remove.add_argument("login", metavar="LOGIN", help=translate("Cli", "the login"))
    remove.set_defaults(handler=remove_user)
    users = actions.add_parser("users", help=translate("Cli", "list the team's logins"))
    users.set_defaults(handler=list_users)
    migrate = commands_.add_parser(
        "migrate", help=translate("Cli", "bring the database to this version (the owner)")
    )
    migrate.set_defaults(handler=migrate_database)


def _require_postgresql(database: Database) -> None:
    if database.engine.dialect.name != "postgresql":
        raise CaseworkerError(
            translate(
                "Cli",
                "The team's roles live on a PostgreSQL server; {location} is not one. Give "
                "the server's address with --db postgresql+psycopg://…",
            ).format(location=database.display_name)
        )


@contextmanager
def _transaction(database: Database) -> Iterator[Connection]:
    """One transaction on the server; a refusal for want of a right becomes a sentence
    saying who may run these commands."""
    _require_postgresql(database)
    try:
        with database.engine.begin() as connection:
            yield connection
    except DatabaseForbidden as error:
        raise _owners_only(_first_line(error.__cause__) or error.message) from error
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) != _FORBIDDEN:
            raise
        raise _owners_only(_first_line(error)) from error


def _first_line(error: BaseException | None) -> str:
    """The driver's own words for ``error`` (or SQLAlchemy's wrapping of them)."""
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if original is not None and str(original) else ""


def _owners_only(reason: str) -> CaseworkerError:
    return CaseworkerError(
        translate(
            "Cli",
            "The server refused: {reason}. Team commands are for the server's owner, a "
            "login that owns the database and may create roles (CREATEROLE); nothing was "
            "changed.",
        ).format(reason=reason)
    )


def _require_owner(connection: Connection) -> None:
    if not roles.may_own_schema(connection):
        raise CaseworkerError(
            translate(
                "Cli",
                "Only the server's owner (the login owning the database) may set up the "
                "team; nothing was changed.",
            )
        )


def init_server(database: Database, _args: argparse.Namespace) -> int:
    with _transaction(database) as connection:
        _require_owner(connection)
        closed = roles.close_schemas(connection)
        made = roles.create_groups(connection)
        roles.apply_grants(connection)
    for schema in closed:
        _tell(
            translate(
                "Cli", "Only the owner may create in the schema {schema} now, not every login."
            ).format(schema=schema)
        )
    for role in TeamRole:
        if role in made:
            _tell(translate("Cli", "Made the role {role}.").format(role=role.group))
        else:
            _tell(translate("Cli", "The role {role} was there already.").format(role=role.group))
    _tell(translate("Cli", "Every role has its rights on this database."))
    return EXIT_OK


def _password(args: argparse.Namespace, needed: bool) -> str | None:
    """The password from ``--password-file``, else asked twice at a terminal when
    ``needed``; None when not needed and not given. Raises :class:`CaseworkerError`."""
    if args.password_file:
        return read_secret_file(
            args.password_file,
            empty=translate("Cli", "The password file {path} has an empty first line."),
            unreadable=translate("Cli", "The password file {path} cannot be read: {reason}"),
        )
    if not needed:
        return None
    if not sys.stdin.isatty():
        raise CaseworkerError(
            translate(
                "Cli",
                "A new login needs a password: give --password-file FILE, or run the command "
                "at a terminal to be asked for it.",
            )
        )
    first = getpass.getpass(translate("Cli", "Password for {login}: ").format(login=args.login))
    roles.check_password(first)
    second = getpass.getpass(translate("Cli", "The same password again: "))
    if first != second:
        raise CaseworkerError(translate("Cli", "The two passwords differ; nothing was changed."))
    return first


def add_user(database: Database, args: argparse.Namespace) -> int:
    login = roles.check_login(args.login)
    roles.check_name(args.name)
    with _transaction(database) as connection:
        _require_owner(connection)
        exists = roles.member(connection, login, disabled=True) is not None
        if not exists:
            roles.refuse_outsider(connection, login)  # before asking for a password
        roles.refuse_taken_name(connection, login, roles.check_name(args.name))
    password = _password(args, needed=not exists)
    with _transaction(database) as connection:
        made = roles.add_user(connection, login, args.name, TeamRole(args.role), password)
    name = roles.check_name(args.name)
    if made:
        message = translate("Cli", "Added the login {login} ({name}) as {role}.")
    else:
        message = translate("Cli", "The login {login} was there already: now {name}, {role}.")
    _tell(message.format(login=login, name=name, role=args.role))
    return EXIT_OK


def grant_role(database: Database, args: argparse.Namespace) -> int:
    if (args.login is None) != (args.role is None):
        raise CaseworkerError(
            translate("Cli", "Give both a login and --role, or neither (to give every role "
                      "its rights again).")
        )  # fmt: skip
    with _transaction(database) as connection:
        _require_owner(connection)
        roles.apply_grants(connection)
        before = None
        if args.login is not None:
            before = roles.grant(connection, args.login, TeamRole(args.role))
    if before is not None:
        _tell(
            translate("Cli", "The login {login} was {before} and is now {role}.").format(
                login=args.login, before=before.value, role=args.role
            )
        )
    _tell(translate("Cli", "Every role has its rights on this database."))
    return EXIT_OK


def remove_user(database: Database, args: argparse.Namespace) -> int:
    with _transaction(database) as connection:
        _require_owner(connection)
        could = roles.remove_user(connection, args.login)
    if could:
        message = translate(
            "Cli",
            "The login {login} can no longer log in; what it wrote keeps its name. "
            "add-user lets it in again.",
        )
    else:
        message = translate("Cli", "The login {login} could not log in already.")
    _tell(message.format(login=args.login))
    return EXIT_OK


def list_users(database: Database, _args: argparse.Namespace) -> int:
    with _transaction(database) as connection:
        found = roles.members(connection)
    for member in found:
        print(f"{member.login}\t{member.role.value}\t{member.name}")
    return EXIT_OK


def migrate_database(database: Database, _args: argparse.Namespace) -> int:
    """Opening the database upgraded it already (only its owner may: see
    :mod:`caseworker.db.migrate`); on a team's server the new tables get their rights."""
    if database.engine.dialect.name == "postgresql":
        with _transaction(database) as connection:
            if roles.existing_groups(connection) == set(TeamRole) and roles.may_own_schema(
                connection
            ):
                roles.apply_grants(connection)
    _tell(
        translate("Cli", "The database is at the newest revision ({revision}).").format(
            revision=head_revision()
        )
    )
    return EXIT_OK
