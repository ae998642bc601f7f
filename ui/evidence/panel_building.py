"""The evidence panel's widgets: toolbar and filters, the bars above the tiles, tiles, side.

Each function builds one part onto the panel and wires it to the panel's methods; the
strings keep the panel's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.labels import label
from caseworker.services.evidence_list import EvidenceSort
from caseworker.vocab import MediaKind
from ui.evidence.bundle_export import bundle_button
from ui.evidence.evidence_details import EvidenceDetails
from ui.evidence.preview import PreviewPane
from ui.evidence.tile_delegate import TILE, EvidenceTileDelegate

if TYPE_CHECKING:
    from ui.evidence.evidence_panel import EvidencePanel

translate = QCoreApplication.translate


def build_toolbar(panel: EvidencePanel) -> tuple[QHBoxLayout, QHBoxLayout]:
    """The add and paste buttons with "Show removed", and the row of filters."""
    row = QHBoxLayout()
    panel.add_button = QPushButton(translate("EvidencePanel", "Add files…"))
    panel.add_button.setObjectName("addEvidenceButton")
    panel.add_button.setToolTip(
        translate("EvidencePanel", "Or drop files here from the file manager")
    )
    panel.add_button.clicked.connect(panel.choose_files)
    panel.paste_button = QPushButton(translate("EvidencePanel", "Paste image"))
    panel.paste_button.setToolTip(
        translate("EvidencePanel", "Add a screenshot from the clipboard (Ctrl+V)")
    )
    panel.paste_button.clicked.connect(panel.paste)
    row.addWidget(panel.add_button)
    row.addWidget(panel.paste_button)
    row.addStretch(1)
    row.addWidget(bundle_button(panel))
    filters = QHBoxLayout()

    panel.report_filter = QComboBox()
    panel.report_filter.setObjectName("reportFilter")
    panel.report_filter.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    panel.report_filter.setMinimumContentsLength(8)
    panel.kind_filter = QComboBox()
    panel.kind_filter.setObjectName("kindFilter")
    panel.kind_filter.addItem(translate("EvidencePanel", "All types"), None)
    for kind in MediaKind:
        panel.kind_filter.addItem(label(kind), kind.value)
    panel.sort_choice = QComboBox()
    panel.sort_choice.setObjectName("sortChoice")
    for text, sort, descending in (
        (translate("EvidencePanel", "Newest added first"), EvidenceSort.ADDED, True),
        (translate("EvidencePanel", "Oldest added first"), EvidenceSort.ADDED, False),
        (translate("EvidencePanel", "Newest captured first"), EvidenceSort.CAPTURED, True),
        (translate("EvidencePanel", "Oldest captured first"), EvidenceSort.CAPTURED, False),
        (translate("EvidencePanel", "Name"), EvidenceSort.NAME, False),
        (translate("EvidencePanel", "Largest first"), EvidenceSort.SIZE, True),
    ):
        panel.sort_choice.addItem(text, (sort, descending))
    panel.show_removed = QCheckBox(translate("EvidencePanel", "Show removed"))
    panel.show_removed.setObjectName("showRemoved")
    for caption, widget in (
        (translate("EvidencePanel", "Report:"), panel.report_filter),
        (translate("EvidencePanel", "Type:"), panel.kind_filter),
        (translate("EvidencePanel", "Sort:"), panel.sort_choice),
    ):
        caption_label = QLabel(caption)
        caption_label.setBuddy(widget)
        filters.addWidget(caption_label)
        filters.addWidget(widget, 2 if widget is panel.report_filter else 1)
    row.addWidget(panel.show_removed)
    for combo in (panel.report_filter, panel.kind_filter, panel.sort_choice):
        combo.currentIndexChanged.connect(lambda _index: panel.reload())
    panel.show_removed.toggled.connect(lambda _on: panel.reload())
    return row, filters


def build_report_bar(panel: EvidencePanel) -> QWidget:
    """Says how many files support the report selected in the case view."""
    panel.report_bar = QWidget()
    row = QHBoxLayout(panel.report_bar)
    row.setContentsMargins(0, 0, 0, 0)
    panel.report_bar_label = QLabel()
    panel.report_bar_label.setObjectName("selectedReportFiles")
    panel.report_bar_label.setWordWrap(True)
    panel.only_report_button = QPushButton(translate("EvidencePanel", "Show only these"))
    panel.only_report_button.clicked.connect(panel.filter_selected_report)
    row.addWidget(panel.report_bar_label, 1)
    row.addWidget(panel.only_report_button)
    panel.report_bar.hide()
    return panel.report_bar


def build_progress(panel: EvidencePanel) -> QWidget:
    panel.progress_row = QWidget()
    row = QHBoxLayout(panel.progress_row)
    row.setContentsMargins(0, 0, 0, 0)
    panel.progress_label = QLabel()
    panel.progress_bar = QProgressBar()
    panel.progress_bar.setObjectName("evidenceProgress")
    panel.cancel_button = QPushButton(translate("EvidencePanel", "Cancel"))
    panel.cancel_button.setObjectName("cancelAddButton")
    panel.cancel_button.clicked.connect(panel.adder.cancel)
    row.addWidget(panel.progress_label, 2)
    row.addWidget(panel.progress_bar, 1)
    row.addWidget(panel.cancel_button)
    panel.progress_row.hide()
    return panel.progress_row


def build_message_bar(panel: EvidencePanel) -> QWidget:
    panel.message_bar = QWidget()
    panel.message_bar.setObjectName("evidenceMessageBar")
    row = QHBoxLayout(panel.message_bar)
    row.setContentsMargins(0, 0, 0, 0)
    panel.message_label = QLabel()
    panel.message_label.setObjectName("evidenceMessage")
    panel.message_label.setWordWrap(True)
    panel.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    close = QToolButton()
    close.setText("×")
    close.setToolTip(translate("EvidencePanel", "Hide this message"))
    close.clicked.connect(panel.message_bar.hide)
    row.addWidget(panel.message_label, 1)
    row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
    panel.message_bar.hide()
    return panel.message_bar


def build_tiles(panel: EvidencePanel) -> QWidget:
    """The tiles, or a hint in their place while there are none."""
    panel.tiles_stack = QStackedWidget()
    panel.empty_hint = QLabel()
    panel.empty_hint.setObjectName("evidenceEmpty")
    panel.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    panel.empty_hint.setWordWrap(True)
    panel.empty_hint.setFrameShape(QLabel.Shape.StyledPanel)
    panel.tiles_stack.addWidget(panel.empty_hint)
    view = QListView()
    view.setObjectName("evidenceTiles")
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setMovement(QListView.Movement.Static)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(True)
    view.setGridSize(TILE + QSize(6, 6))
    view.setSpacing(0)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setModel(panel.model)
    view.setItemDelegate(EvidenceTileDelegate(view))
    view.selectionModel().currentChanged.connect(lambda *_: panel.show_selected())
    view.clicked.connect(panel.on_tile_clicked)
    view.doubleClicked.connect(lambda _index: panel.open_selected())
    view.setMinimumWidth(TILE.width() + 40)
    panel.tiles = view
    panel.tiles_stack.addWidget(view)
    return panel.tiles_stack


def build_side(panel: EvidencePanel) -> QWidget:
    """The preview above, the selected file's actions and details below."""
    side = QSplitter(Qt.Orientation.Vertical)
    side.setChildrenCollapsible(False)
    panel.preview = PreviewPane()
    panel.preview.open_requested.connect(panel.open_selected)
    panel.preview.reveal_requested.connect(panel.reveal_selected)
    panel.preview.setMinimumHeight(20)
    side.addWidget(panel.preview)
    panel.details = EvidenceDetails()
    panel.details.link_toggled.connect(panel.on_link_toggled)
    panel.details.copy_hash.connect(panel.copy_hash)
    panel.details.open_file.connect(panel.open_selected)
    panel.details.save_copy.connect(panel.save_copy)
    panel.details.edit.connect(panel.edit_selected)
    panel.details.remove.connect(panel.remove_selected)
    panel.details.restore.connect(panel.restore_selected)
    panel.details.purge.connect(panel.purge_selected)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(panel.details)
    scroll.setMinimumWidth(240)
    scroll.setMinimumHeight(24)  # the panel must fit a small window; it scrolls
    lower = QWidget()
    column = QVBoxLayout(lower)
    column.setContentsMargins(0, 4, 0, 0)
    column.addWidget(panel.details.actions_box)
    column.addWidget(scroll, 1)
    side.addWidget(lower)
    side.setSizes([420, 380])
    return side
