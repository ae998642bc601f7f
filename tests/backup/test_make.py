"""A backup: verified before it is renamed into place, vault files copied once, the same
content backed up once, and a failure leaves nothing that looks like a backup."""

from __future__ import annotations

import json
import shutil
import stat
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from caseworker.backup import make
from caseworker.backup.copy import Connect
from caseworker.backup.errors import BackupDamaged, BackupError
from caseworker.backup.make import make_backup
from caseworker.backup.manifest import SHARED_VAULT, is_backup_name, list_backups
from caseworker.backup.vault_copy import vault_files
from caseworker.db import Database
from caseworker.db.cipher import keys_file_of
from caseworker.vault.store import EvidenceVault
from tests.backup.conftest import MOMENT


def test_a_backup_holds_the_database_keys_and_vault(
    filled: Path, root: Path, connect: Connect
) -> None:
    keys_file_of(filled).write_text('{"slots": []}', encoding="utf-8")
    result = make_backup(filled, root, connect=connect, now=MOMENT)
    assert result.made and result.copied_files == 2
    backup = result.backup
    assert backup.path == root / "2026-12-02T14-11-44Z"
    assert sorted(p.name for p in backup.path.iterdir()) == [
        "caseworker.sqlite",
        "caseworker.sqlite.keys",
        "manifest.json",
    ]
    manifest = backup.manifest
    assert manifest.counts["cases"] == 1 and manifest.counts["reports"] == 2
    assert manifest.keys_file == "caseworker.sqlite.keys"
    assert manifest.vault == vault_files(EvidenceVault.beside(filled).root)
    for relative, size in manifest.vault:
        assert (root / SHARED_VAULT / relative).stat().st_size == size
    copy = connect(backup.database_file, True)
    assert copy.execute("SELECT family_name FROM cases").fetchone()[0] == "Шумовы"
    copy.close()
    assert [b.path for b in list_backups(root)] == [backup.path]
    assert json.loads((backup.path / "manifest.json").read_text())["format"] == 1


def test_the_same_content_is_backed_up_once(filled: Path, root: Path, connect: Connect) -> None:
    first = make_backup(filled, root, connect=connect, now=MOMENT)
    again = make_backup(filled, root, connect=connect, now=MOMENT + timedelta(seconds=10))
    assert not again.made and again.backup.path == first.backup.path
    assert len(list_backups(root)) == 1


@pytest.mark.usefixtures("database")
def test_new_vault_files_are_copied_once(
    filled: Path, root: Path, tmp_path: Path, connect: Connect
) -> None:
    make_backup(filled, root, connect=connect, now=MOMENT)
    extra = tmp_path / "photo.txt"
    extra.write_bytes(b"a new file")
    EvidenceVault.beside(filled).store_file(extra)
    later = make_backup(filled, root, connect=connect, now=MOMENT + timedelta(days=1))
    assert later.made and later.copied_files == 1
    assert len(later.backup.manifest.vault) == 3
    assert len(list_backups(root)) == 2


def test_a_change_to_the_database_makes_a_new_backup(
    filled: Path, root: Path, database: Database, connect: Connect
) -> None:
    from caseworker.services import cases

    make_backup(filled, root, connect=connect, now=MOMENT)
    with database.write() as session:
        cases.create_case(session, "tester", family_name="Ивановы")
    later = make_backup(filled, root, connect=connect, now=MOMENT + timedelta(days=1))
    assert later.made and later.backup.manifest.counts["cases"] == 2


def test_a_copy_failing_verification_leaves_no_backup(
    filled: Path, root: Path, monkeypatch: pytest.MonkeyPatch, connect: Connect
) -> None:
    def refuse(path: Path, _counts: object, _connect: object) -> None:
        raise BackupDamaged(f"The backup copy {path} fails verification: test")

    monkeypatch.setattr(make, "verify_copy", refuse)
    with pytest.raises(BackupDamaged):
        make_backup(filled, root, connect=connect, now=MOMENT)
    assert [p.name for p in root.iterdir()] == [".lock"]


def test_an_interrupted_backup_is_cleared_by_the_next(
    filled: Path, root: Path, connect: Connect
) -> None:
    leftover = root / ".partial-2026-12-01T10-00-00Z-abcdef01"
    leftover.mkdir(parents=True)
    (leftover / "caseworker.sqlite").write_bytes(b"half")
    result = make_backup(filled, root, connect=connect, now=MOMENT)
    assert not leftover.exists()
    assert [p.name for p in root.iterdir() if is_backup_name(p.name)] == [result.backup.path.name]


