"""The main window's way to the review queue: the action "Review against a list…" (menu
Lists, Ctrl+M) and opening a candidate's case at his timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.context import AppContext

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.matching.review_window import ReviewWindow


class ReviewActions(QObject):
    """The review action of ``window`` and its one review window (kept while the program
    runs, with its place in the queue and its undo history)."""

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._review: ReviewWindow | None = None
        self.action = QAction(self.tr("&Review against a list…"), window)
        self.action.setObjectName("openReviewQueue")
        self.action.setShortcut(QKeySequence("Ctrl+M"))
        self.action.setToolTip(
            self.tr(
                "Go through a published list's entries that may be sought persons and "
                "decide for each: this is him, or not him (Ctrl+M)"
            )
        )
        self.action.triggered.connect(self.open_review)

    @property
    def review(self) -> ReviewWindow | None:
        return self._review

    def open_review(self) -> ReviewWindow:
        """Show the review window (one window, raised when open already)."""
        if self._review is None:
            from ui.matching.review_window import ReviewWindow

            self._review = ReviewWindow(self._context, self._window)
            self._review.open_case_requested.connect(self.open_case)
        if self._review.isVisible():
            self._review.raise_()  # behind the main window since last opened
        self._review.show()
        self._review.activateWindow()
        return self._review

    def open_case(self, case_id: int, person_id: int) -> None:
        """Open the case in the main window at the person's timeline; the review steps
        aside (Ctrl+M brings it back where it was)."""
        if show_person(self._window, case_id, person_id):
            if self._review is not None:
                self._review.hide()
            self._window.statusBar().showMessage(self.tr("Ctrl+M: back to the review"), 10_000)


def show_person(window: MainWindow, case_id: int, person_id: int) -> bool:
    """Open case ``case_id`` in ``window`` at the person's timeline; False when the case is
    gone (removed meanwhile: the case list said so)."""
    window.open_case(case_id)
    view = window.case_view
    if view.current_case_id() != case_id:
        return False
    view.select_person(person_id)
    view.tabs.setCurrentWidget(view.timeline_panel)
    window.activateWindow()
    return True
