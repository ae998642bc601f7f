"""The right side of the list import dialog: the columns and their fields above, the preview
below (the count, then the entries and the rows with errors on two tabs), half each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ui.lists.mapping_table import MappingTable
from ui.lists.preview_model import EntryPreviewModel, RowErrorModel
from ui.lists.preview_tables import entry_table, error_table


class PreviewPane(QSplitter):
    """Lays out the dialog's ``mapping`` and the views of its two preview models."""

    def __init__(
        self,
        mapping: MappingTable,
        entries: EntryPreviewModel,
        errors: RowErrorModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setChildrenCollapsible(False)
        columns = QGroupBox(self.tr("Columns"), self)
        column_layout = QVBoxLayout(columns)
        self.mapping_note = QLabel(columns)
        self.mapping_note.setObjectName("mappingNote")
        self.mapping_note.setWordWrap(True)
        self.mapping_note.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        column_layout.addWidget(self.mapping_note)
        column_layout.addWidget(mapping, 1)

        preview = QGroupBox(self.tr("Preview: the rows as they will be read"), self)
        preview_layout = QVBoxLayout(preview)
        self.counts = QLabel(preview)
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        preview_layout.addWidget(self.counts)
        self.tabs = QTabWidget(preview)
        self.tabs.setObjectName("previewTabs")
        self.tabs.setDocumentMode(True)
        self.entry_view = entry_table(entries, preview)
        self.error_view = error_table(errors, preview)
        self.tabs.addTab(self.entry_view, "")
        self.tabs.addTab(self.error_view, "")
        preview_layout.addWidget(self.tabs, 1)

        self.addWidget(columns)
        self.addWidget(preview)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setSizes([1, 1])  # half each: a list of a dozen columns shows them all