def test_a_missing_database_is_refused(tmp_path: Path, root: Path) -> None:
    with pytest.raises(BackupError, match="earlier backups are unchanged"):
        make_backup(tmp_path / "none.sqlite", root)


def test_old_backups_are_rotated_away_with_their_vault_files(
    filled: Path, root: Path, database: Database, tmp_path: Path, connect: Connect
) -> None:
    from caseworker.services import cases

    vault = EvidenceVault.beside(filled)
    made = []
    for day in range(10):
        with database.write() as session:
            cases.create_case(session, "tester", family_name=f"Семья-{day}")
        if day == 0:
            extra = tmp_path / "gone.txt"
            extra.write_bytes(b"deleted from the vault later")
            gone = vault.store_file(extra).sha256
        if day == 1:
            vault.delete(gone)
        made.append(make_backup(filled, root, connect=connect, now=MOMENT + timedelta(days=day)))
    kept = list_backups(root)
    # 7 days; weeks of Dec 2 (W49): days 0-4, W50: 5-9 → newest of W49 (day 4) is in the days.
    assert [b.path for b in kept] == [r.backup.path for r in made[3:]]
    removed = [path for result in made for path in result.removed]
    assert removed == [result.backup.path for result in made[:3]]
    shared = {p.name for p in (root / SHARED_VAULT).rglob("*") if p.is_file()}
    assert gone not in shared and len(shared) == 2


def test_a_disk_too_full_for_the_backup_is_refused_first(
    filled: Path, root: Path, monkeypatch: pytest.MonkeyPatch, connect: Connect
) -> None:
    root.mkdir()
    real = shutil.disk_usage(root)
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _path: real._replace(free=filled.stat().st_size)
    )
    with pytest.raises(BackupError, match="MB free and the backup needs"):
        make_backup(filled, root, connect=connect, now=MOMENT)
    assert [p.name for p in root.iterdir()] == [".lock"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_a_backup_is_readable_by_its_owner_only(filled: Path, root: Path, connect: Connect) -> None:
    keys_file_of(filled).write_text("{}", encoding="utf-8")
    backup = make_backup(filled, root, connect=connect, now=MOMENT).backup
    folders = [backup.path, *[p for p in (root / SHARED_VAULT).rglob("*") if p.is_dir()]]
    files = [p for p in [*backup.path.iterdir(), *(root / SHARED_VAULT).rglob("*")] if p.is_file()]
    assert len(files) == 5
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o600}
    assert {stat.S_IMODE(p.stat().st_mode) for p in folders} == {0o700}


def test_a_new_backup_is_kept_when_the_clock_has_gone_back(
    filled: Path, root: Path, database: Database, connect: Connect
) -> None:
    from caseworker.services import cases

    make_backup(filled, root, connect=connect, now=MOMENT)
    with database.write() as session:
        cases.create_case(session, "tester", family_name="Ивановы")
    earlier = make_backup(filled, root, connect=connect, now=MOMENT - timedelta(hours=1))
    assert earlier.made and earlier.backup.path.is_dir()
    assert len(list_backups(root)) == 2


def test_a_backup_whose_manifest_cannot_be_read_keeps_its_vault_files(
    filled: Path, root: Path, database: Database, tmp_path: Path, connect: Connect
) -> None:
    """A damaged manifest (or one a newer version wrote into a synced folder) hides which
    files its backup holds: none is pruned while such a backup is there."""
    from caseworker.services import cases

    vault = EvidenceVault.beside(filled)
    only_in_first = tmp_path / "first.txt"
    only_in_first.write_bytes(b"a file the first backup alone holds")
    sha256 = vault.store_file(only_in_first).sha256
    first = make_backup(filled, root, connect=connect, now=MOMENT).backup
    vault.delete(sha256)
    (first.path / "manifest.json").write_text("{ damaged", encoding="utf-8")
    with database.write() as session:
        cases.create_case(session, "tester", family_name="Семья-2")
    make_backup(filled, root, connect=connect, now=MOMENT + timedelta(hours=2))
    shared = {p.name for p in (root / SHARED_VAULT).rglob("*") if p.is_file()}
    assert sha256 in shared
