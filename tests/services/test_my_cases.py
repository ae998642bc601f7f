""" "My cases": the list narrowed to the cases assigned to the one working, and assigning
(issue 15). One person's SQLite file compares with the name set on the computer."""

from __future__ import annotations

import pytest

from caseworker.db import Database
from caseworker.errors import StaleRecord
from caseworker.models import AuditEntry
from caseworker.services import case_list, cases
from caseworker.services.case_list import CaseQuery
from caseworker.team.assignment import assign_case, may_assign, team_names
from tests.conftest import ACTOR

ASSIGNED = {"Ёлкины": "Иванова М.", "Агеевы": "Петров С.", "Щукины": "Иванова М.", "Дроздовы": ""}


@pytest.fixture
def assigned(database: Database) -> dict[str, int]:
    ids = {}
    with database.write() as session:
        for family, name in ASSIGNED.items():
            ids[family] = cases.create_case(session, ACTOR, family_name=family, assigned_to=name).id
    return ids


def families(database: Database, query: CaseQuery) -> list[str]:
    with database.read() as session:
        rows = case_list.fetch_case_rows(session, query, 0, 100)
        assert case_list.count_cases(session, query) == len(rows)
        assert sorted(case_list.matching_case_ids(session, query)) == sorted(r.id for r in rows)
    return sorted(row.family_name for row in rows)


@pytest.mark.usefixtures("assigned")
def test_my_cases_are_those_assigned_to_me(database: Database) -> None:
    assert families(database, CaseQuery(assigned_to="Иванова М.")) == ["Ёлкины", "Щукины"]
    assert families(database, CaseQuery(assigned_to="Петров С.")) == ["Агеевы"]
    assert families(database, CaseQuery(assigned_to="Сидорова Е.")) == []
    assert len(families(database, CaseQuery())) == len(ASSIGNED)


def test_my_cases_combine_with_the_other_filters(
    database: Database, assigned: dict[str, int]
) -> None:
    query = CaseQuery(assigned_to="Иванова М.", text="щукин")
    assert families(database, query) == ["Щукины"]
    with database.read() as session:
        row = case_list.matching_row(session, query, assigned["Ёлкины"])
    assert row is None


def test_assigning_a_case_is_audited_and_guarded_by_its_version(
    database: Database, assigned: dict[str, int]
) -> None:
    case_id = assigned["Дроздовы"]
    with database.read() as session:
        version = cases.get_case(session, case_id).version
    with database.write() as session:
        assign_case(session, "Петров С.", case_id, version, "  Иванова   М. ")
    assert "Дроздовы" in families(database, CaseQuery(assigned_to="Иванова М."))
    with database.read() as session:
        entries = session.query(AuditEntry).filter_by(entity_id=case_id, field="assigned_to").all()
    assert [(e.actor, e.old_value, e.new_value) for e in entries] == [
        ("Петров С.", "", "Иванова М.")
    ]
    with pytest.raises(StaleRecord), database.write() as session:
        assign_case(session, "Петров С.", case_id, version, "")


@pytest.mark.sqlite_only(
    reason="on PostgreSQL the names are the team's logins (tests/postgres/test_roles_writes.py)"
)
@pytest.mark.usefixtures("assigned")
def test_names_to_assign_to_are_those_on_cases_and_mine(database: Database) -> None:
    with database.read() as session:
        names = team_names(session, "Сидорова Е.")
    assert names == ["Иванова М.", "Петров С.", "Сидорова Е."]


@pytest.mark.sqlite_only(reason="on PostgreSQL the server's grants say (tests/postgres)")
def test_on_a_file_anyone_may_assign(database: Database) -> None:
    with database.read() as session:
        assert may_assign(session)
