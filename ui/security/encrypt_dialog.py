"""Protect the open plain database with a passphrase, from the window.

The caseworker types a new passphrase twice. The window's database is then closed: every
window hidden, the automatic backup stopped, the engine disposed and barred from opening the
file again (one file is never opened through ``sqlite3`` and ``sqlcipher3`` at once in one
process). The conversion (:mod:`caseworker.security.convert`) runs in the background with a
progress bar and a Cancel button; a failure or a cancel leaves the plain database as it was,
and the windows come back on it. On success the recovery code is shown once, and Caseworker
starts again on the protected database (which asks the passphrase).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.cache_folder import forget_thumbnails
from caseworker.db import Database
from caseworker.db.engine import sqlite_path
from caseworker.errors import CaseworkerError
from caseworker.security import check_new_passphrase
from caseworker.security.convert import (
    ConversionCancelled,
    Converted,
    close_for_conversion,
    encrypt_plain_database,
    reopen_after_conversion,
)
from ui.operations import BackgroundJob, JobControl
from ui.security import restart
from ui.security.pages import (
    NewCodePage,
    grow_to_fit,
    password_field,
    problem_label,
    problem_row,
    show_problem,
)

if TYPE_CHECKING:
    from ui.auto_backup import AutoBackup

_KEPT = (Qt.WindowType.Window, Qt.WindowType.Dialog)
#: The dialogs open now (they have no parent to keep them).
_OPEN: list[EncryptDialog] = []
PROGRESS_STEPS = 1000


class ChoosePage(QWidget):
    """What protection means, and the new passphrase typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        said = QLabel(
            self.tr(
                "The database file and its evidence files will be encrypted: without the "
                "passphrase, a copy of them or a lost computer reveals nothing. Caseworker "
                "will ask the passphrase at each start and starts again once protected. "
                "A recovery code is shown once at the end: keep it on paper."
            ),
            self,
        )
        said.setWordWrap(True)
        self.passphrase = password_field(self, "newPassphrase")
        self.repeated = password_field(self, "repeatedPassphrase")
        self.problem = problem_label(self, "protectProblem")
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.repeated)
        problem_row(form, self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(said)
        layout.addLayout(form)
        layout.addStretch(1)


class ProgressPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        said = QLabel(
            self.tr(
                "Encrypting the database and its evidence files… The plain files are "
                "removed only once the encrypted copy is checked."
            ),
            self,
        )
        said.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("protectProgress")
        self.bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(said)
        layout.addWidget(self.bar)
        layout.addStretch(1)


class EncryptDialog(QDialog):
    """Protects ``database`` (a plain SQLite file, open in ``window``) with a passphrase."""

    def __init__(
        self,
        database: Database,
        window: QWidget | None = None,
        *,
        auto_backup: AutoBackup | None = None,
        restart: Callable[[], object] | None = None,
    ) -> None:
        # No parent: the dialog stays shown while the windows are hidden.
        super().__init__(None)
        self.setObjectName("encryptDialog")
        self.setWindowTitle(self.tr("Protect the database with a passphrase"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        path = sqlite_path(database.url)
        if path is None:
            raise ValueError("only a database file can be protected")
        self._path: Path = path
        self._database = database
        self._window = window
        self._auto_backup = auto_backup
        #: Starts Caseworker again (by default :func:`ui.security.restart.restart_program`).
        self._restart = restart
        self._hidden: list[QWidget] = []
        self._job: BackgroundJob | None = None
        self.converted: Converted | None = None

        self.choose_page = ChoosePage(self)
        self.progress_page = ProgressPage(self)
        self.code_page = NewCodePage(self, first=True)
        backups = QLabel(
            self.tr(
                "Backups made before now are not encrypted: whoever finds them can read them. "
                "Once a new backup has been made, delete the older ones from the backups "
                "folder."
            ),
            self.code_page,
        )
        backups.setObjectName("plainBackupsNote")
        backups.setWordWrap(True)
        #: The plain copies of the database beside it, named once it is protected.
        self.plain_copies_note = QLabel(self.code_page)
        self.plain_copies_note.setObjectName("plainCopiesNote")
        self.plain_copies_note.setWordWrap(True)
        self.plain_copies_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plain_copies_note.hide()
        code_layout = self.code_page.layout()
        assert isinstance(code_layout, QVBoxLayout)
        code_layout.insertWidget(code_layout.count() - 1, backups)  # above the stretch
        code_layout.insertWidget(code_layout.count() - 1, self.plain_copies_note)
        self.pages = QStackedWidget(self)
        for page in (self.choose_page, self.progress_page, self.code_page):
            self.pages.addWidget(page)
        self.buttons = QDialogButtonBox(self)
        self.protect_button = QPushButton(self.tr("&Protect"), self)
        self.protect_button.setObjectName("protectDatabase")
        self.protect_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelProtection")
        self.buttons.addButton(self.protect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.protect_button.clicked.connect(self._go_on)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._fit_page(self.choose_page)
        self.choose_page.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_page(self, shown: QWidget) -> None:
        self.pages.setCurrentWidget(shown)
        for page in (self.choose_page, self.progress_page, self.code_page):
            policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # sizes follow policies
        self.adjustSize()
        grow_to_fit(self.pages, shrink=True)

    # Steps ------------------------------------------------------------------------------------

    def _go_on(self) -> None:
        if self.pages.currentWidget() is self.code_page:
            self.accept()
        elif self._job is None:
            self._protect()

    def _protect(self) -> None:
        page = self.choose_page
        passphrase = page.passphrase.text()
        try:
            check_new_passphrase(passphrase)
        except CaseworkerError as error:
            show_problem(page.problem, error.message)
            page.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if passphrase != page.repeated.text():
            show_problem(
                page.problem, self.tr("The two passphrases differ; type the same one twice.")
            )
            page.repeated.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        show_problem(page.problem, "")
        self._close_database()
        path = self._path

        def work(control: JobControl) -> Converted:
            return encrypt_plain_database(
                path,
                passphrase,
                progress=control.report,
                cancelled=control.cancelled,
            )

        job = BackgroundJob(work, self)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        self._job = job
        self.protect_button.setEnabled(False)
        self.progress_page.bar.setRange(0, 0)
        self._fit_page(self.progress_page)
        job.start()

    def _progressed(self, done: int, total: int) -> None:
        bar = self.progress_page.bar
        if total > 0:
            bar.setRange(0, PROGRESS_STEPS)
            bar.setValue(done * PROGRESS_STEPS // total)

    def _succeeded(self, converted: Converted) -> None:
        self._job = None
        self.converted = converted
        self.code_page.code.setText(converted.recovery_code)
        forget_thumbnails()  # again: one being made as the conversion ended
        if converted.plain_copies:
            self.plain_copies_note.setText(
                self.tr(
                    "These older copies of the database beside it are not encrypted (made "
                    "before an upgrade or kept aside by a restore): whoever finds them can "
                    "read them. Delete them once you no longer need them:"
                )
                + "\n"
                + "\n".join(str(path) for path in converted.plain_copies)
            )
            self.plain_copies_note.show()
        self.protect_button.setText(self.tr("I have written it down: &start again"))
        self.protect_button.setEnabled(True)
        self.cancel_button.hide()
        self._fit_page(self.code_page)
        self.protect_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self._reopen_database()
        self.protect_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self._fit_page(self.choose_page)
        if not isinstance(error, CaseworkerError):
            raise error
        if isinstance(error, ConversionCancelled):
            self.reject()
            return
        show_problem(self.choose_page.problem, error.message)

    # The window's database --------------------------------------------------------------------

    def _close_database(self) -> None:
        """Hide the windows and close the database: nothing may open it while it is converted."""
        shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
        self._hidden = [
            widget for widget in shown if widget is not self and widget.windowType() in _KEPT
        ]
        for widget in reversed(self._hidden):
            widget.hide()
        if self._auto_backup is not None:
            self._auto_backup.stop()
        _stop_thumbnails()
        close_for_conversion(self._database.engine)

    def _reopen_database(self) -> None:
        reopen_after_conversion(self._database.engine)
        if self._auto_backup is not None:
            self._auto_backup.resume()
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            widget.show()

    # Closing ----------------------------------------------------------------------------------

    def accept(self) -> None:
        super().accept()
        if self.converted is not None:
            started = (self._restart or restart.restart_program)()
            if started is False:
                # No new start: this program must not linger with its windows hidden and
                # its database barred; the caseworker starts Caseworker again.
                QApplication.quit()

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()  # told back through _failed (ConversionCancelled)
            self.cancel_button.setEnabled(False)
            return
        if self.converted is not None:
            self.accept()  # the plain database is gone: only a new start opens it
            return
        super().reject()

    def closeEvent(self, event_: QCloseEvent) -> None:
        if self._job is not None or self.converted is not None:
            event_.ignore()
            self.reject()
            return
        super().closeEvent(event_)


def _stop_thumbnails() -> None:
    """Stop the thumbnails waiting to be made of the plain files: one made after the
    conversion forgot the cached ones would be cached in plain (:mod:`caseworker.cache_folder`).
    The windows are hidden meanwhile, so none is asked for again."""
    from ui.evidence.thumbnails import ThumbnailMaker

    for widget in QApplication.topLevelWidgets():
        for maker in widget.findChildren(ThumbnailMaker):
            maker.stop()


def _forget(dialog: EncryptDialog) -> None:
    """Free a closed dialog in the window's thread (its last reference is ``_OPEN``'s)."""
    _OPEN.remove(dialog)
    dialog.deleteLater()


def protect_database(
    database: Database, window: QWidget | None, auto_backup: AutoBackup | None = None
) -> EncryptDialog:
    """Open the dialog protecting ``database`` (without blocking)."""
    dialog = EncryptDialog(database, window, auto_backup=auto_backup)
    # Without a parent, only a reference keeps it alive: held until it is closed.
    _OPEN.append(dialog)
    dialog.finished.connect(lambda _result: _forget(dialog))
    dialog.open()
    return dialog
