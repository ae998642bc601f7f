"""The import preview's Changes tab lists new inquiries, the steps of an inquiry's course
and new entries of the family log, each on its own line."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import inquiries
from tests.conftest import ACTOR
from tests.xlsx.conftest import edit, new_row, plan
from tests.xlsx.test_inquiries_sheet import (  # noqa: F401 (a fixture)
    WITHOUT_REPORT,
    Sent,
    offline_work,
    register_offline,
    sent,
)
from ui.spreadsheets.import_dialog import ImportDialog


def test_the_changes_tab_lists_inquiries_steps_and_family_log_entries(
    qtbot: QtBot,
    database: Database,
    sent: Sent,  # noqa: F811 (the fixture)
) -> None:
    offline_work(sent)

    def tell(workbook: Workbook) -> None:
        new_row(workbook, "Family log", {
            "Case reference": sent.case.reference, "Relative": "Шумова Ольга Ёжиковна",
            "Told on": date(2026, 6, 3), "Told by": "Ирина", "What": "answer received",
        })  # fmt: skip

    edit(sent.workbook, tell)
    dialog = ImportDialog(plan(database, sent.workbook))
    qtbot.addWidget(dialog)

    model = dialog.change_model
    lines = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert [(line[0], line[3]) for line in lines] == [
        ("Inquiries", "step: registered"),
        ("Inquiries", "step: answered"),
        ("Inquiries", "new record"),
        ("Family log", "new record"),
    ]
    assert "Сведениями о судьбе не располагаем." in lines[1][5]
    assert lines[1][5].endswith(WITHOUT_REPORT)  # no report is made of it
    assert "Российский Красный Крест" in lines[2][5]
    assert "answer received" in lines[3][5]
    assert any(dialog.tabs.tabText(i) == "Changes (3)" for i in range(dialog.tabs.count()))


def test_a_row_behind_the_program_is_listed_as_not_recorded(
    qtbot: QtBot,
    database: Database,
    sent: Sent,  # noqa: F811 (the fixture)
) -> None:
    edit(sent.workbook, register_offline)
    with database.write() as session:
        inquiries.close_inquiry(session, ACTOR, sent.inquiry_id, None, "нашёлся сам")
    dialog = ImportDialog(plan(database, sent.workbook))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["Not recorded (1)"]
    [line] = [dialog.notes_list.item(i).text() for i in range(dialog.notes_list.count())]
    assert line.startswith(f"Inquiries row 2: {sent.case.reference} → ")
    assert "closed without an answer" in line and "14.05.2026" in line
    assert not dialog.apply_button.isEnabled()


def test_a_deleted_inquiry_row_is_listed_and_kept(
    qtbot: QtBot,
    database: Database,
    sent: Sent,  # noqa: F811 (the fixture)
) -> None:
    def delete(workbook: Workbook) -> None:
        sheet = workbook["Inquiries"]
        sheet.delete_rows(2)

    edit(sent.workbook, delete)
    dialog = ImportDialog(plan(database, sent.workbook))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["No longer in the workbook (1)"]
    [line] = [dialog.missing_list.item(i).text() for i in range(dialog.missing_list.count())]
    assert line == f"Inquiries: {sent.case.reference} → Военный комиссариат Курской области"
