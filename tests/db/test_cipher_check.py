"""SQLCipher's page check on a file another connection is writing: the holes a checkpoint
leaves while a reader holds its snapshot are not damage; a flipped bit still is."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from caseworker.db import cipher

KEY = bytes(range(100, 132))


def raw_check(connection: sqlite3.Connection) -> list[str]:
    return [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]


@contextmanager
def holes_behind_a_reader(path: Path) -> Iterator[sqlite3.Connection]:
    """A reader that takes a new snapshot every few saves of a writer checkpointing often,
    stopped at the first moment SQLCipher's own check names pages: a checkpoint has copied
    pages past some it could not copy yet, which are zeros in the main file, their content
    still in the WAL. Yields the reader, in its transaction."""
    writer = cipher.connect(path, KEY)
    reader = cipher.connect(path, KEY)
    try:
        writer.isolation_level = reader.isolation_level = None
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("PRAGMA wal_autocheckpoint = 20")
        writer.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        writer.execute("CREATE INDEX notes_body ON notes (body)")
        for number in range(400):
            if number % 7 == 0:
                if reader.in_transaction:
                    reader.execute("ROLLBACK")
                reader.execute("BEGIN")
                reader.execute("SELECT count(*) FROM notes").fetchone()
            writer.execute("INSERT INTO notes (body) VALUES (?)", (f"Ёж {number} " * 300,))
            if raw_check(reader):
                break
        assert raw_check(reader), "the set-up leaves holes SQLCipher's own check names"
        yield reader
    finally:
        reader.close()
        writer.close()


def test_pages_not_yet_checkpointed_are_not_damage(tmp_path: Path) -> None:
    with holes_behind_a_reader(tmp_path / "notes.sqlite") as reader:
        assert cipher.cipher_problems(reader) == []
        [(count,)] = reader.execute("SELECT count(*) FROM notes").fetchall()
        assert count > 0 and reader.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_flipped_bit_is_still_found_beside_the_holes(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    with holes_behind_a_reader(path) as reader:
        data = bytearray(path.read_bytes())
        page = next(
            number
            for number in range(len(data) // 4096, 0, -1)
            if data[(number - 1) * 4096 : number * 4096].strip(b"\0")
        )
        offset = (page - 1) * 4096 + 2000
        with path.open("r+b") as handle:
            handle.seek(offset)
            handle.write(bytes([data[offset] ^ 0x10]))
        assert cipher.cipher_problems(reader) == [f"HMAC verification failed for page {page}"]
