"""Time sealing a 1 GB file (AES-256-GCM chunks, SHA-256, fsync) against ``cp`` + ``sha256sum``.

Target (issue 14): adding a file to the encrypted vault runs at no less than 70 % of the
speed of ``cp`` plus ``sha256sum`` on the same file, as a ratio of throughputs measured in
one run (best of the rounds of each).

Sealing does what the vault will do: read the file once, hash the plaintext and encrypt it
in the same pass (:func:`caseworker.vault.sealed.seal_stream`), write the sealed file on the
same disk and flush it (``fsync``) before it could be given its name. ``cp`` leaves its copy
in the page cache, so the ratio is also shown against ``cp`` + ``sync`` + ``sha256sum``. The
source is read once before each timed run, so that every run finds it in the page cache
alike, and the disk is synced after each, so that no run waits for another's writes.

Also shown: adding the file to a :class:`caseworker.vault.sealed_store.SealedVault` (the
same sealing, plus the vault's checks of the source and the rename), and checking a sealed
file (:func:`caseworker.vault.sealed.plaintext_sha256`, every chunk decrypted and verified)
against ``sha256sum`` of the plain file.

Run: ``.venv/bin/python -m benchmarks.bench_sealed [--size 1024] [--rounds 3] [--dir DIR]``
(``--size`` in MB). The file is generated in a temporary folder under ``--dir`` (default
``benchmarks/data``) and removed with everything written.
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

from benchmarks.bench_evidence_add import generate
from benchmarks.calibration import calibration
from caseworker.security.keys import derive_keys
from caseworker.vault.sealed import EarlyWriteback, plaintext_sha256, seal_stream
from caseworker.vault.sealed_store import SealedVault

ROOT = Path(__file__).resolve().parents[1]
TARGET = 0.70
MB = 1024 * 1024
KEY = bytes(range(32))


def warm(path: Path) -> None:
    """Read ``path`` through, so that it is in the page cache for the run that follows."""
    with path.open("rb", buffering=0) as reader:
        buffer = bytearray(8 * MB)
        while reader.readinto(buffer):
            pass


def timed(action: Callable[..., object], *args: object, **kwargs: object) -> float:
    started = time.perf_counter()
    action(*args, **kwargs)
    return time.perf_counter() - started


def cp_and_sha256sum(source: Path, target: Path, *, sync: bool) -> None:
    subprocess.run(["cp", str(source), str(target)], check=True)
    if sync:
        subprocess.run(["sync", str(target)], check=True)
    subprocess.run(["sha256sum", str(target)], check=True, stdout=subprocess.DEVNULL)


def cp_and_openssl(source: Path, target: Path) -> None:
    """A stricter yardstick: ``openssl dgst -sha256`` uses the processor's SHA instructions,
    which coreutils' ``sha256sum`` built without OpenSSL does not."""
    subprocess.run(["cp", str(source), str(target)], check=True)
    subprocess.run(
        ["openssl", "dgst", "-sha256", str(target)], check=True, stdout=subprocess.DEVNULL
    )


def sha256sum(path: Path) -> None:
    subprocess.run(["sha256sum", str(path)], check=True, stdout=subprocess.DEVNULL)


def seal(source: Path, target: Path, *, early: bool = True) -> None:
    """Seal ``source`` into a new ``target`` as the vault will: unbuffered, writeback started
    every 16 MB (``early``), then fsync."""
    with source.open("rb", buffering=0) as reader:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb", buffering=0) as out:
            writer = EarlyWriteback(out) if early else out
            seal_stream(reader, writer, KEY, size_hint=source.stat().st_size)
            os.fsync(out.fileno())


