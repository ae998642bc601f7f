"""``encrypt [--passphrase-file FILE]``: the open plain database and its evidence protected,
the recovery code printed once; refusals exit 1 with a sentence and change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.security import keys_path
from tests.cli_runner import refused, run
from tests.security.convert_demo import make_demo
from tests.security.test_convert import row_counts

PASSPHRASE = "Ёлка и шесть гусей"


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "new-passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_encrypt_then_everything_asks_for_the_passphrase(
    db_path: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    make_demo(db_path, tmp_path)
    converted = run(db_path, "encrypt", "--passphrase-file", str(passphrase_file))
    assert converted.returncode == 0, converted.stderr
    code = converted.stdout.strip()
    assert "\n" not in code and len(code) >= 24
    assert "write it down" in converted.stderr
    assert PASSPHRASE not in converted.stdout + converted.stderr
    assert keys_path(db_path).is_file()
    assert "protected with a passphrase" in refused(run(db_path, "check"))
    checked = run(db_path, "--passphrase-file", str(passphrase_file), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    again = refused(run(db_path, "encrypt", "--passphrase-file", str(passphrase_file)))
    assert "already protected" in again
    code_file = tmp_path / "code.txt"
    code_file.write_text(code + "\n", encoding="utf-8")
    new_file = tmp_path / "newer.txt"
    new_file.write_text("a newer passphrase here\n", encoding="utf-8")
    recovered = run(
        db_path,
        "passphrase",
        "recover",
        "--recovery-code-file",
        str(code_file),
        "--new-passphrase-file",
        str(new_file),
    )
    assert recovered.returncode == 0, recovered.stderr


def test_without_a_passphrase_file_and_no_terminal_refused(db_path: Path, tmp_path: Path) -> None:
    make_demo(db_path, tmp_path)
    rows = row_counts(db_path)
    assert "--passphrase-file" in refused(run(db_path, "encrypt"))
    assert not keys_path(db_path).exists()
    assert row_counts(db_path) == rows


def test_short_passphrase_refused(db_path: Path, tmp_path: Path) -> None:
    make_demo(db_path, tmp_path)
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    assert "8" in refused(run(db_path, "encrypt", "--passphrase-file", str(short)))
    assert not keys_path(db_path).exists()


def test_server_database_refused(passphrase_file: Path) -> None:
    message = refused(
        run(
            None,
            "--db",
            "postgresql://caseworker@localhost/cases",
            "encrypt",
            "--passphrase-file",
            str(passphrase_file),
        )
    )
    assert "server" in message


def test_missing_database_refused(db_path: Path, passphrase_file: Path) -> None:
    message = refused(run(db_path, "encrypt", "--passphrase-file", str(passphrase_file)))
    assert "no such file" in message
    assert not db_path.exists() and not keys_path(db_path).exists()
