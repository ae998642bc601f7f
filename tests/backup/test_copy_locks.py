"""Opening the window's own database for a backup keeps the window's locks.

POSIX drops every lock a process holds on a file when it closes ANY descriptor of that file.
Reading the database's first bytes with a plain ``open()`` in the window's process (to tell
an encrypted file) therefore dropped the locks of the window's connections: another program
could then take the database (a restore swapping it, a last connection deleting the
write-ahead log the window still writes to). SQLite's own opens of the file keep them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from caseworker.backup.copy import connect_plain

#: Another program: may it lock the database for itself, now, without waiting?
_PROBE = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA busy_timeout = 0")
try:
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    connection.execute("COMMIT")
    print("taken")
except sqlite3.OperationalError:
    print("refused")
"""


def _taken_elsewhere(path: Path) -> bool:
    found = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True, check=True
    )
    return found.stdout.strip() == "taken"


def test_a_backup_connection_keeps_the_windows_locks(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite"
    window = sqlite3.connect(path)  # the window's connection, idle between its reads
    try:
        window.execute("PRAGMA journal_mode = WAL")
        window.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY)")
        window.commit()
        window.execute("SELECT count(*) FROM cases").fetchall()
        assert not _taken_elsewhere(path)
        for read_only in (True, False):
            copying = connect_plain(path, read_only)
            copying.execute("SELECT count(*) FROM cases").fetchall()
            copying.close()
            assert not _taken_elsewhere(path)
    finally:
        window.close()
