"""Restore a backup from the window: ask (its date, what it holds, where the current database
goes), stop the automatic backups, close the window's connections, restore in the background,
then start Caseworker again on the restored database.

The current database, keys file and vault are kept aside beside it, never overwritten
(:func:`caseworker.backup.restore.restore`); the restore is refused while another program has
the database open, and does nothing when the database already holds the backup. A protected
database keeps its keys file when the backup was made with the same master key, so the
passphrase of today opens the restored one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from caseworker.backup.copy import Connect
from caseworker.backup.errors import BackupError
from caseworker.backup.manifest import Backup
from caseworker.backup.restore import RestoreResult, kept_name, restore
from ui.auto_backup import BACKUPS, AutoBackup
from ui.backups import words
from ui.context import AppContext
from ui.operations.background import BackgroundJob, JobControl


def stamp_of(moment: datetime) -> str:
    """The time in the names of the files kept aside (as the restore writes it)."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


class Restorer(QObject):
    """Runs one restore at a time for the backups dialog ``parent``. ``said`` carries the
    sentences for its status line; ``running_changed`` tells when it starts and ends."""

    said = Signal(str)
    running_changed = Signal()

    def __init__(
        self,
        context: AppContext,
        auto_backup: AutoBackup | None,
        connect: Connect,
        restart: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._auto_backup = auto_backup
        self._connect = connect
        self._restart = restart
        self._window = parent
        self.job: BackgroundJob | None = None
        #: The outcome of the last restore (for the tests).
        self.result: RestoreResult | None = None

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def question(self, backup: Backup, database_file: Path, now: datetime) -> str:
        """What the confirmation says: the backup's date and counts, where the current
        database goes, and that Caseworker starts again."""
        aside = kept_name(database_file, stamp_of(now))
        return self.tr(
            "Restore the backup of {when}?\n\nIt holds {contents}.\n\nThe database open now is "
            "not overwritten: it is kept aside in {folder} as “{name}”, with its evidence "
            "files and keys, and can be opened from there.\n\nCaseworker then starts again "
            "on the restored database."
        ).format(
            when=words.when(backup.taken_at),
            contents=words.contents(backup),
            folder=database_file.parent,
            name=aside.name,
        )

    def ask_and_start(self, backup: Backup, database_file: Path) -> bool:
        """Ask; when the caseworker agrees, start the restore. Whether it started."""
        if self.running:
            return False
        now = datetime.now(UTC)
        if not self._context.prompts.confirm(
            self._window,
            self.tr("Restore a backup"),
            self.question(backup, database_file, now),
        ):
            return False
        if self._auto_backup is not None:
            self._auto_backup.stop()  # its copy must not read the files being swapped
        self._context.database.dispose()  # no connection of ours may hold them
        connect = self._connect

        def work(_control: JobControl) -> RestoreResult:
            return restore(backup.path, database_file, connect=connect, now=now)

        self.job = BackgroundJob(work, self, lane=BACKUPS)
        self.job.succeeded.connect(self._restored)
        self.job.failed.connect(self._not_restored)
        self.said.emit(self.tr("Checking the backup and restoring it…"))
        self.job.start()
        self.running_changed.emit()
        return True

    def _restored(self, result: RestoreResult) -> None:
        self.result = result
        self.running_changed.emit()
        when = words.when(result.backup.taken_at)
        if result.already:
            if self._auto_backup is not None:
                self._auto_backup.resume()
            self.said.emit(
                self.tr(
                    "The database already holds the backup of {when}: nothing was changed "
                    "and nothing kept aside."
                ).format(when=when)
            )
            return
        text = self.tr(
            "The backup of {when} is restored. The database open until now is kept aside as:"
            "\n{aside}\n\nCaseworker now starts again on the restored database."
        ).format(when=when, aside=result.kept_aside[0] if result.kept_aside else "")
        self.said.emit(text)
        self._context.prompts.inform(self._window, self.tr("Backup restored"), text)
        self._restart()

    def _not_restored(self, error: BaseException) -> None:
        self.running_changed.emit()
        if self._auto_backup is not None:
            self._auto_backup.resume()
        if isinstance(error, BackupError):
            self.said.emit(error.message)
        self._context.prompts.report_error(self._window, error)
