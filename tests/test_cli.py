"""The command line, run in this process through ``caseworker.cli.main`` (see
:mod:`tests.cli_runner`), and a few times as ``python -m caseworker`` where the process matters.
"""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli_runner import ROOT, ok, process_environment, refused, run, run_process
from tests.conftest import sql


@pytest.fixture
def person(db_path: Path) -> tuple[str, int]:
    reference = ok(db_path, "case", "add", "--family", "Шумовы", "--region", "Курская область")
    person_id = ok(
        db_path,
        "person",
        "add",
        "--case",
        reference,
        "--surname",
        "Шумов",
        "--given",
        "Алексей",
        "--patronymic",
        "Петрович",
        "--born",
        "1990-05-01",
        "--unit",
        "в/ч 00000",
        "--service-number",
        "АВ-123 456",
    )
    return reference, int(person_id)


def test_case_and_person_add_print_reference_and_id(person: tuple[str, int]) -> None:
    reference, person_id = person
    assert re.fullmatch(r"\d{4}-\d{4}", reference)
    assert person_id > 0


def test_report_add_relay_and_retract(db_path: Path, person: tuple[str, int]) -> None:
    _, person_id = person
    killed = ok(
        db_path,
        "report", "add", "--person", str(person_id), "--claim", "killed",
        "--event-date", "2026-04-02", "--source-kind", "unit", "--source", "командир роты",
        "--reliability", "B", "--credibility", "2", "--place", "с. Заречное",
        "--summary", "Сообщили о гибели",
    )  # fmt: skip
    relay = ok(
        db_path,
        "report", "add", "--person", str(person_id), "--claim", "killed",
        "--event-date", "2026-04-01..2026-04-03", "--source-kind", "comrade",
        "--derived-from", killed,
    )  # fmt: skip
    assert int(relay) > int(killed)
    assert ok(db_path, "report", "retract", "--id", relay, "--reason", "Пересказ слухов") == relay
    rows = sql(
        db_path,
        "SELECT id, derived_from_id, reliability, credibility, retraction_reason,"
        " CAST(event_from AS TEXT), CAST(event_to AS TEXT) FROM reports ORDER BY id",
    )
    assert rows == [
        (int(killed), None, "B", "2", "", "2026-04-02", "2026-04-02"),
        (int(relay), int(killed), "F", "6", "Пересказ слухов", "2026-04-01", "2026-04-03"),
    ]


def test_search_plain_and_json(db_path: Path, person: tuple[str, int]) -> None:
    reference, person_id = person
    lines = ok(db_path, "search", "ШУМОВ").splitlines()
    assert f"{reference}\tperson\t{person_id}\tШумов Алексей Петрович" in lines
    hits = json.loads(ok(db_path, "search", "шумов", "--json"))
    assert {"kind": "person", "id": person_id, "label": "Шумов Алексей Петрович"}.items() <= next(
        hit for hit in hits if hit["kind"] == "person"
    ).items()
    assert {hit["case"] for hit in hits} == {reference}
    assert all({"kind", "id", "label", "case"} <= hit.keys() for hit in hits)
    assert json.loads(ok(db_path, "search", "никого-нет", "--json")) == []


def test_demo_twice_and_check_clean(db_path: Path) -> None:
    first = ok(db_path, "demo").splitlines()
    assert len(first) == 5
    second = run(db_path, "demo")
    assert second.returncode == 0
    assert second.stdout.splitlines() == first
    assert "already" in second.stderr
    result = run(db_path, "check")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""


def test_synth_then_check(db_path: Path) -> None:
    result = run(db_path, "synth", "--cases", "20", "--seed", "4")
    assert result.returncode == 0, result.stderr
    assert "20 cases" in result.stderr
    assert run(db_path, "check").returncode == 0


def test_check_names_each_problem(db_path: Path, person: tuple[str, int]) -> None:
    reference, person_id = person
    sql(db_path, "UPDATE cases SET persons_label = 'Кто-то', persons_sort = 'кто-то'")
    sql(
        db_path,
        "DELETE FROM search_entries WHERE kind = 'person' AND entity_id = :person",
        person=person_id,
    )
    result = run(db_path, "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    problems = result.stdout.strip().splitlines()
    assert len(problems) == 2
    assert any(reference in line and "Кто-то" in line for line in problems)
    assert any(f"person {person_id} has no search entry" in line for line in problems)
    assert "2 problems" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("frobnicate",),
        ("case", "add"),
        ("case",),
        ("report", "add", "--person", "abc", "--claim", "killed"),
        ("synth", "--cases", "many"),
        ("search",),
    ],
)
def test_bad_usage_exits_2(db_path: Path, args: tuple[str, ...]) -> None:
    result = run(db_path, *args)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_refused_input_exits_1(db_path: Path, person: tuple[str, int]) -> None:
    _, person_id = person
    report = ["report", "add", "--person", str(person_id), "--source-kind", "unit"]
    assert "no case 2099-0001" in refused(
        run(db_path, "person", "add", "--case", "2099-0001", "--surname", "A", "--given", "B")
    )
    assert "not a valid claim" in refused(
        run(db_path, *report, "--claim", "vanished", "--event-date", "2026-01-01")
    )
    assert "future" in refused(
        run(db_path, *report, "--claim", "alive", "--event-date", "2999-01-01")
    )
    assert "not a date" in refused(
        run(db_path, *report, "--claim", "alive", "--event-date", "вчера")
    )
    assert "must not be empty" in refused(run(db_path, "case", "add", "--family", "  "))
    assert "does not exist" in refused(
        run(db_path, "report", "retract", "--id", "999", "--reason", "x")
    )
    assert sql(db_path, "SELECT count(*) FROM reports") == [(0,)]


