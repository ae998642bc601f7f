"""``export --password-file F`` and ``import FILE --password-file F`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from caseworker.xlsx.importing.container import OLE_MAGIC
from tests.cli_runner import refused
from tests.cli_runner import run as run_cli
from tests.conftest import SampleCase

PASSWORD = "  пароль с пробелами  "


def password_file(tmp_path: Path, text: str = PASSWORD + "\r\nвторая строка\n") -> Path:
    path = tmp_path / "password.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_export_and_import_with_a_password_file(
    db_path: Path,
    sample_case: SampleCase,  # noqa: ARG001 (a case to export)
    tmp_path: Path,
) -> None:
    out, secret = tmp_path / "protected.xlsx", password_file(tmp_path)
    exported = run_cli(db_path, "export", "--out", str(out), "--password-file", str(secret))
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().startswith(OLE_MAGIC)
    assert "The workbook is protected with the password." in exported.stderr
    assert PASSWORD.strip() not in exported.stdout + exported.stderr
    imported = run_cli(
        db_path, "import", str(out), "--json", "--password-file", str(secret), "--dry-run"
    )
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["unchanged"] == 5
    # The spaces are the password's; only the line's end is not.
    other = password_file(tmp_path, PASSWORD.strip() + "\n")
    wrong = run_cli(db_path, "import", str(out), "--password-file", str(other))
    assert refused(wrong) == "The password of this workbook is not right."


def test_a_protected_workbook_without_a_password_file_says_how(
    db_path: Path,
    sample_case: SampleCase,  # noqa: ARG001 (a case to export)
    tmp_path: Path,
) -> None:
    out = tmp_path / "protected.xlsx"
    secret = password_file(tmp_path)
    assert (
        run_cli(db_path, "export", "--out", str(out), "--password-file", str(secret)).returncode
        == 0
    )
    message = refused(run_cli(db_path, "import", str(out)))
    assert "protected with a password" in message
    assert "--password-file" in message


def test_a_missing_or_empty_password_file_is_refused(
    db_path: Path,
    sample_case: SampleCase,  # noqa: ARG001 (a case to export)
    tmp_path: Path,
) -> None:
    out = tmp_path / "protected.xlsx"
    missing = tmp_path / "nowhere.txt"
    given = ("export", "--out", str(out), "--password-file")
    message = refused(run_cli(db_path, *given, str(missing)))
    assert message.startswith(f"The password file “{missing}” cannot be read")
    empty = password_file(tmp_path, "\nсекрет на второй строке\n")
    message = refused(run_cli(db_path, *given, str(empty)))
    assert message == f"The password file “{empty}” is empty: its first line is the password."
    assert not out.exists()
    message = refused(run_cli(db_path, "import", str(out), "--password-file", str(empty)))
    assert "is empty" in message


def test_the_help_names_the_password_file(db_path: Path) -> None:
    for command in ("export", "import"):
        shown = run_cli(db_path, command, "--help")
        assert shown.returncode == 0
        assert "--password-file FILE" in shown.stdout
    russian = run_cli(db_path, "export", "--help", env={"LANG": "ru_RU.UTF-8"})
    assert "--password-file" in russian.stdout
    assert "паролем" in russian.stdout
