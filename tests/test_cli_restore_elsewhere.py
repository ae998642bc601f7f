"""``restore`` of a protected database's backup where no protected database is open: a new
computer after the old one's disk died. The backup's own keys file, unlocked with the
passphrase, opens it; without a passphrase the restore says which one it needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import refused, run

pytestmark = pytest.mark.sqlite_only(reason="backups of SQLite files")

PASSPHRASE = "Ёжик в тумане 2026"


def _protected_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A protected database with a case and a file, and its backup folder."""
    old = tmp_path / "old" / "cases.sqlite"
    old.parent.mkdir()
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    env = {"CASEWORKER_PASSPHRASE_FILE": None}
    reference = run(old, "case", "add", "--family", "Шумовы", env=env).stdout.strip()
    letter = tmp_path / "letter.txt"
    letter.write_text("Письмо семьи\n" * 20, encoding="utf-8")
    run(old, "evidence", "add", "--case", reference, str(letter), env=env)
    assert run(old, "encrypt", "--passphrase-file", str(secret), env=env).returncode == 0
    folder = tmp_path / "backups"
    folder.mkdir()
    made = run(old, "--passphrase-file", str(secret), "backup", "--to", str(folder), env=env)
    assert made.returncode == 0, made.stderr
    return Path(made.stdout.strip()), secret


def test_a_protected_backup_restored_on_a_new_computer(tmp_path: Path) -> None:
    backup, secret = _protected_backup(tmp_path)
    assert json.loads((backup / "manifest.json").read_text(encoding="utf-8"))["encrypted"]
    new = tmp_path / "new" / "cases.sqlite"
    new.parent.mkdir()
    env = {"CASEWORKER_PASSPHRASE_FILE": None}

    restored = run(new, "--passphrase-file", str(secret), "restore", str(backup), env=env)

    assert restored.returncode == 0, restored.stderr
    assert "Restored the backup of" in restored.stdout
    assert (new.parent / "cases.sqlite.keys").is_file()
    found = run(new, "--passphrase-file", str(secret), "search", "Шумовы", env=env)
    assert "Шумовы" in found.stdout, found.stderr
    checked = run(new, "--passphrase-file", str(secret), "check", env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_without_the_passphrase_it_says_which_is_needed(tmp_path: Path) -> None:
    backup, _secret = _protected_backup(tmp_path)
    new = tmp_path / "new" / "cases.sqlite"
    new.parent.mkdir()
    said = refused(run(new, "restore", str(backup), env={"CASEWORKER_PASSPHRASE_FILE": None}))
    assert "--passphrase-file" in said
    assert not (new.parent / "cases.sqlite.keys").exists()
