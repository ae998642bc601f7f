"""The backups window (File → Backups…): the folder chosen for the backups, the list of this
database's backups, a backup made now in the background, and a restore of the one chosen.

The folder is the one of Settings (``backup/folder``, or ``$CASEWORKER_BACKUP_DIR`` when set):
choosing it here chooses it there. A backup that cannot be read is listed with a sentence
saying why, and cannot be restored. The restore itself is :class:`ui.backups.restoring.Restorer`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.backup.copy import Connect, connect_for
from caseworker.backup.errors import BackupError
from caseworker.backup.make import BackupResult, make_backup
from caseworker.backup.manifest import BY_HAND, Backup, database_backups
from caseworker.backup.policy import ENV_VARIABLE
from caseworker.backup.survey import Listed, Unreadable, survey
from caseworker.db.engine import sqlite_path, vault_keys_of
from ui import settings
from ui.auto_backup import BACKUPS, AutoBackup
from ui.backups import words
from ui.backups.restoring import Restorer
from ui.context import AppContext
from ui.operations.background import BackgroundJob, JobControl

COLUMNS = 5
WHEN, KIND, CONTENTS, SIZE, PROTECTION = range(COLUMNS)
#: Wide enough for a date, the counts of a large database and the protection at once.
DEFAULT_WIDTH, DEFAULT_HEIGHT = 900, 440


def database_file_of(context: AppContext) -> Path | None:
    """The open database's file; None for a database that is not a file."""
    return sqlite_path(context.database.engine.url.render_as_string(hide_password=False))


def connect_of(context: AppContext) -> Connect:
    """Connections keyed like the open database (with its unlocked key when protected)."""
    keys = vault_keys_of(context.database.engine)
    return connect_for(keys.database if keys is not None else None)


