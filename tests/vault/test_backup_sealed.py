"""Backups of a sealed vault: its files copied by their keyed names, as they are (sealed,
never decrypted), incrementally; a restored vault opens with the restored keys file."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from caseworker.backup.copy import connect_keyed
from caseworker.backup.make import make_backup
from caseworker.backup.manifest import SHARED_VAULT, database_backups
from caseworker.backup.restore import restore
from caseworker.db import open_database
from caseworker.integrity import check_database
from caseworker.security import create_keys
from caseworker.security.keys import DerivedKeys
from caseworker.services import cases
from caseworker.services import evidence as ev
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.sealed_store import SealedVault
from tests.conftest import ACTOR
from tests.vault.conftest import sha256_of
from tests.vault.contents import stored_bytes

PASSPHRASE = "Сова летит над рекой 77"
FIRST = random.Random(1).randbytes(1_500_000)
SECOND = random.Random(2).randbytes(40_000)
MOMENT = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def _add(database_file: Path, keys: DerivedKeys, case_id: int | None, content: bytes) -> int:
    """Add a file holding ``content`` (to a new case when ``case_id`` is None); the case."""
    source = database_file.with_name("incoming.bin")
    source.write_bytes(content)
    database = open_database(str(database_file), keys=keys)
    try:
        vault = vault_of_engine(database.engine)
        with database.write() as session:
            if case_id is None:
                case_id = cases.create_case(session, ACTOR, family_name="Шумовы").id
            ev.add_evidence(session, vault, ACTOR, case_id, source)
        return case_id
    finally:
        database.dispose()
        source.unlink()


def _problems(database_file: Path, keys: DerivedKeys) -> list[str]:
    database = open_database(str(database_file), keys=keys)
    try:
        with database.read() as session:
            return [p.message for p in check_database(session)]
    finally:
        database.dispose()


def test_a_sealed_vault_is_backed_up_sealed_and_restored(tmp_path: Path) -> None:
    database_file = tmp_path / "cases.sqlite"
    unlocked, _code = create_keys(database_file, PASSPHRASE)
    keys = unlocked.keys
    vault = SealedVault.sealed_beside(database_file, keys)
    connect = connect_keyed(keys.database)
    chosen = tmp_path / "backups"
    chosen.mkdir()
    root = database_backups(chosen, database_file)

    case_id = _add(database_file, keys, None, FIRST)
    first = make_backup(database_file, root, connect=connect, now=MOMENT)
    assert first.copied_files == 1
    [(relative, size)] = first.backup.manifest.vault
    stored = vault.root / relative
    assert stored.name != sha256_of(FIRST) and stored.name == vault.name_of(sha256_of(FIRST))
    backed_up = root / SHARED_VAULT / relative
    assert backed_up.read_bytes() == stored.read_bytes()  # sealed as it is, never decrypted
    assert size == stored.stat().st_size and FIRST[:64] not in backed_up.read_bytes()

    _add(database_file, keys, case_id, SECOND)
    second = make_backup(database_file, root, connect=connect, now=MOMENT + timedelta(days=1))
    assert second.made and second.copied_files == 1  # only the new file
    assert len(second.backup.manifest.vault) == 2

    stored.chmod(0o600)
    stored.write_bytes(b"damaged")
    assert any("altered" in p for p in _problems(database_file, keys))
    restore(first.backup.path, database_file, connect=connect, now=MOMENT + timedelta(days=2))
    assert _problems(database_file, keys) == []
    assert stored_bytes(vault, sha256_of(FIRST)) == FIRST
    assert not vault.contains(sha256_of(SECOND))  # the first backup did not hold it
