"""What the server itself guards on a team's database, whatever a login sends: the audit
entry's author, who a new case is assigned to, one name per login, every login's right to
create in the schema ``public``, and a demotion that the server did not carry out (issue 15).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from caseworker import errors
from caseworker.db import open_database
from caseworker.services import cases
from caseworker.team import roles
from tests.cli_runner import refused
from tests.postgres.team_server import (
    CASEWORKER,
    COORDINATOR,
    NAMES,
    OWNER,
    Team,
    staffed_team,
    team_database,
)
from tests.postgres_server import PostgresServer


@pytest.fixture(scope="module")
def team(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Team]:
    with staffed_team(postgres_server, tmp_path_factory.mktemp("passwords")) as team:
        yield team


def connect(team: Team, login: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(
        host=str(team.server.socket_folder), port=5432, user=login, dbname=team.database
    )


def insert_audit(team: Team, login: str, actor: str, note: str) -> str:
    """An audit entry written by hand as ``login`` in the name ``actor``; the name kept."""
    with connect(team, login) as connection:
        connection.execute(
            "INSERT INTO audit_entries (at, actor, action, entity, entity_id, entity_uuid, "
            "field, note) VALUES (now(), %s, 'update', 'cases', 0, "
            "'00000000-0000-4000-8000-000000000001', '', %s)",
            (actor, note),
        )
    [(kept,)] = team.sql(f"SELECT actor FROM audit_entries WHERE note = '{note}'")
    return str(kept)


def audit_actors(team: Team, reference: str) -> set[str]:
    rows = team.sql(
        "SELECT a.actor FROM audit_entries a JOIN cases c ON a.entity_id = c.id "
        f"WHERE a.entity = 'cases' AND c.reference = '{reference}'"
    )
    return {str(row[0]) for row in rows}


# The audit entry's author --------------------------------------------------------------


def test_an_audit_entry_in_a_colleagues_name_is_written_in_ones_own(team: Team) -> None:
    assert insert_audit(team, CASEWORKER, NAMES[COORDINATOR], "forged") == NAMES[CASEWORKER]


def test_a_login_without_a_name_writes_audit_entries_as_itself(team: Team) -> None:
    team.sql("CREATE ROLE lapin LOGIN IN ROLE caseworker_caseworker")
    team.sql(f'GRANT CONNECT ON DATABASE "{team.database}" TO lapin')
    assert insert_audit(team, "lapin", "Петров С.", "unnamed") == "lapin"


def test_the_owner_writes_as_the_name_on_the_computer(team: Team) -> None:
    """The owner (who may switch the trigger off anyway) keeps the computer's name."""
    result = team.cli(OWNER, "case", "add", "--family", "Орловы")
    assert result.returncode == 0, result.stderr
    assert audit_actors(team, result.stdout.strip()) == {"tester"}  # $CASEWORKER_USER


def test_what_the_program_sends_is_what_the_server_writes(team: Team) -> None:
    result = team.cli(CASEWORKER, "case", "add", "--family", "Зябликовы")
    assert result.returncode == 0, result.stderr
    assert audit_actors(team, result.stdout.strip()) == {NAMES[CASEWORKER]}


def test_the_programs_records_of_who_did_what_carry_the_logins_name(team: Team) -> None:
    """Whatever name a (changed) program passes, the server writes the login's own into
    the audit trail and the inquiry's course."""
    from caseworker.services import addressees, inquiries

    database = open_database(team.url(CASEWORKER))
    forged = NAMES[COORDINATOR]
    try:
        with database.write() as session:
            case = cases.create_case(session, forged, family_name="Клёст")
            office = addressees.add_addressee(session, forged, name="Военкомат", kind="ministry")
            inquiry = inquiries.add_inquiry(
                session, forged, case.id, office.id, sent_on="2026-05-01"
            )
            case_id, inquiry_id = case.id, inquiry.id
    finally:
        database.dispose()
    assert team.sql(
        f"SELECT DISTINCT actor FROM inquiry_events WHERE inquiry_id = {inquiry_id}"
    ) == [(NAMES[CASEWORKER],)]
    assert team.sql(
        f"SELECT DISTINCT actor FROM audit_entries WHERE entity = 'cases' AND entity_id = {case_id}"
    ) == [(NAMES[CASEWORKER],)]


# Who a new case is assigned to ---------------------------------------------------------


@pytest.mark.parametrize("assignee", ["", NAMES[CASEWORKER]])
def test_a_caseworker_opens_a_case_unassigned_or_their_own(team: Team, assignee: str) -> None:
    result = team.cli(CASEWORKER, "case", "add", "--family", "Снегирёвы", "--assigned-to", assignee)
    assert result.returncode == 0, result.stderr
    reference = result.stdout.strip()
    assert team.sql(f"SELECT assigned_to FROM cases WHERE reference = '{reference}'") == [
        (assignee,)
    ]


