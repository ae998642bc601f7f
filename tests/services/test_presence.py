"""Who has a case open: touched, seen by the others for a few minutes, cleared on close; on
SQLite (two windows on one file) and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from caseworker.db import Database, open_database
from caseworker.errors import DatabaseReadOnly
from caseworker.models import CasePresence
from caseworker.models.base import utcnow
from caseworker.services import presence
from tests.conftest import SampleCase, reopen

#: How far a laptop's clock is off in the tests: far past :data:`presence.RECENT`.
SKEW = timedelta(minutes=10)


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
    with either.side_write() as session:
        presence.touch(session, case_id, "Петрова А.")
        presence.touch(session, case_id, "Сидоров Б.")
    with either.read() as session:
        assert presence.others_on(session, case_id, "Сидоров Б.") == ["Петрова А."]
        assert presence.others_on(session, case_id, "Иванова В.") == ["Петрова А.", "Сидоров Б."]
    with either.side_write() as session:
        presence.leave(session, case_id, "Петрова А.")
        presence.leave(session, case_id, "Петрова А.")  # gone already: nothing to say
    with either.read() as session:
        assert presence.others_on(session, case_id, "Сидоров Б.") == []


def age(database: Database, case_id: int, who: str, by: timedelta) -> None:
    """Make ``who``'s mark on ``case_id`` as if last touched ``by`` earlier, by the clock it
    was written with (the server's on PostgreSQL): a window that died without leaving."""
    with database.write() as session:
        mark = session.get(CasePresence, (case_id, who))
        assert mark is not None
        mark.seen_at -= by


def test_touching_again_moves_the_moment_on(either: Database, sample_case: SampleCase) -> None:
    case_id = sample_case.case_id
    with either.side_write() as session:
        presence.touch(session, case_id, "Петрова А.")
    age(either, case_id, "Петрова А.", presence.RECENT * 2)
    with either.read() as session:
        assert presence.others_on(session, case_id, "Сидоров Б.") == []  # long gone
    with either.side_write() as session:
        presence.touch(session, case_id, "Петрова А.")
    with either.read() as session:
        assert presence.others_on(session, case_id, "Сидоров Б.") == ["Петрова А."]
        assert presence.others_on(session, case_id + 1, "Сидоров Б.") == []


def test_computers_whose_clocks_are_off_see_each_other_on_a_server(
    either: Database, sample_case: SampleCase
) -> None:
    """A laptop ten minutes slow marks the case; one ten minutes fast still sees it, and a
    mark the server's clock says is old is gone even for the slow one."""
    if either.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's windows are on one computer: one clock")
    case_id, slow, fast = sample_case.case_id, utcnow() - SKEW, utcnow() + SKEW
    with either.side_write() as session:
        presence.touch(session, case_id, "Петрова А.", now=slow)
    with either.read() as session:
        assert presence.others_on(session, case_id, "Сидоров Б.", now=fast) == ["Петрова А."]
    age(either, case_id, "Петрова А.", presence.RECENT * 2)
    with either.read() as session:
        assert presence.others_on(session, case_id, "Сидоров Б.", now=slow) == []


def test_a_mark_is_written_while_a_colleague_holds_the_write_lock(
    either: Database, sample_case: SampleCase, db_path: Path
) -> None:
    """A colleague's long save (an import) holds the team's write lock: on a server a mark
    is written meanwhile, on a SQLite file it is given up after a moment; either way the
    window is never told to wait."""
    from caseworker.services import cases

    noticed: list[bool] = []
    either.write_wait.notice = noticed.append
    other = second_program(either, db_path)
    try:
        with other.write() as held:
            cases.create_case(held, "Петрова А.", family_name="Ёлкины", opened_on="2026-05-11")
            if either.engine.dialect.name == "postgresql":
                with either.side_write() as session:
                    presence.touch(session, sample_case.case_id, "Сидоров Б.")
                with either.read() as session:
                    assert presence.others_on(session, sample_case.case_id, "tester") == [
                        "Сидоров Б."
                    ]
            else:
                with pytest.raises(OperationalError), either.side_write() as session:
                    presence.touch(session, sample_case.case_id, "Сидоров Б.")
    finally:
        other.dispose()
    assert noticed == []


def second_program(either: Database, db_path: Path) -> Database:
    """Another program on ``either``'s database (a colleague's, on a server)."""
    if either.engine.dialect.name == "postgresql":
        return open_database(either.engine.url.render_as_string(hide_password=False))
    return reopen(db_path)


def test_a_database_that_refuses_writes_refuses_marks(
    database: Database, sample_case: SampleCase
) -> None:
    database.refuse_writes = "read-only"
    with pytest.raises(DatabaseReadOnly), database.side_write() as session:
        presence.touch(session, sample_case.case_id, "Сидоров Б.")


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
