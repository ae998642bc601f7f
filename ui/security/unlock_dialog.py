"""At start, the passphrase of a protected database, asked before the window opens.

Shown only when a keys file lies beside the database (``<file>.keys``). The passphrase is
checked with Argon2id (about a second) off the window's thread, the dialog staying painted
with a busy cursor. A wrong passphrase is said by the field, which is emptied; nothing is
written. After the third wrong guess in a row the library waits before each answer
(:mod:`caseworker.security.throttle`): the dialog counts the wait down. "Forgot the
passphrase?" takes the recovery code instead, then a new passphrase typed twice; the keys
file is rewrapped, a new recovery code made and shown once. "Exit" leaves the program,
having written nothing.

``app.py`` runs the dialog; once accepted, :attr:`UnlockDialog.unlocked` holds the keys.
"""

from __future__ import annotations

import math
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import CaseworkerError
from caseworker.security import (
    RecoveryCodeTypo,
    Unlocked,
    WrongPassphrase,
    WrongRecoveryCode,
    change_passphrase,
    check_new_passphrase,
    new_recovery_code,
    unlock,
    unlock_with_recovery,
)
from caseworker.security.throttle import THROTTLE, Throttle
from ui.security.background import AnnouncedThrottle, Background
from ui.security.pages import (
    NewCodePage,
    PassphrasePage,
    RecoveryPage,
    grow_to_fit,
    show_problem,
)

_UNLOCK = "unlock"
_RECOVER = "recover"


