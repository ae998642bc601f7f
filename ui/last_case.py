"""The case open at the last close, opened again at the next start once the list is painted.

The case list comes first: the case is shown right after the list's first paint, so the
list is usable as soon as it can be and the case, read and filled, appears a moment later.
Until then the window is laid out as for an open case (its row selected in the list, the
split the same, the case's pane blank), so that nothing moves when it appears. A case
deleted or purged since, or the last one on another database, is not opened, and nothing
is said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSignalBlocker, QTimer

from caseworker.errors import CaseworkerError
from caseworker.services import cases
from ui import settings
from ui.context import AppContext
from ui.operations import ReadOp

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def remembered_case(store: QSettings, database: str) -> int | None:
    """The case open at the last close if that was on ``database``, else None."""
    case_id, _, where = settings.LAST_CASE.read(store).partition(" ")
    return int(case_id) if case_id.isdigit() and where == database else None


class LastCase(QObject):
    """Opens ``window``'s last case after the first paint of its list; :attr:`pending` is
    that case until then (None when there is none to open)."""

    def __init__(self, window: MainWindow, context: AppContext, store: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._database = context.database.display_name
        self.pending: int | None = None
        self._room = settings.LAST_CASE_ROOM.read(store)
        case_id = remembered_case(store, self._database)
        if case_id is None:
            return
        with QSignalBlocker(window.case_list):  # selected now, shown after the first paint
            listed = window.case_list.select_case(case_id)
        if not listed:  # beyond the first page, or gone since
            exists = ReadOp(context, window, lambda session: cases.case_reference(session, case_id))
            if not exists.quietly(CaseworkerError).run_ok():
                return
        self.pending = case_id
        window.case_view.expect_case(True)
        window.case_list.table.viewport().installEventFilter(self)

    @property
    def room(self) -> int:
        """The width the pending case's pane needs (0 once it is shown, or without one)."""
        return self._room if self.pending is not None else 0

    def save(self, store: QSettings, shown: int | None, needed: int) -> None:
        """Keep the case ``shown`` (or the one still pending) and the width its pane
        ``needed`` for the next start."""
        case_id = shown or self.pending  # closed before it was shown: kept still
        settings.LAST_CASE.write(store, f"{case_id} {self._database}" if case_id else "")
        settings.LAST_CASE_ROOM.write(store, needed if shown else self.room)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has been drawn and shown.
            QTimer.singleShot(0, self._open)
        return False

    def _open(self) -> None:
        case_id, self.pending = self.pending, None
        window = self._window
        window.case_view.expect_case(False)
        # Unless the caseworker (or a test) opened a case meanwhile.
        if case_id is not None and window.shown_case_id is None:
            window.open_case(case_id)
