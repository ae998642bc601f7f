"""Committed changes heard by another window's listener (migration 0018's triggers and
caseworker.team.changes), against a real PostgreSQL server."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from caseworker.db import Database, open_database
from caseworker.services import cases
from caseworker.team.changes import (
    ChangeListener,
    Connected,
    Disconnected,
    Event,
    RowChange,
    TableChange,
    listener_for,
    parse,
)
from tests.cli_runner import ROOT, run_process
from tests.conftest import ACTOR, add_person, add_report

#: Generous: a notification takes milliseconds; a loaded CI machine may take longer.
WAIT_SECONDS = 30


class Heard:
    """A listener on ``database`` running in a thread of the test, its events in a queue."""

    def __init__(self, database: Database, listener: ChangeListener | None = None) -> None:
        listener = listener or listener_for(database)
        assert listener is not None
        self.listener = listener
        self.events: queue.Queue[Event] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        assert self.next() == Connected(after_loss=False)

    def _run(self) -> None:
        for event in self.listener.events(self._stop.is_set):
            self.events.put(event)

    def next(self) -> Event:
        return self.events.get(timeout=WAIT_SECONDS)

    def next_change(self, table: str) -> TableChange:
        while True:
            event = self.next()
            if isinstance(event, TableChange) and event.table == table:
                return event

    def drain(self) -> list[Event]:
        """Every event heard so far, once the listener has been quiet for a moment."""
        heard = []
        while True:
            try:
                heard.append(self.events.get(timeout=1.0))
            except queue.Empty:
                return heard

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(WAIT_SECONDS)
        assert not self._thread.is_alive()


@pytest.fixture
def server_database(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.dispose()


@pytest.fixture
def heard(server_database: Database) -> Iterator[Heard]:
    listening = Heard(server_database)
    yield listening
    listening.stop()


def test_parse_reads_the_triggers_payload() -> None:
    change = parse('{"table":"reports","op":"update","rows":[[7, 3, 2]],"cases":[2]}', sender=41)
    assert change == TableChange("reports", "update", (RowChange(7, 3, 2),), frozenset({2}), 41)
    whole = parse('{"table":"persons","op":"insert"}')
    assert whole is not None and whole.whole_table and whole.rows is None
    assert parse("not json") is None
    assert parse('{"table": 1}') is None


def test_a_case_added_by_another_process_is_heard(postgres_url: str, heard: Heard) -> None:
    result = run_process(None, "--db", postgres_url, "case", "add", "--family", "Ёлкины")
    assert result.returncode == 0, result.stderr
    change = heard.next_change("cases")
    assert change.op == "insert" and change.rows is not None
    (row,) = change.rows
    assert row.version == 1 and change.case_ids == frozenset({row.id})


def test_an_edit_names_the_row_its_version_and_its_case(
    server_database: Database, heard: Heard
) -> None:
    with server_database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Шумовы", opened_on="2026-05-10")
        person = add_person(session, case.id, "Шумов Алексей Петрович")
        report = add_report(
            session, person.id, "killed", "2026-04-02", "B2", source_kind="unit",
            received_on="2026-04-05",
        )  # fmt: skip
        case_id, report_id = case.id, report.id
    inserted = heard.next_change("reports")
    assert inserted.rows == (RowChange(report_id, 1, case_id),)
    heard.drain()
    with server_database.write() as session:
        from caseworker.services import reports

        reports.update_report(session, ACTOR, report_id, 1, summary="Со слов командира роты")
    updated = heard.next_change("reports")
    assert updated.op == "update"
    assert updated.rows == (RowChange(report_id, 2, case_id),)
    assert updated.case_ids == frozenset({case_id})


def test_a_change_rolled_back_is_never_heard(server_database: Database, heard: Heard) -> None:
    with pytest.raises(RuntimeError), server_database.write() as session:
        cases.create_case(session, ACTOR, family_name="Нет", opened_on="2026-05-10")
        raise RuntimeError("rolled back")
    assert [event for event in heard.drain() if isinstance(event, TableChange)] == []


def test_many_rows_send_few_notifications(postgres_url: str, heard: Heard) -> None:
    """500 synthetic cases with their persons and reports, thousands of rows in all."""
    result = run_process(None, "--db", postgres_url, "synth", "--cases", "500", "--seed", "3")
    assert result.returncode == 0, result.stderr
    changes = [event for event in heard.drain() if isinstance(event, TableChange)]
    tables = {change.table for change in changes}
    assert {"cases", "persons", "reports"} <= tables
    rows = psycopg_count(
        postgres_url,
        "SELECT (SELECT count(*) FROM persons) + "
        "(SELECT count(*) FROM reports) + (SELECT count(*) FROM cases)",
    )
    assert rows > 1000
    assert len(changes) <= 25 * len(tables), [change.table for change in changes]
    assert all(len(change.case_ids or ()) <= 400 for change in changes)


def psycopg_count(url: str, statement: str) -> Any:
    database = open_database(url)
    try:
        with database.read() as session:
            from sqlalchemy import text

            return session.execute(text(statement)).scalar_one()
    finally:
        database.dispose()


def test_a_lost_connection_is_said_and_listening_resumes(
    server_database: Database, heard: Heard
) -> None:
    with server_database.read() as session:
        from sqlalchemy import text

        session.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query = 'LISTEN caseworker_changes'"
            )
        )
    assert isinstance(heard.next(), Disconnected)
    assert heard.next() == Connected(after_loss=True)
    with server_database.write() as session:
        cases.create_case(session, ACTOR, family_name="Ёлкины", opened_on="2026-05-10")
    assert heard.next_change("cases").op == "insert"


def test_sqlite_has_no_listener(database: Database) -> None:
    if database.engine.dialect.name == "sqlite":
        assert listener_for(database) is None


def test_the_triggers_go_with_a_downgrade(postgres_url: str) -> None:
    from alembic import command

    from caseworker.db.migrate import alembic_config

    database = open_database(postgres_url)
    try:
        with database.engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0017")
            assert triggers(connection) == 0
            command.upgrade(config, "head")
            assert triggers(connection) == 16 * 3
    finally:
        database.dispose()


def triggers(connection: Any) -> int:
    from sqlalchemy import text

    return int(
        connection.execute(
            text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%\\_notify\\_%'")
        ).scalar_one()
    )


#: A program whose main thread ends while its listener runs in a pool's worker thread.
_FORGETFUL_PROGRAM = """
import sys, time
from concurrent.futures import ThreadPoolExecutor
from caseworker.db import open_database
from caseworker.team.changes import Connected, listener_for

