"""Every setting declared once with its type and default (like Picard's ``config``).

Preferences (what the user chooses in the settings dialog) and window state (geometry,
splitter and column positions) live in two separate ini files, so that resetting the layout
never loses a preference. Both files sit under QSettings' user ini path, which tests point
at a temporary folder with ``QSettings.setPath``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Caseworker"
PREFERENCES_FILE = "preferences"
WINDOW_STATE_FILE = "window-state"

T = TypeVar("T", str, int, bool, QByteArray)


def preferences_store() -> QSettings:
    """The user's preferences (``<ini path>/Caseworker/preferences.ini``)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, PREFERENCES_FILE
    )


def window_state_store() -> QSettings:
    """Saved window geometry and layout (``<ini path>/Caseworker/window-state.ini``)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, WINDOW_STATE_FILE
    )


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One setting: its key, its default and (through the default) its type."""

    key: str
    default: T

    def read(self, store: QSettings) -> T:
        raw = store.value(self.key)
        if raw is None:
            return self.default
        kind = type(self.default)
        if kind is bool:
            # Ini files keep booleans as text.
            value: object = raw if isinstance(raw, bool) else str(raw).lower() in {"true", "1"}
        elif kind is int:
            try:
                value = int(raw)
            except (TypeError, ValueError):
                return self.default
        elif kind is QByteArray:
            value = raw if isinstance(raw, QByteArray) else self.default
        else:
            value = str(raw)
        return value  # type: ignore[return-value]

    def write(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)

    def reset(self, store: QSettings) -> None:
        store.remove(self.key)


# Preferences --------------------------------------------------------------------------------

#: Interface language: "" follows the system locale, else a language code such as "ru".
LANGUAGE = Setting("interface/language", "")
#: The caseworker's name written into audit entries; "" uses $CASEWORKER_USER or the OS user.
CASEWORKER_NAME = Setting("user/caseworker_name", "")

#: The folder of the automatic backups (an external disk, a synced folder); "" makes none.
BACKUP_FOLDER = Setting("backup/folder", "")
#: Minutes without use after which a protected database's window is hidden and its passphrase
#: asked again (ui.security.idle_lock); 0 never locks.
LOCK_MINUTES = Setting("security/lock_minutes", 10)

#: The languages offered, by code; each is named in its own language, never translated.
LANGUAGES: dict[str, str] = {"ru": "Русский", "en": "English"}

# Window state -------------------------------------------------------------------------------

MAIN_WINDOW_GEOMETRY = Setting("main_window/geometry", QByteArray())
MAIN_WINDOW_STATE = Setting("main_window/state", QByteArray())
MAIN_SPLITTER_STATE = Setting("main_window/splitter", QByteArray())
CASE_LIST_HEADER_STATE = Setting("case_list/header", QByteArray())
CASE_VIEW_SPLITTER_STATE = Setting("case_view/splitter", QByteArray())
#: The case open when Caseworker was last closed, as "<case id> <database>"; opened again at
#: the next start on the same database.
LAST_CASE = Setting("main_window/last_case", "")
#: The width that case's pane needed, in pixels: its room from the start at the next start,
#: the case being shown right after the first paint.
LAST_CASE_ROOM = Setting("main_window/last_case_room", 0)
#: The folder the last file dialog was left in (where the next one starts).
LAST_FOLDER = Setting("files/last_folder", "")
