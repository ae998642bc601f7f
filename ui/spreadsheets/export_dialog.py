"""Which cases go into a workbook: all of them, the filtered case list, or the open case;
and whether the workbook is protected with a password (typed twice, never stored)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.password_twice import PasswordTwice


class ExportScope(StrEnum):
    ALL = "all"
    LISTED = "listed"
    OPEN_CASE = "open_case"


class ExportScopeDialog(QDialog):
    """Asks which cases to export; the caller then asks where to save the workbook."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        template: bool,
        listed: int | None,
        filtered: bool,
        open_case: str | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportScopeDialog")
        if template:
            self.setWindowTitle(self.tr("Export an offline template"))
            intro = self.tr(
                "The template holds the chosen cases with their persons and relatives but no "
                "reports: enter new reports in it away from the desk, then import it."
            )
        else:
            self.setWindowTitle(self.tr("Export to a spreadsheet"))
            intro = self.tr(
                "The workbook can be edited offline in Excel or LibreOffice and imported again."
            )
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)

        self.all_button = QRadioButton(self.tr("&All cases"), self)
        if listed is None:
            listed_text = self.tr("The cases in the &list (as filtered now)")
        else:
            listed_text = self.tr("The cases in the &list (as filtered now): {count}").format(
                count=QLocale().toString(listed)
            )
        self.listed_button = QRadioButton(listed_text, self)
        self.listed_button.setEnabled(filtered)
        if not filtered:
            self.listed_button.setToolTip(self.tr("The list is not filtered: it shows all cases."))
        if open_case is None:
            case_text = self.tr("The &open case")
        else:
            case_text = self.tr("The &open case: {reference}").format(reference=open_case)
        self.case_button = QRadioButton(case_text, self)
        self.case_button.setEnabled(open_case is not None)

        self._group = QButtonGroup(self)
        for button in (self.all_button, self.listed_button, self.case_button):
            self._group.addButton(button)
        (self.listed_button if filtered else self.all_button).setChecked(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addSpacing(6)
        layout.addWidget(self.all_button)
        layout.addWidget(self.listed_button)
        layout.addWidget(self.case_button)
        layout.addSpacing(6)
        self._add_password(layout)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _add_password(self, layout: QVBoxLayout) -> None:
        """The check box "Protect with a password" and, under it, the password twice."""
        note = self.tr(
            "Excel and LibreOffice ask for it when the workbook is opened, and so does "
            "the import. Keep it apart from the workbook: without it nobody, you "
            "included, can open the workbook."
        )
        self.password_part = PasswordTwice(note, "export", self._password_problem, self)
        self.protect_box = self.password_part.protect_box
        self.password_edit = self.password_part.password_edit
        self.repeat_edit = self.password_part.repeat_edit
        self.password_note = self.password_part.note
        self.password_problem = self.password_part.problem_label
        layout.addWidget(self.password_part)

    def _password_problem(self, password: str) -> str | None:
        if password:
            return None
        return self.tr("Type the password, or clear “Protect with a password”.")

    def accept(self) -> None:
        """Accepted unless the password is asked for and is empty or typed differently."""
        if not self.password_part.problem():
            super().accept()

    def password(self) -> str | None:
        """The password to protect the workbook with; None when it is not protected."""
        return self.password_part.password()

    def set_password(self, password: str | None) -> None:
        """Check "Protect with a password" and type ``password`` twice (None: unprotected)."""
        self.password_part.set_password(password)

    def scope(self) -> ExportScope:
        if self.case_button.isChecked():
            return ExportScope.OPEN_CASE
        if self.listed_button.isChecked():
            return ExportScope.LISTED
        return ExportScope.ALL

    def set_scope(self, scope: ExportScope) -> None:
        button = {
            ExportScope.ALL: self.all_button,
            ExportScope.LISTED: self.listed_button,
            ExportScope.OPEN_CASE: self.case_button,
        }[scope]
        button.setChecked(True)
