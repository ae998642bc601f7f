"""One search keystroke in a case desk window, timed as the caseworker feels it: from the
filter's pause running to the list repainted (the background count is let finish after)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from ui.main_window import MainWindow


def keystroke_ms(app: QCoreApplication, window: MainWindow, text: str) -> float:
    """Type ``text`` into the search box (as the text after one more key) and return the
    milliseconds until the list shows its result."""
    window.case_list.search_box.setText(text)
    started = time.perf_counter()
    window.case_list.apply_filters()  # what the pause after the keystroke runs
    app.processEvents()  # the list repaints
    elapsed = (time.perf_counter() - started) * 1000
    # The count for the status bar finishes in the background before the next key.
    while window.case_model.known_total is None:
        app.processEvents()
        time.sleep(0.001)
    return elapsed


def clear_search(window: MainWindow) -> None:
    """Empty the search box and show the whole list again."""
    window.case_list.search_box.clear()
    window.case_list.apply_filters()
