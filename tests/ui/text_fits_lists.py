"""The list import dialog opened for tests/ui/test_text_fits.py: a messy list read, its
preview and mapping shown, then Import pressed with the details empty (every sentence by
its field), and a refused file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tests.lists.conftest import MESSY_CSV
from ui.lists.import_dialog import DEFAULT_SIZE
from ui.main_window import MainWindow


def open_the_list_import(window: MainWindow, note: Callable[..., None], folder: Path) -> None:
    """Open Lists > Import through its action and note the dialog in each of its states."""
    path = folder / "обмен 14 ноября.csv"
    path.write_bytes(MESSY_CSV.encode("cp1251"))
    refused = folder / "старый список.xls"
    refused.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    window.lists.import_action.trigger()
    dialog = window.lists.dialog
    assert isinstance(dialog, QWidget) and dialog is not None
    dialog.resize(DEFAULT_SIZE)  # as it opens on a 1280x800 screen (the test's is smaller)
    note(dialog, "empty")
    dialog.read_file(path)
    assert dialog.wait()
    note(dialog, "read")
    dialog.preview_tabs.setCurrentIndex(1)
    dialog.import_button.click()
    note(dialog, "every field to fill")
    dialog.read_file(refused)
    assert dialog.wait()
    note(dialog, "refused")
    dialog.reject()
