"""The case list for tests/ui/test_text_fits.py: a caseworker finds a family by its name.

The reference, the family, the status, the dates and the counts show whole; a sought
person's name may be cut when its cell's tooltip holds it whole; a column that steps aside
for want of room is named in the header's tooltip, and its text is in the row's tooltip (the
family's); and the list never scrolls across."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from sqlalchemy.orm import Session

from caseworker.services import cases
from tests.conftest import ACTOR, add_person
from ui.case_list_model import CaseColumn
from ui.main_window import MainWindow

#: Columns never cut: a caseworker finds a case by its reference and its family's name.
WHOLE = (
    CaseColumn.REFERENCE,
    CaseColumn.FAMILY,
    CaseColumn.STATUS,
    CaseColumn.LAST_REPORT,
    CaseColumn.NEXT_DUE,
    CaseColumn.CONTRADICTIONS,
    CaseColumn.OVERDUE_INQUIRIES,
)
#: Families after the demo's, enough for the list to scroll down (its scroll bar takes
#: width); the first, long, is among the rows seen at once.
FAMILIES = ("Преображенские", "Ковальчуки", "Белоусовы", "Тихомировы", "Алексеевы")
REGIONS = ("Белгородская область", "Курская область", "Тверская область")


def add_more_cases(session: Session, count: int = 40) -> None:
    """``count`` more cases, every fourth with a sought person."""
    for number in range(count):
        family = FAMILIES[number % len(FAMILIES)]
        case = cases.create_case(
            session, ACTOR, family_name=family, region=REGIONS[number % len(REGIONS)]
        )
        if number % 4 == 0:
            add_person(session, case.id, f"{family[:-1]} Андрей Ильич")


def _padding(table: QTableView) -> int:
    """The style's text margins each side of a cell's text (Qt's item view drawing)."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    return 2 * (margin + 1)


def case_list_problems(window: MainWindow, *, everything: bool) -> list[str]:
    """What the case list hides or cuts; with ``everything``, every column must show and
    every text whole (a list with room for it all)."""
    QApplication.processEvents()
    table = window.case_list.table
    header, model = table.horizontalHeader(), table.model()
    problems = []
    if table.horizontalScrollBar().isVisible():
        problems.append("the case list scrolls across")
    metrics, padding = table.fontMetrics(), _padding(table)
    for column in CaseColumn:
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        if not header.isSectionHidden(column):
            continue
        if everything:
            problems.append(f"column {title!r} is hidden")
        if title not in header.toolTip():
            problems.append(f"the header hides {title!r} unsaid: {header.toolTip()!r}")
    for row in range(model.rowCount()):
        family_tip = str(model.index(row, CaseColumn.FAMILY).data(Qt.ItemDataRole.ToolTipRole))
        for column in CaseColumn:
            index = model.index(row, column)
            text = str(index.data() or "")
            if not text:
                continue
            if header.isSectionHidden(column):
                if text not in family_tip:
                    problems.append(f"hidden {text!r} is not in the family's tooltip")
                continue
            needed = metrics.horizontalAdvance(text) + padding
            if needed <= table.columnWidth(column):
                continue
            cut = f"{text!r} needs {needed} px, has {table.columnWidth(column)}"
            if everything or column in WHOLE:
                problems.append(cut)
            elif text not in str(index.data(Qt.ItemDataRole.ToolTipRole) or ""):
                problems.append(f"{cut}, and is not in its tooltip")
    return list(dict.fromkeys(problems))  # a text cut in many rows, said once
