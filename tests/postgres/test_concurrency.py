"""Caseworkers writing at the same moment on one PostgreSQL server, each in a real process
(tests/postgres/concurrency_worker.py, or the command line): no write fails, no reference is
given twice, an edit made meanwhile is a conflict and nothing is lost, and a server restart in
the middle of work is a sentence, after which the work continues."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from caseworker.db import Database, open_database
from caseworker.errors import DatabaseUnavailable
from caseworker.models import Case, Report
from caseworker.services import cases, reports
from caseworker.services.reports import get_report
from tests.cli_runner import process_environment
from tests.conftest import ACTOR, add_person
from tests.postgres_server import PostgresServer

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 8
#: Seconds a worker may take for its whole work (they are slow only on a loaded machine).
PATIENCE = 240


@dataclass
class Worker:
    """A worker process and the JSON lines it printed, read as they come."""

    process: subprocess.Popen[str]
    lines: queue.Queue[dict[str, Any]] = field(default_factory=queue.Queue)
    seen: list[dict[str, Any]] = field(default_factory=list)

    def next(self, timeout: float = PATIENCE) -> dict[str, Any]:
        line = self.lines.get(timeout=timeout)
        self.seen.append(line)
        return line

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def finish(self) -> list[dict[str, Any]]:
        """Every line it printed after it was ready; fails the test if it ended badly."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=PATIENCE)
        while not self.seen or not self.seen[-1].get("end"):
            self.seen.append(self.lines.get(timeout=PATIENCE))
        errors = self.process.stderr.read() if self.process.stderr is not None else ""
        self.close()
        assert self.process.returncode == 0, (self.seen, errors)
        return [line for line in self.seen if "ready" not in line and "end" not in line]

    def close(self) -> None:
        """End the process if it still runs, and close its pipes."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None and not stream.closed:
                stream.close()


def _read(stream: Any, lines: queue.Queue[dict[str, Any]]) -> None:
    for line in stream:
        lines.put(json.loads(line))
    lines.put({"end": True})


_started: list[Worker] = []


@pytest.fixture(autouse=True)
def _no_worker_left() -> Iterator[None]:
    yield
    while _started:
        _started.pop().close()


def start(*arguments: str) -> Worker:
    """A worker process, ready (its database opened), waiting for :meth:`Worker.go`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.postgres.concurrency_worker", *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=process_environment(),
    )
    worker = Worker(process)
    _started.append(worker)
    threading.Thread(target=_read, args=(process.stdout, worker.lines), daemon=True).start()
    assert worker.next(timeout=PATIENCE) == {"ready": True}
    return worker


@pytest.fixture
def opened(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.dispose()


def test_eight_writers_at_once_all_succeed_with_distinct_references(
    postgres_url: str, opened: Database
) -> None:
    per_writer = 6
    workers = [start("add", postgres_url, str(n), str(per_writer)) for n in range(WRITERS)]
    for worker in workers:
        worker.go()
    results = [line for worker in workers for line in worker.finish()]
    assert [line for line in results if "error" in line] == []
    references = [line["reference"] for line in results]
    assert len(references) == WRITERS * per_writer
    assert len(set(references)) == len(references)
    with opened.read() as session:
        stored = session.scalars(select(Case.reference)).all()
        assert sorted(stored) == sorted(references)
        numbers = sorted(int(reference.split("-")[1]) for reference in stored)
        assert numbers == list(range(1, len(stored) + 1))  # no gap, no twice
        assert session.scalar(select(func.count()).select_from(Report)) == 2 * len(references)


def test_eight_command_lines_at_once_open_eight_cases(postgres_url: str, opened: Database) -> None:
    program = [sys.executable, "-m", "caseworker", "--db", postgres_url]
    processes = [
        subprocess.Popen(
            [*program, "case", "add", "--family", f"Семья {n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=process_environment(),
        )
        for n in range(WRITERS)
    ]
    outcomes = [process.communicate(timeout=PATIENCE) for process in processes]
    assert [process.returncode for process in processes] == [0] * WRITERS, outcomes
    references = [out.strip() for out, _err in outcomes]
    assert len(set(references)) == WRITERS
    with opened.read() as session:
        assert sorted(session.scalars(select(Case.reference)).all()) == sorted(references)


def test_two_caseworkers_editing_one_report_one_conflict_nothing_lost(
    postgres_url: str, opened: Database
) -> None:
    with opened.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Ёлкины")
        person = add_person(session, case.id, "Ёлкин Пётр Ильич")
        report = reports.add_report(
            session, ACTOR, person.id, claim="missing", event="2024-03", source_kind="unit"
        )
        session.flush()
        report_id, version = report.id, report.version
    summaries = {"Первая": "Со слов сослуживца", "Вторая": "По письму из части"}
    workers = [
        start("edit", postgres_url, str(report_id), str(version), summary)
        for summary in summaries.values()
    ]
    for worker in workers:
        worker.go()
    outcomes = [worker.finish() for worker in workers]
    saved = [n for n, lines in enumerate(outcomes) if "saved" in lines[0]]
    conflicts = [lines[0]["conflict"] for lines in outcomes if "conflict" in lines[0]]
    assert len(saved) == 1 and len(conflicts) == 1, outcomes
    assert "changed" in conflicts[0]
    winner = list(summaries.values())[saved[0]]
    with opened.read() as session:
        stored = get_report(session, report_id)
        assert stored.summary == winner
        assert stored.version == outcomes[saved[0]][0]["saved"] == version + 1
        audited = session.execute(
            text(
                "SELECT count(*) FROM audit_entries WHERE entity = 'reports' AND field = 'summary'"
            )
        ).scalar()
        assert audited == 1  # one edit recorded; the other was refused, not overwritten


def test_a_restart_in_the_middle_of_work_is_a_sentence_then_work_continues(
    postgres_server: PostgresServer, postgres_url: str, opened: Database
) -> None:
    worker = start("steady", postgres_url, "A", "40")
    worker.go()
    for _ in range(5):
        assert "reference" in worker.next(), worker.seen
    postgres_server.halt()
    try:
        # This process's own window meanwhile: a sentence, nothing saved, reading refused.
        with pytest.raises(DatabaseUnavailable) as raised, opened.write() as session:
            cases.create_case(session, ACTOR, family_name="Соколовы")
        assert "Nothing was saved" in raised.value.message
        with pytest.raises(DatabaseUnavailable), opened.read() as session:
            session.execute(text("SELECT 1"))
        while "unavailable" not in worker.next():
            pass
    finally:
        postgres_server.resume()
    lines = worker.finish()
    sentences = [line["unavailable"] for line in lines if "unavailable" in line]
    assert sentences and all("Nothing was saved" in sentence for sentence in sentences)
    assert all("Traceback" not in sentence for sentence in sentences)
    saved = [line["reference"] for line in lines if "reference" in line]
    unknown = [line for line in lines if "unknown" in line]
    assert len(saved) + len(unknown) == 40
    with opened.write() as session:  # this process's work continues too
        cases.create_case(session, ACTOR, family_name="Соколовы")
    with opened.read() as session:
        stored = session.scalars(select(Case.reference).where(Case.family_name != "Соколовы"))
        references = set(stored.all())
    assert set(saved) <= references
    assert len(references) <= len(saved) + len(unknown)  # no half-done or doubled write
