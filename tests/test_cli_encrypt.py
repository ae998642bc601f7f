"""``encrypt [--passphrase-file FILE]``: the open plain database and its evidence protected,
the recovery code printed once; refusals exit 1 with a sentence and change nothing."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from caseworker.security import keys_path
from tests.cli_runner import ROOT, process_environment, refused, run
from tests.security.convert_demo import make_demo
from tests.security.test_convert import row_counts

pytestmark = pytest.mark.sqlite_only(reason="encryption of SQLite files")

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
    assert "Backups made before now are not encrypted" in converted.stderr
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


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_at_a_terminal_the_passphrase_is_asked_twice(db_path: Path, tmp_path: Path) -> None:
    make_demo(db_path, tmp_path)
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "caseworker", "--db", str(db_path), "encrypt"],
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=process_environment(),
            start_new_session=True,  # no controlling terminal: getpass reads the given one
        )
        assert process.stderr is not None
        said = b""
        for prompt in (b"New passphrase: ", b"The same passphrase again: "):
            while prompt not in said:  # typed once asked, as a person does
                chunk = os.read(process.stderr.fileno(), 4096)
                assert chunk, said
                said += chunk
            said = said.replace(prompt, b"", 1)
            os.write(controller, f"{PASSPHRASE}\n".encode())
        out, err = process.communicate(timeout=120)
    finally:
        os.close(controller)
        os.close(terminal)
    assert process.returncode == 0, err
    assert len(out.decode().strip()) >= 24
    assert keys_path(db_path).is_file()
    assert PASSPHRASE not in out.decode() + err.decode()
