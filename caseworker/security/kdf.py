"""Argon2id: its parameters, the calibration of a passphrase's parameters, stretching.

A passphrase is stretched with Argon2id (``cryptography``'s, from OpenSSL) into the key that
wraps the master key in its slot. The parameters are chosen once, when the slot is made, so
that one unlock takes about 0.5-1 s on the machine (:func:`calibrate`), and are stored in the
slot: a later, faster or slower machine unlocks with the same ones.

The floor (:data:`PASSPHRASE_FLOOR`: 64 MiB, 3 passes, 4 lanes, the second recommended option
of RFC 9106) holds whatever the measurement says, so a fast machine or a noisy measurement
never picks weak parameters; a slow machine gets the floor even if it takes longer than a
second. Above the floor memory grows first (to :data:`MEMORY_CAP_KIB`, 256 MiB), then passes:
memory is what makes guessing on graphics cards dear.

Tests stretch with :data:`TEST_PARAMETERS` through :func:`use_parameters`; nothing else may.
"""

from __future__ import annotations

import functools
import os
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

KEY_LENGTH = 32
SALT_LENGTH = 16
#: The target of one unlock, in seconds.
TARGET_SECONDS = 0.75
MEMORY_CAP_KIB = 256 * 1024
ITERATIONS_CAP = 20


@dataclass(frozen=True)
class Argon2Parameters:
    """Argon2id's cost: memory in KiB, passes over it, and lanes (parallelism)."""

    memory_kib: int
    iterations: int
    lanes: int

    def as_json(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    def sane(self) -> bool:
        """Within what Argon2id takes (8 KiB a lane at least) and :data:`SANE_LIMIT`."""
        return (
            8 * self.lanes <= self.memory_kib <= SANE_LIMIT.memory_kib
            and 1 <= self.iterations <= SANE_LIMIT.iterations
            and 1 <= self.lanes <= SANE_LIMIT.lanes
        )


#: Never less than this for a passphrase (RFC 9106, second recommended option).
PASSPHRASE_FLOOR = Argon2Parameters(memory_kib=64 * 1024, iterations=3, lanes=4)
#: The recovery code's: it carries 110 random bits, so stretching adds nothing a guesser could
#: feel (2**110 guesses at any cost are out of reach); Argon2id is kept for one code path and
#: as a margin, at OWASP's minimum for a password (19 MiB, 2 passes).
RECOVERY_PARAMETERS = Argon2Parameters(memory_kib=19 * 1024, iterations=2, lanes=1)
#: For tests only (through :func:`use_parameters`): 1 MiB, one pass.
TEST_PARAMETERS = Argon2Parameters(memory_kib=1024, iterations=1, lanes=1)
#: What a keys file may ask for before it is taken as damaged (a file asking for 1 TiB would
#: otherwise stop the program).
SANE_LIMIT = Argon2Parameters(memory_kib=4 * 1024 * 1024, iterations=1000, lanes=64)

_override: Argon2Parameters | None = None


def stretch(secret: str, salt: bytes, parameters: Argon2Parameters) -> bytes:
    """The 32-byte key Argon2id makes of ``secret`` (normalised to NFC, UTF-8) and ``salt``.

    Raises ValueError for parameters outside what Argon2id or :data:`SANE_LIMIT` allows.
    """
    if not parameters.sane():
        raise ValueError("Argon2id parameters out of range")
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=parameters.iterations,
        lanes=parameters.lanes,
        memory_cost=parameters.memory_kib,
    ).derive(normalized(secret))


def normalized(secret: str) -> bytes:
    """A passphrase as bytes: NFC, so that "й" typed as one or as two code points is one key."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def new_salt() -> bytes:
    return os.urandom(SALT_LENGTH)


def passphrase_parameters() -> Argon2Parameters:
    """The parameters for a new passphrase slot: the machine's calibration (measured once per
    process), or what :func:`use_parameters` set."""
    return _override if _override is not None else _calibrated()


def recovery_parameters() -> Argon2Parameters:
    return _override if _override is not None else RECOVERY_PARAMETERS


@contextmanager
def use_parameters(parameters: Argon2Parameters) -> Iterator[None]:
    """Stretch every new slot with ``parameters`` inside the block (tests: cheap ones)."""
    global _override
    previous, _override = _override, parameters
    try:
        yield
    finally:
        _override = previous


@functools.cache
def _calibrated() -> Argon2Parameters:
    return calibrate()


def calibrate(
    target: float = TARGET_SECONDS,
    measure: Callable[[Argon2Parameters], float] | None = None,
) -> Argon2Parameters:
    """Parameters taking about ``target`` seconds here, never below :data:`PASSPHRASE_FLOOR`.

    Times the floor, supposes the time grows with memory × passes and chooses the memory (a
    power of two up to the cap, with at least three passes' worth of time); then times one
    and three passes at that memory (a fixed cost of filling it, a cost a pass) and chooses
    the passes (the floor's timing is the best of two; a busy moment errs towards fewer
    passes, never below the floor). ``measure`` times one derivation (injectable
    for tests). About a second on this machine; raises nothing of its own.
    """
    timer = measure or _time_once

    def best(parameters: Argon2Parameters) -> float:
        return min(timer(parameters), timer(parameters))

    floor = PASSPHRASE_FLOOR
    at_floor = best(floor)
    per_unit = max(at_floor, 1e-6) / (floor.memory_kib * floor.iterations)
    units = target / per_unit
    memory = floor.memory_kib
    while memory * 2 <= MEMORY_CAP_KIB and memory * 2 * floor.iterations <= units:
        memory *= 2
    three = at_floor if memory == floor.memory_kib else timer(replace(floor, memory_kib=memory))
    one = timer(Argon2Parameters(memory, 1, floor.lanes))
    per_pass = max((three - one) / 2, three / 6, 1e-6)
    fixed = max(one - per_pass, 0.0)
    return Argon2Parameters(memory, _passes((target - fixed) / per_pass), floor.lanes)


def _passes(estimate: float) -> int:
    return max(PASSPHRASE_FLOOR.iterations, min(ITERATIONS_CAP, round(estimate)))


def _time_once(parameters: Argon2Parameters) -> float:
    started = time.perf_counter()
    stretch("calibration", bytes(SALT_LENGTH), parameters)
    return time.perf_counter() - started
