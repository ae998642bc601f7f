"""A team's roles on a PostgreSQL server: three group roles, their grants, one login each.

* ``caseworker_reader`` reads everything and changes nothing (but says which case it has
  open: ``case_presence``);
* ``caseworker_caseworker`` reads and writes the working tables, but may not change who a
  case is assigned to (``cases.assigned_to``: column grants);
* ``caseworker_coordinator`` does what a caseworker does and assigns cases.

The audit trail (``audit_entries``) takes new entries and is read, never changed: nobody
but the owner may update, delete or truncate it, the coordinator included. The schema
revision (``alembic_version``) is only read. The owner (the login that owns the database
and its tables) runs the migrations; its default privileges give the tables a later
migration adds to the groups, and :func:`apply_grants` (``caseworker server grant`` and
``caseworker migrate``) sets every grant exactly again. Everything here may run twice:
nothing is made twice.

Each volunteer logs in as their own login, a member of one group; the login's comment
(``COMMENT ON ROLE``) is their name as the program writes it ("Иванова М."): in the audit
trail, "entered by" and ``cases.assigned_to``.

Every function takes a connection to a PostgreSQL database in a transaction, and raises
:class:`~caseworker.errors.CaseworkerError` with a sentence for what the server's roles
refuse (a login that is not the team's, a name too long...); the server's own refusals
(an owner without ``CREATEROLE``) come as SQLAlchemy's errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, text

from caseworker.errors import CaseworkerError, ValidationError
from caseworker.i18n import translate
from caseworker.team.scram import scram_verifier


class TeamRole(StrEnum):
    READER = "reader"
    CASEWORKER = "caseworker"
    COORDINATOR = "coordinator"

    @property
    def group(self) -> str:
        """The server's group role: ``caseworker_reader`` and so on."""
        return f"caseworker_{self.value}"


#: The groups that write (the reader only reads).
WRITERS = (TeamRole.CASEWORKER, TeamRole.COORDINATOR)
AUDIT_TABLE = "audit_entries"
VERSION_TABLE = "alembic_version"
#: Who has a case open: every window writes it, a reader's too (it is no case data).
PRESENCE_TABLE = "case_presence"
#: Only a coordinator may change it.
ASSIGNED = ("cases", "assigned_to")
#: A login that fits in an address unquoted: ``ivanova``, ``m.ivanova``, ``petrov_2``.
LOGIN_PATTERN = re.compile(r"[a-z_][a-z0-9_.\-]{0,62}")
#: The longest name a column of names holds (``cases.assigned_to``, the audit's actor).
NAME_LENGTH = 100
SHORTEST_PASSWORD = 8


@dataclass(frozen=True, slots=True)
class Member:
    """A login of the team: its name for the program and its role."""

    login: str
    name: str
    role: TeamRole


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _shown(connection: Connection, name: str) -> str:
    """A name in a statement a sentence tells the administrator to run: as they would type
    it (``public``), quoted only where it must be."""
    return name if re.fullmatch(r"[a-z_][a-z0-9_]*", name) else _quote(connection, name)


def _literal(value: str) -> str:
    """A string constant (``standard_conforming_strings`` is on since PostgreSQL 9.1, so a
    backslash is an ordinary character); the server refuses a NUL character by itself."""
    return "'" + value.replace("'", "''") + "'"


def _exec(connection: Connection, statement: str) -> None:
    connection.exec_driver_sql(statement)


def _groups(connection: Connection, roles: tuple[TeamRole, ...]) -> str:
    return ", ".join(_quote(connection, role.group) for role in roles)


def existing_groups(connection: Connection) -> set[TeamRole]:
    """The team's group roles that exist on the server. Raises nothing of its own."""
    names = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": [role.group for role in TeamRole]},
        ).scalars()
    )
    return {role for role in TeamRole if role.group in names}


def create_groups(connection: Connection) -> list[TeamRole]:
    """Make the group roles that are missing (without login); the ones made. Raises
    nothing of its own (the server refuses an owner without ``CREATEROLE``)."""
    made = [role for role in TeamRole if role not in existing_groups(connection)]
    for role in made:
        _exec(connection, f"CREATE ROLE {_quote(connection, role.group)} NOLOGIN")
    return made


