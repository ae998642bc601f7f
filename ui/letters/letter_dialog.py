"""Writing a letter for an inquiry: a starter or an own Word template, checked before anything
is asked or written, saved as .docx, made a PDF where LibreOffice Writer is installed, and
kept in the evidence with the inquiry as the copy sent (:mod:`ui.letters.keeping`).

A template the case cannot fill is refused naming every missing field in the caseworker's
words; nothing is written and no file name is asked for.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import CaseworkerError
from caseworker.letters import (
    LetterFacts,
    letter_facts,
    prepare_letter,
    save_letter,
    starter_templates,
)
from caseworker.letters.pdf import find_soffice
from caseworker.services.addressees import addressee_line
from caseworker.services.inquiry_lines import InquiryLine, inquiry_line
from caseworker.vocab import AddresseeKind, InquiryFileRole
from ui.context import AppContext
from ui.file_folders import chosen_file, start_folder
from ui.letters.keeping import Keeper, ToKeep
from ui.operations import ReadOp
from ui.widgets.date_field import PROBLEM_COLOUR
from ui.widgets.labels import selectable_label

if TYPE_CHECKING:
    from ui.operations import Session

#: The combo box's data for "an own template": the path is asked for.
OWN = ""
#: The starter template written for each kind of office.
STARTER_FOR_KIND = {
    AddresseeKind.COMMISSARIAT: "commissariat",
    AddresseeKind.MINISTRY: "ministry",
    AddresseeKind.PROSECUTOR: "prosecutor",
    AddresseeKind.OMBUDSMAN: "ombudsman",
    AddresseeKind.RED_CROSS: "red-cross",
    AddresseeKind.ICRC: "red-cross",
}


def _inquiry_and_kind(session: Session, inquiry_id: int) -> tuple[InquiryLine, AddresseeKind]:
    line = inquiry_line(session, inquiry_id)
    return line, addressee_line(session, line.addressee_id).kind


def _safe_name(text: str) -> str:
    """``text`` fit for a file name: no folder separators or characters Windows refuses."""
    return "".join("-" if ch in '/\\:*?"<>|' else ch for ch in text).strip() or "letter"


class LetterDialog(QDialog):
    """The letter of one inquiry. ``written(text)`` tells the outcome's sentence once the
    letter is saved and kept (the window shows it in its status bar)."""

    written = Signal(str)

    def __init__(
        self,
        context: AppContext,
        inquiry_id: int,
        parent: QWidget | None = None,
        keeper: Keeper | None = None,
    ) -> None:
        """``keeper``: who keeps the copy, owned by something that outlives the dialog, so
        that a copy under way is still recorded when the dialog is closed."""
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self._context = context
        self.line, kind = ReadOp(
            context, parent, lambda session: _inquiry_and_kind(session, inquiry_id)
        ).run_or_raise()
        self._own: Path | None = None
        self.keeper = keeper if keeper is not None else Keeper(context, self)
        self.keeper.finished.connect(self._kept)
        self._listening = True
        self.setWindowTitle(self.tr("Letter to {addressee}").format(addressee=self.line.addressee))

        self.template_combo = QComboBox()
        self.template_combo.setObjectName("letterTemplate")
        for template in starter_templates():
            self.template_combo.addItem(template.title, str(template.path))
        self.template_combo.addItem(self.tr("Own template (.docx)…"), OWN)
        # The starter written for the addressee's kind of office comes first to hand.
        suggested = STARTER_FOR_KIND.get(kind)
        for index in range(self.template_combo.count()):
            if suggested and Path(self.template_combo.itemData(index)).stem == suggested:
                self.template_combo.setCurrentIndex(index)
        self.template_combo.activated.connect(self._on_template_chosen)
        self.template_combo.currentIndexChanged.connect(self._remember_starter)
        self._last_index = 0

        self.pdf_box = QCheckBox(self.tr("Also make a PDF"))
        self.pdf_box.setObjectName("letterPdf")
        self.no_pdf_label = QLabel(
            self.tr("LibreOffice Writer is not installed, so no PDF can be made here; the letter "
                    "is saved as a Word document (.docx), which can be printed or sent as it is.")
        )  # fmt: skip
        self.no_pdf_label.setObjectName("letterNoPdf")
        self.no_pdf_label.setWordWrap(True)
        writer = find_soffice() is not None
        self.pdf_box.setEnabled(writer)
        self.pdf_box.setChecked(writer)
        self.no_pdf_label.setVisible(not writer)
        self.keep_box = QCheckBox(self.tr("Keep this copy with the inquiry as the letter sent"))
        self.keep_box.setObjectName("letterKeep")
        self.keep_box.setChecked(True)

        self.message = selectable_label("letterMessage")
        self._set_message("", problem=False)

        form = QFormLayout()
        form.addRow(self.tr("Template:"), self.template_combo)
        form.addRow("", self.pdf_box)
        form.addRow("", self.no_pdf_label)
        form.addRow("", self.keep_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = QPushButton(self.tr("Write the letter…"))
        self.write_button.setObjectName("writeLetter")
        self.write_button.setDefault(True)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    # Choosing the template -------------------------------------------------------------

    def template(self) -> Path | None:
        """The template chosen: a starter's file, or the caseworker's own .docx."""
        data = self.template_combo.currentData()
        return self._own if data == OWN else Path(data)

    def _remember_starter(self, index: int) -> None:
        if self.template_combo.itemData(index) != OWN:
            self._last_index = index

    def _on_template_chosen(self, index: int) -> None:
        if self.template_combo.itemData(index) != OWN:
            return
        chosen = self._context.prompts.open_path(
            self,
            self.tr("Choose a letter template"),
            str(start_folder()),
            self.tr("Word documents (*.docx)"),
        )
        if not chosen:
            self.template_combo.setCurrentIndex(self._last_index)
            return
        self._own = Path(chosen)
        self.template_combo.setItemText(
            index, self.tr("Own template: {name}").format(name=self._own.name)
        )
        self._last_index = index

    # Writing ---------------------------------------------------------------------------

    def write(self) -> Path | None:
        """Check the template against the case, ask where to save, write the letter, then
        make its PDF and keep the copy in the background; the letter's path once written."""
        template = self.template()
        if template is None or self.keeper.is_busy():
            return None
        try:
            letter = prepare_letter(template, self._facts())
        except CaseworkerError as error:
            self._set_message(error.message, problem=True)
            return None
        chosen = self._context.prompts.save_path(
            self,
            self.tr("Save the letter"),
            str(start_folder() / f"{self._suggested_name()}.docx"),
            self.tr("Word documents (*.docx)"),
        )
        if not chosen:
            return None
        path = chosen_file(chosen, ".docx")
        try:
            target = save_letter(letter, template, path)
        except CaseworkerError as error:
            self._set_message(error.message, problem=True)
            return None
        except OSError as error:  # a disk that fills up or goes away while it is written
            self._set_message(
                self.tr("The letter could not be written to {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
                problem=True,
            )
            return None
        self._set_message(self.tr("The letter is saved: {path}. One moment…").format(
            path=target), problem=False)  # fmt: skip
        self.write_button.setEnabled(False)
        if not self.keeper.start(self.order_for(target)):
            self.write_button.setEnabled(True)
        return target

    def order_for(self, letter: Path) -> ToKeep:
        """What is done in the background with the letter written to ``letter``."""
        return ToKeep(
            self.line.id,
            self.line.case_id,
            InquiryFileRole.LETTER_SENT,
            (letter,),
            make_pdf=self.pdf_box.isEnabled() and self.pdf_box.isChecked(),
            keep=self.keep_box.isChecked(),
        )

    def _facts(self) -> LetterFacts:
        line, actor = self.line, self._context.actor
        return ReadOp(
            self._context,
            self,
            lambda session: letter_facts(
                session, line.case_id, inquiry_id=line.id, representative=actor
            ),
        ).run_or_raise()

    def _suggested_name(self) -> str:
        return _safe_name(
            self.tr("Letter to {addressee} {day}").format(
                addressee=self.line.addressee, day=date.today().isoformat()
            )
        )

    def _kept(self, text: str, problem: bool) -> None:
        self.write_button.setEnabled(True)
        self._set_message(text, problem=problem)
        self.written.emit(text)

    def _set_message(self, text: str, *, problem: bool) -> None:
        palette = self.message.palette()
        colour = PROBLEM_COLOUR if problem else self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.message.setPalette(palette)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def done(self, result: int) -> None:
        # A copy under way is still recorded by the keeper; this dialog no longer listens.
        if self._listening:
            self._listening = False
            self.keeper.finished.disconnect(self._kept)
        super().done(result)
