"""The work list as a workbook protected with a password: encrypted, nothing plain on disk."""

from __future__ import annotations

import io
import os
import tempfile
from datetime import date
from pathlib import Path

import msoffcrypto  # type: ignore[import-untyped]
import openpyxl
import pytest

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.services.worklist_rows import work_sheet
from caseworker.worklist_export import write_work_list
from caseworker.xlsx.importing.container import OLE_MAGIC
from tests.worklist_family import shumov_family

ON = date(2026, 10, 30)
PASSWORD = "пароль списка"


def test_a_protected_work_list(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.write() as session:
        family = shumov_family(session)
        family.inquiry(session, "2026-08-01", applicant=True)
    with database.read() as session:
        sheet = work_sheet(session, ON)
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    target = tmp_path / "target"
    target.mkdir()
    path = write_work_list(sheet, target / "today.xlsx", password=PASSWORD)
    data = path.read_bytes()
    assert data.startswith(OLE_MAGIC)
    for encoded in ("Шумов".encode(), "Шумов".encode("utf-16-le"), b"PK\x03\x04"):
        assert encoded not in data
    assert os.listdir(temporary) == []
    assert os.listdir(target) == ["today.xlsx"]
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    office.load_key(password=PASSWORD, verify_password=True)
    plain = io.BytesIO()
    office.decrypt(plain)
    page = openpyxl.load_workbook(plain).active
    assert page is not None
    assert any("Шумов" in str(row[2]) for row in page.iter_rows(min_row=2, values_only=True))


def test_an_empty_password_writes_nothing(database: Database, tmp_path: Path) -> None:
    with database.read() as session:
        sheet = work_sheet(session, ON)
    with pytest.raises(ValidationError, match="password is empty"):
        write_work_list(sheet, tmp_path / "today.xlsx", password="")
    assert not (tmp_path / "today.xlsx").exists()
