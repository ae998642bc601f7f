"""A workbook opened and saved again in LibreOffice Calc comes back as cleanly as from Excel.

Coordinators review exports in LibreOffice; Calc rewrites the whole file in its own way
(shared strings, styles, dates as numbers, the hidden columns and sheet). Runs where
LibreOffice is installed (``soffice`` on the PATH); skipped elsewhere, but never in CI.
"""

from __future__ import annotations

from pathlib import Path

from python_calamine import CalamineWorkbook

from caseworker.db import Database
from caseworker.models import Report, SoughtPerson
from caseworker.services import reports
from tests.conftest import ACTOR, SampleCase
from tests.libreoffice import converted_by_calc, needs_libreoffice
from tests.xlsx.conftest import edit, export, import_all, plan
from tests.xlsx.test_idempotent_import import add_report_row
from tests.xlsx.test_round_trip import edit_workbook, snapshot

pytestmark = needs_libreoffice


def saved_by_calc(path: Path) -> Path:
    """``path`` opened and saved as .xlsx by LibreOffice Calc (a new file beside it)."""
    return converted_by_calc(path, "xlsx:Calc MS Excel 2007 XML", "calc")


def test_an_untouched_workbook_saved_by_calc_changes_nothing(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    with database.write() as session:
        reports.add_report(
            session, ACTOR, sample_case.person_id, claim="alive", event="2026-04",
            source_kind="family", source_name="=HYPERLINK(\"http://example.invalid\")",
            summary="+7 916 000-00-00\nвторая строка",
        )  # fmt: skip
    calc = saved_by_calc(export(database, tmp_path / "cases.xlsx"))
    before = snapshot(database)
    preview = plan(database, calc)
    assert (preview.created, preview.updated, preview.errors, preview.conflicts) == (0, 0, [], [])
    assert preview.missing == []
    sheet = CalamineWorkbook.from_path(str(calc)).get_sheet_by_name("Reports").to_python()
    assert any('=HYPERLINK("http://example.invalid")' in row for row in sheet)
    import_all(database, calc)
    assert snapshot(database) == before


def test_edits_saved_by_calc_come_back(
    database: Database, sample_case: SampleCase, exported: Path
) -> None:
    edit_workbook(exported, sample_case)
    calc = saved_by_calc(exported)
    preview = plan(database, calc)
    assert preview.errors == [] and preview.conflicts == []
    assert (preview.created, preview.updated, preview.unchanged) == (1, 2, 2)
    import_all(database, calc)
    with database.read() as session:
        person = session.get(SoughtPerson, sample_case.person_id)
        killed = session.get(Report, sample_case.killed_report_id)
        assert person is not None and person.surname == "Шумов-Ёлкин"
        assert killed is not None and killed.place == "Курская обл., с. Ивановка"


def test_a_copy_saved_by_calc_after_the_import_creates_nothing_again(
    database: Database, sample_case: SampleCase, tmp_path: Path
) -> None:
    """The same new rows, in a file LibreOffice rewrote: already imported, not created."""
    path = export(database, tmp_path / "cases.xlsx")
    edit(path, lambda workbook: add_report_row(workbook, sample_case.reference))
    import_all(database, path)
    calc = saved_by_calc(path)
    preview = plan(database, calc)
    assert preview.created == 0
    assert [p.file_name for p in preview.present] == [path.name]
