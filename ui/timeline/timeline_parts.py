"""The parts the timeline panel is built of: its toolbar and its contradictions box.

Each builder returns the widgets the panel keeps (by the same names as the panel's
attributes); the panel connects them to its own slots. The words keep the panel's
translation context ("TimelinePanel").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.timeline.contradiction_model import ContradictionColumn, ContradictionModel
from ui.timeline.timeline_widget import TimelineWidget
from ui.widgets.record_table import record_table

translate = QCoreApplication.translate


def scrolling(*widgets: QWidget) -> QScrollArea:
    """The widgets one below the other, scrolling up and down when there is too little room."""
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 4, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(inner)
    return scroll


@dataclass(frozen=True)
class Toolbar:
    """The row above the timeline (zoom, retracted, export) and the status line below it."""

    layout: QVBoxLayout
    status_label: QLabel
    zoom_in_button: QToolButton
    zoom_out_button: QToolButton
    fit_button: QToolButton
    show_retracted_box: QCheckBox
    export_button: QToolButton


def build_toolbar(timeline: TimelineWidget) -> Toolbar:
    """The toolbar, its zoom buttons and the retracted box already driving ``timeline``."""
    rows = QVBoxLayout()
    row = QHBoxLayout()
    rows.addLayout(row)
    # Said only when there is something to say: no person, no reports, a picture saved.
    status_label = QLabel()
    status_label.setObjectName("timelineStatus")
    status_label.setWordWrap(True)
    status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    status_label.hide()
    rows.addWidget(status_label)
    zoom_in_button = QToolButton()
    zoom_in_button.setText(translate("TimelinePanel", "Zoom in"))
    zoom_in_button.setToolTip(
        translate("TimelinePanel", "Show a shorter time, in more detail (Ctrl+wheel)")
    )
    zoom_out_button = QToolButton()
    zoom_out_button.setText(translate("TimelinePanel", "Zoom out"))
    zoom_out_button.setToolTip(translate("TimelinePanel", "Show a longer time (Ctrl+wheel)"))
    fit_button = QToolButton()
    fit_button.setText(translate("TimelinePanel", "Fit all"))
    fit_button.setToolTip(translate("TimelinePanel", "Show every report at once"))
    zoom_in_button.clicked.connect(timeline.zoom_in)
    zoom_out_button.clicked.connect(timeline.zoom_out)
    fit_button.clicked.connect(timeline.fit_all)
    show_retracted_box = QCheckBox(translate("TimelinePanel", "Show retracted"))
    show_retracted_box.setObjectName("showRetracted")
    show_retracted_box.setToolTip(
        translate(
            "TimelinePanel", "Show retracted reports, faded; they never count in the analysis"
        )
    )
    show_retracted_box.setChecked(True)
    show_retracted_box.toggled.connect(timeline.set_show_retracted)
    export_button = QToolButton()
    export_button.setText(translate("TimelinePanel", "Export picture…"))
    export_button.setObjectName("exportTimeline")
    export_button.setToolTip(
        translate(
            "TimelinePanel",
            "Save the timeline as a PNG picture, e.g. for a letter to the authorities",
        )
    )
    for button in (zoom_in_button, zoom_out_button, fit_button):
        row.addWidget(button)
    row.addSpacing(12)
    row.addWidget(show_retracted_box)
    row.addStretch(1)
    row.addWidget(export_button)
    return Toolbar(
        rows,
        status_label,
        zoom_in_button,
        zoom_out_button,
        fit_button,
        show_retracted_box,
        export_button,
    )


@dataclass(frozen=True)
class ContradictionsParts:
    """The box listing the findings, the selected one's sentence and the buttons under it."""

    contradictions_box: QGroupBox
    contradictions_table: QTableView
    sentence_label: QTextBrowser
    explain_button: QPushButton
    reopen_button: QPushButton


def _contradictions_table(model: ContradictionModel) -> QTableView:
    table = record_table("contradictionsTable", model)
    header = table.horizontalHeader()
    # The rule takes what is left (elided, whole in the tooltip and below the list).
    header.setSectionResizeMode(ContradictionColumn.RULE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(
        ContradictionColumn.SEVERITY, QHeaderView.ResizeMode.ResizeToContents
    )
    header.setSectionResizeMode(ContradictionColumn.NOTE, QHeaderView.ResizeMode.Interactive)
    title = str(model.headerData(ContradictionColumn.NOTE, Qt.Orientation.Horizontal))
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    bold = QFont(header.font())
    bold.setBold(True)  # the title of a selected row's column is drawn bold
    header.resizeSection(
        ContradictionColumn.NOTE,
        max(
            header.fontMetrics().horizontalAdvance("M") * 8,
            QFontMetrics(bold).horizontalAdvance(title) + 2 * margin,
        ),
    )
    header.setStretchLastSection(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # A sentence is too long for a row: the selected one shows whole below the table.
    table.setColumnHidden(ContradictionColumn.SENTENCE, True)
    table.setMinimumHeight(
        table.verticalHeader().defaultSectionSize() * 2 + header.sizeHint().height() + 4
    )
    return table


def build_contradictions(model: ContradictionModel) -> ContradictionsParts:
    """The contradictions box over ``model``; the panel connects the table and the buttons."""
    box = QGroupBox()
    box.setObjectName("contradictionsBox")
    layout = QVBoxLayout(box)
    table = _contradictions_table(model)
    layout.addWidget(table, 2)
    # The selected finding's sentence, whole; it scrolls when the panel is short.
    sentence_label = QTextBrowser()
    sentence_label.setObjectName("contradictionSentence")
    sentence_label.setFrameShape(QFrame.Shape.NoFrame)
    sentence_label.viewport().setAutoFillBackground(False)
    lines = sentence_label.fontMetrics().lineSpacing()
    sentence_label.setMinimumHeight(lines * 2 + 8)
    sentence_label.setMaximumHeight(lines * 6 + 8)
    layout.addWidget(sentence_label, 3)
    buttons = QHBoxLayout()
    explain_button = QPushButton(translate("TimelinePanel", "Mark explained…"))
    explain_button.setObjectName("explainButton")
    explain_button.setToolTip(translate("TimelinePanel", "Set the contradiction aside with a note"))
    reopen_button = QPushButton(translate("TimelinePanel", "Reopen"))
    reopen_button.setObjectName("reopenButton")
    reopen_button.setToolTip(
        translate("TimelinePanel", "Withdraw the explanation: it counts as open again")
    )
    buttons.addWidget(explain_button)
    buttons.addWidget(reopen_button)
    buttons.addStretch(1)
    layout.addLayout(buttons)
    return ContradictionsParts(box, table, sentence_label, explain_button, reopen_button)
