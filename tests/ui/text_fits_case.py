"""The case view's steps list, relatives and sought persons for tests/ui/test_text_fits.py:
what scrolls across, and what is cut without its whole text anywhere a caseworker can reach.

A list that scrolls across hides its last columns from a caseworker who does not think of
scrolling. Days, phones, numbers and statuses must show whole; a name or a long free text may
be elided when its cell's tooltip holds the whole; a column that steps aside for want of room
must leave its text in the row's tooltip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QStyle, QTreeWidget, QWidget
from sqlalchemy import select

from caseworker.models import Case
from ui.context import AppContext
from ui.main_window import MainWindow

CutTexts = Callable[[QWidget], list[str]]

#: Columns that are never cut, by list: a relative's relation, phone and consent; a sought
#: person's birth day and service number.
WHOLE_COLUMNS = {"relativesList": (1, 2, 3), "personsList": (2, 3)}


def _case_ids(context: AppContext) -> list[int]:
    with context.database.read() as session:
        return list(session.scalars(select(Case.id).order_by(Case.id)))


def _settle() -> None:
    """Let the layouts settle: a header label that wraps anew takes a second turn."""
    for _turn in range(2):
        QApplication.processEvents()


def _padding(tree: QTreeWidget) -> int:
    """The style's text margins each side of a cell's text (Qt's item view drawing)."""
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree)
    return 2 * (margin + 1)


def _tips(tree: QTreeWidget, row: int) -> str:
    item = tree.topLevelItem(row)
    assert item is not None
    return "\n".join(item.toolTip(column) for column in range(tree.columnCount()))


def list_problems(tree: QTreeWidget, whole: tuple[int, ...]) -> list[str]:
    """What ``tree`` hides: a scroll bar across, a cut text of the ``whole`` columns, a cut
    or hidden text that no tooltip of its row holds."""
    problems = []
    if tree.horizontalScrollBar().isVisible():
        problems.append(f"{tree.objectName()} scrolls across")
    metrics, padding = tree.fontMetrics(), _padding(tree)
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item is not None
        for column in range(tree.columnCount()):
            text = item.text(column)
            if not text:
                continue
            if tree.isColumnHidden(column):
                title = tree.headerItem().text(column)
                if text not in _tips(tree, row):
                    problems.append(f"{tree.objectName()}: hidden {text!r} is in no tooltip")
                if title not in tree.header().toolTip():
                    problems.append(f"{tree.objectName()}: the header hides {title!r} unsaid")
                continue
            needed = metrics.horizontalAdvance(text) + padding
            if needed <= tree.columnWidth(column):
                continue
            if column in whole:
                problems.append(
                    f"{tree.objectName()}: {text!r} needs {needed} px, "
                    f"has {tree.columnWidth(column)}"
                )
            elif text not in item.toolTip(column):
                problems.append(f"{tree.objectName()}: cut {text!r} is not in its tooltip")
    return problems


def people_that_scroll_across(
    window: MainWindow, context: AppContext, cut_texts: CutTexts
) -> list[str]:
    """Each case's relatives and sought persons (on the Reports tab, where both show)."""
    problems = []
    for case_id in _case_ids(context):
        window.open_case(case_id)
        view = window.case_view
        view.tabs.setCurrentIndex(0)
        _settle()
        for tree in (view.relatives_list, view.persons_list):
            found = list_problems(tree, WHOLE_COLUMNS[tree.objectName()])
            problems += [f"case {case_id}: {problem}" for problem in found]
        problems += [f"case {case_id}: {problem}" for problem in cut_texts(window)]
    return problems


def steps_that_scroll_across(
    window: MainWindow, context: AppContext, cut_texts: CutTexts
) -> list[str]:
    """Each inquiry's course in the Inquiries tab: its day, what and who whole, its details
    whole in the step's tooltip (and below the list when chosen)."""
    problems = []
    for case_id in _case_ids(context):
        window.open_case(case_id)
        panel = window.case_view.inquiries_panel
        window.case_view.tabs.setCurrentWidget(panel)
        _settle()
        for inquiry in panel.lines():
            panel.select_inquiry(inquiry.id)
            QApplication.processEvents()
            tree = panel.course_tree
            where = f"case {case_id}, inquiry {inquiry.id}"
            problems += [f"{where}: {problem}" for problem in list_problems(tree, (0, 1))]
            problems += [f"{where}: {problem}" for problem in cut_texts(window)]
            for row, (_day, _what, _who, details) in enumerate(panel.course_texts()):
                item = tree.topLevelItem(row)
                assert item is not None
                if details and details not in item.toolTip(0):
                    problems.append(f"{where}: {details!r} is not in its step's tooltip")
                tall = tree.visualItemRect(item).height()
                if details and tall < 2 * tree.fontMetrics().lineSpacing():
                    problems.append(f"{where}: {details!r} has no line of its own")
            last = tree.topLevelItem(tree.topLevelItemCount() - 1)
            if last is not None and last.isSelected():
                shown = panel.step_text.text()
                if shown != panel.course_texts()[-1][3]:
                    problems.append(f"{where}: below the list {shown!r}")
    return problems


def at_sizes(window: MainWindow, check: Callable[[], list[str]]) -> list[str]:
    """``check`` with ``window`` at 1280x800 and at 1920x1080 (where the window is larger
    than the 1280x800 screen ``check`` measures it against, which is no problem)."""
    problems = []
    for width, height in ((1280, 800), (1920, 1080)):
        window.resize(width, height)
        QApplication.processEvents()
        larger = f"window {window.objectName()!r} is {width}x{height}"
        problems += [
            f"{width}x{height}: {problem}"
            for problem in check()
            if width == 1280 or not problem.endswith(larger)
        ]
    return problems
