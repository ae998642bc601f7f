"""The evidence bundle as a password-protected archive: read back with pyzipper and 7-Zip,
nothing of the files readable in the archive without the password, nothing left on failure."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import pyzipper

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.services import evidence as ev
from caseworker.services.evidence_bundle import (
    MIN_ARCHIVE_PASSWORD,
    ArchiveResult,
    export_case_archive,
)
from caseworker.services.evidence_export import export_case_evidence
from caseworker.vault import CopyCancelled, EvidenceVault, StoredFileDamaged
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.sealed_store import SealedVault
from tests.conftest import ACTOR, SampleCase

PASSWORD = "Сирень-и-мост 42"
#: Content no archive may show in the clear; long enough to be found however it is cut.
SECRET = "Распискa Гаврилюк-Ящерицына о передаче жетона".encode()
LETTER = b"%PDF-1.7\n" + SECRET * 40
PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + SECRET + bytes(range(256)) * 64
NOTE = SECRET * 3 + b"\n"
ORIGINAL_NAME = "Жетон Гаврилюк-Ящерицына.jpg"
FILES = {ORIGINAL_NAME: PHOTO, "письмо.pdf": LETTER, "заметка.txt": NOTE}
#: A raw key for a protected database, whose vault is then sealed.
KEY = bytes(range(100, 132))

Export = Callable[..., ArchiveResult]


@pytest.fixture(
    params=[
        pytest.param(None, id="plain-vault"),
        pytest.param(
            KEY,
            id="sealed-vault",
            marks=pytest.mark.sqlite_only(reason="encryption of SQLite files"),
        ),
    ]
)
def database_key(request: pytest.FixtureRequest) -> bytes | None:
    """Each test runs on a plain database with a plain vault and on a protected one."""
    key: bytes | None = request.param
    return key


@pytest.fixture
def vault(database: Database) -> EvidenceVault:
    return vault_of_engine(database.engine)


@pytest.fixture
def added(
    database: Database, vault: EvidenceVault, sample_case: SampleCase, tmp_path: Path
) -> dict[str, str]:
    """The files of FILES added to the sample case; their SHA-256 by original name."""
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    hashes = {}
    for name, content in FILES.items():
        path = incoming / name
        path.write_bytes(content)
        with database.write() as session:
            item = ev.add_evidence(session, vault, ACTOR, sample_case.case_id, path).item
        hashes[name] = item.sha256
    shutil.rmtree(incoming)
    return hashes


@pytest.fixture
def export(database: Database, vault: EvidenceVault, sample_case: SampleCase) -> Export:
    def run(path: Path, password: str = PASSWORD, **options: object) -> ArchiveResult:
        with database.read() as session:
            return export_case_archive(
                session,
                vault,
                sample_case.case_id,
                path,
                password,
                **options,  # type: ignore[arg-type]
            )

    return run


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the archives are written to: apart from the database and its vault."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def manifest_of(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_archive_holds_every_file_and_the_manifest(
    vault: EvidenceVault,
    database_key: bytes | None,
    added: dict[str, str],
    export: Export,
    out: Path,
) -> None:
    assert isinstance(vault, SealedVault) == (database_key is not None)
    target = out / "bundle.zip"
    result = export(target)
    assert result.path == target
    assert len(result.files) == len(FILES)
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(PASSWORD.encode())
        infos = archive.infolist()
        assert all(info.flag_bits & 0x1 for info in infos)  # every entry encrypted
        # AES-256 (strength 3) in the WinZip AE-2 form (no CRC of the plaintext shown)
        assert {(info.wz_aes_strength, info.wz_aes_version) for info in infos} == {(3, 2)}
        rows = manifest_of(archive.read("manifest.csv"))
        by_original = {row["original_name"]: row for row in rows}
        assert set(by_original) == set(FILES)
        for name, content in FILES.items():
            row = by_original[name]
            data = archive.read(row["file"])
            assert data == content
            assert row["sha256"] == hashlib.sha256(data).hexdigest() == added[name]
            assert row["file"].startswith("evidence-")
        sums = archive.read("SHA256SUMS").decode()
    expected = sorted(f"{row['sha256']}  {row['file']}" for row in rows)
    assert sorted(sums.splitlines()) == expected
    assert sorted(archive.namelist()) == sorted(
        [*(row["file"] for row in rows), "manifest.csv", "SHA256SUMS"]
    )


@pytest.mark.usefixtures("added")
def test_a_wrong_password_opens_nothing(export: Export, out: Path) -> None:
    target = out / "bundle.zip"
    export(target)
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(b"not the password at all")
        for name in archive.namelist():
            with pytest.raises(RuntimeError, match=r"(?i)password"):
                archive.read(name)


@pytest.mark.usefixtures("added")
def test_nothing_of_the_files_is_readable_in_the_archive(export: Export, out: Path) -> None:
    target = out / "bundle.zip"
    export(target)
    raw = target.read_bytes()
    stem = ORIGINAL_NAME.rsplit(".", 1)[0]
    for secret in (SECRET[:24], SECRET[-24:], stem.encode()):
        assert secret not in raw
    for text in (SECRET.decode()[:16], stem):
        assert text.encode("utf-16-le") not in raw
        assert text.encode("utf-16-be") not in raw
    assert b"sha256" not in raw  # the manifest's header is encrypted too
    assert b"JFIF" not in raw and b"%PDF" not in raw
    assert sorted(path.name for path in out.iterdir() if path.is_file()) == ["bundle.zip"]


@pytest.mark.usefixtures("added")
@pytest.mark.parametrize("password", ["", "x" * (MIN_ARCHIVE_PASSWORD - 1)])
def test_an_empty_or_short_password_is_refused(export: Export, out: Path, password: str) -> None:
    target = out / "bundle.zip"
    with pytest.raises(ValidationError, match="password") as refused:
        export(target, password)
    assert refused.value.field == "password"
    assert not any(out.glob("*bundle.zip*"))


def damage(vault: EvidenceVault, sha256: str) -> None:
    stored = vault.path_of(sha256)
    os.chmod(stored, 0o600)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x01
    stored.write_bytes(bytes(data))


def test_a_damaged_vault_file_refuses_the_export_and_leaves_the_old_archive(
    vault: EvidenceVault, added: dict[str, str], export: Export, out: Path
) -> None:
    target = out / "bundle.zip"
    target.write_bytes(b"an earlier archive")
    damage(vault, added["письмо.pdf"])
    with pytest.raises(StoredFileDamaged) as refused:
        export(target)
    assert refused.value.message
    assert target.read_bytes() == b"an earlier archive"
    assert sorted(path.name for path in out.iterdir() if path.is_file()) == ["bundle.zip"]


@pytest.mark.usefixtures("added")
def test_a_cancelled_export_leaves_nothing(export: Export, out: Path) -> None:
    target = out / "bundle.zip"
    seen: list[int] = []
    with pytest.raises(CopyCancelled):
        export(target, cancelled=lambda: True, progress=lambda done, _total: seen.append(done))
    assert seen
    assert not any(path.is_file() for path in out.iterdir())


def seven_zip() -> str:
    """The 7z program; in CI it must be there (apt package p7zip-full), elsewhere the test
    that needs it is skipped when it is missing."""
    program = shutil.which("7z")
    if program is None:
        if os.environ.get("CI"):
            pytest.fail("7z is missing: install p7zip-full")
        pytest.skip("7z is not installed (apt-get install p7zip-full)")
    return program


@pytest.mark.usefixtures("added")
def test_7zip_opens_the_archive_with_the_password_only(export: Export, out: Path) -> None:
    program = seven_zip()
    target = out / "bundle.zip"
    export(target)
    wrong = subprocess.run(
        [program, "t", "-pnot the password at all", str(target)],
        capture_output=True,
        check=False,
    )
    assert wrong.returncode != 0
    out = out / "unpacked"
    right = subprocess.run(
        [program, "x", f"-p{PASSWORD}", f"-o{out}", str(target)],
        capture_output=True,
        check=False,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert right.returncode == 0, right.stdout.decode() + right.stderr.decode()
    rows = manifest_of((out / "manifest.csv").read_bytes())
    assert {row["original_name"]: (out / row["file"]).read_bytes() for row in rows} == FILES
    checked = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, check=False
    )
    assert checked.returncode == 0, checked.stdout.decode()


def test_a_file_of_several_chunks_streams_whole(
    database: Database,
    vault: EvidenceVault,
    sample_case: SampleCase,
    export: Export,
    out: Path,
    tmp_path: Path,
) -> None:
    """A sealed file of several 1 MiB chunks (and a plain one of several reads) arrives whole."""
    video = tmp_path / "видео.mp4"
    content = b"\x00\x00\x00\x18ftypmp42" + os.urandom(5 * 1024 * 1024 // 2)
    video.write_bytes(content)
    with database.write() as session:
        ev.add_evidence(session, vault, ACTOR, sample_case.case_id, video)
    seen: list[tuple[int, int]] = []
    target = out / "bundle.zip"
    export(target, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (len(content), len(content))
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(PASSWORD.encode())
        (row,) = manifest_of(archive.read("manifest.csv"))
        assert archive.read(row["file"]) == content
        assert row["file"].endswith(".mp4")


def test_a_case_without_files_gives_an_archive_with_its_empty_manifest(
    export: Export, out: Path
) -> None:
    target = out / "bundle.zip"
    assert export(target).files == ()
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(PASSWORD.encode())
        assert manifest_of(archive.read("manifest.csv")) == []
        assert archive.read("SHA256SUMS") == b""
    program = shutil.which("7z")
    if program is not None:
        tested = subprocess.run(
            [program, "t", f"-p{PASSWORD}", str(target)], capture_output=True, check=False
        )
        assert tested.returncode == 0, tested.stdout.decode()


@pytest.mark.usefixtures("added")
def test_files_past_the_zip_limit_get_its_64_bit_sizes(
    export: Export, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A video over 2 GiB: the entry is written with the zip's 64-bit sizes (the limit made
    small here, so that a small file stands for it) and still reads back."""
    import pyzipper.zipfile as zip_module

    monkeypatch.setattr(zip_module, "ZIP64_LIMIT", 1000)
    target = out / "bundle.zip"
    export(target)
    monkeypatch.undo()
    assert b"\x01\x00\x10\x00" in target.read_bytes()  # a Zip64 extra field: 64-bit sizes
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(PASSWORD.encode())
        rows = manifest_of(archive.read("manifest.csv"))
        assert {row["original_name"]: archive.read(row["file"]) for row in rows} == FILES
    program = shutil.which("7z")
    if program is not None:
        tested = subprocess.run(
            [program, "t", f"-p{PASSWORD}", str(target)], capture_output=True, check=False
        )
        assert tested.returncode == 0, tested.stdout.decode()


