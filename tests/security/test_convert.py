"""Protecting a plain database with a passphrase (caseworker/security/convert.py): the database
and its vault encrypted, verified, swapped in; refusals and cancelling change nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from caseworker.db import cipher, open_database
from caseworker.integrity import check_database
from caseworker.security import PassphraseTooShort, keys_path, unlock
from caseworker.security.convert import (
    ConversionCancelled,
    ConversionRefused,
    encrypt_plain_database,
)
from caseworker.security.convert_swap import staging_of
from caseworker.vault.of_database import vault_of_session
from caseworker.vault.store import EvidenceVault
from tests.security.convert_demo import CONTENTS, PASSPHRASE, make_demo


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    database = tmp_path / "demo.sqlite"
    return database, make_demo(database, tmp_path)


def row_counts(database: Path) -> dict[str, int]:
    """Every ordinary table's rows in a plain database (read with sqlite3, closed at once):
    the search index's own tables among them, not the virtual tables over them (the index's
    vocabulary counts every trigram of every text)."""
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names
        }
    finally:
        connection.close()


def vault_bytes(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def assert_plain_intact(database: Path, stored: dict[str, bytes], rows: dict[str, int]) -> None:
    """The plain database opens (undoing what a conversion left) with every row and file."""
    opened = open_database(str(database))
    opened.dispose()
    assert not keys_path(database).exists()
    assert not staging_of(database).exists()
    assert row_counts(database) == rows
    vault = EvidenceVault.beside(database)
    for sha256, content in stored.items():
        assert vault.path_of(sha256).read_bytes() == content


def assert_protected(database: Path, stored: dict[str, bytes], rows: dict[str, int]) -> None:
    """The database opens only with the passphrase, holds every row, its files are sealed."""
    with pytest.raises(cipher.DatabaseProtected):
        open_database(str(database))
    keys = unlock(database, PASSPHRASE).keys
    opened = open_database(str(database), keys=keys)
    try:
        with opened.read() as session:
            assert check_database(session) == []
            vault = vault_of_session(session)
            for sha256, content in stored.items():
                target = database.parent / f"out-{sha256[:8]}"
                vault.copy_out(sha256, target)
                assert target.read_bytes() == content
                target.unlink()
            counts = {
                name: session.connection()
                .exec_driver_sql(f'SELECT count(*) FROM "{name}"')
                .scalar()
                for name in rows
            }
    finally:
        opened.dispose()
    assert counts == rows
    assert not staging_of(database).exists()
    sealed = vault_bytes(EvidenceVault.beside(database).root)
    for content in CONTENTS:
        assert content[:64] not in sealed


def test_converts_database_and_vault(demo: tuple[Path, dict[str, bytes]]) -> None:
    database, stored = demo
    rows = row_counts(database)
    seen: list[tuple[int, int]] = []
    converted = encrypt_plain_database(
        database, PASSPHRASE, progress=lambda done, total: seen.append((done, total))
    )
    assert converted.files == len(CONTENTS)
    assert converted.rows == sum(rows.values())
    assert len(converted.recovery_code) > 20
    assert keys_path(database).is_file()
    assert not database.read_bytes().startswith(b"SQLite format 3")
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(done <= total for done, total in seen)
    assert_protected(database, stored, rows)


def test_second_conversion_is_refused(demo: tuple[Path, dict[str, bytes]]) -> None:
    database, _stored = demo
    encrypt_plain_database(database, PASSPHRASE)
    keys_before = keys_path(database).read_bytes()
    with pytest.raises(ConversionRefused, match="already protected"):
        encrypt_plain_database(database, "другой пароль 123")
    assert keys_path(database).read_bytes() == keys_before


def test_short_passphrase_refused_before_anything(demo: tuple[Path, dict[str, bytes]]) -> None:
    database, stored = demo
    rows = row_counts(database)
    with pytest.raises(PassphraseTooShort):
        encrypt_plain_database(database, "short")
    assert_plain_intact(database, stored, rows)


def test_cancel_leaves_the_plain_database(demo: tuple[Path, dict[str, bytes]]) -> None:
    database, stored = demo
    rows = row_counts(database)
    with pytest.raises(ConversionCancelled):
        encrypt_plain_database(database, PASSPHRASE, cancelled=lambda: True)
    assert_plain_intact(database, stored, rows)


def test_damaged_vault_file_refused(demo: tuple[Path, dict[str, bytes]]) -> None:
    database, stored = demo
    rows = row_counts(database)
    victim = EvidenceVault.beside(database).path_of(next(iter(stored)))
    os.chmod(victim, 0o600)
    victim.write_bytes(b"not what it was")
    with pytest.raises(ConversionRefused, match="fingerprint"):
        encrypt_plain_database(database, PASSPHRASE)
    assert not keys_path(database).exists()
    assert not staging_of(database).exists()
    assert row_counts(database) == rows


def test_not_a_database_refused(tmp_path: Path) -> None:
    database = tmp_path / "notes.sqlite"
    database.write_bytes(b"\x00" * 4096)
    with pytest.raises(ConversionRefused, match="not a plain database"):
        encrypt_plain_database(database, PASSPHRASE)
    assert database.read_bytes() == b"\x00" * 4096
    assert not staging_of(database).exists()


def test_open_in_another_process_refused(demo: tuple[Path, dict[str, bytes]]) -> None:
    database, stored = demo
    rows = row_counts(database)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('SELECT count(*) FROM cases').fetchone(); print('open', flush=True); "
            "sys.stdin.read()",
            str(database),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(ConversionRefused, match="another window or program"):
            encrypt_plain_database(database, PASSPHRASE)
    finally:
        holder.communicate("")
    assert_plain_intact(database, stored, rows)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_read_only_refused(demo: tuple[Path, dict[str, bytes]]) -> None:
    database, _stored = demo
    os.chmod(database, 0o400)
    try:
        with pytest.raises(ConversionRefused, match="cannot be written"):
            encrypt_plain_database(database, PASSPHRASE)
    finally:
        os.chmod(database, 0o600)
    assert not keys_path(database).exists()


def test_a_write_by_another_program_meanwhile_is_refused(
    demo: tuple[Path, dict[str, bytes]],
) -> None:
    database, stored = demo

    def step(name: str) -> None:
        if name == "database":  # copied: another program writes to the plain file now
            subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    "c.execute('UPDATE cases SET region = region'); c.commit(); c.close()",
                    str(database),
                ],
                check=True,
            )

    rows = row_counts(database)
    with pytest.raises(ConversionRefused, match="changed it meanwhile"):
        encrypt_plain_database(database, PASSPHRASE, step=step)
    assert_plain_intact(database, stored, rows)


def test_not_enough_space_refused_before_anything(
    demo: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    from collections import namedtuple

    database, stored = demo
    rows = row_counts(database)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 10**9, 1_000_000))
    with pytest.raises(ConversionRefused, match="MB free"):
        encrypt_plain_database(database, PASSPHRASE)
    monkeypatch.undo()
    assert_plain_intact(database, stored, rows)


@pytest.mark.parametrize(
    ("interrupted_at", "protected"),
    [("encrypted database placed", False), ("keys placed", True)],
)
def test_interrupted_by_the_caseworker_around_the_commit(
    demo: tuple[Path, dict[str, bytes]], interrupted_at: str, protected: bool
) -> None:
    database, stored = demo
    rows = row_counts(database)

    def step(name: str) -> None:
        if name == interrupted_at:
            raise KeyboardInterrupt

    if protected:  # the keys file was placed: done, and the code still given
        converted = encrypt_plain_database(database, PASSPHRASE, step=step)
        assert len(converted.recovery_code) > 20
        assert_protected(database, stored, rows)
    else:
        with pytest.raises(KeyboardInterrupt):
            encrypt_plain_database(database, PASSPHRASE, step=step)
        assert_plain_intact(database, stored, rows)
