"""Who has a case open: touched, seen by the others for a few minutes, cleared on close; on
SQLite (two windows on one file) and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from caseworker.db import Database, open_database
from caseworker.models.base import utcnow
from caseworker.services import presence
from tests.conftest import SampleCase, reopen


@pytest.fixture(params=["test backend", "postgresql"])
def either(request: pytest.FixtureRequest, sample_case: SampleCase) -> Iterator[Database]:
    """The test's database (SQLite, or PostgreSQL in a PostgreSQL run), then a PostgreSQL
    database holding the same sample case's id."""
    if request.param == "test backend":
        yield request.getfixturevalue("database")
        return
    database = open_database(request.getfixturevalue("postgres_url"))
    try:
        from caseworker.services import cases

        with database.write() as session:
            case = cases.create_case(
                session, "Петрова А.", family_name="Мухины", opened_on="2026-05-10"
            )
            assert case.id == sample_case.case_id
        yield database
    finally:
        database.dispose()


def test_a_colleague_is_seen_and_gone_after_closing(
    either: Database, sample_case: SampleCase
) -> None:
    case_id = sample_case.case_id
    with either.write() as session:
        presence.touch(session, case_id, "Петрова А.")
        presence.touch(session, case_id, "Сидоров Б.")
    with either.read() as session:
        assert presence.others_on(session, case_id, "Сидоров Б.") == ["Петрова А."]
        assert presence.others_on(session, case_id, "Иванова В.") == ["Петрова А.", "Сидоров Б."]
    with either.write() as session:
        presence.leave(session, case_id, "Петрова А.")
        presence.leave(session, case_id, "Петрова А.")  # gone already: nothing to say
    with either.read() as session:
        assert presence.others_on(session, case_id, "Сидоров Б.") == []


def test_touching_again_moves_the_moment_on(either: Database, sample_case: SampleCase) -> None:
    case_id, now = sample_case.case_id, utcnow()
    with either.write() as session:
        presence.touch(session, case_id, "Петрова А.", now - presence.RECENT * 2)
    with either.read() as session:
        assert presence.others_on(session, case_id, "Сидоров Б.", now) == []  # long gone
    with either.write() as session:
        presence.touch(session, case_id, "Петрова А.", now - timedelta(seconds=30))
    with either.read() as session:
        assert presence.others_on(session, case_id, "Сидоров Б.", now) == ["Петрова А."]
        assert presence.others_on(session, case_id + 1, "Сидоров Б.", now) == []


def test_two_windows_on_one_file_see_each_other(
    database: Database, db_path: Path, sample_case: SampleCase
) -> None:
    other = reopen(db_path)
    try:
        with other.write() as session:
            presence.touch(session, sample_case.case_id, "Петрова А.")
        with database.read() as session:
            assert presence.others_on(session, sample_case.case_id, "tester") == ["Петрова А."]
    finally:
        other.dispose()
