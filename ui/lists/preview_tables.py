"""The preview's two tables laid out: the entries fitted to their values, the rows with
errors with their sentence stretched (whole in its tooltip) and the row as published."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.lists.preview_model import EntryColumn, EntryPreviewModel, RowErrorColumn, RowErrorModel
from ui.widgets.table_model import FlatTableModel

_FIT = QHeaderView.ResizeMode.ResizeToContents
_STRETCH = QHeaderView.ResizeMode.Stretch
_INTERACTIVE = QHeaderView.ResizeMode.Interactive


def _table(model: FlatTableModel, parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return view


def entry_table(model: EntryPreviewModel, parent: QWidget) -> QTableView:
    view = _table(model, parent, "entryPreview")
    header = view.horizontalHeader()
    header.setSectionResizeMode(_INTERACTIVE)
    header.setSectionResizeMode(EntryColumn.ROW, _FIT)
    header.setStretchLastSection(True)
    return view


#: Up to this many rows with errors, their sentences wrap; beyond it rows keep one line.
WRAPPED_ROWS = 300


def fit_error_rows(view: QTableView) -> None:
    """Let the sentences wrap whole (a few hundred rows), else one line each (speed)."""
    rows = view.verticalHeader()
    wrapped = view.model().rowCount() <= WRAPPED_ROWS
    view.setWordWrap(wrapped)
    rows.setSectionResizeMode(_FIT if wrapped else QHeaderView.ResizeMode.Fixed)


def error_table(model: RowErrorModel, parent: QWidget) -> QTableView:
    view = _table(model, parent, "rowErrors")
    rows = view.verticalHeader()
    rows.setMinimumSectionSize(rows.defaultSectionSize())
    model.modelReset.connect(lambda: fit_error_rows(view))
    header = view.horizontalHeader()
    header.setSectionResizeMode(RowErrorColumn.ROW, _FIT)
    header.setSectionResizeMode(RowErrorColumn.REASON, _STRETCH)
    header.setSectionResizeMode(RowErrorColumn.CELLS, _INTERACTIVE)
    header.resizeSection(RowErrorColumn.CELLS, 220)
    return view
