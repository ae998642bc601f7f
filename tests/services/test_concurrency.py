"""Two windows on one file: stale edits are refused, writers queue instead of failing."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseworker.db import Database
from caseworker.errors import StaleRecord
from caseworker.services import audit, cases, persons
from tests.conftest import ACTOR, SampleCase, connect_file, reopen


@pytest.fixture
def second_window(
    db_path: Path,
    sample_case: SampleCase,  # noqa: ARG001 (the case exists before the second window opens)
) -> Iterator[Database]:
    other = reopen(db_path)
    yield other
    other.dispose()


def test_saving_over_someone_elses_change_is_refused(
    database: Database, second_window: Database, sample_case: SampleCase
) -> None:
    with database.read() as session:
        loaded_version = cases.get_case(session, sample_case.case_id).version
    with second_window.write() as session:
        cases.update_case(
            session, "colleague", sample_case.case_id, loaded_version, region="Орловская"
        )
    with pytest.raises(StaleRecord) as raised, database.write() as session:
        cases.update_case(session, ACTOR, sample_case.case_id, loaded_version, region="Тульская")
    assert "changed this record" in raised.value.message
    with database.read() as session:
        case = cases.get_case(session, sample_case.case_id)
        assert case.region == "Орловская"
        regions = [
            e.new_value for e in audit.history(session, "cases", case.id) if e.field == "region"
        ]
    assert regions == ["Орловская"]


def test_a_stale_person_edit_saves_none_of_its_fields(
    database: Database, second_window: Database, sample_case: SampleCase
) -> None:
    with second_window.write() as session:
        persons.update_person(session, "colleague", sample_case.person_id, 1, rank="сержант")
    with pytest.raises(StaleRecord), database.write() as session:
        persons.update_person(
            session, ACTOR, sample_case.person_id, 1, rank="рядовой", unit="в/ч 11111"
        )
    with database.read() as session:
        person = persons.get_person(session, sample_case.person_id)
        assert (person.rank, person.unit) == ("сержант", "в/ч 00000")


def test_two_writers_queue_for_the_lock_instead_of_failing(
    database: Database, second_window: Database, sample_case: SampleCase
) -> None:
    first_holds_lock = threading.Event()
    errors: list[BaseException] = []

    def slow_writer() -> None:
        try:
            with database.write() as session:
                cases.update_case(
                    session, ACTOR, sample_case.case_id, None, next_action="Позвонить"
                )
                first_holds_lock.set()
                time.sleep(0.5)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
            first_holds_lock.set()

    thread = threading.Thread(target=slow_writer)
    thread.start()
    assert first_holds_lock.wait(5)
    started = time.monotonic()
    with second_window.write() as session:
        cases.create_case(session, "colleague", family_name="Ивановы")
    waited = time.monotonic() - started
    thread.join()
    assert errors == []
    assert waited > 0.2  # it waited for the first writer rather than failing
    with database.read() as session:
        assert cases.get_case(session, sample_case.case_id).next_action == "Позвонить"
        assert cases.get_case_by_reference(session, "2026-0002").family_name == "Ивановы"


@pytest.mark.sqlite_only(
    reason="holds SQLite's write lock from outside (PostgreSQL: tests/postgres)"
)
def test_a_writer_that_waits_too_long_gets_a_busy_message_and_saves_nothing(
    database: Database,
    second_window: Database,
    sample_case: SampleCase,
) -> None:
    from caseworker.errors import DatabaseBusy

    blocker = connect_file(database.display_name)
    blocker.execute("BEGIN IMMEDIATE")
    second_window.write_wait.patience = 0.5  # two minutes in the program
    try:
        with pytest.raises(DatabaseBusy) as raised, second_window.write() as session:
            cases.create_case(session, "colleague", family_name="Ивановы")
        assert "busy" in raised.value.message
    finally:
        blocker.rollback()
        blocker.close()
    with database.read() as session:
        assert cases.get_case_by_reference(session, sample_case.reference)
        from caseworker.services import case_list

        assert case_list.count_cases(session, case_list.CaseQuery()) == 1


@pytest.mark.sqlite_only(
    reason="holds SQLite's write lock from outside (PostgreSQL: tests/postgres)"
)
@pytest.mark.usefixtures("sample_case")
def test_a_writer_held_up_by_a_long_import_waits_and_says_so(
    database: Database, second_window: Database
) -> None:
    """An import holding the lock for longer than the old 10 s no longer fails a colleague's
    save: the save waits, the window is told it is waiting, and it is saved once free."""
    notices: list[bool] = []
    second_window.write_wait.notice = notices.append
    second_window.write_wait.patience = 30
    blocker = connect_file(database.display_name, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    release = threading.Timer(1.5, blocker.rollback)
    release.start()
    try:
        with second_window.write() as session:
            cases.create_case(session, "colleague", family_name="Ивановы")
    finally:
        release.join()
        blocker.close()
    assert notices[0] is True and notices[-1] is False and len(notices) >= 3
    assert all(notices[:-1]), "told it is waiting after each try, then that it is over"
    with database.read() as session:
        assert cases.get_case_by_reference(session, "2026-0002").family_name == "Ивановы"
