"""Text a spreadsheet would run as a formula stays text, checked by independent readers."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from caseworker.db import Database
from caseworker.services import reports
from tests.conftest import ACTOR, SampleCase
from tests.xlsx.conftest import export, plan

DANGEROUS = [
    '=HYPERLINK("http://example.invalid","click")',
    "+7 916 000 12 34",
    "-сообщил сосед",
    "@SUM(A1)",
    "=1+1",
    "#N/A",
]


@pytest.fixture
def dangerous(database: Database, sample_case: SampleCase, tmp_path: Path) -> Path:
    with database.write() as session:
        for text in DANGEROUS:
            reports.add_report(
                session, ACTOR, sample_case.person_id, claim="missing", event="2026-04-10",
                source_kind="media", source_name=text, summary=text, received_on="2026-04-11",
            )  # fmt: skip
    return export(database, tmp_path / "dangerous.xlsx")


def test_no_formula_in_any_sheet_xml(dangerous: Path) -> None:
    with zipfile.ZipFile(dangerous) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            xml = archive.read(name).decode("utf-8")
            assert not re.search(r"<f[\s>]", xml), name


def test_calamine_reads_the_text_as_written(dangerous: Path) -> None:
    sheet = CalamineWorkbook.from_path(str(dangerous)).get_sheet_by_name("Reports")
    values = {cell for row in sheet.to_python() for cell in row}
    for text in DANGEROUS:
        assert text in values


def test_it_imports_back_unchanged(database: Database, dangerous: Path) -> None:
    planned = plan(database, dangerous)
    assert planned.errors == []
    assert (planned.created, planned.updated) == (0, 0)
