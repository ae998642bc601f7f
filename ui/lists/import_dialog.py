"""Lists > Import a published list…: the file or pasted text, the column mapping, a live
preview of the entries and the rows that are not entries, what the list is, and the import
in the background in one transaction, with progress and cancel; then what it did.

Nothing is saved until Import is pressed and every field is right; a refused file is said
in the dialog with the service's sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import CaseworkerError, ValidationError
from caseworker.lists import ListField, ListTable, guess_mapping
from caseworker.services.list_choices import earlier_lists, known_publishers
from caseworker.services.published_lists import (
    ImportCancelled,
    ImportedList,
    NoEntries,
    remembered_mapping,
)
from ui.context import AppContext
from ui.file_folders import remember_folder, start_folder
from ui.lists import import_work
from ui.lists.details_form import ListDetailsForm
from ui.lists.import_job import ImportJob
from ui.lists.mapping_table import MappingTable
from ui.lists.preview_model import PREVIEW_ROWS, EntryPreviewModel, RowErrorModel
from ui.lists.preview_pane import PreviewPane
from ui.lists.source_box import SourceBox
from ui.operations import JobSet, ReadOp
from ui.operations.background import LONG_WORK

DEFAULT_SIZE = QSize(1220, 740)
#: The width of "About the list": its grades' words whole.
DETAILS_WIDTH = 470
_NAME_FIELDS = {ListField.SURNAME, ListField.FULL_NAME}


class ListImportDialog(QDialog):
    """``imported(result)`` once a list was imported (or found imported before)."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("listImportDialog")
        self.setWindowTitle(self.tr("Import a published list"))
        self.table: ListTable | None = None
        self.outcome: ImportedList | None = None
        self.job: ImportJob | None = None
        self._parsed: import_work.Parsed | None = None
        self._reads = JobSet(LONG_WORK, self, superseding=True)
        self._reads.succeeded.connect(self._read_done)
        self._reads.failed.connect(self._read_failed)
        self._parses = JobSet(LONG_WORK, self, superseding=True)
        self._parses.succeeded.connect(self._parsed_done)
        self._parses.failed.connect(self._report)

        self.source = SourceBox(self)
        self.source.choose_requested.connect(self.choose_file)
        self.source.text_pasted.connect(self.read_text)
        self.details = ListDetailsForm(self)
        self.details.publisher_changed.connect(self._publisher_changed)
        self.mapping = MappingTable(self)
        self.mapping.mapping_changed.connect(self._reparse)
        self.entry_model = EntryPreviewModel(self)
        self.error_model = RowErrorModel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.details)
        pane = PreviewPane(self.mapping, self.entry_model, self.error_model, self)
        self.mapping_note, self.counts = pane.mapping_note, pane.counts
        self.preview_tabs, self.entry_view = pane.tabs, pane.entry_view
        split.addWidget(pane)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self.details.setMinimumWidth(DETAILS_WIDTH)  # its grades' words never cut
        layout.addWidget(split, 1)

        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importList")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        self._load_choices()
        self._show_parsed(None)
        self._update_state()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Open at :data:`DEFAULT_SIZE`, or the screen's size when it is smaller."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(
            min(DEFAULT_SIZE.width(), screen.width() - 40),
            min(DEFAULT_SIZE.height(), screen.height() - 40),
        )

    def _load_choices(self) -> None:
        def read(session: Any) -> tuple[list[str], list[Any]]:
            return known_publishers(session), earlier_lists(session)

        found = ReadOp(self._context, self, read).run()
        if found is not None:
            self.details.set_publishers(found[0])
            self.details.set_earlier_lists(found[1])

    # Reading ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen = self._context.prompts.open_path(
            self,
            self.tr("Choose a published list"),
            str(start_folder()),
            self.tr("Lists (*.xlsx *.csv *.txt *.tsv);;All files (*)"),
        )
        if chosen:
            remember_folder(chosen)
            self.read_file(Path(chosen))

    def read_file(self, path: Path) -> None:
        """Read ``path`` in the background; the mapping and preview follow."""
        self.source.show_path(path)
        self.source.say(self.tr("Reading “{name}”…").format(name=path.name))
        self._reading()
        self._reads.start(import_work.reading_file(path))

    def read_text(self, text: str) -> None:
        if not text.strip():
            self.source.say(self.tr("Paste the list's text first."), problem=True)
            return
        self.source.say(self.tr("Reading the pasted text…"))
        self._reading()
        self._reads.start(import_work.reading_text(text))

    def _reading(self) -> None:
        """Another file is read: what was said of the one before goes, Import waits."""
        self._parsed = None
        self.outcome = None
        self._say("")
        self._update_state()

    def _read_done(self, read: object) -> None:
        assert isinstance(read, import_work.Read)
        self.table = read.table
        self.outcome = None
        self.source.say(import_work.read_sentence(read))
        self.mapping.set_table(read.table, self._first_mapping(read.table))
        self._reparse()

    def _read_failed(self, error: BaseException) -> None:
        if not isinstance(error, CaseworkerError):
            self._report(error)
            return
        self.table = None
        self._parsed = None
        self.mapping.setRowCount(0)
        self.mapping_note.clear()
        self.source.say(error.message, problem=True)
        self._show_parsed(None)
        self._update_state()

    def _first_mapping(self, table: ListTable) -> dict[ListField, str]:
        remembered = self._remembered(table)
        if remembered is not None:
            return remembered
        self.mapping_note.setText(
            self.tr("Columns recognised by their headers: check each one's field below.")
        )
        return guess_mapping(table.headers)

    def _remembered(self, table: ListTable) -> dict[ListField, str] | None:
        publisher = self.details.publisher()
        if not publisher:
            return None
        found = ReadOp(
            self._context,
            self,
            lambda session: remembered_mapping(session, publisher, table.headers),
        ).run()
        if not found:
            return None
        known = {field.value for field in ListField}
        self.mapping_note.setText(
            self.tr("Columns matched as for the last list of “{publisher}”.").format(
                publisher=publisher
            )
        )
        return {ListField(name): column for name, column in found.items() if name in known}

    def _publisher_changed(self, _publisher: str) -> None:
        if self.table is None:
            return
        remembered = self._remembered(self.table)
        if remembered is not None:
            self.mapping.set_mapping(remembered)
            self._reparse()

    # Preview ----------------------------------------------------------------------------

    def _reparse(self) -> None:
        table = self.table
        self.outcome = None
        if table is None:
            return
        mapping = self.mapping.mapping()
        if not _NAME_FIELDS & set(mapping):
            self._parsed = None
            self._parses.cancel()
            self._show_parsed(None)
            self.counts.setText(
                self.tr("Choose the column that holds the surname, or the whole name.")
            )
            self._update_state()
            return
        self.counts.setText(self.tr("Reading the rows…"))
        self._parses.start(import_work.parsing(table, mapping))

    def _parsed_done(self, parsed: object) -> None:
        assert isinstance(parsed, import_work.Parsed)
        if parsed.table is not self.table or parsed.mapping != self.mapping.mapping():
            return  # a newer file or mapping is being read
        self._parsed = parsed
        self._show_parsed(parsed)
        self._update_state()

    def _show_parsed(self, parsed: import_work.Parsed | None) -> None:
        entries = parsed.entries if parsed else []
        errors = parsed.errors if parsed else []
        self.entry_model.set_entries(entries)
        self.error_model.set_errors(errors, self.table)
        self.entry_view.resizeColumnsToContents()
        self.counts.setText(import_work.count_sentence(len(entries), len(errors)) if parsed else "")
        first = (
            self.tr("Entries (the first {shown})").format(shown=PREVIEW_ROWS)
            if len(entries) > PREVIEW_ROWS
            else self.tr("Entries")
        )
        self.preview_tabs.setTabText(0, first)
        self.preview_tabs.setTabText(
            1, self.tr("Rows with errors ({count})").format(count=len(errors))
        )

    # Importing --------------------------------------------------------------------------

    def start_import(self) -> None:
        """Check the fields and import in the background; nothing is saved when one is wrong."""
        if self.job is not None:
            return
        details = self.details.checked()
        if self.table is None or self._parsed is None:
            self._say(self.tr("Choose the list's file or paste its text first."), problem=True)
            return
        if details is None:
            self._say(self.tr("Correct the fields marked in red; nothing was saved."), problem=True)
            return
        table, parsed = self.table, self._parsed
        work = import_work.importing(
            self._context.database,
            self._context.actor,
            table,
            parsed.mapping,
            self.details.edition_of_id(),
            details,
        )
        self.job = ImportJob(work, self, table.name)
        self.job.succeeded.connect(lambda result: self._imported(result, details["name"]))
        self.job.failed.connect(self._import_failed)
        self._say(self.tr("Importing…"))
        self._update_state()
        self.job.start()

    def cancel_import(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _end_job(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
            self.job = None

    def _imported(self, result: object, name: str) -> None:
        self._end_job()
        assert isinstance(result, ImportedList)
        self.outcome = result
        self.error_model.set_errors(result.errors, self.table)
        self._say(import_work.result_sentence(result, name), result=True)
        self._load_choices()
        self._update_state()
        self.imported.emit(result)

    def _import_failed(self, error: BaseException) -> None:
        self._end_job()
        if isinstance(error, NoEntries):
            self.error_model.set_errors(error.errors, self.table)
            self.preview_tabs.setCurrentIndex(1)
        if isinstance(error, ValidationError) and error.field:
            self.details.show_problems({error.field: error.message})
        if isinstance(error, CaseworkerError):
            cancelled = isinstance(error, ImportCancelled)
            self._say(error.message, problem=not cancelled)
        else:
            self._report(error)
        self._update_state()

    # State ------------------------------------------------------------------------------

    def _say(self, text: str, *, problem: bool = False, result: bool = False) -> None:
        """A sentence at the bottom: red for a problem, bold for what the import did."""
        self.status.setText(text)
        style = "color: #b3261e;" if problem else ""
        self.status.setStyleSheet(style + ("font-weight: 600;" if result else ""))

    def _update_state(self) -> None:
        busy = self.job is not None
        self.source.set_busy(busy)
        self.details.setEnabled(not busy)
        self.mapping.setEnabled(not busy)
        ready = self._parsed is not None and bool(self._parsed.entries) and self.outcome is None
        self.import_button.setEnabled(ready and not busy)
        self.close_button.setEnabled(not busy)

    def _report(self, error: BaseException) -> None:
        self._context.prompts.report_error(self, error)

    def has_typed_work(self) -> bool:
        """Whether closing now would lose a list read or details typed, not imported."""
        typed = any(self.details.values()[name] for name in ("name", "publisher", "address"))
        return self.outcome is None and (self.table is not None or typed)

    def reject(self) -> None:
        # Escape must not close the dialog while its import is being written, nor lose
        # what was read and typed unless the caseworker says so.
        if self.job is None:
            if self.has_typed_work() and not self._context.prompts.confirm_discard(self):
                return
            self._reads.cancel()
            self._parses.cancel()
            super().reject()

    def wait(self, timeout: float = 30) -> bool:
        """Block until the reading, the preview and the import under way are done and told
        (tests); whether they all ended within ``timeout`` seconds."""
        done = self._reads.wait(timeout) and self._parses.wait(timeout)
        if self.job is not None:
            done = self.job.wait(timeout) and done
        return done and self._parses.wait(timeout)
