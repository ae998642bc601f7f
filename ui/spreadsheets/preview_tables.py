"""The import preview's tables and lists, laid out: which columns fit their contents, which
stretch, which wrap. The words stay in :mod:`ui.spreadsheets.import_dialog`."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.spreadsheets.change_model import ChangeColumn, ChangeModel
from ui.spreadsheets.conflict_model import ConflictColumn, ConflictModel
from ui.spreadsheets.error_model import ErrorColumn, ErrorModel
from ui.spreadsheets.radio_style import radio_indicator_style
from ui.widgets.table_model import FlatTableModel

#: Up to this many invalid cells, their reasons wrap; beyond it rows keep one line (speed).
WRAPPED_ROWS = 300
#: Whose record a conflict is about is cut beyond about this many characters.
RECORD_CHARACTERS = 55

_FIT = QHeaderView.ResizeMode.ResizeToContents
_STRETCH = QHeaderView.ResizeMode.Stretch
_INTERACTIVE = QHeaderView.ResizeMode.Interactive


def hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def hinted_page(parent: QWidget, text: str) -> tuple[QWidget, QVBoxLayout]:
    """A tab's page with ``text`` at its top, and the layout to add the rest to."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.addWidget(hint(text, page))
    return page, layout


def button_row(buttons: Iterable[QPushButton]) -> QHBoxLayout:
    """The buttons side by side at the left; none of them takes Enter from the dialog."""
    row = QHBoxLayout()
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch(1)
    return row


def text_list(parent: QWidget, name: str, lines: Iterable[str]) -> QListWidget:
    listing = QListWidget(parent)
    listing.setObjectName(name)
    listing.addItems(list(lines))
    return listing


def _table(model: FlatTableModel, parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return view


def _fit(view: QTableView, columns: Iterable[int]) -> QHeaderView:
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, _FIT)
    return header


def error_table(model: ErrorModel, parent: QWidget) -> QTableView:
    view = _table(model, parent, "errorTable")
    if model.rowCount() <= WRAPPED_ROWS:
        # The reason is the point of the list: let it wrap rather than be cut short.
        view.setWordWrap(True)
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(_FIT)
    header = _fit(view, (ErrorColumn.SHEET, ErrorColumn.ROW, ErrorColumn.COLUMN))
    header.setSectionResizeMode(ErrorColumn.VALUE, _INTERACTIVE)
    header.resizeSection(ErrorColumn.VALUE, 160)
    header.setSectionResizeMode(ErrorColumn.REASON, _STRETCH)
    return view


def conflict_table(model: ConflictModel, parent: QWidget) -> QTableView:
    view = _table(model, parent, "conflictTable")
    view.setStyle(radio_indicator_style())
    header = _fit(view, (ConflictColumn.SHEET, ConflictColumn.ROW, ConflictColumn.FIELD))
    for column in (ConflictColumn.WORKBOOK, ConflictColumn.DATABASE):
        header.setSectionResizeMode(column, _STRETCH)
    # Whose record: long for a report (person, claim, date), so as wide as it needs up to
    # about 55 characters, cut at the end (the name comes first); the tooltip has it whole.
    header.setSectionResizeMode(ConflictColumn.RECORD, _INTERACTIVE)
    view.resizeColumnToContents(ConflictColumn.RECORD)
    widest = view.fontMetrics().averageCharWidth() * RECORD_CHARACTERS
    if header.sectionSize(ConflictColumn.RECORD) > widest:
        header.resizeSection(ConflictColumn.RECORD, widest)
    return view


def change_table(model: ChangeModel, parent: QWidget) -> QTableView:
    view = _table(model, parent, "changeTable")
    header = _fit(view, (ChangeColumn.SHEET, ChangeColumn.ROW, ChangeColumn.FIELD))
    # Whose record it is matters most; the values now are short, the new ones longer
    # (a new record's fields), whole in their tooltips.
    for column, width in ((ChangeColumn.RECORD, 300), (ChangeColumn.OLD, 140)):
        header.setSectionResizeMode(column, _INTERACTIVE)
        header.resizeSection(column, width)
    header.setSectionResizeMode(ChangeColumn.NEW, _STRETCH)
    return view
