"""Keys tests stretch with cheap Argon2id parameters and never wait after wrong guesses.

Other tests that make keys can use these fixtures: ``from tests.security.conftest import
fast_keys`` (or copy the two lines). The calibrated parameters are tested once, in
test_calibration.py, with ``calibrated`` set.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caseworker.security import kdf
from caseworker.security.throttle import THROTTLE


@pytest.fixture(autouse=True)
def fast_keys(request: pytest.FixtureRequest) -> Iterator[list[float]]:
    """Cheap Argon2id (unless the test is marked by the name ``calibrated``) and a throttle
    that records its delays instead of sleeping; yields the recorded delays."""
    waited: list[float] = []
    THROTTLE.reset()
    previous = THROTTLE.sleep
    THROTTLE.sleep = waited.append
    try:
        if "calibrated" in request.fixturenames:
            yield waited
        else:
            with kdf.use_parameters(kdf.TEST_PARAMETERS):
                yield waited
    finally:
        THROTTLE.sleep = previous
        THROTTLE.reset()


@pytest.fixture
def calibrated() -> None:
    """Ask for the machine's calibrated parameters rather than the tests' cheap ones."""


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A database path (the keys need no database file, only its name)."""
    return tmp_path / "cases.sqlite"
