"""The import preview's Changes tab lists new inquiries, the steps of an inquiry's course
and new entries of the family log, each on its own line."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from tests.xlsx.conftest import edit, new_row, plan
from tests.xlsx.test_inquiries_sheet import Sent, offline_work, sent  # noqa: F401 (a fixture)
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
    assert "Российский Красный Крест" in lines[2][5]
    assert "answer received" in lines[3][5]
    assert any(dialog.tabs.tabText(i) == "Changes (3)" for i in range(dialog.tabs.count()))