def schema_owner(connection: Connection) -> str | None:
    """The role owning the schema's tables (the owner of ``alembic_version``), else the
    database's owner for a database without tables yet. Raises nothing of its own."""
    owner = connection.execute(
        text(
            "SELECT tableowner FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = :table"
        ),
        {"table": VERSION_TABLE},
    ).scalar()
    if owner is None:
        owner = connection.execute(
            text(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
            )
        ).scalar()
    return None if owner is None else str(owner)


def may_own_schema(connection: Connection) -> bool:
    """Whether this login may change the schema: it is the schema's owner, a member of that
    role, or a superuser. Raises nothing of its own."""
    owner = schema_owner(connection)
    if owner is None:
        return False
    return bool(
        connection.execute(
            text("SELECT pg_has_role(session_user, :owner, 'USAGE')"), {"owner": owner}
        ).scalar()
    )


def _tables(connection: Connection) -> list[str]:
    return list(
        connection.execute(
            text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "ORDER BY tablename"
            )
        ).scalars()
    )


def _columns(connection: Connection, table: str) -> list[str]:
    return list(
        connection.execute(
            text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = :table "
                "ORDER BY ordinal_position"
            ),
            {"table": table},
        ).scalars()
    )


def apply_grants(connection: Connection) -> None:
    """Set every grant of the group roles on this database as the module says, for the
    tables there are now, and the owner's default privileges for the tables to come.

    Raises :class:`CaseworkerError` when the group roles are missing (``server init``).
    """
    if existing_groups(connection) != set(TeamRole):
        raise CaseworkerError(
            translate(
                "Team",
                "The team's roles are not set up on this server yet; run: "
                "python -m caseworker server init",
            )
        )
    everyone = _groups(connection, tuple(TeamRole))
    writers = _groups(connection, WRITERS)
    reader = _groups(connection, (TeamRole.READER,))
    caseworker = _groups(connection, (TeamRole.CASEWORKER,))
    schema = _quote(connection, str(connection.execute(text("SELECT current_schema()")).scalar()))
    database = _quote(
        connection, str(connection.execute(text("SELECT current_database()")).scalar())
    )
    _exec(connection, f"REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC")
    _exec(connection, f"GRANT CONNECT ON DATABASE {database} TO {everyone}")
    _exec(connection, f"GRANT USAGE ON SCHEMA {schema} TO {everyone}")
    every_table = f"ALL TABLES IN SCHEMA {schema}"
    _exec(connection, f"REVOKE ALL ON {every_table} FROM PUBLIC, {everyone}")
    _exec(connection, f"GRANT SELECT ON {every_table} TO {everyone}")
    for table in _tables(connection):
        if table in (AUDIT_TABLE, VERSION_TABLE):
            continue
        quoted = f"{schema}.{_quote(connection, table)}"
        _exec(connection, f"GRANT INSERT, UPDATE, DELETE ON {quoted} TO {writers}")
    audit = f"{schema}.{_quote(connection, AUDIT_TABLE)}"
    _exec(connection, f"GRANT INSERT ON {audit} TO {writers}")
    if PRESENCE_TABLE in _tables(connection):
        presence = f"{schema}.{_quote(connection, PRESENCE_TABLE)}"
        _exec(connection, f"GRANT INSERT, UPDATE, DELETE ON {presence} TO {reader}")
    table, column = ASSIGNED
    cases = f"{schema}.{_quote(connection, table)}"
    others = ", ".join(
        _quote(connection, name) for name in _columns(connection, table) if name != column
    )
    if others:  # a database without its tables yet has no cases either
        # A table's UPDATE covers every column: taken away, then given column by column.
        _exec(connection, f"REVOKE UPDATE ON {cases} FROM {caseworker}")
        _exec(connection, f"GRANT UPDATE ({others}) ON {cases} TO {caseworker}")
    sequences = f"ALL SEQUENCES IN SCHEMA {schema}"
    _exec(connection, f"REVOKE ALL ON {sequences} FROM PUBLIC, {everyone}")
    _exec(connection, f"GRANT USAGE, SELECT ON {sequences} TO {writers}")
    _exec(connection, f"GRANT SELECT ON {sequences} TO {reader}")
    owner = schema_owner(connection)
    if owner is not None:
        defaults = (
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {_quote(connection, owner)} IN SCHEMA {schema}"
        )
        _exec(connection, f"{defaults} GRANT SELECT ON TABLES TO {everyone}")
        _exec(connection, f"{defaults} GRANT INSERT, UPDATE, DELETE ON TABLES TO {writers}")
        _exec(connection, f"{defaults} GRANT USAGE, SELECT ON SEQUENCES TO {writers}")
        _exec(connection, f"{defaults} GRANT SELECT ON SEQUENCES TO {reader}")


