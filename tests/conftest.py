"""Shared fixtures: a fresh database file, a case with a person and reports."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CASEWORKER_USER"] = "tester"
# The user's own preferences (a caseworker name, a language) must not reach the tests.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="caseworker-tests-config-")

from caseworker.db import Database, open_database
from caseworker.services import cases, persons, relatives, reports

ACTOR = "tester"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "caseworker.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(str(db_path))
    yield db
    db.dispose()


@dataclass(frozen=True)
class SampleCase:
    case_id: int
    reference: str
    person_id: int
    relative_id: int
    killed_report_id: int
    alive_report_id: int


@pytest.fixture
def sample_case(database: Database) -> SampleCase:
    """A wife told her husband was killed, then that he is alive in hospital (fictional)."""
    with database.write() as session:
        case = cases.create_case(
            session, ACTOR, family_name="Шумовы", region="Курская область", opened_on="2026-05-10"
        )
        person = persons.add_person(
            session,
            ACTOR,
            case.id,
            surname="Шумов",
            given_name="Алексей",
            patronymic="Петрович",
            service_number="АВ-123 456",
            unit="в/ч 00000",
            official_status="missing",
            official_status_on="2026-04-20",
        )
        relative = relatives.add_relative(
            session,
            ACTOR,
            case.id,
            surname="Шумова",
            given_name="Ольга",
            patronymic="Ёжиковна",
            relation="wife",
            phone="8 (916) 000-12-34",
        )
        killed = reports.add_report(
            session,
            ACTOR,
            person.id,
            claim="killed",
            event="2026-04-02",
            source_kind="unit",
            source_name="командир роты",
            reliability="B",
            credibility="2",
            received_on="2026-04-05",
        )
        alive = reports.add_report(
            session,
            ACTOR,
            person.id,
            claim="wounded",
            event="2026-04-05",
            source_kind="opposing_side",
            source_name="военнослужащий другой стороны",
            reliability="C",
            credibility="3",
            received_on="2026-04-08",
            summary="Сказал, что выжил и находится в госпитале",
        )
        return SampleCase(case.id, case.reference, person.id, relative.id, killed.id, alive.id)


def corrupt(db_path: Path, *statements: str) -> None:
    """Change a database file behind the program's back, as damage or another tool would."""
    connection = sqlite3.connect(db_path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
