"""Time a backup of the 100,000-case database (issue 14): target under 30 s.

The plain database is :func:`benchmarks.case_desk_data.ensure_database`'s and the encrypted
one its SQLCipher copy from :func:`benchmarks.bench_encrypted_db.ensure_databases` (each made
once; minutes). Each round backs a database up into a new, empty folder on the same disk
(one step of SQLite's online backup, the integrity check and row counts of the copy, its
SHA-256, the manifest and the rename); the phases are timed in a separate pass. A second
backup at once into the same folder shows the idempotent case (the copy and the check are
made, then found the same as the newest backup and discarded; an encrypted copy is the same
only within the same minute).

Run: ``.venv/bin/python -m benchmarks.bench_backup [--rounds 3] [--cases 100000] [--plain]``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_encrypted_db import KEY, ensure_databases
from benchmarks.calibration import calibration
from benchmarks.case_desk_data import DATA, ensure_database
from caseworker.backup.copy import Connect, connect_for, copy_database, verify_copy
from caseworker.backup.make import make_backup, sha256_of

TARGET_S = 30.0


def phases(database: Path, folder: Path, connect: Connect) -> dict[str, float]:
    """The copy, the verification and the hash, each timed on its own."""
    copy = folder / "phases.sqlite"
    started = time.perf_counter()
    source = connect(database, True)
    target = connect(copy, False)
    counts = copy_database(source, target)
    target.close()
    source.close()
    copied = time.perf_counter()
    verify_copy(copy, counts, connect)
    verified = time.perf_counter()
    sha256_of(copy)
    hashed = time.perf_counter()
    copy.unlink()
    return {
        "one-step copy": copied - started,
        "integrity check + counts": verified - copied,
        "SHA-256 of the copy": hashed - verified,
    }


def bench(name: str, database: Path, connect: Connect, rounds: int) -> None:
    size = database.stat().st_size
    timings, again, made_again = [], [], []
    with tempfile.TemporaryDirectory(dir=DATA, prefix="bench-backup-") as scratch:
        for number in range(rounds):
            root = Path(scratch) / f"round-{number}"
            started = time.perf_counter()
            result = make_backup(database, root, connect=connect)
            timings.append(time.perf_counter() - started)
            assert result.made
            cases = result.backup.manifest.counts["cases"]
            started = time.perf_counter()
            made_again.append(make_backup(database, root, connect=connect).made)
            again.append(time.perf_counter() - started)
            shutil.rmtree(root)
        split = phases(database, Path(scratch), connect)
    print(f"{name}: {database.name}, {size / 1e6:.0f} MB, {cases:,} cases")
    print(
        f"  backup: median {statistics.median(timings):.1f} s, "
        f"best {min(timings):.1f} s of {rounds} (target < {TARGET_S:.0f} s)"
    )
    print(
        f"  the same again at once: median {statistics.median(again):.1f} s, "
        f"a second backup kept {sum(made_again)} time(s) of {rounds}"
    )
    print("  phases: " + ", ".join(f"{key} {seconds:.1f} s" for key, seconds in split.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--plain", action="store_true", help="the plain database only")
    args = parser.parse_args()
    print(calibration())
    if args.plain:
        bench("plain", ensure_database(args.cases), connect_for(None), args.rounds)
        return
    plain, encrypted = ensure_databases(args.cases)
    bench("plain", plain, connect_for(None), args.rounds)
    bench("encrypted", encrypted, connect_for(KEY), args.rounds)


if __name__ == "__main__":
    main()
