"""Time adding a 1 GB file to the evidence vault against ``cp`` plus ``sha256sum`` (issue 4).

Target: the vault runs at no less than 70 % of the speed of ``cp`` + ``sha256sum`` of the same
file on the same disk, as a ratio measured in one run.

The vault does more than ``cp``: it hashes while copying and flushes the copy to the disk
(``fsync``) before giving it its name, so that a crash cannot leave a half-written file.
``cp`` leaves its copy in the page cache, so the ratio is also shown against
``cp`` + ``sync`` + ``sha256sum``, which is the same amount of work.

Run: ``.venv/bin/python -m benchmarks.bench_evidence_add [--size-mb 1024] [--rounds 3]
[--dir DIR]``. The file is generated in chunks in a temporary folder under ``--dir``
(default ``benchmarks/data``, on the same disk as the vault it is added to) and removed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.calibration import calibration
from caseworker.vault import EvidenceVault

ROOT = Path(__file__).resolve().parents[1]
TARGET = 0.70
MB = 1024 * 1024


def generate(path: Path, size_mb: int) -> None:
    """Incompressible content, different in every megabyte, written 1 MB at a time."""
    block = bytearray(os.urandom(MB))
    with path.open("wb") as out:
        for number in range(size_mb):
            block[:8] = number.to_bytes(8, "big")
            out.write(block)
        out.flush()
        os.fsync(out.fileno())


def timed(action: Callable[..., object], *args: object, **kwargs: object) -> float:
    start = time.perf_counter()
    action(*args, **kwargs)
    return time.perf_counter() - start


def cp_and_sha256sum(source: Path, target: Path, *, sync: bool) -> None:
    subprocess.run(["cp", str(source), str(target)], check=True)
    if sync:
        subprocess.run(["sync", str(target)], check=True)
    subprocess.run(["sha256sum", str(target)], check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=ROOT / "benchmarks" / "data")
    options = parser.parse_args()
    print(calibration(), flush=True)
    for tool in ("cp", "sha256sum", "sync"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed for this benchmark")
    options.dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=options.dir, prefix="bench-evidence-") as scratch:
        folder = Path(scratch)
        source = folder / "video.mp4"
        generate(source, options.size_mb)
        plain: list[float] = []
        synced: list[float] = []
        vault_times: list[float] = []
        for round_ in range(options.rounds):
            copy = folder / f"copy-{round_}"
            plain.append(timed(cp_and_sha256sum, source, copy, sync=False))
            copy.unlink()
            synced.append(timed(cp_and_sha256sum, source, copy, sync=True))
            copy.unlink()
            vault = EvidenceVault(folder / f"vault-{round_}.evidence")
            vault_times.append(timed(vault.store_file, source))
            shutil.rmtree(vault.root)
            subprocess.run(["sync"], check=True)
    best = {"cp + sha256sum": min(plain), "cp + sync + sha256sum": min(synced)}
    vault_best = min(vault_times)
    size = options.size_mb * MB
    print(f"file: {options.size_mb} MB, {options.rounds} rounds, best of each")
    for name, seconds in best.items():
        print(f"{name:>24}: {seconds:6.2f} s  ({size / seconds / MB:7.0f} MB/s)")
    rate = size / vault_best / MB
    print(f"{'vault (copy+hash+fsync)':>24}: {vault_best:6.2f} s  ({rate:7.0f} MB/s)")
    print(f"{'vault median':>24}: {statistics.median(vault_times):6.2f} s")
    strict = best["cp + sha256sum"] / vault_best
    fair = best["cp + sync + sha256sum"] / vault_best
    verdict = "meets" if strict >= TARGET else "misses"
    print(f"ratio against cp + sha256sum:        {strict:.0%} ({verdict} the {TARGET:.0%} target)")
    print(f"ratio against cp + sync + sha256sum: {fair:.0%}")


if __name__ == "__main__":
    main()
