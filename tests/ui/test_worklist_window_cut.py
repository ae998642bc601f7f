"""The Today window shows each section's most urgent rows and says how many there are in
all; "Show every row" reads the whole list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services.worklist_rows import Section
from tests.worklist_family import shumov_family
from ui.main_window import MainWindow
from ui.worklist import window as window_module
from ui.worklist.window import WorkListWindow


@pytest.fixture
def three_overdue(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three overdue inquiries, and a window that shows two rows a section."""
    monkeypatch.setattr(window_module, "ROWS_PER_SECTION", 2)
    today = date.today()
    with database.write() as session:
        family = shumov_family(session)
        for days in (40, 50, 70):
            family.inquiry(session, today - timedelta(days=days))


def shown(main_window: MainWindow) -> WorkListWindow:
    main_window.today.action.trigger()
    window = main_window.today.work_list
    assert window is not None
    if window.job is not None:
        window.job.wait()
    assert window.sheet is not None
    return window


def headings(window: WorkListWindow) -> list[str]:
    model = window.model
    return [model.index(n, 0).data() for n in range(model.rowCount()) if model.is_heading(n)]


@pytest.mark.usefixtures("three_overdue")
def test_a_cut_section_says_how_many_and_every_row_can_be_shown(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = shown(main_window)
    assert headings(window)[0] == "Overdue inquiries (2 shown of 3)"
    assert window.sheet is not None and len(window.sheet.rows(Section.OVERDUE)) == 2
    # The most days late first: 70 and 50 days after sending (37 and 17 days overdue).
    assert ["37 days" in window.model.index(n, 3).data() for n in (1, 2)] == [True, False]
    assert "3 overdue" in window.summary_label.text()
    assert "3 to act on in all" in window.summary_label.text()
    assert window.all_button.isVisibleTo(window)

    qtbot.mouseClick(window.all_button, Qt.MouseButton.LeftButton)
    if window.job is not None:
        window.job.wait()
    assert headings(window)[0] == "Overdue inquiries (3)"
    assert window.model.rowCount() == 3 + 7  # three rows and the seven headings
    assert window.all_button.isVisibleTo(window) and window.all_button.isChecked()

    window.show_every_row(False)
    if window.job is not None:
        window.job.wait()
    assert headings(window)[0] == "Overdue inquiries (2 shown of 3)"
