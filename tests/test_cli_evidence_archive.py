"""``evidence export --password-file F``: the bundle as a protected archive, the password
read from a file, never an argument; a short password and a folder as --out refused."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyzipper

from tests.cli_runner import run as run_cli
from tests.conftest import SampleCase

PASSWORD = "Ветер над Днепром"
PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + "снимок Кукушкиной".encode() * 20


def add_photo(db_path: Path, sample_case: SampleCase, tmp_path: Path) -> None:
    photo = tmp_path / "фото Кукушкиной.jpg"
    photo.write_bytes(PHOTO)
    added = run_cli(db_path, "evidence", "add", "--case", sample_case.reference, str(photo))
    assert added.returncode == 0, added.stderr


def password_file(tmp_path: Path, password: str) -> Path:
    path = tmp_path / "password.txt"
    path.write_text(f"{password}\nthe second line is not part of it\n", encoding="utf-8")
    return path


def test_a_password_file_gives_a_protected_archive(
    db_path: Path, sample_case: SampleCase, tmp_path: Path
) -> None:
    add_photo(db_path, sample_case, tmp_path)
    archive_path = tmp_path / "для юриста.zip"
    done = run_cli(
        db_path, "evidence", "export", "--case", sample_case.reference,
        "--out", str(archive_path), "--password-file", str(password_file(tmp_path, PASSWORD)),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(archive_path)
    assert "protected with the password" in done.stderr
    assert "not protected" not in done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    with pyzipper.AESZipFile(archive_path) as archive:
        archive.setpassword(PASSWORD.encode())
        rows = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig"))))
        assert [row["original_name"] for row in rows] == ["фото Кукушкиной.jpg"]
        assert archive.read(rows[0]["file"]) == PHOTO


def test_a_short_password_or_a_folder_is_refused(
    db_path: Path, sample_case: SampleCase, tmp_path: Path
) -> None:
    add_photo(db_path, sample_case, tmp_path)
    short = run_cli(
        db_path, "evidence", "export", "--case", sample_case.reference,
        "--out", str(tmp_path / "a.zip"), "--password-file", str(password_file(tmp_path, "short")),
    )  # fmt: skip
    assert short.returncode != 0
    assert "too short" in short.stderr
    assert not (tmp_path / "a.zip").exists()
    folder = run_cli(
        db_path, "evidence", "export", "--case", sample_case.reference,
        "--out", str(tmp_path), "--password-file", str(password_file(tmp_path, PASSWORD)),
    )  # fmt: skip
    assert folder.returncode != 0
    assert "is a folder" in folder.stderr
    short_file = password_file(tmp_path, "коротко")
    russian = run_cli(
        db_path, "evidence", "export", "--case", sample_case.reference,
        "--out", str(tmp_path / "b.zip"), "--password-file", str(short_file),
        env={"LANG": "ru_RU.UTF-8"},
    )  # fmt: skip
    assert "слишком короткий" in russian.stderr


def test_the_folder_export_says_how_to_protect_it(
    db_path: Path, sample_case: SampleCase, tmp_path: Path
) -> None:
    add_photo(db_path, sample_case, tmp_path)
    done = run_cli(
        db_path, "evidence", "export", "--case", sample_case.reference,
        "--out", str(tmp_path / "папка"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "not protected by a password" in done.stderr
    assert "--password-file" in done.stderr
    shown = run_cli(db_path, "evidence", "export", "--help")
    assert "--password-file" in shown.stdout
