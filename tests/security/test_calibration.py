"""Argon2id's parameters: the calibration's choices, and once the machine's own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from caseworker.security import create_keys, unlock, unlock_with_recovery
from caseworker.security.access import passphrase_parameters_of
from caseworker.security.kdf import (
    MEMORY_CAP_KIB,
    PASSPHRASE_FLOOR,
    Argon2Parameters,
    calibrate,
)


def machine(seconds_per_unit: float) -> Callable[[Argon2Parameters], float]:
    """A pretend machine whose Argon2id time grows with memory (KiB) × passes."""

    def measure(parameters: Argon2Parameters) -> float:
        return parameters.memory_kib * parameters.iterations * seconds_per_unit

    return measure


def test_a_fast_machine_gets_more_memory_then_more_passes() -> None:
    chosen = calibrate(measure=machine(2e-7))  # four times as fast as this one
    assert chosen.memory_kib == MEMORY_CAP_KIB
    assert chosen.iterations > PASSPHRASE_FLOOR.iterations
    seconds = chosen.memory_kib * chosen.iterations * 2e-7
    assert 0.5 <= seconds <= 1.0


def test_a_slow_machine_never_goes_below_the_floor() -> None:
    assert calibrate(measure=machine(1e-5)) == PASSPHRASE_FLOOR


def test_a_machine_like_this_one_gets_a_target_time() -> None:
    unit = 0.17 / (64 * 1024 * 3)  # the floor took 0.17 s here
    chosen = calibrate(measure=machine(unit))
    assert chosen.memory_kib > PASSPHRASE_FLOOR.memory_kib
    assert 0.5 <= chosen.memory_kib * chosen.iterations * unit <= 1.0


@pytest.mark.usefixtures("calibrated")
def test_keys_made_with_the_calibrated_parameters(tmp_path: Path) -> None:
    made, code = create_keys(tmp_path / "cases.sqlite", "calibrated passphrase")
    parameters = passphrase_parameters_of(tmp_path / "cases.sqlite")
    assert parameters.memory_kib >= PASSPHRASE_FLOOR.memory_kib
    assert parameters.iterations >= PASSPHRASE_FLOOR.iterations
    assert parameters.lanes == PASSPHRASE_FLOOR.lanes
    assert unlock(tmp_path / "cases.sqlite", "calibrated passphrase").keys == made.keys
    assert unlock_with_recovery(tmp_path / "cases.sqlite", code).keys == made.keys
