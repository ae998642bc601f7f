"""The database is copied in one step, with its rows counted in the same snapshot, and a
writer in another process cannot make the copy restart."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseworker.backup.copy import Connect, connect_plain, copy_database, count_rows, verify_copy
from caseworker.backup.errors import BackupDamaged
from caseworker.backup.make import BackupResult, make_backup
from caseworker.backup.restore import verify_backup
from caseworker.db import cipher

WRITER = """
import sys, pathlib
db, go, stop, key = sys.argv[1:5]
if key:  # the tests run encrypted: the same key, as another program would give it
    import sqlcipher3 as driver
else:
    import sqlite3 as driver
connection = driver.connect(db, isolation_level=None, timeout=30)
if key:
    connection.execute(key)  # the PRAGMA key statement
connection.execute("PRAGMA journal_mode = WAL")
connection.execute("CREATE TABLE IF NOT EXISTS noise (id INTEGER PRIMARY KEY, body TEXT)")
number = 0
while not pathlib.Path(stop).exists():
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO noise (body) VALUES (?)", ("x" * 2000,))
    connection.execute("UPDATE noise SET body = body WHERE id = abs(random()) % 50 + 1")
    connection.execute("COMMIT")
    number += 1
    if number == 200:
        pathlib.Path(go).write_text("writing")
"""


def _plain_database(path: Path, rows: int = 3000) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, body TEXT)")
    connection.executemany("INSERT INTO items (body) VALUES (?)", [("y" * 500,)] * rows)
    connection.close()


def test_a_step_by_step_copy_restarts_under_a_writer_where_ours_finishes(tmp_path: Path) -> None:
    """The contrast, without timing: a write by another connection between the steps of a
    copy of 5 pages a step starts it again, every time; the one-step copy cannot be."""
    path = tmp_path / "source.sqlite"
    _plain_database(path)
    source = connect_plain(path, True)
    writer = sqlite3.connect(path, isolation_level=None)
    steps = 0

    def write_between_steps(_status: int, _remaining: int, _total: int) -> None:
        nonlocal steps
        steps += 1
        writer.execute("INSERT INTO items (body) VALUES ('z')")
        if steps > 2000:  # the database has about 400 pages: 80 steps would do
            raise RuntimeError("never finishes")

    with pytest.raises(RuntimeError, match="never finishes"):
        steps_copy = sqlite3.connect(tmp_path / "steps.sqlite")
        source.backup(steps_copy, pages=5, progress=write_between_steps)
    target = sqlite3.connect(tmp_path / "one-step.sqlite", isolation_level=None)
    writer.execute("INSERT INTO items (body) VALUES ('z')")
    counts = copy_database(source, target)
    target.close()
    writer.execute("INSERT INTO items (body) VALUES ('z')")
    verify_copy(tmp_path / "one-step.sqlite", counts, connect_plain)
    assert counts["items"] == 3000 + steps + 1


def test_the_counts_are_of_the_copied_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "source.sqlite"
    _plain_database(path, rows=10)
    source = connect_plain(path, True)
    target = sqlite3.connect(tmp_path / "copy.sqlite", isolation_level=None)
    counts = copy_database(source, target)
    target.close()
    assert counts == {"items": 10}
    copy = connect_plain(tmp_path / "copy.sqlite", True)
    assert count_rows(copy) == counts
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def _noise(filled: Path, connect: Connect) -> int:
    connection = connect(filled, True)
    try:
        return int(connection.execute("SELECT count(*) FROM noise").fetchone()[0])
    finally:
        connection.close()


def _wait_for_more_noise(filled: Path, connect: Connect, than: int) -> None:
    """Wait until the writer has added rows beyond ``than`` (no timing asserted: a minute's
    grace for a loaded machine)."""
    deadline = time.monotonic() + 60
    while _noise(filled, connect) <= than:
        assert time.monotonic() < deadline, "the writer wrote nothing for a minute"
        time.sleep(0.05)


def test_a_backup_finishes_while_another_process_writes_all_the_time(
    tmp_path: Path, filled: Path, connect: Connect, database_key: bytes | None
) -> None:
    go, stop = tmp_path / "go", tmp_path / "stop"
    key = cipher.key_statement(database_key) if database_key else ""
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(filled), str(go), str(stop), key])
    try:
        deadline = time.monotonic() + 60
        while not go.exists():
            assert writer.poll() is None, "the writer stopped"
            assert time.monotonic() < deadline, "the writer never started"
            time.sleep(0.05)
        made: list[BackupResult] = []
        for _ in range(3):
            if made:  # the writer has written since: on a busy machine it may lag behind
                _wait_for_more_noise(filled, connect, made[-1].backup.manifest.counts["noise"])
            made.append(make_backup(filled, tmp_path / "backups", connect=connect))
            verify_backup(made[-1].backup.path, connect)  # the next one rotates it away: same day
        assert writer.poll() is None, "the writer stopped during the backups"
        _wait_for_more_noise(filled, connect, made[-1].backup.manifest.counts["noise"])
    finally:
        stop.write_text("stop")
        writer.wait(timeout=60)
    assert writer.returncode == 0
    rows = [result.backup.manifest.counts["noise"] for result in made]
    assert rows[0] >= 200 and rows[0] < rows[1] < rows[2]  # written to all along
    assert all(result.made for result in made)
    connection = connect(filled, True)
    assert connection.execute("SELECT count(*) FROM noise").fetchone()[0] > rows[2]
    connection.close()


def test_a_damaged_copy_fails_verification(tmp_path: Path) -> None:
    path = tmp_path / "source.sqlite"
    _plain_database(path)
    bad = tmp_path / "bad.sqlite"
    source = connect_plain(path, True)
    target = sqlite3.connect(bad, isolation_level=None)
    counts = copy_database(source, target)
    target.close()
    data = bytearray(bad.read_bytes())
    data[4096 * 3 : 4096 * 3 + 12] = b"\xff" * 12  # the header of a table's page
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged):
        verify_copy(bad, counts, connect_plain)
    with pytest.raises(BackupDamaged, match="items"):
        verify_copy(tmp_path / "source.sqlite", {"items": 1}, connect_plain)
