"""The main window's way to the duplicates: the action "Possible duplicates…" (menu Lists,
Ctrl+Shift+M) and opening either person's case at his timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.context import AppContext
from ui.matching.review_actions import show_person

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.matching.duplicates_window import DuplicatesWindow


class DuplicatesActions(QObject):
    """The duplicates action of ``window`` and its one duplicates window (kept while the
    program runs, with its place in the queue and its undo history)."""

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._duplicates: DuplicatesWindow | None = None
        self.action = QAction(self.tr("Possible &duplicates…"), window)
        self.action.setObjectName("openDuplicates")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.action.setToolTip(
            self.tr(
                "Go through the sought persons who may be one man (two families seeking the "
                "same soldier, or one entered twice) and decide for each pair (Ctrl+Shift+M)"
            )
        )
        self.action.triggered.connect(self.open_duplicates)

    @property
    def duplicates(self) -> DuplicatesWindow | None:
        return self._duplicates

    def open_duplicates(self) -> DuplicatesWindow:
        """Show the duplicates window (one window, raised when open already)."""
        if self._duplicates is None:
            from ui.matching.duplicates_window import DuplicatesWindow

            self._duplicates = DuplicatesWindow(self._context, self._window)
            self._duplicates.open_case_requested.connect(self.open_case)
        if self._duplicates.isVisible():
            self._duplicates.raise_()
        self._duplicates.show()
        self._duplicates.activateWindow()
        return self._duplicates

    def open_case(self, case_id: int, person_id: int) -> None:
        """Open the case at the person's timeline; the duplicates step aside
        (Ctrl+Shift+M brings them back where they were)."""
        if show_person(self._window, case_id, person_id):
            if self._duplicates is not None:
                self._duplicates.hide()
            self._window.statusBar().showMessage(
                self.tr("Ctrl+Shift+M: back to the possible duplicates"), 10_000
            )