def settle() -> None:
    subprocess.run(["sync"], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=1024, help="file size in MB")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=ROOT / "benchmarks" / "data")
    options = parser.parse_args()
    for tool in ("cp", "sha256sum", "sync"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed for this benchmark")
    has_openssl = shutil.which("openssl") is not None
    print(calibration())
    options.dir.mkdir(parents=True, exist_ok=True)
    times: dict[str, list[float]] = {
        "cp + sha256sum": [],
        "cp + sync + sha256sum": [],
        "cp + openssl sha256": [],
        "seal (hash+encrypt+fsync)": [],
        "seal, fsync at the end only": [],
        "SealedVault.store_file": [],
        "sha256sum (plain)": [],
        "check sealed (decrypt+hash)": [],
    }
    with tempfile.TemporaryDirectory(dir=options.dir, prefix="bench-sealed-") as scratch:
        folder = Path(scratch)
        source = folder / "video.mp4"
        generate(source, options.size)
        settle()
        for round_ in range(options.rounds):
            copy = folder / f"copy-{round_}"
            sealed = folder / f"sealed-{round_}"
            warm(source)
            times["cp + sha256sum"].append(timed(cp_and_sha256sum, source, copy, sync=False))
            copy.unlink()
            settle()
            if has_openssl:
                warm(source)
                times["cp + openssl sha256"].append(timed(cp_and_openssl, source, copy))
                copy.unlink()
                settle()
            warm(source)
            times["cp + sync + sha256sum"].append(timed(cp_and_sha256sum, source, copy, sync=True))
            copy.unlink()
            settle()
            warm(source)
            times["seal (hash+encrypt+fsync)"].append(timed(seal, source, sealed))
            sealed.unlink()
            settle()
            warm(source)
            times["seal, fsync at the end only"].append(timed(seal, source, sealed, early=False))
            settle()
            vault = SealedVault(folder / f"vault-{round_}.evidence", derive_keys(KEY, bytes(16)))
            warm(source)
            times["SealedVault.store_file"].append(timed(vault.store_file, source))
            shutil.rmtree(vault.root)
            settle()
            warm(source)
            times["sha256sum (plain)"].append(timed(sha256sum, source))
            warm(sealed)
            times["check sealed (decrypt+hash)"].append(timed(plaintext_sha256, sealed, KEY))
            sealed.unlink()
            settle()
    size = options.size * MB
    best = {name: min(values) for name, values in times.items() if values}
    print(f"file: {options.size} MB, {options.rounds} rounds, best of each")
    for name, seconds in best.items():
        rounds = ", ".join(f"{value:.2f}" for value in times[name])
        print(f"{name:>28}: {seconds:6.2f} s ({size / seconds / MB:5.0f} MB/s)  [{rounds}]")
    sealing = best["seal (hash+encrypt+fsync)"]
    strict = best["cp + sha256sum"] / sealing
    fair = best["cp + sync + sha256sum"] / sealing
    check = best["sha256sum (plain)"] / best["check sealed (decrypt+hash)"]
    verdict = "meets" if strict >= TARGET else "misses"
    print(f"ratio sealing / cp + sha256sum:        {strict:.2f} ({verdict} {TARGET:.2f})")
    print(f"ratio sealing / cp + sync + sha256sum: {fair:.2f}")
    late = best["cp + sha256sum"] / best["seal, fsync at the end only"]
    print(f"ratio sealing (fsync at the end only) / cp + sha256sum: {late:.2f}")
    vault_ratio = best["cp + sha256sum"] / best["SealedVault.store_file"]
    print(f"ratio SealedVault.store_file / cp + sha256sum: {vault_ratio:.2f}")
    middle = {name: statistics.median(values) for name, values in times.items() if values}
    vault_median = middle["cp + sha256sum"] / middle["SealedVault.store_file"]
    verdict = "meets" if vault_median >= TARGET else "misses"
    print(
        f"ratio SealedVault.store_file / cp + sha256sum, medians "
        f"({middle['SealedVault.store_file']:.2f} s / {middle['cp + sha256sum']:.2f} s): "
        f"{vault_median:.2f} ({verdict} {TARGET:.2f})"
    )
    if has_openssl:
        openssl = best["cp + openssl sha256"] / sealing
        print(f"ratio sealing / cp + openssl sha256:   {openssl:.2f}")
    print(f"ratio checking a sealed file / sha256sum of the plain one: {check:.2f}")
    print(calibration())


if __name__ == "__main__":
    main()
