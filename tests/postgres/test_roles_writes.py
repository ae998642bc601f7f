"""What each role may write, end to end through the program: a sentence for what the server
refuses, the volunteer's name in what they write, "my cases", assigning (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from caseworker import errors
from caseworker.actor import acting_as_login
from caseworker.db import Database, open_database
from caseworker.models import AuditEntry
from caseworker.services import cases
from caseworker.services.case_list import CaseQuery, count_cases
from caseworker.team.assignment import assign_case, may_assign, team_names
from tests.cli_runner import refused
from tests.postgres.team_server import CASEWORKER, COORDINATOR, NAMES, READER, Team, staffed_team
from tests.postgres_server import PostgresServer


@pytest.fixture(scope="module")
def team(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Team]:
    with staffed_team(postgres_server, tmp_path_factory.mktemp("passwords")) as team:
        yield team


@pytest.fixture(scope="module")
def opened(team: Team) -> Iterator[dict[str, Database]]:
    """The database opened by each volunteer's program."""
    databases = {
        login: open_database(team.url(login)) for login in (READER, CASEWORKER, COORDINATOR)
    }
    yield databases
    for database in databases.values():
        database.dispose()


def new_case(team: Team, family: str) -> str:
    """A case opened by the caseworker from the command line; its reference."""
    result = team.cli(CASEWORKER, "case", "add", "--family", family, "--region", "Тверская область")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_what_a_volunteer_writes_carries_their_name_on_the_server(team: Team) -> None:
    reference = new_case(team, "Ёлкины")
    rows = team.sql(
        "SELECT a.actor FROM audit_entries a JOIN cases c ON a.entity_id = c.id "
        f"WHERE a.entity = 'cases' AND c.reference = '{reference}'"
    )
    assert {row[0] for row in rows} == {NAMES[CASEWORKER]}  # not $CASEWORKER_USER "tester"


def test_the_reader_saving_a_case_gets_a_sentence(team: Team) -> None:
    message = refused(team.cli(READER, "case", "add", "--family", "Шумовы"))
    assert "Traceback" not in message
    assert team.sql("SELECT count(*) FROM cases WHERE family_name = 'Шумовы'") == [(0,)]


def test_the_reader_saving_a_case_is_forbidden(opened: dict[str, Database]) -> None:
    with pytest.raises(errors.DatabaseForbidden) as refusal, opened[READER].write() as session:
        cases.create_case(session, "Зотова А.", family_name="Шумовы")
    assert "nothing was saved" in refusal.value.message


def test_a_caseworker_may_edit_a_case_but_not_assign_it(
    team: Team, opened: dict[str, Database]
) -> None:
    reference = new_case(team, "Грачёвы")
    database = opened[CASEWORKER]
    with database.write() as session:
        case = cases.get_case_by_reference(session, reference)
        cases.update_case(session, NAMES[CASEWORKER], case.id, None, region="Псковская область")
        case_id = case.id
    with pytest.raises(errors.DatabaseForbidden), database.write() as session:
        assign_case(session, NAMES[CASEWORKER], case_id, None, NAMES[CASEWORKER])
    assert team.sql(f"SELECT assigned_to FROM cases WHERE id = {case_id}") == [("",)]


def test_a_caseworker_assigning_from_the_command_line_gets_a_sentence(team: Team) -> None:
    reference = new_case(team, "Дроздовы")
    refused(team.cli(CASEWORKER, "case", "assign", "--case", reference, "--to", "Иванова М."))
    assert team.sql(f"SELECT assigned_to FROM cases WHERE reference = '{reference}'") == [("",)]


def test_a_coordinator_assigns_a_case_and_it_is_the_caseworkers(
    team: Team, opened: dict[str, Database]
) -> None:
    reference = new_case(team, "Соколовы")
    result = team.cli(COORDINATOR, "case", "assign", "--case", reference, "--to", "Иванова М.")
    assert result.returncode == 0, result.stderr
    assert team.sql(f"SELECT assigned_to FROM cases WHERE reference = '{reference}'") == [
        ("Иванова М.",)
    ]
    [(actor,)] = team.sql(
        "SELECT a.actor FROM audit_entries a JOIN cases c ON a.entity_id = c.id "
        f"WHERE c.reference = '{reference}' AND a.entity = 'cases' AND a.field = 'assigned_to'"
    )
    assert actor == NAMES[COORDINATOR]
    database = opened[CASEWORKER]
    with acting_as_login(database), database.read() as session:
        from caseworker.actor import current_actor

        mine = CaseQuery(assigned_to=current_actor())
        assert current_actor() == NAMES[CASEWORKER]
        assert count_cases(session, mine) >= 1
        assert count_cases(session, CaseQuery(assigned_to=NAMES[COORDINATOR])) == 0


def test_cases_are_assigned_among_the_caseworkers_and_coordinators(
    opened: dict[str, Database],
) -> None:
    with opened[COORDINATOR].read() as session:
        names = team_names(session, NAMES[COORDINATOR])
    assert NAMES[CASEWORKER] in names and NAMES[COORDINATOR] in names
    assert NAMES[READER] not in names


@pytest.mark.parametrize("login", [CASEWORKER, COORDINATOR])
def test_audit_entries_stay_as_written(team: Team, opened: dict[str, Database], login: str) -> None:
    """Even through the program's own session, nobody can change or delete one."""
    from sqlalchemy import delete, update

    new_case(team, "Ласточкины")
    before = team.sql("SELECT count(*) FROM audit_entries")
    for statement in (update(AuditEntry).values(actor="Кто-то"), delete(AuditEntry)):
        with pytest.raises(errors.DatabaseForbidden), opened[login].write() as session:
            session.execute(statement)
    assert team.sql("SELECT count(*) FROM audit_entries") == before
    assert team.sql("SELECT count(*) FROM audit_entries WHERE actor = 'Кто-то'") == [(0,)]


def test_only_a_coordinator_may_assign(opened: dict[str, Database]) -> None:
    allowed = {}
    for login, database in opened.items():
        with database.read() as session:
            allowed[login] = may_assign(session)
    assert allowed == {READER: False, CASEWORKER: False, COORDINATOR: True}