class BackupsDialog(QDialog):
    """Lists the backups; ``made`` and ``restorer`` are for the tests to wait on."""

    def __init__(
        self,
        context: AppContext,
        preferences: QSettings,
        auto_backup: AutoBackup | None,
        restart: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self._context = context
        self._preferences = preferences
        self._file = database_file_of(context)
        self._connect = connect_of(context)
        self.listed: list[Listed] = []
        self.job: BackgroundJob | None = None

        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolderShown")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose folder…"), self)
        self.choose_button.setObjectName("chooseBackupFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("How"),
                self.tr("Contents"),
                self.tr("Size"),
                self.tr("Protection"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CONTENTS, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.status = QLabel(self)
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(DEFAULT_WIDTH, DEFAULT_HEIGHT)

        self.restorer = Restorer(context, auto_backup, self._connect, restart, self)
        self.restorer.said.connect(self.status.setText)
        self.restorer.running_changed.connect(self._update_buttons)
        self.refresh()

    # The folder -------------------------------------------------------------------------------

    def chosen_folder(self) -> Path | None:
        """``$CASEWORKER_BACKUP_DIR``, else the folder of Settings; None when neither is set."""
        chosen = os.environ.get(ENV_VARIABLE) or settings.BACKUP_FOLDER.read(self._preferences)
        return Path(chosen.strip()).expanduser() if chosen.strip() else None

    def root(self) -> Path | None:
        """This database's own folder of backups in the chosen one (None without either)."""
        chosen = self.chosen_folder()
        if chosen is None or self._file is None:
            return None
        return database_backups(chosen, self._file)

    def choose_folder(self) -> None:
        """Ask for a folder; it becomes the folder of Settings (and of automatic backups)."""
        chosen = self.chosen_folder()
        picked = self._context.prompts.choose_folder(
            self, self.tr("Folder for the backups"), str(chosen or Path.home())
        )
        if not picked:
            return
        settings.BACKUP_FOLDER.write(self._preferences, picked)
        self._preferences.sync()
        self.refresh()

    def _say_folder(self, chosen: Path | None) -> None:
        if self._file is None:
            text = self.tr("This database is not a file: it cannot be backed up here.")
        elif chosen is None:
            text = self.tr(
                "No folder is chosen for the backups: choose one (an external disk or a synced "
                "folder) to back up now and after changes."
            )
        elif not chosen.is_dir():
            text = self.tr(
                "Backups folder: {folder}. It cannot be reached now: is its disk connected?"
            ).format(folder=chosen)
        else:
            text = self.tr("Backups folder: {folder}").format(folder=chosen)
        if os.environ.get(ENV_VARIABLE):
            text += " " + self.tr("(set by {variable})").format(variable=ENV_VARIABLE)
        self.folder_label.setText(text)
        self.choose_button.setEnabled(not os.environ.get(ENV_VARIABLE))

    # The list ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the backups of the chosen folder again, keeping the one chosen when it is still
        there."""
        kept = self.chosen_backup()
        chosen = self.chosen_folder()
        self._say_folder(chosen)
        root = self.root()
        try:
            self.listed = survey(root) if root is not None else []
        except OSError as error:
            self.listed = []
            self.status.setText(
                self.tr("The backups cannot be listed: {reason}").format(
                    reason=error.strerror or error
                )
            )
        self.table.setRowCount(len(self.listed))
        for row, entry in enumerate(self.listed):
            self._fill_row(row, entry)
        self.table.resizeRowsToContents()
        if root is not None and chosen is not None and chosen.is_dir() and not self.listed:
            self.status.setText(self.tr("No backups of this database in this folder yet."))
        paths = [entry.path for entry in self.listed]
        if kept is not None and kept.path in paths:
            self.table.selectRow(paths.index(kept.path))
        elif any(isinstance(entry, Backup) for entry in self.listed):
            self.table.selectRow(
                next(i for i, entry in enumerate(self.listed) if isinstance(entry, Backup))
            )
        self._update_buttons()

    def _fill_row(self, row: int, entry: Listed) -> None:
        if isinstance(entry, Unreadable):
            taken_at = entry.taken_at
            texts = [words.when(taken_at) if taken_at else entry.path.name, "", entry.reason]
            texts += ["", self.tr("cannot be read")]
        else:
            texts = [
                words.when(entry.taken_at),
                words.kind(entry),
                words.contents(entry),
                words.size(entry),
                words.protection(entry),
            ]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(str(entry.path) if column == WHEN else text)
            if isinstance(entry, Unreadable):
                item.setForeground(self.palette().placeholderText())
            self.table.setItem(row, column, item)

    def chosen_backup(self) -> Backup | Unreadable | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.listed):
            return None
        return self.listed[rows[0].row()]

    def _update_buttons(self) -> None:
        busy = (self.job is not None and self.job.running) or self.restorer.running
        root = self.root()
        reachable = root is not None and root.parent.parent.is_dir()
        self.backup_button.setEnabled(not busy and reachable)
        self.restore_button.setEnabled(not busy and isinstance(self.chosen_backup(), Backup))
        self.choose_button.setEnabled(not busy and not os.environ.get(ENV_VARIABLE))
        self.close_button.setEnabled(not self.restorer.running)

    # Back up now ------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Make a backup in the background; its outcome is said under the list."""
        root, database_file, connect = self.root(), self._file, self._connect
        if root is None or database_file is None or self.restorer.running:
            return

        def work(_control: JobControl) -> BackupResult:
            return make_backup(database_file, root, connect=connect, kind=BY_HAND)

        self.job = BackgroundJob(work, self, lane=BACKUPS)
        self.job.succeeded.connect(self._made)
        self.job.failed.connect(self._not_made)
        self.status.setText(self.tr("Backing up…"))
        self.job.start()
        self._update_buttons()

    def _made(self, result: BackupResult) -> None:
        if result.made:
            text = self.tr("Backed up: {when}, {contents}.")
        else:
            text = self.tr("Nothing has changed since the backup of {when}; no new one is needed.")
        self.refresh()
        self.status.setText(
            text.format(
                when=words.when(result.backup.taken_at), contents=words.contents(result.backup)
            )
        )

    def _not_made(self, error: BaseException) -> None:
        self.refresh()
        if not isinstance(error, BackupError):
            self._context.prompts.report_error(self, error)
            return
        self.status.setText(error.message)

    # Restore ----------------------------------------------------------------------------------

    def restore_chosen(self) -> None:
        """Ask, showing the backup's date and counts and where the current database goes;
        then restore it (see :class:`Restorer`)."""
        chosen = self.chosen_backup()
        if isinstance(chosen, Backup) and self._file is not None:
            self.restorer.ask_and_start(chosen, self._file)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their widths once shown

    def reject(self) -> None:
        if self.restorer.running:  # the database is being swapped: it must finish first
            return
        if self.job is not None and self.job.running:
            self.job.wait()
        super().reject()
