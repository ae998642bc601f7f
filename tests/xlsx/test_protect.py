"""Workbooks protected with a password: nothing plain on disk, the same import with it."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import msoffcrypto  # type: ignore[import-untyped]
import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.models import SoughtPerson
from caseworker.services import cases
from caseworker.xlsx import ImportRefused, Limits, apply_import, plan_import, read_workbook
from caseworker.xlsx.importing.container import OLE_MAGIC
from caseworker.xlsx.protect import (
    PasswordNeeded,
    WrongPassword,
    encrypt,
    is_protected,
    save_protected,
    workbook_in_memory,
)
from tests.conftest import ACTOR, SampleCase
from tests.xlsx.conftest import export, find_row, plan, set_cell

PASSWORD = "Пароль для юриста 7"
#: A family name no other test or word of the program holds.
DISTINCTIVE = "Зябликова-Щеглецкая"


def encodings(text: str) -> list[bytes]:
    return [text.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


@pytest.fixture
def distinctive_case(database: Database, sample_case: SampleCase) -> str:  # noqa: ARG001
    with database.write() as session:
        return cases.create_case(
            session, ACTOR, family_name=DISTINCTIVE, region="Тульская область"
        ).reference


def decrypted(path: Path, password: str = PASSWORD) -> bytes:
    with path.open("rb") as stream:
        office = msoffcrypto.OfficeFile(stream)
        office.load_key(password=password, verify_password=True)
        plain = io.BytesIO()
        office.decrypt(plain)
    return plain.getvalue()


def test_a_protected_workbook_holds_no_plain_byte(
    database: Database, distinctive_case: str, tmp_path: Path
) -> None:
    path = export(database, tmp_path / "protected.xlsx", password=PASSWORD)
    data = path.read_bytes()
    assert data.startswith(OLE_MAGIC)
    for encoded in [*encodings(DISTINCTIVE), *encodings(distinctive_case), b"PK\x03\x04"]:
        assert encoded not in data
    with path.open("rb") as stream:
        assert is_protected(stream)
    # Decrypted, it is the workbook: openpyxl and calamine read the family back.
    plain = decrypted(path)
    assert plain.startswith(b"PK\x03\x04")
    workbook = load_workbook(io.BytesIO(plain), read_only=True)
    assert DISTINCTIVE in {c for row in workbook["Cases"].values for c in row}
    calamine = CalamineWorkbook.from_filelike(io.BytesIO(plain))
    assert DISTINCTIVE in {
        c for row in calamine.get_sheet_by_name("Cases").to_python() for c in row
    }


def _plain_files(folders: list[Path], words: list[bytes]) -> list[str]:
    """The files in ``folders`` holding any of ``words`` or a zip (a plain workbook)."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(word in data for word in words) or data.startswith(b"PK\x03\x04"):
                found.append(path.name)
    return found


@pytest.mark.parametrize("password", [PASSWORD, None])
def test_no_plain_file_on_disk_during_a_protected_export(
    database: Database,
    distinctive_case: str,  # noqa: ARG001 (the case to look for)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    password: str | None,
) -> None:
    """Every row written, the target's folder and the temporary folder are searched for the
    family's name; the unprotected export shows the search finds openpyxl's sheet files."""
    temporary, target = tmp_path / "temporary", tmp_path / "target"
    temporary.mkdir()
    target.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    seen: list[str] = []

    def look(_done: int, _total: int) -> None:
        seen.extend(_plain_files([temporary, target], encodings(DISTINCTIVE)))

    # The row checks run in this process (no child): the family's rows pass the hook.
    export(
        database, target / "cases.xlsx", password=password, progress=look, every=1,
        separate_process=False,
    )  # fmt: skip
    if password is None:
        assert seen  # openpyxl's sheet files: the search works
        return
    assert seen == []
    assert os.listdir(target) == ["cases.xlsx"]
    assert os.listdir(temporary) == []
    assert _plain_files([temporary, target], encodings(DISTINCTIVE)) == []


