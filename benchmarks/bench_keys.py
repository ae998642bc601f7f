"""Time the keys (issue 14): Argon2id's calibration on this machine and one unlock.

Run: ``.venv/bin/python -m benchmarks.bench_keys [--rounds N]``. Prints the calibration of
:mod:`benchmarks.bench_worklist` (before and after, since the machine may be shared), the
time Argon2id takes at the floor (64 MiB, 3 passes, 4 lanes), the parameters the calibration
chose and how long it took, then the time to make a keys file, to unlock it with the
passphrase (target 0.5-1 s) and with the recovery code, to change the passphrase, and to
derive the keys; each a median (min-max) of the rounds, in a temporary folder.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.calibration import calibration
from caseworker.security import (
    change_passphrase,
    create_keys,
    derive_keys,
    unlock,
    unlock_with_recovery,
)
from caseworker.security.access import passphrase_parameters_of
from caseworker.security.kdf import PASSPHRASE_FLOOR, RECOVERY_PARAMETERS, calibrate, stretch

PASSPHRASE = "три слова подряд"


def timed(rounds: int, work: Callable[[], Any]) -> str:
    seconds = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return (
        f"median {statistics.median(seconds) * 1000:.0f} ms "
        f"({min(seconds) * 1000:.0f}-{max(seconds) * 1000:.0f} ms, {rounds} rounds)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rounds = args.rounds
    print(calibration())
    print(
        "Argon2id at the floor (64 MiB, 3 passes, 4 lanes): "
        + timed(rounds, lambda: stretch("x", bytes(16), PASSPHRASE_FLOOR))
    )
    print(
        "Argon2id of the recovery code (19 MiB, 2 passes, 1 lane): "
        + timed(rounds, lambda: stretch("x", bytes(16), RECOVERY_PARAMETERS))
    )
    started = time.perf_counter()
    chosen = calibrate()
    print(
        f"calibration chose {chosen.memory_kib // 1024} MiB, {chosen.iterations} passes, "
        f"{chosen.lanes} lanes in {time.perf_counter() - started:.2f} s"
    )
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "cases.sqlite"
        started = time.perf_counter()
        made, code = create_keys(database, PASSPHRASE)  # calibrates again: a fresh process's
        print(f"create_keys (with calibration): {time.perf_counter() - started:.2f} s")
        stored = passphrase_parameters_of(database)
        print(
            f"stored parameters: {stored.memory_kib // 1024} MiB, {stored.iterations} passes, "
            f"{stored.lanes} lanes"
        )
        print("unlock with the passphrase: " + timed(rounds, lambda: unlock(database, PASSPHRASE)))
        print(
            "unlock with the recovery code: "
            + timed(rounds, lambda: unlock_with_recovery(database, code))
        )
        print(
            "change_passphrase: "
            + timed(rounds, lambda: change_passphrase(database, made, PASSPHRASE))
        )
        master, database_id = made._master, made.database_id
        print(
            "derive_keys (HKDF, three keys): "
            + timed(rounds * 20, lambda: derive_keys(master, database_id))
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MiB")
    print(calibration())


if __name__ == "__main__":
    main()
