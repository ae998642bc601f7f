"""A protected copy of the case desk's database: encrypted, with a keys file beside it.

The copy is what "Encrypt this database" leaves: a keys file (``<file>.keys``) made by
:func:`caseworker.security.create_keys` with the passphrase below (its Argon2id parameters
calibrated on this machine when it is made, as for a caseworker), and the database encrypted
by :func:`caseworker.db.encrypt.encrypt_database` with the database key derived from its
master key. Made once under ``benchmarks/data/`` (about a minute for 100,000 cases) and
reused; the unlock benchmarks open it with :data:`PASSPHRASE`.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from benchmarks.case_desk_data import ensure_database
from caseworker.db.encrypt import encrypt_database
from caseworker.security import create_keys, keys_path

#: The benchmark databases' passphrase (fictional; they hold synthetic data only).
PASSPHRASE = "три слова подряд для замера"


def protected_path(cases_count: int) -> Path:
    plain = ensure_database(cases_count)
    return plain.with_name(plain.stem + ".protected.sqlite")


def ensure_protected(cases_count: int = 100_000) -> tuple[Path, Path]:
    """The case desk's plain database of ``cases_count`` cases and its protected copy
    (made if missing). Raises what ``create_keys`` and ``encrypt_database`` raise."""
    plain = ensure_database(cases_count)
    protected = protected_path(cases_count)
    if protected.exists() and keys_path(protected).is_file():
        return plain, protected
    partial = protected.with_name(protected.stem + ".partial.sqlite")
    for leftover in (protected, keys_path(protected), partial, keys_path(partial)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    started = time.perf_counter()
    unlocked, _code = create_keys(partial, PASSPHRASE)
    encrypt_database(plain, partial, unlocked.keys.database)
    keys_path(partial).rename(keys_path(protected))
    partial.rename(protected)
    print(f"protected copy made in {time.perf_counter() - started:.1f} s (once)")
    return plain, protected


if __name__ == "__main__":
    for path in ensure_protected():
        print(path)
