"""The letter buttons of the Inquiries tab, for the selected inquiry: "Letter…", "Attach the
scanned answer…" and "Enclosure list" (of the inquiry or of the whole case).

The copying and hashing of a file into the vault is done by one :class:`Keeper`, owned here
rather than by a dialog, so that a copy under way is recorded even when the letter's dialog
is closed; what it did is said in the window's status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton

from caseworker.errors import CaseworkerError
from caseworker.labels import label
from caseworker.services.inquiry_files import KeptName, files_of_case_inquiries
from caseworker.services.inquiry_lines import InquiryLine
from caseworker.vocab import InquiryFileRole
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.file_folders import remember_folder, start_folder
from ui.inquiries.inquiries_panel import InquiriesPanel
from ui.letters.enclosures import print_enclosure_list
from ui.letters.keeping import Keeper, ToKeep
from ui.operations import ReadOp
from ui.widgets.labels import selectable_label

#: How long a sentence stays in the status bar, in milliseconds.
SHOWN_MS = 20_000


class LetterActions(QObject):
    """Adds its buttons to ``panel.actions_row``; ``said(text)`` tells each outcome."""

    said = Signal(str)

    def __init__(self, context: AppContext, panel: InquiriesPanel) -> None:
        super().__init__(panel)
        self._context = context
        self._panel = panel
        self.keeper = Keeper(context, self)
        self.keeper.finished.connect(self._kept)
        self._problem_shown = True  # a problem the letter dialog shows is not shown twice

        self.letter_button = QPushButton(self.tr("Letter…"))
        self.letter_button.setObjectName("writeLetterButton")
        self.letter_button.setToolTip(
            self.tr("Write a letter for the selected inquiry from a Word template")
        )
        self.letter_button.clicked.connect(self.write_letter)
        self.answer_button = QPushButton(self.tr("Attach the scanned answer…"))
        self.answer_button.setObjectName("attachAnswerButton")
        self.answer_button.setToolTip(
            self.tr(
                "Keep the scanned or photographed answer in the evidence, with the inquiry "
                "and its report"
            )
        )
        self.answer_button.clicked.connect(self.attach_answer)
        self.enclosures_button = QPushButton(self.tr("Enclosure list"))
        self.enclosures_button.setObjectName("enclosureListButton")
        menu = QMenu(self.enclosures_button)
        self.inquiry_list_action = menu.addAction(self.tr("Print the files of this inquiry…"))
        self.inquiry_list_action.triggered.connect(lambda: self.print_enclosures(whole=False))
        self.case_list_action = menu.addAction(self.tr("Print all evidence of the case…"))
        self.case_list_action.triggered.connect(lambda: self.print_enclosures(whole=True))
        self.enclosures_button.setMenu(menu)
        for button in (self.letter_button, self.answer_button, self.enclosures_button):
            panel.actions_row.addWidget(button)
        #: The files kept with the selected inquiry, under its course.
        self.files_label = selectable_label("inquiryFiles")
        layout = panel.layout()
        assert layout is not None
        layout.addWidget(self.files_label)
        self._files: dict[int, tuple[KeptName, ...]] = {}
        panel.table.selectionModel().selectionChanged.connect(self.update_buttons)
        # The panel says how many inquiries it read each time it reads the case again.
        panel.count_changed.connect(self.read_files)
        context.notifier.changed.connect(self._on_changed)
        self.read_files()
        self.update_buttons()

    def buttons(self) -> list[QPushButton]:
        return [self.letter_button, self.answer_button, self.enclosures_button]

    def update_buttons(self) -> None:
        """Enable the buttons for a selected inquiry, and list the files kept with it."""
        line = self._panel.selected_line()
        for button in self.buttons():
            button.setEnabled(line is not None)
        self.show_files(line)

    def show_files(self, line: InquiryLine | None) -> None:
        named = [
            self.tr("{name} ({what})").format(name=kept.name, what=label(kept.role))
            for kept in (self._files.get(line.id, ()) if line is not None else ())
        ]
        self.files_label.setText(
            self.tr("Kept with this inquiry: {files}.").format(files=", ".join(named))
        )
        self.files_label.setVisible(bool(named))

    def read_files(self) -> None:
        """Read the files kept with the case's inquiries (one statement), then show the
        selected one's; selecting another inquiry reads nothing."""
        case_id = self._panel.case_id()
        files: dict[int, tuple[KeptName, ...]] = {}
        if case_id is not None:
            files = (
                ReadOp(
                    self._context,
                    self._panel,
                    lambda session: files_of_case_inquiries(session, case_id),
                ).run()
            ) or {}
        self._files = files
        self.show_files(self._line())

    def _on_changed(self, change: Change) -> None:
        case_id = self._panel.case_id()
        if change.kind is ChangeKind.EVIDENCE and change.case_id in (None, case_id):
            self.read_files()

    def _line(self) -> InquiryLine | None:
        return self._panel.selected_line()

    def write_letter(self) -> None:
        """The letter dialog for the selected inquiry."""
        line = self._line()
        if line is None:
            return
        try:
            from ui.letters.letter_dialog import LetterDialog  # docxtpl: loaded when first used

            dialog = LetterDialog(self._context, line.id, self._panel, self.keeper)
        except CaseworkerError as error:
            self._context.prompts.report_error(self._panel, error)
            return
        self._problem_shown = True
        try:
            self._context.prompts.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def attach_answer(self) -> None:
        """Ask for the scanned answer and keep it with the selected inquiry (and the report
        its answer became) in the background."""
        line = self._line()
        if line is None:
            return
        chosen = self._context.prompts.open_path(
            self._panel,
            self.tr("Attach the scanned answer"),
            str(start_folder()),
            self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.docx)"
                    ";;All files (*)"),
        )  # fmt: skip
        if not chosen:
            return
        remember_folder(chosen)
        self._problem_shown = False
        self.keeper.start(
            ToKeep(line.id, line.case_id, InquiryFileRole.ANSWER_SCAN, (Path(chosen),))
        )

    def print_enclosures(self, *, whole: bool) -> int:
        """Print the enclosure list of the selected inquiry, or of its whole case."""
        line = self._line()
        if line is None:
            return 0
        inquiry_id = None if whole else line.id
        pages = print_enclosure_list(self._context, self._panel, line.case_id, inquiry_id)
        if pages:
            self._say(self.tr("Enclosure list sent to the printer (%n pages)", None, pages))
        return pages

    def _kept(self, text: str, problem: bool) -> None:
        if problem and not self._problem_shown:
            self._context.prompts.report_error(self._panel, CaseworkerError(text))
        self._say(text)

    def _say(self, text: str) -> None:
        window = self._panel.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, SHOWN_MS)
        self.said.emit(text)


def add_letter_actions(panel: InquiriesPanel, context: AppContext) -> LetterActions:
    """The letter buttons added to the Inquiries tab's row of actions."""
    return LetterActions(context, panel)
