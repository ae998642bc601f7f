"""The Evidence tab of the case view: a case's files as tiles, a preview, their details."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QModelIndex,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QImageWriter,
    QKeySequence,
    QPalette,
    QShortcut,
)
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

from caseworker.errors import CaseworkerError, NotFound
from caseworker.labels import label
from caseworker.services import cases, reports
from caseworker.services.evidence_list import EvidenceItem, EvidenceSort, list_evidence
from caseworker.vault import EvidenceVault
from caseworker.vocab import HowObtained, MediaKind
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.evidence import evidence_actions as actions
from ui.evidence.add_files import FileAdder, Incoming, Outcome
from ui.evidence.evidence_details import EvidenceDetails
from ui.evidence.evidence_model import EvidenceListModel, EvidenceRole
from ui.evidence.preview import PreviewPane
from ui.evidence.thumbnails import ThumbnailMaker
from ui.evidence.tile_delegate import HIGHLIGHT, TILE, EvidenceTileDelegate
from ui.operations import ReadOp, quietly
from ui.report_table_model import ReportRow
from ui.widgets.date_field import PROBLEM_COLOUR


class EvidencePanel(QWidget):
    """Follows the case and the report selected in the case view (:meth:`set_case`,
    :meth:`set_selected_report`); ``count_changed`` gives the number of files shown in the
    case, for the tab's title."""

    count_changed = Signal(int)

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
        for row in self._build_toolbar():
            layout.addLayout(row)
        layout.addWidget(self._build_report_bar())
        layout.addWidget(self._build_progress())
        layout.addWidget(self._build_message_bar())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_tiles())
        self.splitter.addWidget(self._build_side())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        context.notifier.changed.connect(self._on_changed)
        self._show_selected()

    # Building --------------------------------------------------------------------------

    def _build_toolbar(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setObjectName("addEvidenceButton")
        self.add_button.setToolTip(self.tr("Or drop files here from the file manager"))
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton(self.tr("Paste image"))
        self.paste_button.setToolTip(self.tr("Add a screenshot from the clipboard (Ctrl+V)"))
        self.paste_button.clicked.connect(self.paste)
        row.addWidget(self.add_button)
        row.addWidget(self.paste_button)
        row.addStretch(1)
        filters = QHBoxLayout()

        self.report_filter = QComboBox()
        self.report_filter.setObjectName("reportFilter")
        self.report_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.report_filter.setMinimumContentsLength(8)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All types"), None)
        for kind in MediaKind:
            self.kind_filter.addItem(label(kind), kind.value)
        self.sort_choice = QComboBox()
        self.sort_choice.setObjectName("sortChoice")
        for text, sort, descending in (
            (self.tr("Newest added first"), EvidenceSort.ADDED, True),
            (self.tr("Oldest added first"), EvidenceSort.ADDED, False),
            (self.tr("Newest captured first"), EvidenceSort.CAPTURED, True),
            (self.tr("Oldest captured first"), EvidenceSort.CAPTURED, False),
            (self.tr("Name"), EvidenceSort.NAME, False),
            (self.tr("Largest first"), EvidenceSort.SIZE, True),
        ):
            self.sort_choice.addItem(text, (sort, descending))
        self.show_removed = QCheckBox(self.tr("Show removed"))
        self.show_removed.setObjectName("showRemoved")
        for caption, widget in (
            (self.tr("Report:"), self.report_filter),
            (self.tr("Type:"), self.kind_filter),
            (self.tr("Sort:"), self.sort_choice),
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            filters.addWidget(caption_label)
            filters.addWidget(widget, 2 if widget is self.report_filter else 1)
        row.addWidget(self.show_removed)
        for combo in (self.report_filter, self.kind_filter, self.sort_choice):
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.show_removed.toggled.connect(lambda _on: self.reload())
        return row, filters

    def _build_report_bar(self) -> QWidget:
        self.report_bar = QWidget()
        row = QHBoxLayout(self.report_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.report_bar_label = QLabel()
        self.report_bar_label.setObjectName("selectedReportFiles")
        self.report_bar_label.setWordWrap(True)
        self.only_report_button = QPushButton(self.tr("Show only these"))
        self.only_report_button.clicked.connect(self._filter_selected_report)
        row.addWidget(self.report_bar_label, 1)
        row.addWidget(self.only_report_button)
        self.report_bar.hide()
        return self.report_bar

    def _build_progress(self) -> QWidget:
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("evidenceProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelAddButton")
        self.cancel_button.clicked.connect(self.adder.cancel)
        row.addWidget(self.progress_label, 2)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()
        return self.progress_row

    def _build_message_bar(self) -> QWidget:
        self.message_bar = QWidget()
        self.message_bar.setObjectName("evidenceMessageBar")
        row = QHBoxLayout(self.message_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.message_label = QLabel()
        self.message_label.setObjectName("evidenceMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.message_bar.hide)
        row.addWidget(self.message_label, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.message_bar.hide()
        return self.message_bar

    def _build_tiles(self) -> QWidget:
        self.tiles_stack = QStackedWidget()
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("evidenceEmpty")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setFrameShape(QLabel.Shape.StyledPanel)
        self.tiles_stack.addWidget(self.empty_hint)
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
        view.setModel(self.model)
        view.setItemDelegate(EvidenceTileDelegate(view))
        view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        view.clicked.connect(self._on_tile_clicked)
        view.doubleClicked.connect(lambda _index: self.open_selected())
        view.setMinimumWidth(TILE.width() + 40)
        self.tiles = view
        self.tiles_stack.addWidget(view)
        return self.tiles_stack

    def _build_side(self) -> QWidget:
        side = QSplitter(Qt.Orientation.Vertical)
        side.setChildrenCollapsible(False)
        self.preview = PreviewPane()
        self.preview.open_requested.connect(self.open_selected)
        self.preview.reveal_requested.connect(self._reveal_selected)
        self.preview.setMinimumHeight(20)
        side.addWidget(self.preview)
        self.details = EvidenceDetails()
        self.details.link_toggled.connect(self._on_link_toggled)
        self.details.copy_hash.connect(self.copy_hash)
        self.details.open_file.connect(self.open_selected)
        self.details.save_copy.connect(self.save_copy)
        self.details.edit.connect(self.edit_selected)
        self.details.remove.connect(self.remove_selected)
        self.details.restore.connect(self.restore_selected)
        self.details.purge.connect(self.purge_selected)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        scroll.setMinimumWidth(240)
        scroll.setMinimumHeight(24)  # the panel must fit a small window; it scrolls
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.details.actions_box)
        column.addWidget(scroll, 1)
        side.addWidget(lower)
        side.setSizes([420, 380])
        return side

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
        self.empty_hint.setText(self._empty_text())
        if keep is not None:
            self.select_item(keep.id)
        self._mark_report_files()
        self._show_selected()
        self.count_changed.emit(total)

    def add_paths(self, paths: list[Path]) -> None:
        """Add files (from a drop, the file dialog or the clipboard) in the background."""
        self.add_incoming([Incoming.from_path(path) for path in paths])

    def add_incoming(self, files: list[Incoming]) -> None:
        if self._case_id is None or not files:
            return
        try:
            vault = self._vault_now()
        except CaseworkerError as error:
            self._show_message([Outcome(error.message, problem=True)])
            return
        report_id = self.report_filter.currentData()
        self.adder.add(vault, self._case_id, files, () if report_id is None else (report_id,))

    def choose_files(self) -> None:
        paths = actions.choose_files(self)
        if paths:
            self.add_paths(paths)

    def paste(self) -> None:
        """Add what the clipboard holds: files copied in the file manager, or an image."""
        self.add_from_mime(QGuiApplication.clipboard().mimeData())

    def add_from_mime(self, mime: QMimeData | None) -> bool:
        if mime is None or self._case_id is None:
            return False
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if paths:
            self.add_paths(paths)
            return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self.add_image(image)
                return True
        self._show_message(
            [Outcome(self.tr("The clipboard holds no image and no files to add."), problem=True)]
        )
        return False

    def add_image(self, image: QImage) -> None:
        """A pasted screenshot, kept as a PNG (lossless: no detail is lost)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"png")).write(image)
        buffer.close()
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
        name = self.tr("Pasted image {stamp}.png").format(stamp=stamp)
        self.add_incoming(
            [Incoming(name, data=bytes(data.data()), how_obtained=HowObtained.SCREENSHOT)]
        )

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
        urls: list[QUrl] = event.mimeData().urls()
        paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
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
            self._show_message([Outcome(self.tr("SHA-256 copied to the clipboard."))])

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        target = actions.opened_copy_path(item)
        if target.is_file():
            actions.open_url(QUrl.fromLocalFile(str(target)))
            return
        self._copy_out(item, target, opening=True)

    def save_copy(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        target = actions.choose_save_path(self, item.name)
        if target is not None:
            self._copy_out(item, target, opening=False)

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

    def _vault_now(self) -> EvidenceVault:
        if self._vault is None:
            self._vault = ReadOp(self._context, self, EvidenceVault.for_session).run_or_raise()
            self.model.set_vault(self._vault)
        return self._vault

    def _load_case(self) -> None:
        """The case's reference and all its reports (of every sought person)."""
        self._reports = []
        case_id = self._case_id
        if case_id is not None:

            def read(session: Any) -> tuple[str, list[tuple[int, str]]]:
                case = cases.get_case(session, case_id)
                several = len(case.persons) > 1
                found = []
                for person in case.persons:
                    for report in reports.reports_of_person(session, person.id):
                        text = ReportRow.from_report(report).describe()
                        if several:
                            text = f"{person.full_name}: {text}"
                        found.append((report.id, text))
                return case.reference, found

            # A case removed meanwhile closes quietly.
            loaded = ReadOp(self._context, self, read).failure(quietly(self, NotFound)).run()
            if loaded is None:
                self._case_id = None
            else:
                self._reference, self._reports = loaded
        try:
            self._vault_now()
        except CaseworkerError:
            self._vault = None
        keep = self.report_filter.currentData()
        self.report_filter.blockSignals(True)
        self.report_filter.clear()
        self.report_filter.addItem(self.tr("All reports"), None)
        for report_id, text in self._reports:
            self.report_filter.addItem(f"#{report_id} · {text}", report_id)
        found = self.report_filter.findData(keep)
        self.report_filter.setCurrentIndex(max(0, found))
        self.report_filter.blockSignals(False)

    def _empty_text(self) -> str:
        if self._case_id is None:
            return ""
        filtered = self.report_filter.currentData() is not None or self.kind_filter.currentData()
        if filtered:
            return self.tr("No files match these filters.")
        return self.tr(
            "No evidence yet.\n\nDrop files here from the file manager, use “Add files…”, "
            "or paste a screenshot with Ctrl+V.\nEach file is kept unchanged and identified "
            "by its SHA-256."
        )

    def _select_filter_report(self, report_id: int) -> None:
        found = self.report_filter.findData(report_id)
        if found >= 0:
            self.report_filter.setCurrentIndex(found)  # reloads

    def _filter_selected_report(self) -> None:
        if self._selected_report is not None:
            self._select_filter_report(self._selected_report)

    def _mark_report_files(self) -> None:
        report_id = self._selected_report
        linked = [
            item.id
            for item in self.model.items()
            if report_id is not None and report_id in item.report_ids
        ]
        self.model.set_highlighted(linked)
        showing_it = self.report_filter.currentData() == report_id
        self.report_bar.setVisible(report_id is not None and not showing_it)
        if report_id is None or showing_it:
            return
        if linked:
            text = self.tr(
                "Report #{id} is selected: {count} of these files support it (framed)."
            ).format(id=report_id, count=len(linked))
        else:
            text = self.tr("Report #{id} is selected: no file supports it yet.").format(
                id=report_id
            )
        self.report_bar_label.setText(text)
        self.only_report_button.setEnabled(bool(linked))
        palette = self.report_bar_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, HIGHLIGHT.darker(160))
        self.report_bar_label.setPalette(palette)

    def _show_selected(self) -> None:
        item = self.selected_item()
        hidden = bool(self.tiles.currentIndex().data(EvidenceRole.HIDDEN)) if item else False
        path = self._vault.path_of(item.sha256) if item is not None and self._vault else None
        self.preview.show_item(item, path, hidden)
        self.details.show_item(item, self._reports)

    def _on_tile_clicked(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None and item.graphic and index.data(EvidenceRole.HIDDEN):
            self.model.reveal(item.id)
            self._show_selected()

    def _reveal_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.model.reveal(item.id)
            self._show_selected()

    def _on_link_toggled(self, report_id: int, linked: bool) -> None:
        item = self.selected_item()
        if item is not None:
            actions.set_link(self, self._context, item, report_id, linked)

    def _copy_out(self, item: EvidenceItem, target: Path, *, opening: bool) -> None:
        try:
            vault = self._vault_now()
        except CaseworkerError as error:
            actions.report_error(self, error)
            return
        job = actions.CopyOutJob(vault, item.sha256, target, self)
        self.copy_job = job
        self.progress_label.setText(
            self.tr("Opening “{name}”…") if opening else self.tr("Saving a copy of “{name}”…")
        )
        self.progress_label.setText(self.progress_label.text().format(name=item.name))
        self.progress_row.show()
        self.cancel_button.hide()
        job.progressed.connect(self._on_copy_progress)

        def finished() -> None:
            self.progress_row.setVisible(self.adder.is_busy())
            self.cancel_button.show()
            job.deleteLater()
            if job.error is not None:
                actions.report_error(self, job.error)
            elif opening:
                actions.make_read_only(target)
                actions.open_url(QUrl.fromLocalFile(str(target)))
            else:
                self._show_message(
                    [Outcome(self.tr("Saved a copy as {path}.").format(path=target))]
                )

        job.finished.connect(finished)
        job.start()

    def _on_copy_progress(self, done: int, total: int) -> None:
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
        self._show_message(outcomes)
        added = [outcome.evidence_id for outcome in outcomes if outcome.evidence_id is not None]
        if added:
            self.select_item(added[-1])

    def _show_message(self, outcomes: list[Outcome]) -> None:
        if not outcomes:
            self.message_bar.hide()
            return
        problem = any(outcome.problem for outcome in outcomes)
        self.message_label.setText("\n".join(outcome.text for outcome in outcomes))
        palette = self.message_label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            PROBLEM_COLOUR if problem else self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.message_label.setPalette(palette)
        self.message_bar.show()

    def _on_changed(self, change: Change) -> None:
        if self._case_id is None:
            return
        if change.kind is ChangeKind.EVIDENCE and change.case_id in (None, self._case_id):
            self.reload()