class UnlockDialog(QDialog):
    """Asks the passphrase of ``database`` (the database file's path)."""

    def __init__(
        self,
        database: Path,
        parent: QWidget | None = None,
        *,
        throttle: Throttle = THROTTLE,
        locked: bool = False,
    ) -> None:
        """``locked``: asked again after the idle time (the window is hidden meanwhile)."""
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Database passphrase"))
        #: The database's keys, once the dialog is accepted.
        self.unlocked: Unlocked | None = None
        self._database = database
        self._throttle = AnnouncedThrottle(self._announce_wait, throttle)
        #: When the throttle's wait ends (set from the checking thread).
        self._wait_until: float | None = None
        self._doing = ""
        self._background = Background(self)
        self._background.finished.connect(self._finished)
        self._background.ticked.connect(self._show_wait)

        said = QLabel(
            (
                self.tr(
                    "Caseworker was locked after a time without use, and the database "
                    "“{name}” hidden. Type its passphrase to go on."
                )
                if locked
                else self.tr("The database “{name}” is protected with a passphrase.")
            ).format(name=database.name),
            self,
        )
        said.setObjectName("unlockDatabaseName")
        said.setToolTip(str(database))
        said.setWordWrap(True)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        self.code_page = NewCodePage(self)
        self.pages = QStackedWidget(self)
        for page in (self.passphrase_page, self.recovery_page, self.code_page):
            self.pages.addWidget(page)
        self._fit_page()
        self.status = QLabel(self)
        self.status.setObjectName("unlockStatus")
        self.status.setWordWrap(True)
        self.status.hide()  # no room taken until there is something to say

        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openDatabase")
        self.open_button.setDefault(True)
        self.exit_button = QPushButton(self.tr("E&xit"), self)
        self.exit_button.setObjectName("exitProgram")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.exit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self._go_on)
        self.exit_button.clicked.connect(self.reject)
        self.passphrase_page.forgot.clicked.connect(self.show_recovery)
        self.recovery_page.back.clicked.connect(self.show_passphrase)

        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.passphrase_page.field.setFocus(Qt.FocusReason.OtherFocusReason)

    # Pages ------------------------------------------------------------------------------------

    def show_recovery(self) -> None:
        self.recovery_page.clear()
        self.open_button.setText(self.tr("&Set the passphrase and open"))
        self._fit_page(self.recovery_page)
        self.recovery_page.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_passphrase(self) -> None:
        self.recovery_page.clear()
        self.open_button.setText(self.tr("&Open"))
        self._fit_page(self.passphrase_page)
        self.passphrase_page.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_new_code(self, code: str) -> None:
        self.recovery_page.clear()
        self.code_page.code.setText(code)
        self.open_button.setText(self.tr("I have written it down: &open the database"))
        self.exit_button.hide()
        self._fit_page(self.code_page)
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_page(self, current: QWidget | None = None) -> None:
        """Show ``current`` and size the dialog to it (a stack is as tall as its tallest page
        otherwise, leaving a gap under the passphrase)."""
        if current is not None:
            self.pages.setCurrentWidget(current)
        shown = self.pages.currentWidget()
        for page in (self.passphrase_page, self.recovery_page, self.code_page):
            policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        # The stack's cached sizes follow the new policies only once its layout requests
        # are handled: handled now, so that the dialog fits the page shown without a gap.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.adjustSize()
        grow_to_fit(self.pages, shrink=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The wrapped sentences' height is known only at the width the dialog is shown at.
        grow_to_fit(self.pages)

    # Checking ---------------------------------------------------------------------------------

    def _go_on(self) -> None:
        page = self.pages.currentWidget()
        if page is self.code_page:
            self.accept()
        elif page is self.recovery_page:
            self._recover()
        else:
            self._unlock()

    def _unlock(self) -> None:
        page = self.passphrase_page
        passphrase = page.field.text()
        if not passphrase:
            show_problem(page.problem, self.tr("Type the passphrase."))
            page.field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        show_problem(page.problem, "")
        database, throttle = self._database, self._throttle
        self._start(_UNLOCK, lambda: unlock(database, passphrase, throttle=throttle))

    def _recover(self) -> None:
        page = self.recovery_page
        code, new = page.code.text(), page.new_passphrase.text()
        problem, field = "", page.code
        if not code.strip():
            problem = self.tr("Type the recovery code from the paper.")
        else:
            try:
                check_new_passphrase(new)
            except CaseworkerError as error:
                problem, field = error.message, page.new_passphrase
            else:
                if new != page.repeated.text():
                    problem = self.tr("The two passphrases differ; type the same one twice.")
                    field = page.repeated
        show_problem(page.problem, problem)
        if problem:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        database, throttle = self._database, self._throttle

        def work() -> tuple[Unlocked, str]:
            unlocked = unlock_with_recovery(database, code, throttle=throttle)
            change_passphrase(database, unlocked, new)
            return unlocked, new_recovery_code(database, unlocked)

        self._start(_RECOVER, work)

    def _start(self, doing: str, work: Any) -> None:
        self._doing = doing
        self._wait_until = None
        self._set_busy(True)
        self._background.start(work)

    def _announce_wait(self, seconds: float) -> None:
        # Called in the checking thread: only a float is handed over.
        self._wait_until = time.monotonic() + seconds

    def _show_wait(self) -> None:
        if self._wait_until is None:
            return
        left = math.ceil(self._wait_until - time.monotonic())
        if left > 0:
            self.show_status(self.tr("Wait %n s: several wrong tries in a row.", None, left))

    def show_status(self, text: str) -> None:
        """Say what is going on under the pages (checking, a wait), growing to fit."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        grow_to_fit(self.status)

    def _set_busy(self, busy: bool) -> None:
        writing = busy and self._doing == _RECOVER
        self.pages.setEnabled(not busy)
        self.open_button.setEnabled(not busy)
        # Checking a passphrase writes nothing, so Exit stays; a new passphrase is written.
        self.exit_button.setEnabled(not writing)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self.show_status(
                self.tr("Checking the recovery code and setting the new passphrase…")
                if writing
                else self.tr("Checking the passphrase…")
            )
        else:
            self.unsetCursor()
            self.status.clear()
            self.status.hide()
            grow_to_fit(self.status, shrink=True)

    def _finished(self, future: Future[Any]) -> None:
        doing, self._doing = self._doing, ""
        self._wait_until = None
        self._set_busy(False)
        error = future.exception()
        if error is None:
            if doing == _UNLOCK:
                self.unlocked = future.result()
                self.accept()
            else:
                self.unlocked, code = future.result()
                self._show_new_code(code)
            return
        if not isinstance(error, CaseworkerError):
            raise error
        if doing == _UNLOCK:
            page = self.passphrase_page
            show_problem(page.problem, error.message)
            if isinstance(error, WrongPassphrase):
                page.field.clear()
            page.field.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            recovery = self.recovery_page
            show_problem(recovery.problem, error.message)
            if isinstance(error, WrongRecoveryCode | RecoveryCodeTypo):
                recovery.code.selectAll()
                recovery.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if self._doing == _RECOVER:
            return  # the new passphrase is being written: let it finish
        super().reject()
