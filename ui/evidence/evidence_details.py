"""The facts of the selected evidence item, its hash, its reports and what can be done."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.labels import label
from caseworker.services.evidence_list import EvidenceItem
from caseworker.vault.messages import human_size
from ui.evidence.opened_copies import open_hint
from ui.widgets.date_field import format_day
from ui.widgets.labels import selectable_label


def _moment_text(item_time: object) -> str:
    if not isinstance(item_time, datetime):
        return ""
    local = item_time.astimezone() if item_time.tzinfo is not None else item_time
    return f"{format_day(local.date())} {local:%H:%M}"


class EvidenceDetails(QWidget):
    """Signals carry what the caseworker asked for; the panel does it."""

    link_toggled = Signal(int, bool)  # report id, linked
    copy_hash = Signal()
    open_file = Signal()
    save_copy = Signal()
    edit = Signal()
    remove = Signal()
    restore = Signal()
    purge = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDetails")
        self._item: EvidenceItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.name_label = QLabel()
        self.name_label.setObjectName("evidenceName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        layout.addWidget(self.name_label)

        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._values: dict[str, QLabel] = {}
        for key, caption in (
            ("type", self.tr("Type")),
            ("added", self.tr("Added")),
            ("captured", self.tr("Captured")),
            ("how", self.tr("How obtained")),
            ("source", self.tr("Source")),
            ("description", self.tr("Description")),
        ):
            value = selectable_label()
            self._values[key] = value
            self.facts.addRow(caption, value)
        self.hash_label = QLabel()
        self.hash_label.setObjectName("evidenceHash")
        self.hash_label.setWordWrap(True)
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_hash_button = QPushButton(self.tr("Copy"))
        self.copy_hash_button.setToolTip(self.tr("Copy the SHA-256 to the clipboard"))
        self.copy_hash_button.clicked.connect(self.copy_hash)
        hash_row = QHBoxLayout()
        hash_row.addWidget(self.hash_label, 1)
        hash_row.addWidget(self.copy_hash_button, 0, Qt.AlignmentFlag.AlignTop)
        self.facts.addRow(self.tr("SHA-256"), hash_row)
        layout.addLayout(self.facts)

        box = QGroupBox(self.tr("Supports the reports"))
        box_layout = QVBoxLayout(box)
        self.reports_list = QListWidget()
        self.reports_list.setObjectName("evidenceReports")
        self.reports_list.setMinimumHeight(self.fontMetrics().height() * 4)
        self.reports_list.setWordWrap(True)
        self.reports_list.itemChanged.connect(self._on_report_checked)
        box_layout.addWidget(self.reports_list)
        layout.addWidget(box, 1)

        # The actions sit apart (the panel places them above the facts, always in sight).
        self.actions_box = QWidget()
        buttons = QGridLayout(self.actions_box)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(open_hint())
        self.save_button = QPushButton(self.tr("Save a copy as…"))
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.remove_button = QPushButton(self.tr("Remove from case…"))
        self.restore_button = QPushButton(self.tr("Show in case again"))
        self.purge_button = QPushButton(self.tr("Delete for good…"))
        self.purge_button.setToolTip(
            self.tr("Only when the family asked for their data to be deleted")
        )
        for number, (button, signal) in enumerate(
            (
                (self.open_button, self.open_file),
                (self.save_button, self.save_copy),
                (self.edit_button, self.edit),
                (self.remove_button, self.remove),
                (self.restore_button, self.restore),
                (self.purge_button, self.purge),
            )
        ):
            button.clicked.connect(signal)
            # Two to a row, so a narrow side pane keeps them whole in Russian too.
            # "Remove" and "Show in case again" share a place: only one of them is shown.
            place = number if number < 4 else number - 1
            buttons.addWidget(button, place // 2, place % 2)
        self.show_item(None, [])

    def item(self) -> EvidenceItem | None:
        return self._item

    def show_item(self, item: EvidenceItem | None, reports: Sequence[tuple[int, str]]) -> None:
        """Show ``item``; ``reports`` are all the case's reports (id, description)."""
        self._item = item
        for widget in (
            self.open_button,
            self.save_button,
            self.edit_button,
            self.remove_button,
            self.restore_button,
            self.purge_button,
            self.copy_hash_button,
        ):
            widget.setEnabled(item is not None)
        removed = item is not None and item.removed
        self.remove_button.setVisible(not removed)
        self.restore_button.setVisible(removed)
        self.reports_list.blockSignals(True)
        self.reports_list.clear()
        if item is None:
            self.name_label.setText(self.tr("No file selected"))
            for value in self._values.values():
                value.clear()
            self.hash_label.clear()
            self.reports_list.blockSignals(False)
            return
        self.name_label.setText(item.name)
        self._values["type"].setText(
            self.tr("{kind} ({media_type}), {size}").format(
                kind=label(item.kind), media_type=item.media_type, size=human_size(item.size)
            )
        )
        self._values["added"].setText(
            self.tr("{moment} by {name}").format(
                moment=_moment_text(item.added_at), name=item.added_by
            )
        )
        self._values["captured"].setText(_moment_text(item.captured_at) or "—")
        self._values["how"].setText(label(item.how_obtained) if item.how_obtained else "—")
        self._values["source"].setText(item.source_url or "—")
        self._values["description"].setText(item.description or "—")
        # Two lines of 32: a hash does not wrap by itself; "Copy" gives it whole.
        self.hash_label.setText(f"{item.sha256[:32]}\n{item.sha256[32:]}")
        for report_id, text in reports:
            entry = QListWidgetItem(f"#{report_id} · {text}")
            entry.setData(Qt.ItemDataRole.UserRole, report_id)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            linked = report_id in item.report_ids
            entry.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            self.reports_list.addItem(entry)
        if not reports:
            entry = QListWidgetItem(self.tr("This case has no reports yet."))
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.reports_list.addItem(entry)
        self.reports_list.blockSignals(False)

    def linked_report_ids(self) -> list[int]:
        found = []
        for row in range(self.reports_list.count()):
            entry = self.reports_list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                found.append(int(entry.data(Qt.ItemDataRole.UserRole)))
        return found

    def _on_report_checked(self, entry: QListWidgetItem) -> None:
        report_id = entry.data(Qt.ItemDataRole.UserRole)
        if report_id is not None:
            self.link_toggled.emit(int(report_id), entry.checkState() == Qt.CheckState.Checked)
