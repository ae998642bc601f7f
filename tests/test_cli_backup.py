"""``backup``, ``backups`` and ``restore`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import ok, refused, run

pytestmark = pytest.mark.sqlite_only(reason="backups of SQLite files")

RUSSIAN = {"LANG": "ru_RU.UTF-8"}


def _filled(db_path: Path, tmp_path: Path) -> None:
    reference = ok(db_path, "case", "add", "--family", "Шумовы")
    letter = tmp_path / "letter.txt"
    letter.write_text("Письмо семьи\n" * 20, encoding="utf-8")
    ok(db_path, "evidence", "add", "--case", reference, str(letter))


def test_backup_list_and_restore(db_path: Path, tmp_path: Path) -> None:
    _filled(db_path, tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = Path(ok(db_path, "backup", "--to", str(folder)))
    assert made.parent.parent == folder / "Caseworker backups"
    assert (made / "manifest.json").is_file()
    again = run(db_path, "backup", "--to", str(folder))  # the same content: the same backup
    assert again.returncode == 0 and Path(again.stdout.strip()) == made
    assert "no new one was made" in again.stderr
    assert len(list(made.parent.glob("20*"))) == 1

    listed = ok(db_path, "backups", "--to", str(folder))
    assert listed.startswith(made.name[:10]) and "1 case, " in listed
    assert "1 evidence file" in listed
    (entry,) = json.loads(ok(db_path, "backups", "--to", str(folder), "--json"))
    assert entry["path"] == str(made) and entry["counts"]["cases"] == 1
    assert entry["evidence_files"] == 1 and entry["encrypted"] is False

    ok(db_path, "case", "add", "--family", "Ивановы")
    restored = ok(db_path, "restore", str(made))
    assert "Restored the backup of" in restored and "Kept aside:" in restored
    aside = [line.strip() for line in restored.splitlines() if line.startswith("  ")]
    assert any(".before-restore-" in line and line.endswith(".sqlite") for line in aside)
    assert any(line.endswith(".evidence") for line in aside)
    assert "Ивановы" not in ok(db_path, "search", "Ивановы")
    assert "Ивановы" in ok(Path(aside[0]), "search", "Ивановы")


def test_the_folder_from_the_environment_and_a_name_to_restore(
    db_path: Path, tmp_path: Path
) -> None:
    _filled(db_path, tmp_path)
    env = {"CASEWORKER_BACKUP_DIR": str(tmp_path / "from-env")}
    (tmp_path / "from-env").mkdir()
    made = Path(run(db_path, "backup", env=env).stdout.strip())
    assert made.parent.parent == tmp_path / "from-env" / "Caseworker backups"
    restored = run(db_path, "restore", made.name, env=env)
    assert restored.returncode == 0, restored.stderr


def test_without_a_folder_a_sentence_asks_for_one(db_path: Path) -> None:
    message = refused(run(db_path, "backup"))
    assert "--to" in message and "CASEWORKER_BACKUP_DIR" in message
    assert "CASEWORKER_BACKUP_DIR" in run(db_path, "backup", "--help").stdout


def test_a_folder_that_is_no_backup_is_refused_in_russian(db_path: Path, tmp_path: Path) -> None:
    ok(db_path, "case", "add", "--family", "Шумовы")
    message = refused(run(db_path, "restore", str(tmp_path), env=RUSSIAN))
    assert "резервн" in message
    assert "Шумовы" in ok(db_path, "search", "Шумовы")


def test_no_backups_yet_lists_nothing(db_path: Path, tmp_path: Path) -> None:
    assert ok(db_path, "backups", "--to", str(tmp_path / "none")) == ""
    assert json.loads(ok(db_path, "backups", "--to", str(tmp_path / "none"), "--json")) == []


def test_two_databases_in_one_folder_keep_their_own_backups(db_path: Path, tmp_path: Path) -> None:
    """Rotation and pruning never touch another database's backups: each database backs up
    into its own folder of the chosen one."""
    _filled(db_path, tmp_path)
    other = tmp_path / "demo" / "demo.sqlite"
    other.parent.mkdir()
    ok(other, "case", "add", "--family", "Демонстрационные")
    folder = tmp_path / "backups"
    folder.mkdir()
    mine = Path(ok(db_path, "backup", "--to", str(folder)))
    theirs = Path(ok(other, "backup", "--to", str(folder)))
    assert mine.parent != theirs.parent
    assert mine.parent.parent == theirs.parent.parent == folder / "Caseworker backups"
    assert mine.is_dir() and (mine / "manifest.json").is_file()
    listed = ok(db_path, "backups", "--to", str(folder))
    assert mine.name in listed and str(theirs) not in listed
    restored = run(db_path, "restore", mine.name, "--to", str(folder))
    assert restored.returncode == 0, restored.stderr


def test_the_caseworkers_own_files_in_the_chosen_folder_are_never_touched(
    db_path: Path, tmp_path: Path
) -> None:
    _filled(db_path, tmp_path)
    folder = tmp_path / "Dropbox"
    (folder / "evidence").mkdir(parents=True)
    own = folder / "evidence" / "скан письма.pdf"
    own.write_bytes(b"%PDF-1.4 the caseworker's own scan")
    ok(db_path, "backup", "--to", str(folder))
    ok(db_path, "case", "add", "--family", "Ивановы")
    ok(db_path, "backup", "--to", str(folder))
    assert own.read_bytes() == b"%PDF-1.4 the caseworker's own scan"


def test_a_missing_folder_is_not_made_and_the_backup_refused(db_path: Path, tmp_path: Path) -> None:
    """A disk not connected: its mount point is gone, and nothing is made in its place."""
    _filled(db_path, tmp_path)
    gone = tmp_path / "media" / "USB-DISK"
    message = refused(run(db_path, "backup", "--to", str(gone), env=RUSSIAN))
    assert str(gone) in message and "диск" in message
    assert not (tmp_path / "media").exists()
