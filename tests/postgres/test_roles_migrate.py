"""Only the server's owner migrates: a volunteer's program opening a database that needs
upgrading is told to ask the owner, touching nothing; the owner's ``migrate`` upgrades it and
the tables it adds get the team's rights (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.db import open_database
from caseworker.db.engine import make_engine
from caseworker.db.migrate import alembic_config, head_revision
from caseworker.errors import DatabaseError
from caseworker.team import roles
from caseworker.team.roles import TeamRole
from tests.postgres.team_server import (
    CASEWORKER,
    NAMES,
    OWNER,
    READER,
    ROLES,
    Team,
    team_database,
)
from tests.postgres_server import PostgresServer

#: The revision before the one that added ``case_presence``.
OLDER = "0016"


def migrate_to(team: Team, revision: str) -> None:
    """Run the migrations up to ``revision`` as the owner."""
    from alembic import command

    engine = make_engine(team.url(OWNER))
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def set_up_team(team: Team) -> None:
    """What ``server init`` and ``add-user`` do, without the owner's program opening the
    database (which would upgrade it)."""
    engine = make_engine(team.url(OWNER))
    try:
        with engine.begin() as connection:
            roles.create_groups(connection)
            roles.apply_grants(connection)
            for login in (READER, CASEWORKER):
                role = TeamRole(ROLES[login])
                roles.add_user(connection, login, NAMES[login], role, "correct horse battery")
    finally:
        engine.dispose()


def revision(team: Team) -> str:
    [(found,)] = team.sql("SELECT version_num FROM alembic_version")
    return str(found)


def test_only_the_owner_upgrades_and_new_tables_get_the_teams_rights(
    postgres_server: PostgresServer,
) -> None:
    with team_database(postgres_server, migrate=False) as team:
        migrate_to(team, OLDER)
        set_up_team(team)

        with pytest.raises(DatabaseError) as refusal:
            open_database(team.url(CASEWORKER))
        assert "python -m caseworker migrate" in refusal.value.message
        assert revision(team) == OLDER  # nothing touched
        cli = team.cli(CASEWORKER, "migrate")
        assert cli.returncode == 1 and "server's owner" in cli.stderr

        migrated = team.cli(OWNER, "migrate")
        assert migrated.returncode == 0, migrated.stderr
        assert revision(team) == head_revision()

        rights = team.sql(
            f"SELECT has_table_privilege('{CASEWORKER}', 'case_presence', 'INSERT'), "
            f"has_table_privilege('{READER}', 'cases', 'INSERT'), "
            f"has_table_privilege('{READER}', 'case_presence', 'SELECT'), "
            f"has_table_privilege('{CASEWORKER}', 'audit_entries', 'UPDATE')"
        )
        assert rights == [(True, False, True, False)]
        open_database(team.url(CASEWORKER)).dispose()  # up to date: opens


def test_a_volunteer_opening_an_up_to_date_database_needs_no_owner(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    with team_database(postgres_server) as team:
        assert team.cli(OWNER, "server", "init").returncode == 0
        assert team.add_user(tmp_path, READER, NAMES[READER], ROLES[READER]).returncode == 0
        database = open_database(team.url(READER))
        try:
            assert database.refuse_writes is None  # the server, not the program, refuses
        finally:
            database.dispose()


def test_the_owners_program_upgrading_on_open_gives_the_new_tables_their_rights(
    postgres_server: PostgresServer,
) -> None:
    with team_database(postgres_server, migrate=False) as team:
        migrate_to(team, OLDER)
        set_up_team(team)
        open_database(team.url(OWNER)).dispose()  # the window's way: upgraded on open
        assert revision(team) == head_revision()
        rights = team.sql(
            f"SELECT has_table_privilege('{CASEWORKER}', 'case_presence', 'INSERT'), "
            f"has_table_privilege('{CASEWORKER}', 'audit_entries', 'DELETE'), "
            f"has_column_privilege('{CASEWORKER}', 'cases', 'assigned_to', 'UPDATE'), "
            # Only the grants set again give it (the default privileges give a reader SELECT).
            f"has_table_privilege('{READER}', 'case_presence', 'INSERT')"
        )
        assert rights == [(True, False, False, True)]
