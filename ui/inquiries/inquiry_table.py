"""The table of a case's inquiries as the Inquiries tab shows it: as wide as its pane.

At 1280x800 the case view has about 600 px for the table, too little for every column at its
text's width. Days, states, delays and numbers are never cut: their columns take their
texts' width (a registration's day and number on two lines). The addressee's name, long and
said whole in its tooltip, takes what is left, on up to two lines (shared with the sought
person's name where the case has several). So the table does not scroll across, where a
caseworker would not see its last columns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.inquiries.inquiry_model import InquiryColumn, InquiryTableModel
from ui.widgets.record_table import record_table

#: A row's room above and below its (up to two) lines of text.
ROW_PADDING = 8


def inquiry_table(model: InquiryTableModel) -> QTableView:
    """The table of ``model``, its rows two lines high."""
    table = record_table("inquiriesTable", model)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(2 * table.fontMetrics().lineSpacing() + ROW_PADDING)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(60)  # a sample of rows: a long list opens at once
    for names in (InquiryColumn.ADDRESSEE, InquiryColumn.PERSON):
        header.setSectionResizeMode(names, QHeaderView.ResizeMode.Stretch)
    return table