def test_a_database_of_a_newer_version_is_refused(db_path: Path) -> None:
    ok(db_path, "demo")
    sql(db_path, "UPDATE alembic_version SET version_num = 'from-the-future'")
    assert "newer version" in refused(run(db_path, "check"))
    assert sql(db_path, "SELECT version_num FROM alembic_version") == [("from-the-future",)]


@pytest.mark.sqlite_only(reason="SQLite files: left byte for byte, or not a database")
def test_database_refusals_exit_1(tmp_path: Path, db_path: Path) -> None:
    ok(db_path, "demo")
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    before = db_path.read_bytes()
    assert "newer version" in refused(run(db_path, "check"))
    assert db_path.read_bytes() == before
    stranger = tmp_path / "notes.txt"
    stranger.write_text("not a database", encoding="utf-8")
    assert "not a Caseworker database" in refused(run(stranger, "check"))


def test_database_from_environment(tmp_path: Path) -> None:
    chosen = tmp_path / "from-env.sqlite"
    result = run(None, "case", "add", "--family", "Ёлкины", env={"CASEWORKER_DB": str(chosen)})
    assert result.returncode == 0, result.stderr
    assert chosen.exists()
    hits = json.loads(ok(chosen, "search", "елкины", "--json"))
    assert [hit["case"] for hit in hits] == [result.stdout.strip()]


# The process boundary ------------------------------------------------------------------------


def test_python_m_caseworker_exit_codes_and_language(db_path: Path) -> None:
    """The real entry point: 0 done, 2 bad usage, 1 refused; the language read at start."""
    added = run_process(db_path, "case", "add", "--family", "Шумовы")
    assert added.returncode == 0, added.stderr
    assert re.fullmatch(r"\d{4}-\d{4}", added.stdout.strip())
    usage = run_process(db_path, "frobnicate")
    assert usage.returncode == 2 and "usage:" in usage.stderr
    assert "Traceback" not in usage.stderr
    russian = run_process(db_path, "case", "add", "--family", " ", env={"LANG": "ru_RU.UTF-8"})
    assert refused(russian) == "Поле «Семья» не может быть пустым."


def _wait_for_the_write_lock(db_path: Path, child: subprocess.Popen[str]) -> None:
    """Until the child holds the database's write lock (in its first batch), at most 60 s."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert child.poll() is None, child.communicate()
        probe = sqlite3.connect(db_path, timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
        except sqlite3.OperationalError as error:
            if "locked" in str(error):
                return
            raise
        finally:
            probe.close()
        time.sleep(0.05)
    raise AssertionError("the child never began writing")


#: ``python -m caseworker`` with Ctrl+C raising KeyboardInterrupt even where the test runs in a
#: shell's background job, whose children inherit an ignored SIGINT (a user's terminal does not).
INTERRUPTIBLE = (
    "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('caseworker', run_name='__main__', alter_sys=True)"
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.sqlite_only(reason="waits for SQLite's file lock (PostgreSQL's: tests/postgres)")
def test_interrupted_and_killed_writers_leave_the_database_whole(db_path: Path) -> None:
    """Ctrl+C in the middle of a long write: exit 130, one sentence, the unfinished batch
    undone; a kill -9 after it: the database still opens and checks clean."""
    ok(db_path, "case", "add", "--family", "Ёлкины")
    command = [sys.executable, "-c", INTERRUPTIBLE, "--db", str(db_path), "synth", "--cases"]
    for kill in (signal.SIGINT, signal.SIGKILL):
        child = subprocess.Popen(
            [*command, "100000"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=process_environment(), cwd=ROOT,
        )  # fmt: skip
        try:
            _wait_for_the_write_lock(db_path, child)
            time.sleep(0.3)
            child.send_signal(kill)
            _, stderr = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        if kill == signal.SIGINT:
            assert child.returncode == 130
            assert stderr.strip() == "Interrupted; nothing of the unfinished step was saved."
        else:
            assert child.returncode == -signal.SIGKILL
        check = run(db_path, "check")
        assert check.returncode == 0, check.stdout
        with sqlite3.connect(db_path) as connection:
            [(count,)] = connection.execute("SELECT count(*) FROM cases").fetchall()
        connection.close()
        assert (count - 1) % 25_000 == 0, "whole batches of synthetic cases, or none"
