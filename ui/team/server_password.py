"""At start, the password of a team's server login, asked in the window when the server
wants one it was not given, or refused the one given.

libpq finds a login's password in the address, ``$PGPASSWORD`` or ``~/.pgpass`` (the
documented way to keep it, README "For a team"). Without one, or with a wrong one, the
server refuses the login; ``app.py`` (``ask_server_password``) then shows
:class:`ServerPasswordDialog`: the server's sentence, the login, a password field, "Connect"
and "Exit". The password typed is used for this run only: it goes into the address the
program opens, in memory, and is never written anywhere (not to the settings, not to the
log). A wrong one is said by the dialog, the field emptied, and asked again; "Exit" leaves
the program, having written nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.db import Database, open_database
from caseworker.db.engine import with_password
from caseworker.errors import DatabaseError, DatabaseLoginRefused
from ui.security.pages import grow_to_fit

#: Opens the database with the password given; raises what :func:`open_database` raises.
Opener = Callable[[str], Database]


def wants_password(error: DatabaseLoginRefused) -> bool:
    """Whether a password could let the login in (not given, or a wrong one), rather than
    the server refusing the login whatever its password. Raises nothing."""
    return error.missing or "password" in (error.reason or "").lower()


def opener_for(db: str | None) -> Opener:
    """Opens the database ``db`` names (``--db``, else its default) with a password given:
    the address with that password, kept in memory only."""

    def open_with(password: str) -> Database:
        return open_database(with_password(db, password))

    return open_with


class ServerPasswordDialog(QDialog):
    """Asks the password of the login ``error`` names; once accepted, :attr:`database` is
    the database opened with it."""

    def __init__(
        self, error: DatabaseLoginRefused, opener: Opener, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverPasswordDialog")
        self.setWindowTitle(self.tr("Database server password"))
        #: The database opened with the password, once the dialog is accepted.
        self.database: Database | None = None
        self._opener = opener
        self.said = QLabel(error.message, self)
        self.said.setObjectName("serverSaid")
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        login = QLabel(error.login, self)
        login.setObjectName("serverLogin")
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(
            self.tr(
                "The password is used until Caseworker is closed and is not kept. To keep it, "
                "put it in the file ~/.pgpass (see “For a team” in the manual)."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), QLabel(error.server or "", self))
        form.addRow(self.tr("Login:"), login)
        form.addRow(self.tr("Password:"), self.password)
        self.buttons = QDialogButtonBox(self)
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("connectServer")
        self.connect_button.setDefault(True)
        self.exit_button = QPushButton(self.tr("E&xit"), self)
        self.exit_button.setObjectName("exitProgram")
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.exit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.connect_button.clicked.connect(self.try_password)
        self.exit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.said)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_password(self) -> None:
        """Open the database with the password typed: accepted when it opens; else the
        server's sentence is said, the field emptied, and the dialog stays. Raises nothing."""
        password = self.password.text()
        if not password:
            self.said.setText(self.tr("Type the password."))
            grow_to_fit(self.said)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.database = self._opener(password)
        except DatabaseError as error:  # a wrong password, a server gone meanwhile…
            self.said.setText(error.message)
            grow_to_fit(self.said)
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
