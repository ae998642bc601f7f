"""A plain database whose first bytes are damaged: its beginning alone cannot tell it from an
encrypted file, so it is not called protected outright; the keys file is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.db import cipher, open_database
from tests.cli_runner import refused, run
from tests.db.conftest import digest, make_database


@pytest.fixture
def damaged_header(db_path: Path) -> Path:
    """A plain database of two cases whose SQLite header has been overwritten."""
    make_database(db_path)
    with db_path.open("r+b") as handle:
        handle.write(b"\x00\xff" * 8)
    return db_path


def test_a_damaged_header_is_called_damaged_or_protected_and_left_untouched(
    damaged_header: Path,
) -> None:
    before = digest(damaged_header)
    with pytest.raises(cipher.DatabaseProtected) as raised:
        open_database(str(damaged_header))
    message = raised.value.message
    assert "either it is damaged, or it is protected with a passphrase" in message
    assert str(cipher.keys_file_of(damaged_header)) in message and "missing" in message
    assert "enter the passphrase" not in message
    assert digest(damaged_header) == before


def test_the_command_line_says_the_same_of_a_damaged_header(damaged_header: Path) -> None:
    message = refused(run(damaged_header, "search", "Шумовы"))
    assert "either it is damaged" in message and str(damaged_header) in message
    assert "enter the passphrase" not in message


def test_with_its_keys_file_beside_it_a_file_asks_for_the_passphrase(
    damaged_header: Path,
) -> None:
    cipher.keys_file_of(damaged_header).write_text("{}")
    with pytest.raises(cipher.DatabaseProtected) as raised:
        open_database(str(damaged_header))
    assert "is protected with a passphrase; enter the passphrase" in raised.value.message