def test_a_protected_workbook_imports_as_the_plain_one(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    plain_path = export(database, tmp_path / "plain.xlsx")
    plain = plan(database, plain_path)
    path = export(database, tmp_path / "protected.xlsx", password=PASSWORD)
    with database.read() as session:
        protected = plan_import(session, path, password=PASSWORD)
    assert protected.clean
    assert (protected.created, protected.updated, protected.unchanged) == (
        plain.created, plain.updated, plain.unchanged,
    )  # fmt: skip
    assert protected.unchanged > 0
    assert protected.sha256 != plain.sha256
    read, expected = read_workbook(path, password=PASSWORD), read_workbook(plain_path)
    assert (read.sheets, read.exported_cases) == (expected.sheets, expected.exported_cases)
    assert sample_case.reference in str(read.sheets["Cases"].rows)


def test_an_edited_protected_workbook_imports_its_edit(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    """Decrypted, edited and saved with the password again (as Excel does), it imports."""
    path = export(database, tmp_path / "protected.xlsx", password=PASSWORD)
    workbook = load_workbook(io.BytesIO(decrypted(path)))
    persons = workbook["Persons"]
    set_cell(persons, find_row(persons, "Surname", "Шумов"), "Surname", "Шумов-Ёлкин")
    edited = io.BytesIO()
    workbook.save(edited)
    path.write_bytes(encrypt(edited.getvalue(), "другой пароль"))
    with database.write() as session:
        planned = plan_import(session, path, password="другой пароль")
        assert (planned.updated, planned.clean) == (1, True)
        apply_import(session, ACTOR, planned)
    with database.read() as session:
        person = session.get(SoughtPerson, sample_case.person_id)
        assert person is not None
        assert person.surname == "Шумов-Ёлкин"


def test_without_or_with_a_wrong_password_nothing_is_read(
    database: Database,
    sample_case: SampleCase,  # noqa: ARG001 (a case to export)
    tmp_path: Path,
) -> None:
    path = export(database, tmp_path / "protected.xlsx", password=PASSWORD)
    with pytest.raises(PasswordNeeded, match="protected with a password"):
        read_workbook(path)
    with pytest.raises(PasswordNeeded):
        read_workbook(path, password="")
    with pytest.raises(WrongPassword, match="The password of this workbook is not right"):
        read_workbook(path, password="пароль")
    assert issubclass(WrongPassword, ImportRefused)


def test_a_changed_byte_of_a_protected_workbook_is_refused(
    database: Database,
    sample_case: SampleCase,  # noqa: ARG001 (a case to export)
    tmp_path: Path,
) -> None:
    path = export(database, tmp_path / "protected.xlsx", password=PASSWORD)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ImportRefused, match="damaged") as refused:
        read_workbook(path, password=PASSWORD)
    assert not isinstance(refused.value, WrongPassword)


def test_the_zip_limits_apply_to_the_decrypted_workbook(
    database: Database,
    sample_case: SampleCase,  # noqa: ARG001 (a case to export)
    tmp_path: Path,
) -> None:
    path = export(database, tmp_path / "protected.xlsx", password=PASSWORD)
    with pytest.raises(ImportRefused, match="unpacks to more data"):
        read_workbook(path, Limits(max_parts=3), password=PASSWORD)
    with pytest.raises(ImportRefused, match="holds a text longer"):
        read_workbook(path, Limits(max_text_bytes=8), password=PASSWORD)


def test_an_empty_password_protects_nothing(database: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="password is empty"):
        export(database, tmp_path / "protected.xlsx", password="")
    assert not (tmp_path / "protected.xlsx").exists()


def test_a_workbook_asking_for_endless_hashing_is_refused(tmp_path: Path) -> None:
    """The rounds of hashing are the file's to say: too many are refused before hashing."""
    plain = io.BytesIO()
    Workbook().save(plain)
    data = encrypt(plain.getvalue(), PASSWORD)
    assert data.count(b'spinCount="100000"') == 1
    path = tmp_path / "slow.xlsx"
    path.write_bytes(data.replace(b'spinCount="100000"', b'spinCount="999999"'))
    with pytest.raises(ImportRefused, match="damaged") as refused:
        read_workbook(path, password=PASSWORD)
    assert not isinstance(refused.value, WrongPassword)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:2048],  # cut short
        lambda data: data.replace("EncryptionInfo".encode("utf-16-le"), b"x" * 28),
        lambda data: data.replace(b"<keyEncryptor", b"<keyEncryptoX"),
    ],
    ids=["cut", "no-encryption-info", "bad-xml"],
)
def test_a_damaged_protected_container_is_refused(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    plain = io.BytesIO()
    Workbook().save(plain)
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(damage(encrypt(plain.getvalue(), PASSWORD)))
    with pytest.raises(ImportRefused) as refused:
        read_workbook(path, password=PASSWORD)
    assert not isinstance(refused.value, WrongPassword | PasswordNeeded)
    assert "damaged.xlsx" in refused.value.message


def test_an_old_xls_file_is_still_refused_as_before(tmp_path: Path) -> None:
    """An OLE file that is no encrypted workbook (an old .xls) gets the sentence it got."""
    plain = io.BytesIO()
    Workbook().save(plain)
    data = encrypt(plain.getvalue(), PASSWORD)
    for name in ("EncryptionInfo", "EncryptedPackage"):
        encoded = name.encode("utf-16-le")
        data = data.replace(encoded, ("Workbook" + "_" * (len(name) - 8)).encode("utf-16-le"))
    path = tmp_path / "old.xls"
    path.write_bytes(data)
    with pytest.raises(ImportRefused, match="password-protected or encrypted"):
        read_workbook(path, password=PASSWORD)


def test_an_ordinary_workbook_is_made_in_memory_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workbook that is not write-only (as the work list's) keeps its sheets in memory
    too; its sheet is whole once decrypted."""
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    workbook = workbook_in_memory(write_only=False)
    sheet = workbook.active
    assert sheet is not None
    rows = [[DISTINCTIVE, number, f"строка {number}"] for number in range(3000)]
    for row in rows:
        sheet.append(row)
    path = tmp_path / "list.xlsx"
    save_protected(workbook, path, PASSWORD)
    assert os.listdir(temporary) == []
    read = load_workbook(io.BytesIO(decrypted(path)), read_only=True)
    assert [list(row) for row in read.active.values] == rows