def session_user(connection: Connection) -> str:
    """The login of this session. Raises nothing of its own."""
    return str(connection.execute(text("SELECT session_user")).scalar())


def _open_schemas(connection: Connection) -> list[str]:
    """The schemas ``public`` and the current one, where PUBLIC (every login) may create."""
    return list(
        connection.execute(
            text(
                "SELECT DISTINCT n.nspname FROM pg_namespace n, "
                "aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) acl "
                "WHERE n.nspname IN ('public', current_schema()) "
                "AND acl.grantee = 0 AND acl.privilege_type = 'CREATE' ORDER BY 1"
            )
        ).scalars()
    )


def close_schemas(connection: Connection) -> list[str]:
    """Take away from PUBLIC the right to create in the schema ``public`` (and the current
    one), which PostgreSQL 14 and older give every login: a caseworker could make a table,
    a function or a trigger of their own there. The schemas it was taken from.

    Raises :class:`CaseworkerError` telling the administrator what to run as ``postgres``
    when this login may not take it (it does not own the schema): give the schema to the
    owner of the tables (as PostgreSQL 15 gives a database's owner its ``public``), who
    keeps the right to create there for later migrations, then take the right away."""
    opened = _open_schemas(connection)
    for schema in opened:
        _exec(connection, f"REVOKE CREATE ON SCHEMA {_quote(connection, schema)} FROM PUBLIC")
    still = _open_schemas(connection)
    if still:
        schema = _shown(connection, still[0])
        owner = _shown(connection, schema_owner(connection) or str(session_user(connection)))
        raise CaseworkerError(
            translate(
                "Team",
                "Every login may create tables and functions in the schema {schema} of this "
                "database (PostgreSQL 14 and older allow it), and only the schema's owner "
                "may stop that. Run as postgres, in this database: ALTER SCHEMA {schema} "
                "OWNER TO {owner}; REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC; then run "
                "server init again. Nothing was changed.",
            ).format(schema=schema, owner=owner)
        )
    return opened


def members(connection: Connection, *, disabled: bool = False) -> list[Member]:
    """Every login in one of the team's groups that may log in (``disabled``: and those
    that may not, removed by :func:`remove_user`), by login. Raises nothing of its own."""
    rows = connection.execute(
        text(
            "SELECT login.rolname, coalesce(shobj_description(login.oid, 'pg_authid'), ''), "
            "grp.rolname FROM pg_auth_members membership "
            "JOIN pg_roles login ON login.oid = membership.member "
            "JOIN pg_roles grp ON grp.oid = membership.roleid "
            "WHERE grp.rolname = ANY(:groups) AND (login.rolcanlogin OR :disabled) "
            "ORDER BY login.rolname, grp.rolname"
        ),
        {"groups": [role.group for role in TeamRole], "disabled": disabled},
    ).all()
    by_group = {role.group: role for role in TeamRole}
    found: dict[str, Member] = {}
    for login, name, group in rows:
        role = by_group[group]
        known = found.get(login)
        # A login in two groups (set up by hand) counts with the one that may do more.
        if known is None or list(TeamRole).index(role) > list(TeamRole).index(known.role):
            found[login] = Member(login, name.strip() or login, role)
    return list(found.values())


def member(connection: Connection, login: str, *, disabled: bool = False) -> Member | None:
    """The team's login ``login`` (``disabled``: even one that may not log in), or None.
    Raises nothing of its own."""
    found = members(connection, disabled=disabled)
    return next((one for one in found if one.login == login), None)


def _role_exists(connection: Connection, login: str) -> bool:
    return bool(
        connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}
        ).scalar()
    )


