"""Hostile input on the command line, each on a fresh database: one sentence, a non-zero
exit, no traceback, nothing saved touched."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.cli_runner import Result, ok, refused, run
from tests.conftest import SampleCase, address, contents_digest
from tests.db.conftest import damage_table, digest, make_database, on_read_only_disk

HUGE = str(2**70)
YEAR = date.today().year  # new cases take this year's references


def bad_usage(result: Result) -> str:
    """argparse's refusal: exit 2, the usage, and one line saying what was wrong."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    *_, last = result.stderr.strip().splitlines()
    return last


@pytest.mark.usefixtures("sample_case")
@pytest.mark.parametrize(
    "args",
    [
        ("report", "add", "--person", HUGE, "--claim", "alive", "--event-date", "2026-01-01",
         "--source-kind", "unit"),
        ("report", "add", "--person", "1", "--claim", "alive", "--event-date", "2026-01-01",
         "--source-kind", "unit", "--derived-from", HUGE),
        ("report", "retract", "--id", HUGE, "--reason", "ошибка"),
        ("timeline", "--person", HUGE),
        ("assess", "--person", HUGE, "--status", "alive", "--confidence", "low",
         "--rationale", "звонок"),
        ("evidence", "list", "--case", "2026-0001", "--report", HUGE),
        ("search", "Шумов", "--limit", HUGE),
        ("synth", "--cases", HUGE),
        ("timeline", "--person", "0"),
        ("timeline", "--person", "-5"),
    ],
)  # fmt: skip
def test_ids_and_counts_beyond_any_record_are_refused(db_path: Path, args: tuple[str, ...]) -> None:
    before = contents_digest(db_path)
    message = bad_usage(run(db_path, *args))
    assert "is not an id" in message or "is not a whole number" in message
    assert contents_digest(db_path) == before


def test_an_event_period_ending_in_2100_is_refused(db_path: Path, sample_case: SampleCase) -> None:
    before = contents_digest(db_path)
    message = refused(
        run(
            db_path, "report", "add", "--person", str(sample_case.person_id), "--claim", "alive",
            "--event-date", "2026-04-01..2100-01-01", "--source-kind", "unit",
        )
    )  # fmt: skip
    assert message == "“2026-04-01..2100-01-01”: the period ends in the future."
    assert contents_digest(db_path) == before


@pytest.fixture
def exported_once(
    db_path: Path,
    sample_case: SampleCase,  # noqa: ARG001 (a case to export)
) -> str:
    return contents_digest(db_path)


def test_export_to_a_folder_or_a_missing_folder_is_refused(
    db_path: Path, exported_once: str, tmp_path: Path
) -> None:
    folder = tmp_path / "Документы"
    folder.mkdir()
    message = refused(run(db_path, "export", "--out", str(folder)))
    assert message == f"“{folder}” is a folder; give the name of a file in it."
    assert list(folder.iterdir()) == []
    missing = tmp_path / "нет такой папки" / "дела.xlsx"
    message = refused(run(db_path, "export", "--out", str(missing)))
    assert "does not exist" in message and str(missing.parent) in message
    assert not missing.parent.exists()
    assert refused(run(db_path, "export", "--out", "")) == "No file name was given."
    assert contents_digest(db_path) == exported_once


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_export_to_a_pipe_or_a_device_leaves_it_in_place(
    db_path: Path, exported_once: str, tmp_path: Path
) -> None:
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    targets = [pipe]
    if os.geteuid() == 0:  # a device of our own, never the system's
        device = tmp_path / "null.xlsx"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets.append(device)
    for target in targets:
        kind = stat.S_IFMT(target.stat().st_mode)
        message = refused(run(db_path, "export", "--out", str(target)))
        assert "is not an ordinary file" in message
        assert stat.S_IFMT(target.stat().st_mode) == kind
    assert sorted(tmp_path.glob("*.part")) == []
    assert contents_digest(db_path) == exported_once


def test_a_server_address_without_its_driver_says_what_to_install() -> None:
    # psycopg (3) is installed for the team's server; psycopg2 is not
    message = refused(run(None, "--db", "postgresql+psycopg2://kw:secret@localhost/cases", "check"))
    assert message == (
        "The database address needs the Python package “psycopg2-binary”, which is not "
        'installed; install it with: pip install "psycopg2-binary"'
    )


def test_a_database_on_a_read_only_disk_reads_and_refuses_writes(tmp_path: Path) -> None:
    with on_read_only_disk(tmp_path / "disk") as path:
        found = run(path, "search", "Ёлкины")
        assert found.returncode == 0, found.stderr
        assert found.stdout.startswith(f"{YEAR}-0002\tcase\t")
        assert "is read-only" in found.stderr
        message = refused(run(path, "case", "add", "--family", "Орловы"))
        assert message == (
            f"The database {path} is read-only (a read-only disk or file): it can be read, "
            "but nothing can be saved in it."
        )
        in_russian = refused(
            run(path, "case", "add", "--family", "Орловы", env={"LANG": "ru_RU.UTF-8"})
        )
        assert "доступна только для чтения" in in_russian


@pytest.mark.sqlite_only(reason="a damaged SQLite file")
def test_a_damaged_database_is_called_damaged_and_takes_no_new_case(db_path: Path) -> None:
    make_database(db_path, families=tuple(f"Семья{n}" for n in range(3)))
    damage_table(db_path, "audit_entries")
    before = digest(db_path)
    message = refused(run(db_path, "case", "add", "--family", "Орловы"))
    assert "is damaged" in message and "not a Caseworker database" not in message
    assert "backup" in message
    found = run(db_path, "search", "Семья1")
    assert found.returncode == 0 and f"{YEAR}-0002" in found.stdout
    assert "is damaged" in found.stderr
    assert digest(db_path) == before
    ok_elsewhere = db_path.with_name("other.sqlite")
    assert ok(ok_elsewhere, "case", "add", "--family", "Орловы") == f"{YEAR}-0001"


def test_a_listing_whose_reader_has_gone_ends_quietly(db_path: Path) -> None:
    """``caseworker addressee list | head -1``: head has what it wanted and has gone; the
    rest is not wanted, and "a file cannot be used" would be a false alarm."""
    ok(db_path, "addressee", "starter")
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the listing is written
    try:
        listing = subprocess.run(
            [sys.executable, "-m", "caseworker", "--db", address(db_path), "addressee", "list"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env={**os.environ, "LANG": "C"},
            check=False,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert (listing.returncode, listing.stderr) == (0, b"")
