"""Export a case's evidence for a lawyer: protected with a password (an encrypted archive, the
password typed twice, never stored) or, the box cleared, a plain folder that says it is not
protected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import ValidationError
from caseworker.services.evidence_bundle import check_archive_password
from ui.widgets.date_field import PROBLEM_COLOUR


def _coloured(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
    label.setPalette(palette)
    label.setWordWrap(True)
    return label


class EvidenceBundleDialog(QDialog):
    """Asks how to export the case's evidence; the caller then asks where."""

    def __init__(self, parent: QWidget | None, *, reference: str, removed: int) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceBundleDialog")
        self.setWindowTitle(self.tr("Export evidence for a lawyer"))
        intro = QLabel(
            self.tr(
                "The files of case {reference}, with a manifest (each file's original name, "
                "SHA-256, how it was obtained, its reports) and a SHA256SUMS file to check "
                "them."
            ).format(reference=reference),
            self,
        )
        intro.setWordWrap(True)
        self.removed_box = QCheckBox(self.tr("Include the files &removed from the case"), self)
        self.removed_box.setObjectName("includeRemoved")
        self.removed_box.setVisible(removed > 0)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        self._add_password(layout)
        layout.addSpacing(6)
        layout.addWidget(self.removed_box)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._protect_toggled(True)

    def _add_password(self, layout: QVBoxLayout) -> None:
        """ "Protect with a password" (checked) with the password twice under it, and the
        warning shown when it is cleared."""
        self.protect_box = QCheckBox(self.tr("&Protect with a password"), self)
        self.protect_box.setObjectName("protectWithPassword")
        self.protect_box.setChecked(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("bundlePassword")
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("bundlePasswordRepeat")
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textEdited.connect(self._clear_problem)
        self.password_note = QLabel(
            self.tr(
                "The files go into one archive (.zip) encrypted with AES-256, which 7-Zip, "
                "WinZip, PeaZip or Keka open with the password (the archivers built into "
                "Windows and macOS may not). Give the password to the lawyer apart from the "
                "archive, by telephone rather than in the same message. The files inside "
                "are named by number; their original names are in the manifest."
            ),
            self,
        )
        self.password_note.setWordWrap(True)
        self.password_problem = _coloured(QLabel(self))
        self.password_problem.setObjectName("bundlePasswordProblem")
        self.password_problem.hide()
        self.unprotected_note = _coloured(
            QLabel(
                self.tr(
                    "Not protected: the files are copied as they are into a folder, and "
                    "anyone who has the folder, or the disk or message it travels on, can "
                    "read them. Hand it over on an encrypted disk or through a protected "
                    "channel."
                ),
                self,
            )
        )
        self.unprotected_note.setObjectName("bundleNotProtected")
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("&Repeat it:"), self.repeat_edit)
        form.addRow(self.password_problem)
        form.addRow(self.password_note)
        self.protect_box.toggled.connect(self._protect_toggled)
        layout.addWidget(self.protect_box)
        layout.addLayout(form)
        layout.addWidget(self.unprotected_note)

    def _protect_toggled(self, protect: bool) -> None:
        for widget in (self.password_edit, self.repeat_edit, self.password_note):
            widget.setEnabled(protect)
        self.unprotected_note.setVisible(not protect)
        if protect:
            self.ok_button.setText(self.tr("Choose the archive…"))
        else:
            self.ok_button.setText(self.tr("Choose the folder…"))
        self._clear_problem()
        if protect:
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_problem(self) -> None:
        self.password_problem.hide()

    def _show_problem(self, text: str, field: QLineEdit) -> None:
        self.password_problem.setText(text)
        self.password_problem.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def accept(self) -> None:
        """Accepted unless the password is asked for and is empty, too short or typed
        differently the second time."""
        if self.protect_box.isChecked():
            try:
                check_archive_password(self.password_edit.text())
            except ValidationError as error:
                self._show_problem(error.message, self.password_edit)
                return
            if self.repeat_edit.text() != self.password_edit.text():
                self._show_problem(
                    self.tr("The two passwords differ; type the same password twice."),
                    self.repeat_edit,
                )
                return
        super().accept()

    def password(self) -> str | None:
        """The password to protect the archive with; None for a plain folder."""
        if not self.protect_box.isChecked():
            return None
        return self.password_edit.text() or None

    def set_password(self, password: str | None) -> None:
        """Check "Protect with a password" and type ``password`` twice (None: a folder)."""
        self.protect_box.setChecked(password is not None)
        self.password_edit.setText(password or "")
        self.repeat_edit.setText(password or "")

    def include_removed(self) -> bool:
        return not self.removed_box.isHidden() and self.removed_box.isChecked()
