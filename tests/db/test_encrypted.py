"""An encrypted database (SQLCipher, a raw 32-byte key): made, migrated, read back; nothing of
it readable at rest; a wrong key or no key refused with a sentence and nothing changed; a
flipped bit found by the check; the version check and the backup before an upgrade."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from caseworker.db import Database, cipher, open_database
from caseworker.db.damage import SQLITE_HEADER
from caseworker.db.engine import BUSY_TIMEOUT_MS, make_engine
from caseworker.db.migrate import alembic_config, head_revision
from caseworker.errors import DatabaseTooNew, StaleRecord
from caseworker.integrity import check_database
from caseworker.services import cases, search
from tests.conftest import ACTOR, SampleCase, add_person

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
#: A family name found nowhere else, to look for in the files' bytes.
FAMILY = "Щегловитовы-Ёжиковы"
SOLDIER = "Щегловитов Всеволод Ярополкович"


@pytest.fixture
def database_key() -> None:
    """Plain unless a test asks for a key: these tests give their keys themselves."""
    return None


def files_of(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` and its SHA-256."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def assert_unchanged(before: dict[str, str], folder: Path) -> None:
    """The files are as ``before``; a read-only look may have left the WAL index and an
    empty WAL beside them, as on a plain database."""
    after = files_of(folder)
    empty = hashlib.sha256(b"").hexdigest()
    extra = {name: after.pop(name) for name in set(after) - set(before)}
    assert after == before
    assert all(
        name.endswith("-shm") or (name.endswith("-wal") and digest == empty)
        for name, digest in extra.items()
    ), extra


def readable(data: bytes, *words: str) -> list[str]:
    """The words found in ``data`` in UTF-8 or UTF-16 (either byte order)."""
    return [
        f"{word} ({encoding})"
        for word in words
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
        if word.encode(encoding) in data
    ]


@contextmanager
def opened(path: Path, key: bytes) -> Iterator[Database]:
    database = open_database(str(path), key=key)
    try:
        yield database
    finally:
        database.dispose()


def make_encrypted(path: Path, key: bytes = KEY) -> str:
    """An encrypted database with one case of :data:`FAMILY`; its reference."""
    database = open_database(str(path), key=key)
    try:
        assert database.encrypted
        with database.write() as session:
            case = cases.create_case(session, ACTOR, family_name=FAMILY, region="Курская область")
            add_person(session, case.id, SOLDIER, service_number="ЩЁ-777 001")
            reference = case.reference
    finally:
        database.dispose()
    return reference


def test_an_encrypted_database_keeps_nothing_readable_and_reads_back_with_its_key(
    db_path: Path,
) -> None:
    database = open_database(str(db_path), key=KEY)
    try:
        with database.write() as session:
            case = cases.create_case(session, ACTOR, family_name=FAMILY)
            add_person(session, case.id, SOLDIER)
            reference = case.reference
        with database.read() as session:
            assert session.scalar(text("PRAGMA journal_mode")) == "wal"
            assert session.scalar(text("PRAGMA foreign_keys")) == 1
            assert session.scalar(text("PRAGMA synchronous")) == 2  # FULL
            assert session.scalar(text("PRAGMA busy_timeout")) == BUSY_TIMEOUT_MS
            assert session.scalar(text("PRAGMA cipher_version"))
        written = {p.name: p.read_bytes() for p in db_path.parent.iterdir()}
        assert f"{db_path.name}-wal" in written  # the case is in the WAL, not yet the file
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        checkpointed = {p.name: p.read_bytes() for p in db_path.parent.iterdir()}
    finally:
        database.dispose()
    closed = {p.name: p.read_bytes() for p in db_path.parent.iterdir()}
    for files in (written, checkpointed, closed):
        for name, data in files.items():
            assert readable(data, FAMILY, "Щегловитов", "Всеволод", "Ярополкович") == [], name
    assert not closed[db_path.name].startswith(SQLITE_HEADER)

    with opened(db_path, KEY) as reopened, reopened.read() as session:
        assert cases.get_case_by_reference(session, reference).family_name == FAMILY
        labels = [hit.label for hit in search.search(session, "щегловитовы")]
        assert f"{reference} {FAMILY}" in labels and SOLDIER in labels
        assert session.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()


def test_a_wrong_key_is_refused_with_a_sentence_and_changes_nothing(db_path: Path) -> None:
    make_encrypted(db_path)
    before = files_of(db_path.parent)
    with pytest.raises(cipher.WrongDatabaseKey) as raised:
        open_database(str(db_path), key=OTHER_KEY)
    assert "could not be opened with this key" in raised.value.message
    assert OTHER_KEY.hex() not in raised.value.message and KEY.hex() not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert files_of(db_path.parent) == before  # not even a WAL index


def test_an_encrypted_file_without_a_key_asks_for_the_passphrase(db_path: Path) -> None:
    make_encrypted(db_path)
    before = files_of(db_path.parent)
    with pytest.raises(cipher.DatabaseProtected) as raised:
        open_database(str(db_path))
    assert "protected with a passphrase" in raised.value.message
    assert str(db_path) in raised.value.message
    assert files_of(db_path.parent) == before  # not even a WAL index


def test_a_plain_database_given_a_key_is_refused_and_left_untouched(
    db_path: Path, database: Database
) -> None:
    database.dispose()
    before = files_of(db_path.parent)
    with pytest.raises(cipher.DatabaseNotProtected):
        open_database(str(db_path), key=KEY)
    assert_unchanged(before, db_path.parent)


def test_a_key_of_the_wrong_length_is_a_mistake_of_the_caller(db_path: Path) -> None:
    with pytest.raises(ValueError):
        open_database(str(db_path), key=b"short")
    assert not db_path.exists()


def flip_bit(path: Path, table: str, key: bytes = KEY) -> int:
    """Flip one bit in the middle of ``table``'s first page of the encrypted file; the page."""
    connection = cipher.connect(path, key)
    try:
        [(page,)] = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchall()
        size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        assert cipher.cipher_problems(connection) == []
    finally:
        connection.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size + size // 2)
        byte = handle.read(1)[0]
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte ^ 0x08]))
    return int(page)