database = open_database(sys.argv[1])
listener = listener_for(database)
heard = []
def listen(_):
    for event in listener.events(lambda: False):
        heard.append(event)
ThreadPoolExecutor(1).submit(listen, None)
while not heard:
    time.sleep(0.05)
print(heard[0] == Connected(), flush=True)
"""


def test_a_listener_never_keeps_the_program_from_ending(postgres_url: str) -> None:
    """Python joins a pool's worker threads at exit: one listening forever would hang it."""
    result = subprocess.run(
        [sys.executable, "-c", _FORGETFUL_PROGRAM, postgres_url],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout.strip()) == (0, "True"), result.stderr


def test_a_change_through_the_listeners_own_database_is_marked_own(
    server_database: Database, heard: Heard, postgres_url: str
) -> None:
    with server_database.write() as session:
        cases.create_case(session, ACTOR, family_name="Свои", opened_on="2026-05-10")
    assert heard.next_change("cases").own
    result = run_process(None, "--db", postgres_url, "case", "add", "--family", "Чужие")
    assert result.returncode == 0, result.stderr
    assert not heard.next_change("cases").own


def test_a_statement_on_many_rows_names_its_cases_then_only_its_table(
    server_database: Database, heard: Heard
) -> None:
    from sqlalchemy import text

    with server_database.write() as session:
        session.execute(
            text(
                "INSERT INTO cases (reference, family_name, status, opened_on, uuid, version, "
                "created_at, updated_at) SELECT 'Б-' || n, 'Семья ' || n, 'open', "
                "'2026-05-10', gen_random_uuid()::text, 1, now(), now() "
                "FROM generate_series(1, 450) AS n"
            )
        )
    inserted = heard.next_change("cases")
    assert inserted.whole_table and inserted.rows is None  # 450 cases: too many to name
    with server_database.write() as session:
        session.execute(text("UPDATE cases SET notes = 'проверено' WHERE id <= 150"))
    updated = heard.next_change("cases")
    assert updated.rows is None and updated.case_ids is not None  # 150 rows: cases only
    assert len(updated.case_ids) == 150


def test_after_twenty_statements_a_transaction_only_names_the_table(
    server_database: Database, heard: Heard
) -> None:
    with server_database.write() as session:
        for number in range(30):
            cases.create_case(session, ACTOR, family_name=f"Семья {number}", opened_on="2026-05-10")
    told = [event for event in heard.drain() if isinstance(event, TableChange)]
    inserts = [change for change in told if change.table == "cases" and change.op == "insert"]
    assert len([change for change in inserts if change.rows is not None]) == 20
    assert [change.whole_table for change in inserts if change.rows is None] == [True]


def test_a_fault_of_the_listeners_own_is_logged_said_and_survived(
    server_database: Database, postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Not only a lost server: whatever fails while listening is said as a loss, logged
    with its traceback, and listening resumes (a listener ended silently leaves the window
    stale without a word)."""
    import psycopg
    from sqlalchemy.engine import make_url

    address = make_url(postgres_url).set(drivername="postgresql")
    faults = [RuntimeError("a fault of the listener's own")]

    def own(_sender: int) -> bool:
        if faults:
            raise faults.pop()
        return False

    listener = ChangeListener(
        lambda: psycopg.connect(address.render_as_string(hide_password=False)),
        own=own,
        retry_seconds=0.1,
    )
    heard = Heard(server_database, listener)
    try:
        with server_database.write() as session:
            cases.create_case(session, ACTOR, family_name="Шумовы", opened_on="2026-05-10")
        assert isinstance(heard.next(), Disconnected)
        assert heard.next() == Connected(after_loss=True)  # the window reads everything again
        with server_database.write() as session:
            cases.create_case(session, ACTOR, family_name="Ёлкины", opened_on="2026-05-10")
        assert heard.next_change("cases").op == "insert"
    finally:
        heard.stop()
    (logged,) = [record for record in caplog.records if record.exc_info is not None]
    assert logged.exc_info is not None and "a fault" in str(logged.exc_info[1])
