"""At the first start, ask the caseworker's name for the audit trail.

Without a name the audit entries would record the computer's login name ("root" on a machine
set up by an administrator), which tells a colleague nothing. The name is asked once, in a
small dialog that does not block the window; "Not now" keeps the login name for this
session and asks again at the next start. ``$CASEWORKER_USER`` (scripts, tests) or a name
chosen in Settings means there is nothing to ask.

Then, once, on a plain database file: protecting it with a passphrase is offered
("Protect with a passphrase" / "Later"). It is never forced; either answer is remembered and
the offer not made again (Settings keeps the button).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.actor import ENV_VARIABLE, current_actor, speaking_login
from caseworker.db.engine import sqlite_path
from ui import settings
from ui.context import AppContext
from ui.settings_dialog import NAME_MAX_LENGTH

#: Whether protecting the database with a passphrase was offered (and answered) at a start.
PROTECTION_OFFERED = settings.Setting("security/protection_offered", False)


def name_is_known(preferences: QSettings) -> bool:
    """Whether a caseworker's name is set (in the settings, or for scripts in the environment),
    or needs none: a team's server knows the login by its name."""
    chosen = settings.CASEWORKER_NAME.read(preferences)
    known = chosen.strip() or os.environ.get(ENV_VARIABLE, "").strip()
    return bool(known or speaking_login())


def usable_name(text: str) -> bool:
    """A name has at least one letter (not only spaces, dots or invisible characters)."""
    return any(character.isalpha() for character in text)


class NameDialog(QDialog):
    """Asks the caseworker's name; :meth:`name` once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nameDialog")
        self.setWindowTitle(self.tr("Welcome to Caseworker"))
        said = QLabel(
            self.tr(
                "Your name is written into the audit trail with every change you make, so "
                "that colleagues can see who recorded what. You can change it later in "
                "Settings."
            ),
            self,
        )
        said.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("caseworkerName")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("Given name and surname"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveName")
        self.save_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.later_button.setObjectName("notNow")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._update()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def accept(self) -> None:
        if usable_name(self.name()):
            super().accept()

    def _update(self) -> None:
        self.save_button.setEnabled(usable_name(self.name()))


def ask_name_at_first_start(
    parent: QWidget, preferences: QSettings, context: AppContext
) -> NameDialog | None:
    """Open the name dialog (without blocking) when no name is known; it saves itself."""
    if name_is_known(preferences):
        return None
    dialog = NameDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def save() -> None:
        name = dialog.name()
        settings.CASEWORKER_NAME.write(preferences, name)
        preferences.sync()
        context.actor = current_actor(name)

    dialog.accepted.connect(save)
    dialog.open()
    return dialog


def offer_protection_at_first_start(
    window: QWidget,
    preferences: QSettings,
    context: AppContext,
    after: QDialog | None = None,
) -> QMessageBox | None:
    """Offer (without blocking) to protect the open plain database file with a passphrase,
    once: after ``after`` (the name dialog) is closed, if there is one. None when there is
    nothing to offer (a protected database, a server, an offer made before)."""
    database = context.database
    if (
        database.encrypted
        or sqlite_path(database.url) is None
        or database.refuse_writes is not None
        or PROTECTION_OFFERED.read(preferences)
    ):
        return None
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ProtectionOffer", "Protect the database?"),
        translate(
            "ProtectionOffer",
            "The database and its evidence files are not protected: whoever copies them or "
            "takes the computer can read them. Protect them with a passphrase now? You can "
            "also do it later in Settings.",
        ),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setObjectName("protectionOffer")
    protect = box.addButton(
        translate("ProtectionOffer", "Protect with a passphrase"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    protect.setObjectName("protectNow")
    later = box.addButton(translate("ProtectionOffer", "Later"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("protectLater")
    box.setDefaultButton(later)

    def answered() -> None:
        PROTECTION_OFFERED.write(preferences, True)
        preferences.sync()
        if box.clickedButton() is protect:
            from ui.security.encrypt_dialog import protect_database

            protect_database(database, window, getattr(window, "auto_backup", None))

    box.finished.connect(answered)
    if after is not None and after.isVisible():
        after.finished.connect(box.open)
    else:
        box.open()
    return box
