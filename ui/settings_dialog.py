"""The settings dialog: interface language, the caseworker's name, the backups' folder,
whether the database is protected with a passphrase (and a button to protect a plain one),
and the idle lock of a protected database, with load/save/check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseworker.actor import current_actor, speaking_login
from caseworker.db import Database
from caseworker.db.engine import sqlite_path
from caseworker.errors import ValidationError
from ui import settings
from ui.prompts import Prompts

if TYPE_CHECKING:
    from ui.auto_backup import AutoBackup
    from ui.security.encrypt_dialog import EncryptDialog

NAME_MAX_LENGTH = 100
#: The longest idle lock offered: eight hours.
MOST_LOCK_MINUTES = 480


class SettingsDialog(QDialog):
    """Preferences; open it with ``open()`` and it saves itself when accepted."""

    def __init__(
        self,
        store: QSettings,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        database: Database | None = None,
        auto_backup: AutoBackup | None = None,
    ) -> None:
        """``database``: the open database, whose protection is shown (and offered when it
        is a plain file); ``auto_backup`` is stopped while it is being protected."""
        super().__init__(parent)
        self._store = store
        self._prompts = prompts
        self._database = database
        self._auto_backup = auto_backup
        #: The protection dialog, once "Protect…" was clicked.
        self.encrypt_dialog: EncryptDialog | None = None
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))

        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("As the system"), "")
        for code, name in settings.LANGUAGES.items():
            self.language.addItem(name, code)
        language_note = QLabel(self.tr("A new language applies when Caseworker next starts."), self)
        language_note.setWordWrap(True)

        self.caseworker_name = QLineEdit(self)
        self.caseworker_name.setObjectName("caseworkerName")
        self.caseworker_name.setMaxLength(NAME_MAX_LENGTH)
        self.caseworker_name.setPlaceholderText(current_actor())
        name_note = QLabel(
            self.tr("Written into the audit trail with every change you make."), self
        )
        name_note.setWordWrap(True)
        #: The login's name on a team's server: it is the one written, not this setting.
        self._login_name = speaking_login()
        if self._login_name is not None:
            self.caseworker_name.setReadOnly(True)
            name_note.setText(
                self.tr(
                    "On the team's server you are known by this name; the server's owner "
                    "changes it."
                )
            )

        self.backup_folder = QLineEdit(self)
        self.backup_folder.setObjectName("backupFolder")
        self.backup_folder.setPlaceholderText(self.tr("None: no automatic backups"))
        backup_note = QLabel(
            self.tr(
                "After changes and at exit, at most one an hour; 7 daily, 4 weekly and "
                "12 monthly are kept. Choose an external disk or a synced folder."
            ),
            self,
        )
        backup_note.setWordWrap(True)

        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(0, MOST_LOCK_MINUTES)
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setSuffix(self.tr(" min without use"))
        lock_note = QLabel(
            self.tr(
                "A database protected with a passphrase: its windows are hidden after this "
                "time and the passphrase asked again."
            ),
            self,
        )
        lock_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", language_note)
        form.addRow(self.tr("Your &name:"), self.caseworker_name)
        form.addRow("", name_note)
        form.addRow(self.tr("&Backups folder:"), self.backup_folder)
        form.addRow("", backup_note)
        self._add_protection_row(form)
        form.addRow(self.tr("Loc&k:"), self.lock_minutes)
        form.addRow("", lock_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.load()

    def _add_protection_row(self, form: QFormLayout) -> None:
        """ "Protection: Not protected [Protect with a passphrase…]" for a database file."""
        database = self._database
        if database is None or sqlite_path(database.url) is None:
            return
        row = QHBoxLayout()
        self.protection = QLabel(self)
        self.protection.setObjectName("protectionState")
        row.addWidget(self.protection, 1)
        if database.encrypted:
            self.protection.setText(self.tr("Protected with a passphrase"))
        else:
            self.protection.setText(self.tr("Not protected"))
            self.protection.setToolTip(
                self.tr(
                    "Whoever copies the database or its evidence files, or takes the "
                    "computer, can read them."
                )
            )
            self.protect_button = QPushButton(self.tr("&Protect with a passphrase…"), self)
            self.protect_button.setObjectName("protectWithPassphrase")
            self.protect_button.setAutoDefault(False)
            self.protect_button.clicked.connect(self.protect)
            row.addWidget(self.protect_button)
        form.addRow(self.tr("Protection:"), row)

    def protect(self) -> EncryptDialog | None:
        """Open the dialog protecting the plain database with a passphrase."""
        if self._database is None:
            return None
        from ui.security.encrypt_dialog import protect_database

        self.encrypt_dialog = protect_database(
            self._database, self.parentWidget(), self._auto_backup
        )
        return self.encrypt_dialog

    def load(self) -> None:
        """Show the stored settings."""
        found = self.language.findData(settings.LANGUAGE.read(self._store))
        self.language.setCurrentIndex(max(found, 0))
        stored = settings.CASEWORKER_NAME.read(self._store)
        self.caseworker_name.setText(self._login_name or stored)
        self.backup_folder.setText(settings.BACKUP_FOLDER.read(self._store))
        self.lock_minutes.setValue(settings.LOCK_MINUTES.read(self._store))

    def check(self) -> None:
        """Raise :class:`ValidationError` if what is typed cannot be saved."""
        name = self.caseworker_name.text()
        if name and not name.strip():
            raise ValidationError(
                self.tr("Your name cannot be only spaces; leave it empty to use your login name."),
                field="caseworker_name",
            )

    def save(self) -> None:
        settings.LANGUAGE.write(self._store, str(self.language.currentData()))
        if self._login_name is None:  # else the field shows the server's name, kept apart
            settings.CASEWORKER_NAME.write(self._store, self.caseworker_name.text().strip())
        settings.BACKUP_FOLDER.write(self._store, self.backup_folder.text().strip())
        settings.LOCK_MINUTES.write(self._store, self.lock_minutes.value())
        self._store.sync()

    def accept(self) -> None:
        try:
            self.check()
        except ValidationError as error:
            self._prompts.report_error(self, error)
            self.caseworker_name.setFocus()
            return
        self.save()
        super().accept()

    def actor(self) -> str:
        """The name the audit trail will use with the settings as shown."""
        return current_actor(self.caseworker_name.text())
