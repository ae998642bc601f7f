"""The case list's overdue column and its "With overdue inquiries" filter, as the user sees them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import addressees, inquiries
from tests.conftest import ACTOR
from tests.ui.conftest import add_case
from ui.case_list_model import OVERDUE_COLOUR, CaseColumn, CaseListRole
from ui.main_window import MainWindow


def sent_inquiries(database: Database, case_id: int, *sent_on: str) -> list[int]:
    """Inquiries of the case to the Ministry of Defence (30 days), sent on those days."""
    with database.write() as session:
        ministry = addressees.add_addressee(
            session, ACTOR, name=f"Минобороны {case_id}", kind="ministry"
        )
        return [
            inquiries.add_inquiry(session, ACTOR, case_id, ministry.id, sent_on=day).id
            for day in sent_on
        ]


def shown(window: MainWindow) -> dict[str, str]:
    """Family name → the overdue column's text, for the rows the list shows."""
    model = window.case_model
    return {
        model.index(row, CaseColumn.FAMILY).data(): model.index(
            row, CaseColumn.OVERDUE_INQUIRIES
        ).data()
        for row in range(model.rowCount())
    }


def test_a_case_with_overdue_inquiries_shows_how_many_in_red(
    database: Database, main_window: MainWindow
) -> None:
    late = add_case(database, "Шумовы")
    waiting = add_case(database, "Ершовы")
    add_case(database, "Лесковы")
    sent_inquiries(database, late, "2026-01-10", "2026-02-10")  # long past 30 days
    (answered,) = sent_inquiries(database, waiting, "2026-01-10")
    with database.write() as session:
        inquiries.answer_inquiry(session, ACTOR, answered, None, "2026-02-01", "Сведений нет.")
    main_window.case_list.refresh()
    assert shown(main_window) == {"Шумовы": "2", "Ершовы": "", "Лесковы": ""}
    model = main_window.case_model
    row = next(r for r in range(model.rowCount()) if model.case_id(r) == late)
    cell = model.index(row, CaseColumn.OVERDUE_INQUIRIES)
    brush = cell.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR
    assert cell.data(CaseListRole.OVERDUE_INQUIRIES) == 2
    assert "2" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert not main_window.case_list.table.isColumnHidden(CaseColumn.OVERDUE_INQUIRIES)


def test_overdue_only_shows_only_the_cases_with_an_overdue_inquiry(
    qtbot: QtBot, database: Database, main_window: MainWindow
) -> None:
    late = add_case(database, "Шумовы")
    add_case(database, "Ершовы")
    sent_inquiries(database, late, "2026-01-10")
    main_window.case_list.refresh()
    assert set(shown(main_window)) == {"Шумовы", "Ершовы"}
    qtbot.mouseClick(main_window.case_list.overdue_filter, Qt.MouseButton.LeftButton)
    assert shown(main_window) == {"Шумовы": "1"}
    assert main_window.case_model.total == 1
    qtbot.mouseClick(main_window.case_list.overdue_filter, Qt.MouseButton.LeftButton)
    assert set(shown(main_window)) == {"Шумовы", "Ершовы"}
    # Clearing the filters unticks it too.
    qtbot.mouseClick(main_window.case_list.overdue_filter, Qt.MouseButton.LeftButton)
    main_window.case_list.clear_filters()
    assert not main_window.case_list.overdue_filter.isChecked()
    assert set(shown(main_window)) == {"Шумовы", "Ершовы"}
