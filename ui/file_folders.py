"""Where the file dialogs start: the folder last used, else the user's documents.

Never the program's own folder (where a dialog without a folder would open, since that is
the current folder when Caseworker starts from its checkout). The folder last used is kept
with the window state, so that exporting, importing, adding evidence and saving pictures
all start where the caseworker last was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ui import settings


def documents_folder() -> Path:
    """The user's documents folder if it exists, else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def start_folder() -> Path:
    """Where the next file dialog starts: the folder last used, if it still exists."""
    remembered = settings.LAST_FOLDER.read(settings.window_state_store())
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def remember_folder(chosen: str | Path) -> None:
    """Remember the folder of ``chosen`` (a file or a folder the user picked)."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if not str(chosen) or not folder.is_dir():
        return
    store = settings.window_state_store()
    settings.LAST_FOLDER.write(store, str(folder))
    store.sync()


def chosen_file(chosen: str, suffix: str) -> Path:
    """The file the user chose to save, its folder remembered for the next dialog, ending in
    ``suffix`` (".xlsx"): added when the name has another suffix or none."""
    remember_folder(chosen)
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return path
