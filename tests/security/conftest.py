"""The keys tests' fixtures. Every test stretches with cheap Argon2id parameters and never
waits after wrong guesses (``fast_keys``, autouse, in tests/conftest.py); the calibrated
parameters are tested once, in test_calibration.py, with ``calibrated`` set.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def calibrated() -> None:
    """Ask for the machine's calibrated parameters rather than the tests' cheap ones."""


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A database path (the keys need no database file, only its name)."""
    return tmp_path / "cases.sqlite"
