"""The integrity check finds damage done behind the services' back, on the real file."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from caseworker.db import Database
from caseworker.integrity import MAX_NAMED, Problem, check_database
from tests.conftest import SampleCase, corrupt

ROOT = Path(__file__).resolve().parents[1]


def problems(database: Database) -> list[Problem]:
    with database.read() as session:
        return check_database(session)


@pytest.mark.usefixtures("sample_case")
def test_a_fresh_case_is_clean(database: Database) -> None:
    assert problems(database) == []


def test_wrong_persons_label(database: Database, db_path: Path, sample_case: SampleCase) -> None:
    corrupt(
        db_path, "UPDATE cases SET persons_label = 'Иванов И. И.', persons_sort = 'иванов и. и.'"
    )
    [problem] = problems(database)
    assert problem.check == "case_summary"
    assert sample_case.reference in problem.message
    assert "Иванов И. И." in problem.message and "Шумов А. П." in problem.message


def test_a_sort_key_out_of_step_with_its_name(
    database: Database, db_path: Path, sample_case: SampleCase
) -> None:
    corrupt(db_path, "UPDATE cases SET family_sort = 'ёлкины'")
    [problem] = problems(database)
    assert problem.check == "case_sort"
    assert sample_case.reference in problem.message
    assert "“ёлкины”" in problem.message and "“шумовы”" in problem.message


@pytest.mark.usefixtures("sample_case")
def test_wrong_last_report_date(database: Database, db_path: Path) -> None:
    corrupt(db_path, "UPDATE cases SET last_report_on = '2020-01-01'")
    [problem] = problems(database)
    assert problem.check == "case_summary"
    assert "2020-01-01" in problem.message and "2026-04-08" in problem.message


def test_missing_and_stale_search_entries(
    database: Database, db_path: Path, sample_case: SampleCase
) -> None:
    corrupt(
        db_path,
        f"DELETE FROM search_entries WHERE kind = 'person' AND entity_id = {sample_case.person_id}",
        f"UPDATE search_entries SET text = 'x' WHERE kind = 'relative'"
        f" AND entity_id = {sample_case.relative_id}",
        "INSERT INTO search_entries (kind, entity_id, case_id, label, text)"
        f" VALUES ('person', 4242, {sample_case.case_id}, 'Призрак', 'призрак')",
    )
    messages = sorted(p.message for p in problems(database) if p.check == "search_entries")
    assert len(messages) == 3
    assert messages[0] == f"Relative {sample_case.relative_id} has an out-of-date search entry."
    assert messages[1].endswith("belongs to no record (Sought person 4242).")
    assert messages[2] == f"Sought person {sample_case.person_id} has no search entry."


@pytest.mark.usefixtures("sample_case")
@pytest.mark.sqlite_only(reason="SQLite's full-text index")
def test_full_text_index_out_of_step(database: Database, db_path: Path) -> None:
    corrupt(db_path, "INSERT INTO search_fts (rowid, text) VALUES (999, 'лишняя строка')")
    assert [p.check for p in problems(database)] == ["search_index"]


def test_relay_of_another_persons_report(
    database: Database, db_path: Path, sample_case: SampleCase
) -> None:
    corrupt(
        db_path,
        f"INSERT INTO persons (case_id, surname, given_name, uuid, version, created_at,"
        f" updated_at, official_status) VALUES ({sample_case.case_id}, 'Шумов', 'Пётр',"
        f" 'p-2', 1, '2026-05-10', '2026-05-10', 'missing')",
        f"UPDATE reports SET person_id = (SELECT max(id) FROM persons),"
        f" derived_from_id = {sample_case.killed_report_id}"
        f" WHERE id = {sample_case.alive_report_id}",
    )
    relays = [p for p in problems(database) if p.check == "derived_from"]
    assert [p.message for p in relays] == [
        f"Report {sample_case.alive_report_id} relays report {sample_case.killed_report_id},"
        " which is not about the same person."
    ]


@pytest.mark.sqlite_only(reason="damage a SQLite file takes with its checks turned off")
def test_backwards_event_and_dangling_key(
    database: Database, db_path: Path, sample_case: SampleCase
) -> None:
    corrupt(
        db_path,
        "PRAGMA ignore_check_constraints = ON",
        f"UPDATE reports SET event_from = '2026-04-09' WHERE id = {sample_case.killed_report_id}",
        "PRAGMA foreign_keys = OFF",
        f"UPDATE relatives SET case_id = 777 WHERE id = {sample_case.relative_id}",
    )
    found = {p.check: p.message for p in problems(database)}
    assert "starts (2026-04-09) after it ends (2026-04-02)" in found["event_interval"]
    assert found["foreign_keys"] == (
        f"Row {sample_case.relative_id} of relatives points to a missing row of cases."
    )


def test_many_problems_are_counted_not_all_listed(
    database: Database, db_path: Path, sample_case: SampleCase
) -> None:
    corrupt(
        db_path,
        *(
            "INSERT INTO search_entries (kind, entity_id, case_id, label, text)"
            f" VALUES ('relative', {1000 + n}, {sample_case.case_id}, 'x', 'x')"
            for n in range(MAX_NAMED + 5)
        ),
    )
    found = problems(database)
    assert len(found) == MAX_NAMED + 1
    assert found[-1].message == "… and 5 more problems of this kind."


@pytest.mark.usefixtures("sample_case")
def test_extra_checks_plug_in(database: Database) -> None:
    def vault_check(_session: Session) -> Iterator[Problem]:
        yield Problem("vault", "Evidence 1 is missing from the vault.")

    with database.read() as session:
        assert check_database(session, extra_checks=[vault_check]) == [
            Problem("vault", "Evidence 1 is missing from the vault.")
        ]


WRITER = """
import argparse, sys, time
from pathlib import Path
from caseworker.cli.unlock import open_for
from caseworker.services import cases, persons

# As the command line opens it: unlocked with $CASEWORKER_PASSPHRASE_FILE when protected.
database = open_for(argparse.Namespace(db=sys.argv[1], passphrase_file=None))
stop, deadline, number = Path(sys.argv[2]), time.monotonic() + 8.0, 0
while not stop.exists() and time.monotonic() < deadline:
    number += 1
    with database.write() as session:
        case = cases.create_case(session, "writer", family_name=f"Писаревы {number}")
        persons.add_person(session, "writer", case.id, surname="Писарев", given_name="Иван")
    if number == 1:
        print("writing", flush=True)
    time.sleep(0.01)  # a colleague's window saves often, but not back to back
database.dispose()
print(number, flush=True)
"""


@pytest.mark.usefixtures("sample_case")
def test_a_check_during_another_process_s_writes_finds_nothing(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    """A second program adds cases and persons while the check runs: no false problem.

    The check reads one snapshot; the full-text index's own check runs in a short write
    transaction of its own, where nobody can write between its two sides.
    """
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), str(stop)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "writing", writer.communicate()
        found: list[Problem] = []
        # At least two seconds and six checks; a slow, shared machine may need longer.
        checks, started = 0, time.monotonic()
        while writer.poll() is None and time.monotonic() - started < 60:
            if checks > 5 and time.monotonic() - started > 2.0:
                break
            found.extend(problems(database))
            checks += 1
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=20)
    assert writer.returncode == 0, err
    written = int(out.split()[-1])
    assert written > 5 and checks > 5, (written, checks)
    assert found == []
