"""The password part of a dialog that writes a protected file: "Protect with a password" and,
under it, the password typed twice, a note on what it protects, and the problem found.

The Excel export and the evidence bundle for a lawyer share it, so that both ask the same
way, in the same words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.widgets.date_field import PROBLEM_COLOUR

#: Says what is wrong with a password (None: nothing).
PasswordCheck = Callable[[str], str | None]


def problem_label(parent: QWidget) -> QLabel:
    """A word-wrapped label in the colour of problems, hidden until it has one to say."""
    label = QLabel(parent)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
    label.setPalette(palette)
    label.setWordWrap(True)
    label.hide()
    return label


class PasswordTwice(QWidget):
    """The check box, the password and its repetition (disabled while the box is clear),
    the note under them and the problem found by :meth:`problem`."""

    #: The check box was checked (True) or cleared.
    toggled = Signal(bool)

    def __init__(self, note: str, name: str, check: PasswordCheck, parent: QWidget) -> None:
        """``note``: what the password protects; ``name``: the prefix of the fields' object
        names (``{name}Password``, ``{name}PasswordRepeat``, ``{name}PasswordProblem``);
        ``check``: what is wrong with a password typed (its length, say)."""
        super().__init__(parent)
        self._check = check
        self.protect_box = QCheckBox(self.tr("&Protect with a password"), self)
        self.protect_box.setObjectName("protectWithPassword")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName(f"{name}Password")
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName(f"{name}PasswordRepeat")
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textEdited.connect(self.clear_problem)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.problem_label = problem_label(self)
        self.problem_label.setObjectName(f"{name}PasswordProblem")
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("&Repeat it:"), self.repeat_edit)
        form.addRow(self.problem_label)
        form.addRow(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.protect_box)
        layout.addLayout(form)
        self.protect_box.toggled.connect(self._toggled)
        self._enable(False)

    def _enable(self, protect: bool) -> None:
        for widget in (self.password_edit, self.repeat_edit, self.note):
            widget.setEnabled(protect)

    def _toggled(self, protect: bool) -> None:
        self._enable(protect)
        self.clear_problem()
        if protect:
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.toggled.emit(protect)

    def clear_problem(self) -> None:
        self.problem_label.hide()

    def problem(self) -> bool:
        """Whether the password asked for is wrong (then said under the fields, the field
        to mend focused): refused by the check, or typed differently the second time."""
        if not self.protect_box.isChecked():
            return False
        found = self._check(self.password_edit.text())
        field = self.password_edit
        if found is None and self.repeat_edit.text() != self.password_edit.text():
            found = self.tr("The two passwords differ; type the same password twice.")
            field = self.repeat_edit
        if found is None:
            return False
        self.problem_label.setText(found)
        self.problem_label.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()
        return True

    def password(self) -> str | None:
        """The password chosen; None when the file is not to be protected."""
        if not self.protect_box.isChecked():
            return None
        return self.password_edit.text() or None

    def set_password(self, password: str | None) -> None:
        """Check the box and type ``password`` twice (None: clear the box)."""
        self.protect_box.setChecked(password is not None)
        self.password_edit.setText(password or "")
        self.repeat_edit.setText(password or "")
