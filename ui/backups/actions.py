"""File → Backups…: the action opening the backups window, and the restart after a restore."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from ui.auto_backup import AutoBackup
from ui.context import AppContext

if TYPE_CHECKING:
    from ui.backups.backups_dialog import BackupsDialog


def restart_program() -> None:
    """Close every window (each saves its layout; the automatic backup is stopped by then)
    and quit; as the program quits, start it again with the same command line, so that it
    opens the restored database (asking its passphrase when it is protected)."""
    from PySide6.QtCore import QProcess  # its type built when first used, not at start

    app = QCoreApplication.instance()
    if app is None:
        return
    program, arguments = sys.executable, list(sys.orig_argv[1:])
    app.aboutToQuit.connect(lambda: QProcess.startDetached(program, arguments))
    QApplication.closeAllWindows()
    app.quit()


class BackupsAction(QAction):
    """Opens one backups window at a time over ``parent`` (the main window, whose
    ``auto_backup`` is stopped during a restore)."""

    def __init__(self, context: AppContext, preferences: QSettings, parent: QObject) -> None:
        super().__init__(QCoreApplication.translate("BackupsAction", "&Backups…"), parent)
        self.setObjectName("backupsAction")
        self._context = context
        self._preferences = preferences
        self.dialog: BackupsDialog | None = None
        self.triggered.connect(self.open_dialog)

    def open_dialog(self) -> BackupsDialog:
        """Open the window (without blocking), or bring forward the one open."""
        # Loaded when first opened: the backups' restore and listing are not needed at start.
        from ui.backups.backups_dialog import BackupsDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        parent = self.parent()
        auto_backup = getattr(parent, "auto_backup", None)
        self.dialog = BackupsDialog(
            self._context,
            self._preferences,
            auto_backup if isinstance(auto_backup, AutoBackup) else None,
            restart_program,
            parent if isinstance(parent, QWidget) else None,
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()
        return self.dialog

    def _forget(self) -> None:
        self.dialog = None