def check_login(login: str) -> str:
    """The login as given, if it can be one of the team's; raises :class:`ValidationError`."""
    if not LOGIN_PATTERN.fullmatch(login) or login.startswith("pg_"):
        raise ValidationError(
            translate(
                "Team",
                "“{login}” cannot be a login: use small Latin letters, digits, “_”, “.” "
                "and “-” (at most 63), beginning with a letter, such as ivanova.",
            ).format(login=login),
            field="login",
        )
    if login in {role.group for role in TeamRole}:
        raise ValidationError(
            translate("Team", "“{login}” is the name of a team's role, not of a login.").format(
                login=login
            ),
            field="login",
        )
    return login


def check_name(name: str) -> str:
    """The name cleaned of outer spaces; raises :class:`ValidationError` when it is empty
    or too long."""
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > NAME_LENGTH:
        raise ValidationError(
            translate(
                "Team", "The volunteer's name must be given, in at most {count} characters."
            ).format(count=NAME_LENGTH),
            field="name",
        )
    return cleaned


def refuse_taken_name(connection: Connection, login: str, name: str) -> None:
    """Raise :class:`ValidationError` naming the other login when another of the team's
    logins (one removed too) has the name ``name`` already, whatever its case and spaces:
    presence, "my cases", assignments and the audit trail tell volunteers by their name."""
    wanted = " ".join(name.split()).casefold()
    for other in members(connection, disabled=True):
        if other.login != login and " ".join(other.name.split()).casefold() == wanted:
            raise ValidationError(
                translate(
                    "Team",
                    "The login “{other}” has the name “{name}” already; give “{login}” "
                    "another name (add an initial, say), so that the program can tell "
                    "them apart. Nothing was changed.",
                ).format(other=other.login, name=other.name, login=login),
                field="name",
            )


def check_password(password: str) -> str:
    """The password, if it is long enough; raises :class:`ValidationError`."""
    if len(password) < SHORTEST_PASSWORD:
        raise ValidationError(
            translate("Team", "A password must have at least {count} characters.").format(
                count=SHORTEST_PASSWORD
            ),
            field="password",
        )
    return password


def refuse_outsider(connection: Connection, login: str) -> None:
    """Raise :class:`CaseworkerError` when the server has a login ``login`` that is not one
    of the team's (the owner's, another program's)."""
    if _role_exists(connection, login) and member(connection, login, disabled=True) is None:
        raise _not_the_teams(login)


def _not_the_teams(login: str) -> CaseworkerError:
    return CaseworkerError(
        translate(
            "Team",
            "The server has a login “{login}” that is not one of the team's (the owner's, "
            "or another program's); it was left as it was.",
        ).format(login=login)
    )


def add_user(
    connection: Connection, login: str, name: str, role: TeamRole, password: str | None
) -> bool:
    """Make the volunteer's login in ``role``'s group with ``name`` as its comment; True
    when it was made, False when the team's login existed and was brought up to date (its
    name, role, and password when one is given; let in again if it was removed).

    Raises :class:`ValidationError` for a login, name or password that cannot be used (a
    new login needs a password), :class:`CaseworkerError` when the login exists outside
    the team or the group roles are missing.
    """
    check_login(login)
    name = check_name(name)
    if password is not None:
        check_password(password)
    if existing_groups(connection) != set(TeamRole):
        apply_grants(connection)  # says that ``server init`` comes first
    refuse_taken_name(connection, login, name)
    quoted = _quote(connection, login)
    made = False
    if _role_exists(connection, login):
        if member(connection, login, disabled=True) is None:
            raise _not_the_teams(login)
        _exec(connection, f"ALTER ROLE {quoted} LOGIN")  # back, if it was removed
        if password is not None:
            _exec(connection, f"ALTER ROLE {quoted} PASSWORD {_literal(scram_verifier(password))}")
    else:
        if password is None:
            raise ValidationError(
                translate("Team", "A new login needs a password."), field="password"
            )
        verifier = _literal(scram_verifier(password))
        _exec(
            connection,
            f"CREATE ROLE {quoted} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {verifier}",
        )
        made = True
    _exec(connection, f"COMMENT ON ROLE {quoted} IS {_literal(name)}")
    _set_role(connection, login, role)
    return made


