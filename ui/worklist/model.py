"""The work list as one table: a heading row per section (its title and count), then its
rows: the case, who, the addressee, what and when. Overdue rows are red, most days late
first; the very overdue are bold as well."""

from __future__ import annotations

from enum import auto
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.services.worklist_rows import Section, WorkRow, WorkSheet, section_title
from ui.widgets.date_field import PROBLEM_COLOUR, format_day
from ui.widgets.table_model import AnyIndex, Columns, FlatTableModel, Roles

translate = QCoreApplication.translate


class WorkColumn(Columns):
    CASE = auto()
    WHO = auto()
    ADDRESSEE = auto()
    WHAT = auto()
    WHEN = auto()


class WorkRole(Roles):
    #: The row's :class:`WorkRow` (None on a heading).
    ROW = auto()
    #: The section a heading or a row belongs to.
    SECTION = auto()


#: A section's heading: the section, how many rows it shows and has in all (``None``: more,
#: not counted).
Heading = tuple[Section, int, int | None]


def heading_text(section: Section, count: int, total: int | None) -> str:
    """ "Overdue inquiries (3)" when all ``total`` are shown, or "(200 shown of 6,615)", or
    "(200 shown, more not counted)" when ``total`` is ``None``."""
    title = section_title(section)
    if total == count:
        return translate("WorkList", "{title} ({count})").format(title=title, count=count)
    if total is None:
        return translate("WorkList", "{title} ({count} shown, more not counted)").format(
            title=title, count=count
        )
    return translate("WorkList", "{title} ({count} shown of {total})").format(
        title=title, count=count, total=QLocale().toString(total)
    )


def when_text(row: WorkRow) -> str:
    """The row's day as the user's locale writes it, or what stands for none."""
    if row.when is not None:
        return format_day(row.when)
    if row.section is Section.FAMILIES_WAITING:
        return translate("WorkList", "never told")
    return "—"


class WorkListModel(FlatTableModel):
    HEADER_CONTEXT = "WorkListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("WorkListModel", "Case"),
        QT_TRANSLATE_NOOP("WorkListModel", "Who"),
        QT_TRANSLATE_NOOP("WorkListModel", "Addressee"),
        QT_TRANSLATE_NOOP("WorkListModel", "What"),
        QT_TRANSLATE_NOOP("WorkListModel", "When"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Heading | WorkRow] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._problem = QBrush(PROBLEM_COLOUR)
        # A tint of the selection colour: a band that suits light and dark themes alike.
        tint = QGuiApplication.palette().color(QPalette.ColorRole.Highlight)
        tint.setAlpha(48)
        self._heading_background = QBrush(tint)

    def set_sheet(self, sheet: WorkSheet | None) -> None:
        self.beginResetModel()
        self._entries = []
        if sheet is not None:
            for section, rows in sheet.sections:
                self._entries.append((section, len(rows), sheet.total(section)))
                self._entries.extend(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._entries)

    def heading_rows(self) -> list[int]:
        """The numbers of the heading rows."""
        return [n for n, entry in enumerate(self._entries) if isinstance(entry, tuple)]

    def is_heading(self, number: int) -> bool:
        return isinstance(self._entries[number], tuple)

    def row_at(self, index: AnyIndex) -> WorkRow | None:
        if not index.isValid() or index.model() is not self:
            return None
        entry = self._entries[index.row()]
        return entry if isinstance(entry, WorkRow) else None

    def first_row(self) -> QModelIndex:
        """The first row that is not a heading (invalid when there is none)."""
        for number, entry in enumerate(self._entries):
            if isinstance(entry, WorkRow):
                return self.index(number, 0)
        return QModelIndex()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if not self.is_heading(index.row()):
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if isinstance(entry, tuple):
            return self._heading_data(entry, index.column(), role)
        return self._row_data(entry, WorkColumn(index.column()), role)

    def _heading_data(self, heading: Heading, column: int, role: int) -> Any:
        section, count, total = heading
        if role == Qt.ItemDataRole.DisplayRole:
            return heading_text(section, count, total) if column == 0 else ""
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._heading_background
        if role == Qt.ItemDataRole.ForegroundRole and count == 0:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.ForegroundRole and section is Section.OVERDUE:
            return self._problem
        if role == WorkRole.SECTION:
            return section
        return None

    def _row_data(self, row: WorkRow, column: WorkColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _display(row, column) or None  # a cell too narrow shows it whole here
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._problem if row.overdue else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row.very_overdue else None
        if role == WorkRole.ROW:
            return row
        if role == WorkRole.SECTION:
            return row.section
        return None


def _display(row: WorkRow, column: WorkColumn) -> str:
    if column is WorkColumn.CASE:
        return row.case_reference
    if column is WorkColumn.WHO:
        return row.who
    if column is WorkColumn.ADDRESSEE:
        return row.addressee
    if column is WorkColumn.WHAT:
        return ("‼ " if row.very_overdue else "") + row.what
    return when_text(row)
