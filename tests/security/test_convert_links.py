"""A database or evidence folder reached through a symbolic link (the evidence on another
disk, say) is not converted: the swap would move the link aside and remove it, leaving every
plain file at the link's target, readable, while the caseworker is told they were removed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caseworker.security import keys_path
from caseworker.security.convert import ConversionRefused, encrypt_plain_database
from tests.security.convert_demo import PASSPHRASE, make_demo
from tests.security.test_convert import assert_plain_intact, row_counts


def _moved_behind_a_link(path: Path, elsewhere: Path) -> None:
    elsewhere.parent.mkdir(parents=True, exist_ok=True)
    os.rename(path, elsewhere)
    os.symlink(elsewhere, path)


def test_an_evidence_folder_behind_a_link_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "home" / "demo.sqlite"
    database.parent.mkdir()
    stored = make_demo(database, tmp_path)
    rows = row_counts(database)
    _moved_behind_a_link(database.with_suffix(".evidence"), tmp_path / "disk" / "demo.evidence")
    with pytest.raises(ConversionRefused, match="link") as refused:
        encrypt_plain_database(database, PASSPHRASE)
    assert "Nothing was changed" in refused.value.message
    assert database.with_suffix(".evidence").is_symlink()
    assert_plain_intact(database, stored, rows)


def test_a_folder_inside_the_evidence_folder_behind_a_link_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    stored = make_demo(database, tmp_path)
    rows = row_counts(database)
    first = next(iter(stored))
    _moved_behind_a_link(database.with_suffix(".evidence") / first[:2], tmp_path / "other")
    with pytest.raises(ConversionRefused, match="link"):
        encrypt_plain_database(database, PASSPHRASE)
    assert_plain_intact(database, stored, rows)


def test_a_database_file_behind_a_link_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    make_demo(database, tmp_path)
    _moved_behind_a_link(database, tmp_path / "disk" / "real.sqlite")
    with pytest.raises(ConversionRefused, match="link"):
        encrypt_plain_database(database, PASSPHRASE)
    assert database.is_symlink()
    assert not keys_path(database).exists()
    assert (tmp_path / "disk" / "real.sqlite").read_bytes().startswith(b"SQLite format 3\0")
