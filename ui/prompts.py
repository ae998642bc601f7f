"""Every question the window asks a person, in one object on the application context.

A widget or action never opens a message box, a file dialog or a modal dialog itself: it asks
``context.prompts`` (this class, which does it with Qt). Tests hand the context a scripted
subclass instead (``tests/ui/scripted_prompts.py``), so that no question ever waits for a
person. The words, filters and folders of each question stay with whoever asks it; this class
only asks.

The file and input dialogs' classes are imported where they are asked for: PySide builds a
class's type and its enumerations when it is first imported by name, which a start that asks
nothing need not pay for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from caseworker.errors import DatabaseUnavailable
from ui.messages import ask_retry, show_error

if TYPE_CHECKING:  # Qt's printing and URL classes load when first used, not at start
    from PySide6.QtCore import QUrl
    from PySide6.QtPrintSupport import QPrintDialog

translate = QCoreApplication.translate


class Prompts:
    """Asks the person at the screen, with Qt's dialogs; each method waits for the answer."""

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run ``dialog`` modally; True when it was accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def run_print_dialog(self, dialog: QPrintDialog) -> bool:
        """Run the print dialog modally; True when the person chose to print."""
        return self.run_dialog(dialog)

    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str = ""
    ) -> str:
        """Ask where to save a file (``suggested`` is the folder and name offered first);
        the chosen path, or "" when the person cancels."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path

    def open_path(
        self, parent: QWidget | None, title: str, folder: str, file_filter: str = ""
    ) -> str:
        """Ask which file to open; the chosen path, or "" when the person cancels."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
        return path

    def choose_files(self, parent: QWidget | None, title: str, folder: str) -> list[str]:
        """Ask for any number of files; none when the person cancels."""
        from PySide6.QtWidgets import QFileDialog

        names, _filter = QFileDialog.getOpenFileNames(parent, title, folder)
        return names

    def choose_one(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        choices: Sequence[tuple[int, str]],
    ) -> int | None:
        """Ask which of ``choices`` (id and name) is meant; its id, or None when cancelled."""
        # Two choices may share a name (a father and son): tell them apart by number.
        plain = [name for _id, name in choices]
        names = [name if plain.count(name) == 1 else f"{name} (#{key})" for key, name in choices]
        from PySide6.QtWidgets import QInputDialog

        name, chosen = QInputDialog.getItem(parent, title, question, names, 0, False)
        return choices[names.index(name)][0] if chosen and name in names else None

    def choose_folder(self, parent: QWidget | None, title: str, folder: str) -> str:
        """Ask for a folder (``folder`` shown first); it, or "" when the person cancels."""
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getExistingDirectory(parent, title, folder)

    def ask_password(self, parent: QWidget | None, title: str, text: str) -> str | None:
        """Ask for a password (typed hidden); it, or None when the person cancels."""
        from PySide6.QtWidgets import QInputDialog

        password, given = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
        return password if given else None

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the person something they acknowledge with OK."""
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask a yes-or-no question; True for yes."""
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_discard(self, dialog: QWidget) -> bool:
        """Ask whether to close ``dialog`` and lose what was typed in it; True to discard."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("RecordDialog", "Discard what you typed?"),
            translate(
                "RecordDialog",
                "You typed or changed something in “{title}”. Closing without saving loses it.",
            ).format(title=dialog.windowTitle()),
            QMessageBox.StandardButton.NoButton,
            dialog,
        )
        box.setObjectName("discardQuestion")
        discard = box.addButton(
            translate("RecordDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("RecordDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def report_error(self, parent: QWidget | None, error: BaseException) -> None:
        """Show ``error``: a typed error of ``caseworker`` by its title and sentence, anything
        else as unexpected (see :func:`ui.messages.show_error`)."""
        show_error(parent, error)

    def ask_retry(self, parent: QWidget | None, error: DatabaseUnavailable) -> bool:
        """Say that the database server cannot be reached; True when the person chose to
        try again (see :func:`ui.messages.ask_retry`)."""
        return ask_retry(parent, error)

    def open_url(self, url: QUrl) -> bool:
        """Open a web address or a local file with the system's program for it."""
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(url)
