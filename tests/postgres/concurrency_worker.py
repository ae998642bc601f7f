"""One caseworker's program in its own process, for tests/postgres/test_concurrency.py.

``python -m tests.postgres.concurrency_worker COMMAND URL ...`` opens the database the way the
program does, waits for a line on stdin (so that the test starts every worker at once), does
its work and prints one JSON object a line on stdout:

- ``add URL WRITER COUNT``: COUNT cases, each in its own write with a sought person, then two
  reports on that person in two more writes; a line ``{"reference", "person", "reports"}``
  a case, or ``{"error"}`` for any error (then it stops).
- ``edit URL REPORT VERSION SUMMARY``: one edit of the report's summary, as the window's edit
  dialog saves it (``edits.save_edit`` against the version the dialog loaded); a line
  ``{"saved": version}`` or ``{"conflict": sentence}``.
- ``steady URL WRITER COUNT``: COUNT cases, one a write, trying each again after a lost
  server (a line ``{"unavailable": sentence}`` each time) until COUNT are saved; a line
  ``{"reference"}`` a saved case, ``{"unknown": reference}`` for a commit the server may or
  may not have made.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence

from caseworker.db import Database, open_database
from caseworker.errors import DatabaseUnavailable, StaleRecord
from caseworker.services import cases, edits, persons, reports
from caseworker.services.edits import RecordKind


def _say(**values: object) -> None:
    print(json.dumps(values, ensure_ascii=False), flush=True)


def add(database: Database, writer: str, count: int) -> None:
    for number in range(count):
        actor = f"Писарь {writer}"
        with database.write() as session:
            case = cases.create_case(session, actor, family_name=f"Семья {writer}-{number}")
            person = persons.add_person(
                session, actor, case.id, surname="Петров", given_name=f"Иван {number}"
            )
            reference, person_id = case.reference, person.id
        report_ids = []
        for claim in ("missing", "captured"):
            with database.write() as session:
                report = reports.add_report(
                    session,
                    actor,
                    person_id,
                    claim=claim,
                    event="2024-03",
                    source_kind="comrade",
                    summary=f"Сообщение писаря {writer}",
                )
                session.flush()
                report_ids.append(report.id)
        _say(reference=reference, person=person_id, reports=report_ids)


def edit(database: Database, report_id: int, version: int, summary: str) -> None:
    try:
        with database.write() as session:
            saved = edits.save_edit(
                session, "Редактор", RecordKind.REPORT, report_id, version, {"summary": summary}
            )
        _say(saved=saved.version)
    except StaleRecord as error:
        _say(conflict=error.message)


def steady(database: Database, writer: str, count: int) -> None:
    saved = 0
    while saved < count:
        try:
            with database.write() as session:
                case = cases.create_case(session, "Писарь", family_name=f"Семья {writer}-{saved}")
                session.flush()
                reference = case.reference
        except DatabaseUnavailable as error:
            if error.phase == "commit":
                _say(unknown=error.message)
                saved += 1  # a person would look first; the test counts it either way
            else:
                _say(unavailable=error.message)
            time.sleep(0.1)
            continue
        saved += 1
        _say(reference=reference)


def main(argv: Sequence[str]) -> int:
    command, url, *rest = argv
    database = open_database(url)
    try:
        _say(ready=True)
        sys.stdin.readline()  # the test's start signal
        try:
            if command == "add":
                add(database, rest[0], int(rest[1]))
            elif command == "edit":
                edit(database, int(rest[0]), int(rest[1]), rest[2])
            elif command == "steady":
                steady(database, rest[0], int(rest[1]))
            else:
                raise SystemExit(f"unknown command {command}")
        except Exception as error:
            _say(error=f"{type(error).__name__}: {error}")
            return 1
        return 0
    finally:
        database.dispose()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
