"""Time a backup of the 100,000-case database (issue 14): target under 30 s.

The database is :func:`benchmarks.case_desk_data.ensure_database`'s (made once; a few
minutes). Each round backs it up into a new, empty folder on the same disk (one step of
SQLite's online backup, the integrity check and row counts of the copy, its SHA-256, the
manifest and the rename); the phases are timed in a separate pass. A second backup of the
unchanged database into the same folder shows the idempotent case (the copy and the check are
made, then found identical to the newest backup and discarded).

Run: ``.venv/bin/python -m benchmarks.bench_backup [--rounds 3] [--cases 100000]``.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_worklist import calibration
from benchmarks.case_desk_data import DATA, ensure_database
from caseworker.backup.copy import connect_plain, copy_database, verify_copy
from caseworker.backup.make import make_backup, sha256_of

TARGET_S = 30.0


def phases(database: Path, folder: Path) -> dict[str, float]:
    """The copy, the verification and the hash, each timed on its own."""
    copy = folder / "phases.sqlite"
    started = time.perf_counter()
    source = connect_plain(database, True)
    target = connect_plain(copy, False)
    counts = copy_database(source, target)
    target.close()
    source.close()
    copied = time.perf_counter()
    verify_copy(copy, counts, connect_plain)
    verified = time.perf_counter()
    sha256_of(copy)
    hashed = time.perf_counter()
    copy.unlink()
    return {
        "one-step copy": copied - started,
        "integrity check + counts": verified - copied,
        "SHA-256 of the copy": hashed - verified,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    database = ensure_database(args.cases)
    size = database.stat().st_size
    with sqlite3.connect(database) as connection:
        cases = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
    print(calibration())
    print(f"database: {database.name}, {size / 1e6:.0f} MB, {cases:,} cases")
    timings, again = [], []
    with tempfile.TemporaryDirectory(dir=DATA, prefix="bench-backup-") as scratch:
        for number in range(args.rounds):
            root = Path(scratch) / f"round-{number}"
            started = time.perf_counter()
            result = make_backup(database, root)
            timings.append(time.perf_counter() - started)
            assert result.made
            started = time.perf_counter()
            second = make_backup(database, root)
            again.append(time.perf_counter() - started)
            assert not second.made
            shutil.rmtree(root)
        split = phases(database, Path(scratch))
    print(
        f"backup: median {statistics.median(timings):.1f} s, "
        f"best {min(timings):.1f} s of {args.rounds} (target < {TARGET_S:.0f} s)"
    )
    print(f"the same again (nothing new kept): median {statistics.median(again):.1f} s")
    print("phases: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in split.items()))


if __name__ == "__main__":
    main()
