"""The Evidence tab of the case view: a case's files as tiles, a preview, their details.

The widgets are built in :mod:`ui.evidence.panel_building`, files come in and go out through
:mod:`ui.evidence.panel_transfer`, and the case's reports are followed in
:mod:`ui.evidence.panel_reports`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import CaseworkerError
from caseworker.services.evidence_list import EvidenceItem, list_evidence
from caseworker.vault import EvidenceVault
from caseworker.vault.of_database import vault_of_session
from caseworker.vocab import MediaKind
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.evidence import evidence_actions as actions
from ui.evidence import panel_building as building
from ui.evidence import panel_reports, panel_transfer
from ui.evidence.add_files import FileAdder, Incoming, Outcome
from ui.evidence.evidence_details import EvidenceDetails
from ui.evidence.evidence_model import EvidenceListModel, EvidenceRole
from ui.evidence.panel_messages import show_outcomes
from ui.evidence.preview import PreviewPane
from ui.evidence.thumbnails import ThumbnailMaker
from ui.operations import BackgroundJob, ReadOp
from ui.prompts import Prompts


class EvidencePanel(QWidget):
    """Follows the case and the report selected in the case view (:meth:`set_case`,
    :meth:`set_selected_report`); ``count_changed`` gives the number of files shown in the
    case, for the tab's title."""

    count_changed = Signal(int)

    # Built by ui.evidence.panel_building.
    add_button: QPushButton
    paste_button: QPushButton
    report_filter: QComboBox
    kind_filter: QComboBox
    sort_choice: QComboBox
    show_removed: QCheckBox
    report_bar: QWidget
    report_bar_label: QLabel
    only_report_button: QPushButton
    progress_row: QWidget
    progress_label: QLabel
    progress_bar: QProgressBar
    cancel_button: QPushButton
    message_bar: QWidget
    message_label: QLabel
    tiles_stack: QStackedWidget
    empty_hint: QLabel
    tiles: QListView
    preview: PreviewPane
    details: EvidenceDetails
    copy_job: BackgroundJob

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        thumbnails: ThumbnailMaker | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.setAcceptDrops(True)
        self._context = context
        self._case_id: int | None = None
        self._reference = ""
        self._vault: EvidenceVault | None = None
        self._reports: list[tuple[int, str]] = []
        self._reports_of: int | None = None  # the case whose reports those are
        self._selected_report: int | None = None
        self.thumbnails = thumbnails or ThumbnailMaker(parent=self)
        self.model = EvidenceListModel(thumbnails=self.thumbnails, parent=self)
        self.adder = FileAdder(context, self)
        self.adder.busy_changed.connect(self._on_busy)
        self.adder.status.connect(self._on_progress)
        self.adder.recorded.connect(lambda _id: self.reload())
        self.adder.batch_done.connect(self._on_batch_done)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for row in building.build_toolbar(self):
            layout.addLayout(row)
        layout.addWidget(building.build_report_bar(self))
        layout.addWidget(building.build_progress(self))
        layout.addWidget(building.build_message_bar(self))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(building.build_tiles(self))
        self.splitter.addWidget(building.build_side(self))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        context.notifier.changed.connect(self._on_changed)
        self.show_selected()

    # Public ----------------------------------------------------------------------------

    def case_id(self) -> int | None:
        return self._case_id

    def set_case(self, case_id: int | None) -> None:
        if case_id != self._case_id:
            self._case_id = case_id
            self._selected_report = None
            self.message_bar.hide()
            self.report_filter.blockSignals(True)
            self.report_filter.setCurrentIndex(0)
            self.report_filter.blockSignals(False)
        self._load_case()
        self.reload()

    def set_selected_report(self, report_id: int | None) -> None:
        """The report selected in the case view: its files are marked, or shown alone."""
        self._selected_report = report_id
        if report_id is not None and self.report_filter.currentData() is not None:
            self._select_filter_report(report_id)  # a report filter follows the selection
        else:
            self._mark_report_files()

    def selected_item(self) -> EvidenceItem | None:
        return self.model.item_at(self.tiles.currentIndex())

    def select_item(self, evidence_id: int) -> None:
        index = self.model.index_of(evidence_id)
        if index.isValid():
            self.tiles.setCurrentIndex(index)

    def reload(self) -> None:
        """Read the case's evidence again with the chosen filters, keeping the selection."""
        keep = self.selected_item()
        items: list[EvidenceItem] = []
        total = 0
        case_id = self._case_id
        if case_id is not None:
            sort, descending = self.sort_choice.currentData()
            kind = self.kind_filter.currentData()
            report_id = self.report_filter.currentData()
            removed = self.show_removed.isChecked()
            filtered = report_id is not None or bool(kind) or removed

            def read(session: Any) -> tuple[list[EvidenceItem], int]:
                shown = list_evidence(
                    session,
                    case_id,
                    report_id=report_id,
                    kind=MediaKind(kind) if kind else None,
                    sort=sort,
                    descending=descending,
                    include_removed=removed,
                )
                return shown, len(list_evidence(session, case_id)) if filtered else len(shown)

            items, total = ReadOp(self._context, self, read).run() or ([], 0)
        self.model.set_items(items)
        self.tiles_stack.setCurrentIndex(1 if items else 0)
        self.empty_hint.setText(panel_reports.empty_text(self))
        if keep is not None:
            self.select_item(keep.id)
        self._mark_report_files()
        self.show_selected()
        self.count_changed.emit(total)

    def add_paths(self, paths: list[Path]) -> None:
        """Add files (from a drop, the file dialog or the clipboard) in the background."""
        self.add_incoming([Incoming.from_path(path) for path in paths])

    def add_incoming(self, files: list[Incoming]) -> None:
        if self._case_id is None or not files:
            return
        try:
            vault = self.vault_now()
        except CaseworkerError as error:
            self.show_message([Outcome(error.message, problem=True)])
            return
        report_id = self.report_filter.currentData()
        self.adder.add(vault, self._case_id, files, () if report_id is None else (report_id,))

    def choose_files(self) -> None:
        paths = actions.choose_files(self.prompts, self)
        if paths:
            self.add_paths(paths)

    def paste(self) -> None:
        """Add what the clipboard holds: files copied in the file manager, or an image."""
        self.add_from_mime(QGuiApplication.clipboard().mimeData())

    def add_from_mime(self, mime: QMimeData | None) -> bool:
        if mime is None or self._case_id is None:
            return False
        return panel_transfer.add_from_mime(self, mime)

    def add_image(self, image: QImage) -> None:
        """A pasted screenshot, kept as a PNG (lossless: no detail is lost)."""
        self.add_incoming([panel_transfer.image_as_incoming(image)])

    # Dragging files in -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = panel_transfer.local_paths(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    # Actions on the selected item ------------------------------------------------------

    def copy_hash(self) -> None:
        item = self.selected_item()
        if item is not None:
            actions.copy_to_clipboard(item.sha256)
            self.show_message([Outcome(self.tr("SHA-256 copied to the clipboard."))])

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            panel_transfer.open_copy(self, item)

    def save_copy(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        target = actions.choose_save_path(self.prompts, self, item.name)
        if target is not None:
            panel_transfer.copy_out(self, item, target, opening=False)

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            actions.edit_details(self, self._context, item, self._reports)

    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            actions.remove(self, self._context, item)

    def restore_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            actions.restore(self, self._context, item)

    def purge_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            actions.purge(self, self._context, item, self._reference)

    # Internals -------------------------------------------------------------------------

    @property
    def prompts(self) -> Prompts:
        """Where the panel asks the person things and shows what went wrong."""
        return self._context.prompts

    def vault_now(self) -> EvidenceVault:
        if self._vault is None:
            self._vault = ReadOp(self._context, self, vault_of_session).run_or_raise()
            self.model.set_vault(self._vault)
        return self._vault

    def _load_case(self) -> None:
        """The case's reports (for the filter) now if the panel shows, else when shown."""
        self._reports_of = None
        if self.isVisible():
            self._read_reports()
        try:
            self.vault_now()
        except CaseworkerError as error:  # e.g. the team's folder not mounted: said here
            self._vault = None
            if self._case_id is not None:
                self.show_message([Outcome(error.message, problem=True)])

    def _read_reports(self) -> None:
        """The case's reference and all its reports (of every sought person), unless read."""
        if self._case_id is not None and self._reports_of == self._case_id:
            return
        self._reports = []
        if self._case_id is not None:
            loaded = panel_reports.read_case_reports(self._context, self, self._case_id)
            if loaded is None:
                self._case_id = None  # a case removed meanwhile closes quietly
            else:
                (self._reference, self._reports), self._reports_of = loaded, self._case_id
        panel_reports.fill_report_filter(self.report_filter, self._reports)

    def showEvent(self, event: QShowEvent) -> None:
        if self._case_id is not None and self._reports_of != self._case_id:
            self._read_reports()
            self.show_selected()  # the details name the file's reports
        super().showEvent(event)

    def _select_filter_report(self, report_id: int) -> None:
        self._read_reports()
        found = self.report_filter.findData(report_id)
        if found >= 0:
            self.report_filter.setCurrentIndex(found)  # reloads

    def filter_selected_report(self) -> None:
        if self._selected_report is not None:
            self._select_filter_report(self._selected_report)

    def _mark_report_files(self) -> None:
        panel_reports.mark_report_files(self, self._selected_report)

    def show_selected(self) -> None:
        item = self.selected_item()
        hidden = bool(self.tiles.currentIndex().data(EvidenceRole.HIDDEN)) if item else False
        self.preview.show_item(item, self._vault, hidden)
        self.details.show_item(item, self._reports)

    def on_tile_clicked(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None and item.graphic and index.data(EvidenceRole.HIDDEN):
            self.model.reveal(item.id)
            self.show_selected()

    def reveal_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.model.reveal(item.id)
            self.show_selected()

    def on_link_toggled(self, report_id: int, linked: bool) -> None:
        item = self.selected_item()
        if item is not None:
            actions.set_link(self, self._context, item, report_id, linked)

    def on_copy_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(min(done, total))

    def _on_busy(self, busy: bool) -> None:
        self.progress_row.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, 0)

    def _on_progress(self, text: str, done: int, total: int) -> None:
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(min(done, total))

    def _on_batch_done(self, outcomes: list[Outcome]) -> None:
        self.show_message(outcomes)
        added = [outcome.evidence_id for outcome in outcomes if outcome.evidence_id is not None]
        if added:
            self.select_item(added[-1])

    def show_message(self, outcomes: list[Outcome]) -> None:
        show_outcomes(self.message_bar, self.message_label, outcomes)

    def _on_changed(self, change: Change) -> None:
        if self._case_id is None:
            return
        if change.kind is ChangeKind.EVIDENCE and change.case_id in (None, self._case_id):
            self.reload()
