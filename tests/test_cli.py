"""The command line, run as a user runs it: ``python -m caseworker`` in a subprocess."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(
    db_path: Path | None, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "CASEWORKER_DB"}
    environment["CASEWORKER_USER"] = "tester"
    environment.update(env or {})
    command = [sys.executable, "-m", "caseworker"]
    if db_path is not None:
        command += ["--db", str(db_path)]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, env=environment, timeout=120
    )


def ok(db_path: Path, *args: str) -> str:
    result = run(db_path, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one-sentence error of an exit-1 refusal (never a traceback)."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message and "\n" not in message
    return message


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
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute(
            "SELECT id, derived_from_id, reliability, credibility, retraction_reason,"
            " event_from, event_to FROM reports ORDER BY id"
        ).fetchall()
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
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE cases SET persons_label = 'Кто-то', persons_sort = 'кто-то'")
        connection.execute(
            "DELETE FROM search_entries WHERE kind = 'person' AND entity_id = ?", (person_id,)
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
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM reports").fetchone() == (0,)


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