def remove_user(connection: Connection, login: str) -> bool:
    """Stop the team's login ``login`` from logging in (``NOLOGIN``); whether it could until
    now. The role stays, so that what it wrote keeps its name; :func:`add_user` lets it in
    again. Raises :class:`CaseworkerError` when there is no such login in the team."""
    found = member(connection, login, disabled=True)
    if found is None:
        raise _no_such_login(connection, login)
    could = member(connection, login) is not None
    _exec(connection, f"ALTER ROLE {_quote(connection, login)} NOLOGIN")
    return could


def _no_such_login(connection: Connection, login: str) -> CaseworkerError:
    if _role_exists(connection, login):
        return _not_the_teams(login)
    return CaseworkerError(
        translate(
            "Team",
            "The server has no login “{login}”; add it with: python -m caseworker server add-user",
        ).format(login=login)
    )


def grant(connection: Connection, login: str, role: TeamRole) -> TeamRole:
    """Move the team's login ``login`` into ``role``'s group (out of the others); the role
    it had. Raises :class:`CaseworkerError` when there is no such login in the team."""
    found = member(connection, login)
    if found is None:
        raise _no_such_login(connection, login)
    _set_role(connection, login, role)
    return found.role


def _set_role(connection: Connection, login: str, role: TeamRole) -> None:
    quoted = _quote(connection, login)
    groups = set(
        connection.execute(
            text(
                "SELECT grp.rolname FROM pg_auth_members membership "
                "JOIN pg_roles grp ON grp.oid = membership.roleid "
                "JOIN pg_roles login ON login.oid = membership.member "
                "WHERE login.rolname = :login"
            ),
            {"login": login},
        ).scalars()
    )
    for other in TeamRole:
        if other is not role and other.group in groups:
            _exec(connection, f"REVOKE {_quote(connection, other.group)} FROM {quoted}")
    if role.group not in groups:
        _exec(connection, f"GRANT {_quote(connection, role.group)} TO {quoted}")
    refuse_kept_groups(connection, login, role)


def refuse_kept_groups(connection: Connection, login: str, role: TeamRole) -> None:
    """Raise :class:`CaseworkerError` when ``login`` is still in another of the team's
    groups than ``role``'s: since PostgreSQL 16 a ``REVOKE`` takes away only the
    memberships its own login granted, and says nothing of the others."""
    kept = connection.execute(
        text(
            "SELECT grp.rolname, pg_get_userbyid(membership.grantor) "
            "FROM pg_auth_members membership "
            "JOIN pg_roles grp ON grp.oid = membership.roleid "
            "JOIN pg_roles login ON login.oid = membership.member "
            "WHERE login.rolname = :login AND grp.rolname = ANY(:groups) "
            "ORDER BY grp.rolname, 2"
        ),
        {"login": login, "groups": [other.group for other in TeamRole if other is not role]},
    ).first()
    if kept is None:
        return
    group, grantor = str(kept[0]), str(kept[1])
    raise CaseworkerError(
        translate(
            "Team",
            "The login “{login}” stays in the role {group}: {grantor} gave it that role, and "
            "the server lets only {grantor} or a superuser take it back (PostgreSQL 16 and "
            "later). Run, as {grantor} or as a superuser: REVOKE {group} FROM {quoted}; then "
            "run this command again. Nothing was changed.",
        ).format(
            login=login,
            group=_shown(connection, group),
            grantor=grantor,
            quoted=_shown(connection, login),
        )
    )


def session_name(connection: Connection) -> str | None:
    """The name of the one logged in: their login's comment, else the login itself when it
    is one of the team's; None for another login without a comment (the owner's, say),
    whose name is then the one set on the computer. Raises nothing of its own."""
    row = connection.execute(
        text(
            "SELECT rolname, coalesce(shobj_description(oid, 'pg_authid'), '') "
            "FROM pg_roles WHERE rolname = session_user"
        )
    ).first()
    if row is None:
        return None
    login, comment = str(row[0]), " ".join(str(row[1]).split())
    if comment:
        return comment[:NAME_LENGTH]
    return login if member(connection, login) is not None else None