def test_a_caseworker_may_not_open_a_case_assigned_to_a_colleague(team: Team) -> None:
    message = refused(
        team.cli(
            CASEWORKER, "case", "add", "--family", "Щегловы", "--assigned-to", NAMES[COORDINATOR]
        )
    )
    assert "nothing was saved" in message and "Traceback" not in message
    assert team.sql("SELECT count(*) FROM cases WHERE family_name = 'Щегловы'") == [(0,)]
    database = open_database(team.url(CASEWORKER))
    try:
        with (
            pytest.raises(errors.DatabaseForbidden),
            database.write() as session,
        ):
            cases.create_case(
                session, NAMES[CASEWORKER], family_name="Щегловы", assigned_to="петров с."
            )
    finally:
        database.dispose()
    with (
        connect(team, CASEWORKER) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(
            "INSERT INTO cases (reference, family_name, status, assigned_to, opened_on, uuid, "
            "version, created_at, updated_at) VALUES ('2026-9101', 'Щегловы', 'open', "
            "'Петров С.', '2026-05-01', '00000000-0000-4000-8000-000000009101', 1, now(), now())"
        )


def test_a_coordinator_opens_a_case_assigned_to_a_caseworker(team: Team) -> None:
    result = team.cli(
        COORDINATOR, "case", "add", "--family", "Стрижовы", "--assigned-to", NAMES[CASEWORKER]
    )
    assert result.returncode == 0, result.stderr


# One name per login --------------------------------------------------------------------


def test_a_name_another_login_has_is_refused(team: Team, tmp_path: Path) -> None:
    message = refused(team.add_user(tmp_path, "ivanova2", "  иванова   м. ", "caseworker"))
    assert f"“{CASEWORKER}”" in message and "Иванова М." in message
    assert team.sql("SELECT count(*) FROM pg_roles WHERE rolname = 'ivanova2'") == [(0,)]


def test_renaming_a_login_to_a_colleagues_name_is_refused(team: Team, tmp_path: Path) -> None:
    assert team.add_user(tmp_path, "kiseleva", "Киселёва О.", "caseworker").returncode == 0
    message = refused(team.add_user(tmp_path, "kiseleva", NAMES[COORDINATOR], "caseworker"))
    assert f"“{COORDINATOR}”" in message
    [(comment,)] = team.sql(
        "SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = 'kiseleva'"
    )
    assert comment == "Киселёва О."
    again = team.add_user(tmp_path, "kiseleva", "КИСЕЛЁВА О.", "caseworker")
    assert again.returncode == 0, again.stderr  # its own name, in other letters


# The schema public ---------------------------------------------------------------------


def public_may_create(team: Team) -> bool:
    rows = team.sql(
        "SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) acl WHERE n.nspname = 'public' "
        "AND acl.grantee = 0 AND acl.privilege_type = 'CREATE'"
    )
    return bool(rows)


def test_init_takes_every_logins_right_to_create_in_public(
    postgres_server: PostgresServer,
) -> None:
    with team_database(postgres_server) as fresh:
        fresh.sql("GRANT CREATE ON SCHEMA public TO PUBLIC")  # as PostgreSQL 14 has it
        assert public_may_create(fresh)
        result = fresh.cli(OWNER, "server", "init")
        assert result.returncode == 0, result.stderr
        assert "schema public" in result.stderr
        assert not public_may_create(fresh)
        again = fresh.cli(OWNER, "server", "init")
        assert "schema public" not in again.stderr


def test_init_says_what_to_run_when_the_owner_cannot_close_public(
    postgres_server: PostgresServer,
) -> None:
    with team_database(postgres_server) as fresh:
        fresh.sql("ALTER SCHEMA public OWNER TO postgres")
        fresh.sql("GRANT CREATE ON SCHEMA public TO PUBLIC")
        message = refused(fresh.cli(OWNER, "server", "init"))
        assert "Run as postgres" in message
        assert public_may_create(fresh)
        statements = message.split("in this database: ")[1].split("; then")[0]
        assert statements == (
            f"ALTER SCHEMA public OWNER TO {OWNER}; REVOKE CREATE ON SCHEMA public FROM PUBLIC"
        )
        for statement in statements.split("; "):
            fresh.sql(statement)  # as the administrator, told so
        result = fresh.cli(OWNER, "server", "init")
        assert result.returncode == 0, result.stderr
        assert not public_may_create(fresh)
        with psycopg.connect(
            host=str(fresh.server.socket_folder), port=5432, user=OWNER, dbname=fresh.database
        ) as owner:
            owner.execute("CREATE TABLE later_migration (id integer)")  # still may


# A demotion the server did not carry out -----------------------------------------------


def test_a_demotion_the_server_leaves_undone_is_refused(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL 16 revokes only the memberships the owner granted; one the superuser
    granted stays, and the owner is told so, never that the login was demoted."""
    assert team.add_user(tmp_path, "fomin", "Фомин Г.", "caseworker").returncode == 0
    team.sql("GRANT caseworker_coordinator TO fomin")  # granted by postgres
    passed = roles._exec

    def as_postgresql_16(connection: object, statement: str) -> None:
        if statement.startswith('REVOKE "caseworker_coordinator" FROM'):
            return  # the membership was granted by another role: it stays
        passed(connection, statement)  # type: ignore[arg-type]

    monkeypatch.setattr(roles, "_exec", as_postgresql_16)
    result = team.cli(OWNER, "server", "grant", "fomin", "--role", "caseworker")
    message = refused(result)
    assert "is now" not in result.stderr
    assert "caseworker_coordinator" in message and "postgres" in message
    assert "REVOKE caseworker_coordinator FROM fomin" in message
    monkeypatch.undo()
    demoted = team.cli(OWNER, "server", "grant", "fomin", "--role", "caseworker")
    assert demoted.returncode == 0, demoted.stderr
    assert "is now caseworker" in demoted.stderr


def test_the_guards_go_with_a_downgrade(postgres_url: str) -> None:
    from alembic import command
    from sqlalchemy import Connection, text

    from caseworker.db.migrate import alembic_config

    def guards(connection: Connection) -> set[str]:
        names = connection.execute(
            text(
                "SELECT tgname FROM pg_trigger WHERE tgname IN ('audit_entries_actor', "
                "'family_log_actor', 'inquiry_events_actor', 'cases_assignment')"
            )
        ).scalars()
        return set(names)

    database = open_database(postgres_url)
    try:
        with database.engine.begin() as connection:
            assert len(guards(connection)) == 4
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0019")
            assert guards(connection) == set()
            command.upgrade(config, "head")
            assert len(guards(connection)) == 4
    finally:
        database.dispose()