def test_a_flipped_bit_in_a_page_is_found_by_the_check(db_path: Path) -> None:
    make_encrypted(db_path)
    page = flip_bit(db_path, "audit_entries")

    database = open_database(str(db_path), key=KEY)
    try:
        assert database.refuse_writes is not None and "is damaged" in database.refuse_writes
        with database.read() as session:
            found = [problem.message for problem in check_database(session)]
    finally:
        database.dispose()
    assert any("damaged" in message and f"page {page}" in message for message in found), found


def test_an_old_encrypted_database_is_backed_up_encrypted_then_upgraded(db_path: Path) -> None:
    from alembic import command

    engine = make_engine(f"sqlite:///{db_path}", key=KEY)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO cases (reference, family_name, region, status, assigned_to, "
            "next_action, opened_on, notes, persons_label, uuid, version, created_at, "
            f"updated_at) VALUES ('2026-0001', '{FAMILY}', '', 'open', '', '', '2026-01-05', "
            "'', '', '00000000-0000-4000-8000-000000000001', 1, '2026-01-05 10:00:00', "
            "'2026-01-05 10:00:00')"
        )
    engine.dispose()

    with opened(db_path, KEY) as upgraded, upgraded.read() as session:
        assert session.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
        assert cases.get_case_by_reference(session, "2026-0001").family_name == FAMILY
    backup = db_path.with_name(f"{db_path.name}.before-0001.bak")
    data = backup.read_bytes()
    assert not data.startswith(SQLITE_HEADER) and readable(data, FAMILY) == []
    old = cipher.connect(backup, KEY)
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT family_name FROM cases").fetchone() == (FAMILY,)
    finally:
        old.close()


def test_an_encrypted_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    make_encrypted(db_path)
    connection = cipher.connect(db_path, KEY)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = files_of(db_path.parent)
    with pytest.raises(DatabaseTooNew):
        open_database(str(db_path), key=KEY)
    assert_unchanged(before, db_path.parent)


@pytest.mark.parametrize("database_key", [KEY])
def test_the_database_fixture_can_be_encrypted(
    database_key: bytes, sample_case: SampleCase, db_path: Path
) -> None:
    assert not db_path.read_bytes().startswith(SQLITE_HEADER)
    connection = cipher.connect(db_path, database_key)
    try:
        assert connection.execute("SELECT reference FROM cases").fetchall() == [
            (sample_case.reference,)
        ]
    finally:
        connection.close()


def test_two_windows_on_one_encrypted_file_see_each_others_changes(db_path: Path) -> None:
    reference = make_encrypted(db_path)
    with opened(db_path, KEY) as first, opened(db_path, KEY) as second:
        with first.read() as session:
            case = cases.get_case_by_reference(session, reference)
        with second.write() as session:
            cases.update_case(session, "colleague", case.id, case.version, region="Орловская")
        with pytest.raises(StaleRecord), first.write() as session:
            cases.update_case(session, ACTOR, case.id, case.version, region="Тульская")
        with first.read() as session:
            assert cases.get_case(session, case.id).region == "Орловская"
