"""The settings dialog: interface language, the caseworker's name, the backups' folder and
the idle lock of a protected database, with load/save/check."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseworker.actor import current_actor
from caseworker.errors import ValidationError
from ui import settings
from ui.prompts import Prompts

NAME_MAX_LENGTH = 100
#: The longest idle lock offered: eight hours.
MOST_LOCK_MINUTES = 480


class SettingsDialog(QDialog):
    """Preferences; open it with ``open()`` and it saves itself when accepted."""

    def __init__(self, store: QSettings, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._prompts = prompts
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

    def load(self) -> None:
        """Show the stored settings."""
        found = self.language.findData(settings.LANGUAGE.read(self._store))
        self.language.setCurrentIndex(max(found, 0))
        self.caseworker_name.setText(settings.CASEWORKER_NAME.read(self._store))
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
