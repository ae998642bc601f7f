"""A database with a case, a person, reports and two files in its vault, for the backups."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from caseworker.backup.copy import Connect, connect_for
from caseworker.db import Database
from caseworker.vault.store import EvidenceVault
from tests.conftest import SampleCase

MOMENT = datetime(2026, 12, 2, 14, 11, 44, tzinfo=UTC)


@pytest.fixture
def filled(database: Database, db_path: Path, sample_case: SampleCase, tmp_path: Path) -> Path:
    """The database file of ``sample_case`` with two files in its vault."""
    del database, sample_case  # wanted for the case they write
    vault = EvidenceVault.beside(db_path)
    for number in range(2):
        source = tmp_path / f"letter-{number}.txt"
        source.write_bytes(f"Письмо номер {number}\n".encode() * 50)
        vault.store_file(source)
    return db_path


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def connect(database_key: bytes | None) -> Connect:
    """How the backups open the ``database`` fixture's file and its copies (keyed when the
    tests run encrypted)."""
    return connect_for(database_key)
