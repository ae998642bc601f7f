"""The case list's columns and what each cell of a case row shows: text, colour, tooltip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import auto
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.labels import label
from caseworker.services.case_list import CaseRow, CaseSort
from caseworker.vocab import CaseStatus
from ui.widgets.date_field import format_short_day
from ui.widgets.table_model import Columns, Roles

OVERDUE_COLOUR = QColor(192, 32, 32)
T = TypeVar("T")


class CaseColumn(Columns):
    REFERENCE = auto()
    FAMILY = auto()
    REGION = auto()
    PERSONS = auto()
    STATUS = auto()
    LAST_REPORT = auto()
    NEXT_DUE = auto()
    CONTRADICTIONS = auto()
    #: How many of the case's inquiries are overdue (counted with the page).
    OVERDUE_INQUIRIES = auto()


class CaseListRole(Roles):
    CASE_ID = auto()
    OVERDUE = auto()
    #: The open contradictions of the case's persons (None until analysed).
    OPEN_CONTRADICTIONS = auto()
    #: Whether credible reports about a person of the case disagree (None until analysed).
    CONTESTED = auto()
    #: How many of the case's inquiries are overdue.
    OVERDUE_INQUIRIES = auto()


COLUMN_SORT: dict[CaseColumn, CaseSort] = {
    CaseColumn.REFERENCE: CaseSort.REFERENCE,
    CaseColumn.FAMILY: CaseSort.FAMILY,
    CaseColumn.REGION: CaseSort.REGION,
    CaseColumn.PERSONS: CaseSort.PERSONS,
    CaseColumn.STATUS: CaseSort.STATUS,
    CaseColumn.LAST_REPORT: CaseSort.LAST_REPORT,
    CaseColumn.NEXT_DUE: CaseSort.NEXT_DUE,
}

#: The columns of names, which a narrow list elides (their tooltip holds the whole).
NAMES = frozenset({CaseColumn.FAMILY, CaseColumn.REGION, CaseColumn.PERSONS})

#: The open contradictions of a case and whether it is contested, by case id.
Counts = dict[int, tuple[int, bool]]


def is_overdue(row: CaseRow, today: date) -> bool:
    return (
        row.next_action_due is not None
        and row.next_action_due < today
        and row.status != CaseStatus.CLOSED
    )


TEXTS: dict[CaseColumn, Callable[[CaseRow], str]] = {
    CaseColumn.REFERENCE: lambda row: row.reference,
    CaseColumn.FAMILY: lambda row: row.family_name,
    CaseColumn.REGION: lambda row: row.region,
    CaseColumn.PERSONS: lambda row: row.persons_label,
    CaseColumn.STATUS: lambda row: label(row.status),
    CaseColumn.LAST_REPORT: lambda row: format_short_day(row.last_report_on),
    CaseColumn.NEXT_DUE: lambda row: format_short_day(row.next_action_due),
    CaseColumn.OVERDUE_INQUIRIES: lambda row: str(row.overdue) if row.overdue else "",
}


#: The columns' titles, in their order.
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("CaseListModel", "Reference"),
    QT_TRANSLATE_NOOP("CaseListModel", "Family"),
    QT_TRANSLATE_NOOP("CaseListModel", "Region"),
    QT_TRANSLATE_NOOP("CaseListModel", "Sought persons"),
    QT_TRANSLATE_NOOP("CaseListModel", "Status"),
    QT_TRANSLATE_NOOP("CaseListModel", "Last report"),
    QT_TRANSLATE_NOOP("CaseListModel", "Action due"),
    QT_TRANSLATE_NOOP("CaseListModel", "⚠"),
    QT_TRANSLATE_NOOP("CaseListModel", "✉"),
)

#: The tooltips of some columns' headers.
COLUMN_TIPS: dict[int, str] = {
    CaseColumn.PERSONS: QT_TRANSLATE_NOOP(
        "CaseListModel", "The persons this family is looking for"
    ),
    CaseColumn.LAST_REPORT: QT_TRANSLATE_NOOP(
        "CaseListModel", "When the newest report was received"
    ),
    CaseColumn.NEXT_DUE: QT_TRANSLATE_NOOP(
        "CaseListModel", "When the next action on the case is due; red if overdue"
    ),
    CaseColumn.CONTRADICTIONS: QT_TRANSLATE_NOOP(
        "CaseListModel",
        "Contradictions: how many are open between the reports; red ⚠ when the "
        "case is contested (credible reports disagree about a person's fate)",
    ),
    CaseColumn.OVERDUE_INQUIRIES: QT_TRANSLATE_NOOP(
        "CaseListModel", "Inquiries past their due date without an answer; red when any"
    ),
}

#: The roles the case list answers; the painting asks each cell for a dozen others.
ANSWERED_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.ForegroundRole),
        *(int(role) for role in CaseListRole),
    }
)
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
#: The columns whose text may be red (the other cells are asked their colour in vain).
RED_COLUMNS = frozenset(
    {CaseColumn.NEXT_DUE, CaseColumn.CONTRADICTIONS, CaseColumn.OVERDUE_INQUIRIES}
)
CELL_COLUMNS = tuple(CaseColumn)


def cell_text(row: CaseRow, column: CaseColumn) -> str:
    """What a cell of ``column`` shows for ``row`` (the contradictions apart)."""
    made = TEXTS.get(column)
    return "" if made is None else made(row)


def name_tip(row: CaseRow, column: CaseColumn) -> str | None:
    """A name's whole text, for a narrow list that elides it; the family's with its region
    and its sought persons (which a narrow list leaves out)."""
    if column != CaseColumn.FAMILY:
        return TEXTS[column](row) or None
    family = " · ".join(text for text in (row.family_name, row.region) if text)
    return "\n".join(text for text in (family, row.persons_label) if text) or None


def contradiction_text(row: CaseRow, counts: Counts) -> str:
    count, contested = counts.get(row.id, (0, False))
    if contested:
        return QCoreApplication.translate("CaseListModel", "⚠ {count}").format(count=count)
    return str(count) if count else ""


def shared_widths(room: int, least: dict[T, int], wanted: dict[T, int]) -> dict[T, int]:
    """The widths of columns sharing ``room``: each at least ``least``, then room in
    proportion to what it ``wanted``; the last takes what rounding leaves."""
    if room >= sum(wanted.values()):
        total = sum(wanted.values())
        widths = {column: wanted[column] * room // total for column in wanted}
    elif room > sum(least.values()):
        spare, extra = room - sum(least.values()), sum(wanted.values()) - sum(least.values())
        widths = {
            column: least[column] + (wanted[column] - least[column]) * spare // extra
            for column in wanted
        }
    else:
        widths = dict(least)
    if room >= sum(least.values()):
        # Rounding leaves a pixel or two: the last column takes them.
        widths[list(widths)[-1]] += room - sum(widths.values())
    return widths