def test_the_plain_folder_tells_its_progress_too(
    database: Database,
    vault: EvidenceVault,
    sample_case: SampleCase,
    added: dict[str, str],
    out: Path,
) -> None:
    seen: list[tuple[int, int]] = []
    with database.read() as session:
        result = export_case_evidence(
            session,
            vault,
            sample_case.case_id,
            out / "folder",
            progress=lambda done, total: seen.append((done, total)),
        )
    total = sum(len(content) for content in FILES.values())
    assert len(result.files) == len(added)
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


@pytest.mark.usefixtures("added")
def test_no_plain_copy_is_on_disk_while_the_archive_is_written(
    vault: EvidenceVault, export: Export, out: Path, tmp_path: Path
) -> None:
    """Looked at after each piece written: the partial archive is there, encrypted, and no
    plain copy of any file is anywhere but in the vault of a plain database."""
    plain_vault = None if isinstance(vault, SealedVault) else vault.root
    looked: list[list[str]] = []

    def look(_done: int, _total: int) -> None:
        files = [path for path in out.rglob("*") if path.is_file()]
        looked.append([path.name for path in files])
        for path in files:
            assert SECRET[:24] not in path.read_bytes(), path
        for path in tmp_path.rglob("*"):
            if path.is_file() and not (plain_vault and path.is_relative_to(plain_vault)):
                assert SECRET[:24] not in path.read_bytes(), path

    export(out / "bundle.zip", progress=look)
    assert looked and all(len(names) == 1 and names[0].endswith(".part") for names in looked)
