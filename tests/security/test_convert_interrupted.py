"""A conversion of the demo database killed at any point (SIGKILL: nothing of it cleans up)
leaves the plain database whole, or, once its keys file is in place, the protected one; the
next open puts it right, and a second conversion then succeeds."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseworker.security import keys_path
from caseworker.security.convert import encrypt_plain_database
from tests.security.convert_demo import PASSPHRASE, make_demo
from tests.security.test_convert import assert_plain_intact, assert_protected, row_counts

ROOT = Path(__file__).resolve().parents[2]
#: The steps a conversion of the demo database (three evidence files) reports, in order.
STEPS = (
    "staging",
    "keys",
    "database",
    "file",
    "file",
    "file",
    "verified",
    "plain database aside",
    "plain vault aside",
    "sealed vault placed",
    "encrypted database placed",
    "keys placed",
    "plain files removed",
)
COMMIT = STEPS.index("keys placed") + 1


def convert_in_process(database: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.security.convert_demo", str(database), str(kill_at)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_steps_are_these(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    make_demo(database, tmp_path)
    finished = convert_in_process(database, 0)
    assert finished.returncode == 0, finished.stderr
    assert tuple(finished.stdout.split("\n")[:-1]) == STEPS


@pytest.mark.parametrize("kill_at", range(1, len(STEPS) + 1))
def test_killed_at_a_step(tmp_path: Path, kill_at: int) -> None:
    database = tmp_path / "demo.sqlite"
    stored = make_demo(database, tmp_path)
    rows = row_counts(database)
    killed = convert_in_process(database, kill_at)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    if kill_at < COMMIT:
        assert_plain_intact(database, stored, rows)
        encrypt_plain_database(database, PASSPHRASE)
    else:
        assert keys_path(database).is_file()
    assert_protected(database, stored, rows)


@pytest.mark.parametrize("seed", range(3))
def test_killed_at_a_random_moment(tmp_path: Path, seed: int) -> None:
    database = tmp_path / "demo.sqlite"
    stored = make_demo(database, tmp_path)
    rows = row_counts(database)
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.security.convert_demo", str(database), "0"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(random.Random(seed).uniform(0.2, 2.0))  # the interpreter's start included
    process.kill()
    process.wait()
    if not keys_path(database).is_file():
        assert_plain_intact(database, stored, rows)
        encrypt_plain_database(database, PASSPHRASE)
    assert_protected(database, stored, rows)


def test_a_conversion_under_way_elsewhere_is_not_undone(tmp_path: Path) -> None:
    from caseworker.db import open_database
    from caseworker.errors import DatabaseError
    from caseworker.security.convert_swap import LOCK, staging_of

    database = tmp_path / "demo.sqlite"
    make_demo(database, tmp_path)
    staging = staging_of(database)
    staging.mkdir()
    (staging / "partial").write_bytes(b"half a copy")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys; d = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT); "
            "fcntl.flock(d, fcntl.LOCK_EX); print('held', flush=True); sys.stdin.read()",
            str(staging / LOCK),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(DatabaseError, match="by another window or program"):
            open_database(str(database))
        assert (staging / "partial").exists()
    finally:
        holder.communicate("")
    open_database(str(database)).dispose()  # the holder is gone: undone now
    assert not staging.exists()
