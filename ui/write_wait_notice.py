"""Say in the status bar that a save is waiting for the database, and keep the window painted.

Another window or program may hold the database's write lock for a while (a large import);
on a PostgreSQL server, a colleague's.
A save then waits for it (see :class:`caseworker.db.engine.WriteWait`) instead of failing;
this tells the caseworker so, from whichever thread the save runs in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QStatusBar

from caseworker.db import Database


class WriteWaitNotice(QObject):
    """Connects a database's write waits to a status bar message."""

    waiting = Signal(bool)

    def __init__(self, database: Database, status_bar: QStatusBar, parent: QObject) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        self._shown = False
        self._on_server = database.engine.dialect.name != "sqlite"
        # A signal: a save in a worker thread reaches the window in its own thread.
        self.waiting.connect(self._show)
        database.write_wait.notice = self.waiting.emit

    def _show(self, waiting: bool) -> None:
        if waiting and not self._shown:
            self._status_bar.showMessage(
                self.tr(
                    "Waiting for the database server: a colleague or another program is "
                    "saving (an import, perhaps). Your change will be saved as soon as it is "
                    "done."
                )
                if self._on_server
                else self.tr(
                    "Waiting for the database: another window or program is saving "
                    "(an import, perhaps). Your change will be saved as soon as it is done."
                )
            )
            self._shown = True
        elif not waiting and self._shown:
            self._status_bar.clearMessage()
            self._shown = False
        if waiting:
            # The save holds this thread; keep the window painted, but take no input yet.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
