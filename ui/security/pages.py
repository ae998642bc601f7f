"""The unlock dialog's pages: the passphrase, the recovery code with a new passphrase, and
the new recovery code shown once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.date_field import PROBLEM_COLOUR

#: How long a typed recovery code may be (24 characters, dashes and a few spaces).
CODE_MAX_LENGTH = 64


class ProblemLabel(QLabel):
    """A problem's sentence; ``form`` is the form whose row it fills (see :func:`problem_row`)."""

    form: QFormLayout | None = None


def problem_row(form: QFormLayout, problem: ProblemLabel) -> None:
    """Put ``problem`` in a row of ``form`` under the fields; the whole row (its empty label
    and spacing too) takes no room until a problem is said."""
    form.addRow("", problem)
    problem.form = form
    form.setRowVisible(problem, False)


def problem_label(parent: QWidget, name: str) -> ProblemLabel:
    """A red sentence under a field, empty (and taking no room) until a problem is set."""
    label = ProblemLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
    label.setPalette(palette)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    """Say ``text`` in the problem ``label`` (nothing hides it), the window growing to fit."""
    label.setText(text)
    if isinstance(label, ProblemLabel) and label.form is not None:
        label.form.setRowVisible(label, bool(text))
    else:
        label.setVisible(bool(text))
    grow_to_fit(label)


def grow_to_fit(widget: QWidget, *, shrink: bool = False) -> None:
    """Make ``widget``'s window tall enough for what it now holds (a sentence wrapped on
    several lines), keeping its width; with ``shrink``, exactly as tall (a line said a moment
    ago, now gone, leaves no gap)."""
    window = widget.window()
    layout = window.layout()
    if layout is None:
        return
    layout.invalidate()  # a page's size policy just changed: no cached minimum
    layout.activate()
    width = window.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
    needed = max(needed - _hidden_pages_height(window), layout.totalMinimumSize().height())
    if needed > window.height() or (shrink and needed < window.height()):
        window.resize(width, needed)


def _hidden_pages_height(window: QWidget) -> int:
    """How much taller than its shown page a stack of pages says it must be: a stack asks
    the height of its tallest page for a width, shown or not."""
    extra = 0
    for stack in window.findChildren(QStackedWidget):
        shown = stack.currentWidget()
        if shown is None or not stack.hasHeightForWidth():
            continue
        width = stack.width()
        own = shown.heightForWidth(width) if shown.hasHeightForWidth() else -1
        own = max(own, shown.minimumSizeHint().height())
        extra += max(0, stack.heightForWidth(width) - own)
    return extra


def link_button(text: str, name: str, parent: QWidget) -> QPushButton:
    """A flat button that reads like a link (reachable with Tab, unlike a label's link)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
    button.setPalette(palette)
    return button


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


class PassphrasePage(QWidget):
    """The passphrase field, its problem, and "Forgot the passphrase?"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = password_field(self, "passphrase")
        self.problem = problem_label(self, "passphraseProblem")
        self.forgot = link_button(
            self.tr("Forgot the passphrase? Enter the recovery code"), "forgotPassphrase", self
        )
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.field)
        problem_row(form, self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


class RecoveryPage(QWidget):
    """The recovery code from the paper, then a new passphrase typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        said = QLabel(
            self.tr(
                "Type the recovery code you printed or wrote down when the database was "
                "protected, then choose a new passphrase. The recovery code is then "
                "replaced by a new one, shown once."
            ),
            self,
        )
        said.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("recoveryCode")
        self.code.setMaxLength(CODE_MAX_LENGTH)
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.new_passphrase = password_field(self, "newPassphrase")
        self.repeated = password_field(self, "repeatedPassphrase")
        self.problem = problem_label(self, "recoveryProblem")
        self.back = link_button(self.tr("Back to the passphrase"), "backToPassphrase", self)
        form = QFormLayout()
        form.addRow(self.tr("Recovery &code:"), self.code)
        form.addRow(self.tr("&New passphrase:"), self.new_passphrase)
        form.addRow(self.tr("&Repeat it:"), self.repeated)
        problem_row(form, self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(said)
        layout.addLayout(form)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def clear(self) -> None:
        for field in (self.code, self.new_passphrase, self.repeated):
            field.clear()
        show_problem(self.problem, "")


class NewCodePage(QWidget):
    """The new recovery code, shown once, with what to do with it. ``first``: the database's
    first code (it was just protected), not one replacing another."""

    def __init__(self, parent: QWidget | None = None, *, first: bool = False) -> None:
        super().__init__(parent)
        heading = (
            self.tr("The database is protected. Your recovery code:")
            if first
            else self.tr("The passphrase is changed. Your new recovery code:")
        )
        said = QLabel(heading, self)
        said.setObjectName("newCodeHeading")
        said.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setObjectName("newRecoveryCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        advice = QLabel(
            self.tr(
                "Print it or write it down now, and keep the paper apart from the computer: "
                "it is shown only this once, and it opens the database if the passphrase is "
                "forgotten. Whoever finds the paper can open the database too."
            )
            if first
            else self.tr(
                "Print it or write it down now, and keep the paper apart from the computer: "
                "it is shown only this once, and it opens the database if the passphrase is "
                "forgotten. Whoever finds the paper can open the database too. The old "
                "code no longer opens anything."
            ),
            self,
        )
        advice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(said)
        layout.addWidget(self.code)
        layout.addWidget(advice)
        layout.addStretch(1)
