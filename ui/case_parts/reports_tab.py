"""The case view's Reports tab: whose reports, the add/edit/retract buttons and the table.

The strings keep the case view's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.report_table_model import ReportColumn
from ui.widgets.record_table import record_table

if TYPE_CHECKING:
    from ui.case_view import CaseView
    from ui.report_table_model import ReportTableModel

translate = QCoreApplication.translate


def build_reports_tab(view: CaseView, reports: ReportTableModel) -> QWidget:
    tab = QWidget()
    layout = QVBoxLayout(tab)
    view.reports_person_label = QLabel()
    view.reports_person_label.setObjectName("reportsPerson")
    view.reports_person_label.setWordWrap(True)
    bold = QFont(view.reports_person_label.font())
    bold.setBold(True)
    view.reports_person_label.setFont(bold)
    layout.addWidget(view.reports_person_label)
    row = QHBoxLayout()
    view.add_report_button = QPushButton(translate("CaseView", "Add report…"))
    view.edit_report_button = QPushButton(translate("CaseView", "Edit report…"))
    view.retract_report_button = QPushButton(translate("CaseView", "Retract report…"))
    view.add_report_button.clicked.connect(view.add_report)
    view.edit_report_button.clicked.connect(view.edit_report)
    view.retract_report_button.clicked.connect(view.retract_report)
    for button in (view.add_report_button, view.edit_report_button, view.retract_report_button):
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)

    table = record_table("reportsTable", reports)
    table.setSortingEnabled(True)
    table.sortByColumn(ReportColumn.EVENT, Qt.SortOrder.AscendingOrder)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Measure a screenful of rows, not all of them: a person with 200 reports opens at once
    # (each row measured costs about 0.1 ms: 60 rows took a quarter of the opening).
    header.setResizeContentsPrecision(20)
    # Dates and grades stay whole; claim and source share what is left (full in tooltips).
    header.setSectionResizeMode(ReportColumn.CLAIM, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(ReportColumn.SOURCE, QHeaderView.ResizeMode.Stretch)
    table.selectionModel().selectionChanged.connect(view.on_report_selection_changed)
    table.doubleClicked.connect(lambda _index: view.edit_report())
    view.reports_table = table
    layout.addWidget(table, 1)
    return tab
