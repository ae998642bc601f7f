"""Export a case's evidence for a lawyer: protected with a password (an encrypted archive, the
password typed twice, never stored) or, the box cleared, a plain folder that says it is not
protected."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import ValidationError
from caseworker.services.evidence_bundle import check_archive_password
from ui.widgets.password_twice import PasswordTwice, problem_label


def _archive_password_problem(password: str) -> str | None:
    try:
        check_archive_password(password)
    except ValidationError as error:
        return error.message
    return None


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
        note = self.tr(
            "The files go into one archive (.zip) encrypted with AES-256, which 7-Zip, "
            "WinZip, PeaZip or Keka open with the password (the archivers built into "
            "Windows and macOS may not). Give the password to the lawyer apart from the "
            "archive, by telephone rather than in the same message. The files inside "
            "are named by number; their original names are in the manifest."
        )
        self.password_part = PasswordTwice(note, "bundle", _archive_password_problem, self)
        self.protect_box = self.password_part.protect_box
        self.password_edit = self.password_part.password_edit
        self.repeat_edit = self.password_part.repeat_edit
        self.password_note = self.password_part.note
        self.password_problem = self.password_part.problem_label
        self.unprotected_note = problem_label(self)
        self.unprotected_note.setText(
            self.tr(
                "Not protected: the files are copied as they are into a folder, and "
                "anyone who has the folder, or the disk or message it travels on, can "
                "read them. Hand it over on an encrypted disk or through a protected "
                "channel."
            )
        )
        self.unprotected_note.setObjectName("bundleNotProtected")
        self.password_part.toggled.connect(self._protect_toggled)
        layout.addWidget(self.password_part)
        layout.addWidget(self.unprotected_note)
        self.protect_box.setChecked(True)

    def _protect_toggled(self, protect: bool) -> None:
        self.unprotected_note.setVisible(not protect)
        if protect:
            self.ok_button.setText(self.tr("Choose the archive…"))
        else:
            self.ok_button.setText(self.tr("Choose the folder…"))

    def accept(self) -> None:
        """Accepted unless the password is asked for and is empty, too short or typed
        differently the second time."""
        if not self.password_part.problem():
            super().accept()

    def password(self) -> str | None:
        """The password to protect the archive with; None for a plain folder."""
        return self.password_part.password()

    def set_password(self, password: str | None) -> None:
        """Check "Protect with a password" and type ``password`` twice (None: a folder)."""
        self.password_part.set_password(password)

    def include_removed(self) -> bool:
        return not self.removed_box.isHidden() and self.removed_box.isChecked()
