"""Time starting the window on the protected 100,000-case database, unlock included.

Target (issue 14): against plain SQLite in the same run, the start with unlock takes under
1.5 s plus the key derivation.

Each run is a fresh process (:mod:`benchmarks.startup_probe`, the program's own ``ui.app.main``
in fresh settings and data folders, the interface in Russian), timed from its launch to the
first paint of the case list, as in :mod:`benchmarks.startup`. On the protected copy
(:mod:`benchmarks.protected_data`: a keys file made with the machine's calibrated Argon2id
parameters, the database encrypted with SQLCipher) the program shows its unlock dialog; the
probe types the passphrase as soon as the dialog is painted and presses Open. The key
derivation is timed apart in each run (from pressing Open to the dialog accepted: Argon2id
with the stored parameters, then HKDF), and the start without it is the rest. The plain
database and the protected one start in turns (plain, protected, plain, ...), after one
untimed start of each; the calibration and the load average are printed before and after.
The key derivation is also timed here, in this process, with the same keys file.

Run: ``.venv/bin/python -m benchmarks.bench_unlock_start [--cases 100000] [--runs 5]
[--platform offscreen|xvfb] [--priority]``.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time

from benchmarks import startup
from benchmarks.calibration import calibration
from benchmarks.protected_data import PASSPHRASE, ensure_protected
from caseworker.security import unlock
from caseworker.security.access import passphrase_parameters_of

TARGET_S = 1.5


def derivation(run: startup.Run) -> float:
    """Seconds from pressing Open to the dialog accepted (the key derivation)."""
    return run.phases["unlocked"][0] - run.phases["passphrase typed"][0]


def seconds(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):.2f} s "
        f"(min {min(values):.2f}, max {max(values):.2f}, {len(values)} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", choices=("offscreen", "xvfb"), default="offscreen")
    parser.add_argument("--priority", action="store_true", help="nice -10, as startup.py")
    args = parser.parse_args()
    plain, protected = ensure_protected(args.cases)
    stored = passphrase_parameters_of(protected)
    print(
        f"{args.cases} cases: plain {plain.stat().st_size / 1e6:.0f} MB, protected "
        f"{protected.stat().st_size / 1e6:.0f} MB; its passphrase slot: Argon2id "
        f"{stored.memory_kib // 1024} MiB, {stored.iterations} passes, {stored.lanes} lanes"
    )
    print(calibration())
    print(f"before: {startup.load()}")
    apart = []
    for _ in range(3):
        started = time.perf_counter()
        unlock(protected, PASSPHRASE)
        apart.append(time.perf_counter() - started)
    print(f"key derivation in this process (unlock): {seconds(apart)}")
    with contextlib.ExitStack() as stack:
        if args.priority:
            startup.PRIORITY[:] = ["nice", "-n", "-10"]
            stack.enter_context(startup.session_priority(-10))
        display = stack.enter_context(startup.xvfb()) if args.platform == "xvfb" else None
        environment = startup.child_environment(args.platform, display)
        environment.pop("CASEWORKER_BACKUP_DIR", None)
        with_passphrase = {**environment, "PROBE_PASSPHRASE": PASSPHRASE}
        # Not timed: writes the compiled modules and warms the page cache.
        startup.start_once(plain, "cases", environment)
        startup.start_once(protected, "cases", with_passphrase)
        plain_runs, protected_runs = [], []
        for _ in range(args.runs):
            plain_runs.append(startup.start_once(plain, "cases", environment))
            protected_runs.append(startup.start_once(protected, "cases", with_passphrase))
    print(f"after: {startup.load()}")
    print(calibration())
    print(f"start-up under {args.platform}" + (", nice -10" if args.priority else ""))
    print(startup.describe("plain", plain_runs))
    print(startup.describe("protected, unlock included", protected_runs))
    plain_s = [run.seconds for run in plain_runs]
    total = [run.seconds for run in protected_runs]
    derived = [derivation(run) for run in protected_runs]
    without = [run.seconds - derivation(run) for run in protected_runs]
    dialog = [run.phases["unlock dialog"][0] for run in protected_runs]
    print(f"  unlock dialog painted at {seconds(dialog)}")
    print(f"  key derivation (Open pressed to accepted) {seconds(derived)}")
    print(f"  start without the key derivation {seconds(without)}")
    processor = [
        run.processor - (run.phases["unlocked"][1] - run.phases["passphrase typed"][1])
        for run in protected_runs
    ]
    plain_processor = [run.processor for run in plain_runs]
    print(
        f"  processor time without the key derivation {seconds(processor)}; plain "
        f"{seconds(plain_processor)}"
    )
    ratio = statistics.median(without) / statistics.median(plain_s)
    verdict = "within" if statistics.median(without) < TARGET_S else "OVER"
    print(
        f"protected start {statistics.median(total):.2f} s = "
        f"{statistics.median(without):.2f} s + key derivation {statistics.median(derived):.2f} s "
        f"({verdict} the target {TARGET_S} s + key derivation); without it "
        f"{ratio:.2f}x the plain start ({statistics.median(plain_s):.2f} s)"
    )


if __name__ == "__main__":
    main()
