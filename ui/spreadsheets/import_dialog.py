"""The import preview: what the workbook would change, its invalid cells, conflicts and gaps.

Nothing is written from here: the dialog collects the caseworker's choice for each conflict
and asks for the import with ``apply_requested(choices)`` once there is nothing left to fix.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.xlsx import Choice, ImportPlan
from caseworker.xlsx.importing.preview import change_lines, earlier_sentence, present_reason
from caseworker.xlsx.workbook.language import sheet_title
from ui.spreadsheets.change_model import ChangeModel
from ui.spreadsheets.conflict_model import ChoiceKey, ConflictColumn, ConflictModel
from ui.spreadsheets.error_model import ErrorModel
from ui.spreadsheets.preview_tables import (
    button_row,
    change_table,
    conflict_table,
    error_table,
    hint,
    hinted_page,
    text_list,
)

DEFAULT_SIZE = QSize(920, 580)


class ImportDialog(QDialog):
    """The preview of one import; Apply is enabled once no invalid cell or open choice is left."""

    #: The caseworker pressed Apply; carries the choices (``Conflict.choice_key`` -> Choice).
    apply_requested = Signal(object)

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._busy = False
        self._stale = False
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import “{name}”").format(name=plan.file_name))
        self.resize(DEFAULT_SIZE)

        self.error_model = ErrorModel(plan.errors, self)
        self.conflict_model = ConflictModel(plan.conflicts, self)
        self.conflict_model.choices_changed.connect(self._update_state)

        layout = QVBoxLayout(self)
        layout.addLayout(self._counts())
        self.earlier_label = hint(earlier_sentence(plan), self)
        self.earlier_label.setObjectName("earlierImport")
        self.earlier_label.setVisible(plan.earlier is not None)
        layout.addWidget(self.earlier_label)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("importTabs")
        self.tabs.setDocumentMode(True)
        self.change_model = ChangeModel(change_lines(plan), self)
        self._add_pages()
        if self.tabs.count():
            layout.addWidget(self.tabs, 1)
        else:
            self.tabs.hide()
            clean = hint(
                self.tr("No invalid cells, no conflicts, and every exported row is still there."),
                self,
            )
            clean.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(clean, 1)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.apply_button.setObjectName("applyImport")
        self.apply_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self._request_apply)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._update_state()

    # Parts ------------------------------------------------------------------------------------

    def _counts(self) -> QHBoxLayout:
        plan = self.plan
        row = QHBoxLayout()
        tiles = (
            ("createdCount", plan.created, self.tr("to create")),
            ("updatedCount", plan.updated, self.tr("to update")),
            ("unchangedCount", plan.unchanged, self.tr("unchanged")),
        )
        for name, count, caption in tiles:
            tile = QLabel(self)
            tile.setObjectName(name)
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile.setTextFormat(Qt.TextFormat.RichText)
            tile.setText(
                f"<span style='font-size:15pt; font-weight:600'>"
                f"{QLocale().toString(count)}</span><br>{caption}"
            )
            tile.setMinimumWidth(120)
            row.addWidget(tile)
        heading = QLabel(
            self.tr("What importing “{name}” would change. Nothing has been written yet.").format(
                name=plan.file_name
            ),
            self,
        )
        heading.setObjectName("importHeading")
        heading.setWordWrap(True)
        row.addSpacing(12)
        row.addWidget(heading, 1)
        return row

    def _add_pages(self) -> None:
        """A tab for each part of the plan that has something in it: its hint, then its list."""
        plan = self.plan
        pages = (
            (
                plan.errors,
                self.tr("Invalid cells ({count})"),
                self.tr(
                    "These cells are not valid, so nothing can be imported yet. Fix them in the "
                    "workbook, save it and import it again. Copy the list to keep it at hand."
                ),
                self._fill_errors,
            ),
            (
                plan.conflicts,
                self.tr("Conflicts ({count})"),
                self.tr(
                    "These fields were changed in the workbook and, since the export, in the "
                    "database as well. For each one, choose the value to keep."
                ),
                self._fill_conflicts,
            ),
            (
                plan.changes,
                self.tr("Changes ({count})"),
                self.tr(
                    "Each new record, and each field the import would change, with its value "
                    "now and after the import."
                ),
                self._fill_changes,
            ),
            (
                plan.missing,
                self.tr("No longer in the workbook ({count})"),
                self.tr(
                    "These records were exported, but their rows are no longer in the workbook. "
                    "Nothing is deleted: they stay in the database as they are."
                ),
                self._fill_missing,
            ),
            (
                plan.notes,
                self.tr("Not recorded ({count})"),
                self.tr(
                    "These rows hold something the import does not record, for the reason "
                    "given; they are no error, and nothing else on them changes."
                ),
                self._fill_notes,
            ),
            (
                plan.present,
                self.tr("Already present ({count})"),
                self.tr(
                    "These new rows are not created: they were imported before or the same "
                    "record is stored already, so importing twice creates nothing twice."
                ),
                self._fill_present,
            ),
        )
        for shown, title, hint_text, fill in pages:
            if shown:
                page, layout = hinted_page(self, hint_text)
                fill(page, layout)
                self.tabs.addTab(page, title.format(count=len(shown)))

    def _fill_errors(self, page: QWidget, layout: QVBoxLayout) -> None:
        self.error_view = error_table(self.error_model, page)
        copy = QAction(self.tr("Copy"), self.error_view)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selected_errors)
        self.error_view.addAction(copy)
        layout.addWidget(self.error_view, 1)
        copy_all = QPushButton(self.tr("&Copy the list"), page)
        copy_all.setObjectName("copyErrors")
        copy_all.clicked.connect(self.copy_all_errors)
        layout.addLayout(button_row([copy_all]))

    def _fill_conflicts(self, page: QWidget, layout: QVBoxLayout) -> None:
        self.conflict_view = conflict_table(self.conflict_model, page)
        self.conflict_view.clicked.connect(self._choose_clicked)
        layout.addWidget(self.conflict_view, 1)
        take_all = QPushButton(self.tr("Take all from the &workbook"), page)
        take_all.setObjectName("takeAllWorkbook")
        keep_all = QPushButton(self.tr("Keep all from the &database"), page)
        keep_all.setObjectName("keepAllDatabase")
        for button, choice in ((take_all, Choice.TAKE_WORKBOOK), (keep_all, Choice.KEEP_DATABASE)):
            button.clicked.connect(lambda _=False, c=choice: self.conflict_model.choose_all(c))
        layout.addLayout(button_row([take_all, keep_all]))

    def _fill_changes(self, page: QWidget, layout: QVBoxLayout) -> None:
        self.change_view = change_table(self.change_model, page)
        layout.addWidget(self.change_view, 1)

    def _fill_present(self, page: QWidget, layout: QVBoxLayout) -> None:
        lines = (
            self.tr("{sheet} row {row}: {label} — {reason}").format(
                sheet=sheet_title(present.sheet),
                row=present.row,
                label=present.label,
                reason=present_reason(present),
            )
            for present in self.plan.present
        )
        self.present_list = text_list(page, "presentList", lines)
        layout.addWidget(self.present_list, 1)

    def _fill_notes(self, page: QWidget, layout: QVBoxLayout) -> None:
        lines = (
            self.tr("{sheet} row {row}: {label} — {reason}").format(
                sheet=sheet_title(note.sheet), row=note.row, label=note.label, reason=note.text
            )
            for note in self.plan.notes
        )
        self.notes_list = text_list(page, "notesList", lines)
        layout.addWidget(self.notes_list, 1)

    def _fill_missing(self, page: QWidget, layout: QVBoxLayout) -> None:
        lines = (
            self.tr("{sheet}: {label}").format(
                sheet=sheet_title(missing.sheet), label=missing.label
            )
            for missing in self.plan.missing
        )
        self.missing_list = text_list(page, "missingList", lines)
        layout.addWidget(self.missing_list, 1)

    # Behaviour --------------------------------------------------------------------------------

    def _choose_clicked(self, index: QModelIndex) -> None:
        # A click anywhere in a value cell chooses it, not only on its round button.
        if index.column() == ConflictColumn.WORKBOOK:
            self.conflict_model.choose(index.row(), Choice.TAKE_WORKBOOK)
        elif index.column() == ConflictColumn.DATABASE:
            self.conflict_model.choose(index.row(), Choice.KEEP_DATABASE)

    def choices(self) -> dict[ChoiceKey, Choice]:
        return self.conflict_model.choices()

    def copy_all_errors(self) -> None:
        QGuiApplication.clipboard().setText(self.error_model.as_tsv())

    def copy_selected_errors(self) -> None:
        rows = [index.row() for index in self.error_view.selectionModel().selectedRows()]
        QGuiApplication.clipboard().setText(self.error_model.as_tsv(rows or None))

    def set_applying(self, applying: bool) -> None:
        """While the import is written, nothing in the dialog can be changed."""
        self._busy = applying
        self.tabs.setEnabled(not applying)
        self.cancel_button.setEnabled(not applying)
        self._update_state()

    def mark_stale(self) -> None:
        """The database changed after this preview: it can no longer be applied."""
        self._stale = True
        self._update_state()

    def _update_state(self) -> None:
        plan = self.plan
        unchosen = self.conflict_model.unchosen()
        if self._stale:
            text = self.tr(
                "The database changed after this preview was made. Import the workbook again "
                "for a fresh preview."
            )
        elif plan.errors:
            text = self.tr(
                "Invalid cells: {count}. Fix them in the workbook and import it again; "
                "nothing can be imported until then."
            ).format(count=len(plan.errors))
        elif unchosen:
            text = self.tr("Conflicts still to choose: {count}.").format(count=unchosen)
        elif not plan.changes:
            text = self.tr("The workbook matches the database: there is nothing to import.")
        else:
            text = self.tr("Nothing has been written yet: press Apply to import.")
        self.status_label.setText(text)
        ready = not (self._stale or self._busy or plan.errors or unchosen or not plan.changes)
        self.apply_button.setEnabled(ready)

    def reject(self) -> None:
        # Escape must not close the preview while its import is being written.
        if not self._busy:
            super().reject()

    def _request_apply(self) -> None:
        if self.apply_button.isEnabled():
            self.apply_requested.emit(self.choices())
