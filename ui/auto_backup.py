"""Automatic backups in the window: after changes and at exit, at most one an hour, into the
folder chosen in Settings (or ``$CASEWORKER_BACKUP_DIR``); nothing without a folder.

A change starts a short wait (the caseworker may go on typing); then, when
:func:`caseworker.backup.policy.backup_due` says so, the backup runs in a worker thread of its
own and its outcome is told by :attr:`AutoBackup.told`, a sentence for the status bar. When
the last backup is less than an hour old, the wait is set to end when it is an hour old. At
exit a due backup is made before the window closes (a running one is waited for).

A chosen folder that is missing (its disk not connected) is said once in the status bar, and
the backup tried again every few minutes until it is there; nothing is made in its place
(see :func:`caseworker.backup.make.make_root`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from caseworker.backup.copy import Connect, connect_keyed, connect_plain
from caseworker.backup.errors import BackupError, BackupFolderUnreachable
from caseworker.backup.make import BackupResult, make_backup
from caseworker.backup.manifest import AUTOMATIC, database_backups
from caseworker.backup.policy import ENV_VARIABLE, MOST_OFTEN, backup_due, last_backup_at
from caseworker.db.engine import sqlite_path, vault_keys_of
from ui import settings
from ui.changes import ChangeNotifier
from ui.context import AppContext
from ui.operations.background import BackgroundJob, JobControl, Lane

#: One thread: backups never run side by side.
BACKUPS = Lane("backups", 1)
#: How long after the last change a backup waits.
SETTLE_MS = 60_000
#: How long the outcome stays in the status bar.
TOLD_MS = 10_000
#: How often a backup is tried again while the chosen folder cannot be reached.
RETRY_MS = 5 * 60_000


class AutoBackup(QObject):
    """Watches the changes; backs up when due. ``folder()`` gives the chosen folder or None."""

    told = Signal(str)

    def __init__(
        self,
        database_file: Path | None,
        folder: Callable[[], Path | None],
        notifier: ChangeNotifier,
        parent: QObject | None = None,
        *,
        settle_ms: int = SETTLE_MS,
        retry_ms: int = RETRY_MS,
        connect: Connect = connect_plain,
    ) -> None:
        super().__init__(parent)
        self._file = database_file
        #: A protected database's file, backed up once :meth:`use_key` hands its key.
        self.waiting_for_key: Path | None = None
        self._folder = folder
        self._connect = connect
        self._settle_ms = settle_ms
        self._retry_ms = retry_ms
        #: Whether the status bar has said that the chosen folder cannot be reached.
        self._said_unreachable = False
        self._stopped = False
        self._changed = False
        self._job: BackgroundJob | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.try_now)
        notifier.changed.connect(self._on_changed)

    def use_key(self, key: bytes) -> None:
        """Back up the protected database from now on, copying through connections keyed
        with ``key`` (its raw SQLCipher key, kept only as long as the window)."""
        if self.waiting_for_key is not None:
            self._file, self.waiting_for_key = self.waiting_for_key, None
        self._connect = connect_keyed(key)

    @property
    def running(self) -> bool:
        return self._job is not None and self._job.running

    def stop(self) -> None:
        """Back up nothing more (a restore is about to swap the files): wait for a running
        backup, and make none after changes nor at exit until :meth:`resume`."""
        self._timer.stop()
        if self._job is not None and self._job.running:
            self._job.wait()
        self._stopped = True

    def resume(self) -> None:
        """Back up again after :meth:`stop` (a restore that changed nothing)."""
        self._stopped = False
        if self._changed:
            self._timer.start(self._settle_ms)

    def _on_changed(self, _change: object) -> None:
        self._changed = True
        self._timer.start(self._settle_ms)

    def _due(self, now: datetime) -> Path | None:
        """The folder to back up into now, or None (and the wait set for when it will be)."""
        chosen = self._folder()
        if self._file is None or chosen is None or self._stopped:
            return None
        if not chosen.is_dir():
            self._unreachable(chosen)
            return None
        self._said_unreachable = False
        folder = database_backups(chosen, self._file)
        last = last_backup_at(folder)
        if not backup_due(last, now, self._changed):
            if self._changed and last is not None:  # come back when the hour is over
                wait = (last + MOST_OFTEN - now).total_seconds() * 1000
                self._timer.start(max(self._settle_ms, int(wait) + 1000))
            return None
        return folder

    def _unreachable(self, chosen: Path) -> None:
        """Say once that ``chosen`` cannot be reached; try again later if anything is due."""
        if self._changed:
            self._timer.start(self._retry_ms)
        if self._said_unreachable:
            return
        self._said_unreachable = True
        self.told.emit(
            self.tr(
                "The backups folder {folder} cannot be reached (is its disk connected?); "
                "the backup will be tried again."
            ).format(folder=chosen)
        )

    def try_now(self) -> bool:
        """Start a backup in the background if one is due; return whether one started."""
        if self.running:
            return False
        now = datetime.now(UTC)
        folder, database_file = self._due(now), self._file
        if folder is None or database_file is None:
            return False
        self._changed = False  # a change from now on makes the next one due

        def work(_control: JobControl) -> BackupResult:
            return make_backup(
                database_file, folder, connect=self._connect, now=now, kind=AUTOMATIC
            )

        job = BackgroundJob(work, self, lane=BACKUPS)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        self._job = job
        job.start()
        return True

    def _succeeded(self, result: BackupResult) -> None:
        self.told.emit(self.tr("Backed up to {location}.").format(location=result.backup.path))

    def _failed(self, error: BaseException) -> None:
        self._changed = True  # still to be backed up
        if isinstance(error, BackupFolderUnreachable):  # gone since it was looked at
            chosen = self._folder()
            if chosen is not None:
                self._unreachable(chosen)
                return
        message = error.message if isinstance(error, BackupError) else str(error)
        self.told.emit(self.tr("The automatic backup failed: {reason}").format(reason=message))

    def at_exit(self) -> BackupResult | None:
        """Before the window closes: wait for a running backup; make one if due (blocking).
        Errors are told, never raised: the window closes in any case."""
        self._timer.stop()
        if self._job is not None and self._job.running:
            self._job.wait()
            return None
        folder = self._due(datetime.now(UTC))
        self._timer.stop()
        if folder is None or self._file is None:
            return None
        try:
            result = make_backup(self._file, folder, connect=self._connect, kind=AUTOMATIC)
        except BackupError as error:
            self._failed(error)
            return None
        self._changed = False
        return result


def auto_backup_for(
    context: AppContext,
    preferences: QSettings,
    window: QMainWindow,
    connect: Connect | None = None,
) -> AutoBackup:
    """The window's automatic backup of its database (a file; none for another database),
    into ``$CASEWORKER_BACKUP_DIR`` or the folder chosen in Settings, read at each backup; its
    outcome shown in the window's status bar. An encrypted database is backed up with the
    key of the unlocked keys its engine carries (:func:`caseworker.db.open_database` given
    ``keys``), or with ``connect`` (``caseworker.backup.copy.connect_keyed(key)``); opened
    with a bare key, only once :meth:`AutoBackup.use_key` hands it over."""
    database_file = sqlite_path(context.database.engine.url.render_as_string(hide_password=False))
    waiting = None
    keys = vault_keys_of(context.database.engine)
    if context.database.encrypted and connect is None and keys is not None:
        connect = connect_keyed(keys.database)
    if context.database.encrypted and connect is None:
        # No backup rather than a failure until the key is handed over (``use_key``).
        database_file, waiting = None, database_file

    def folder() -> Path | None:
        chosen = os.environ.get(ENV_VARIABLE) or settings.BACKUP_FOLDER.read(preferences).strip()
        return Path(chosen).expanduser() if chosen else None

    backup = AutoBackup(
        database_file, folder, context.notifier, window, connect=connect or connect_plain
    )
    backup.waiting_for_key = waiting
    backup.told.connect(lambda text: window.statusBar().showMessage(text, TOLD_MS))
    return backup
