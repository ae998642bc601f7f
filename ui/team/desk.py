"""What the main window does for a team (issue 15): hears colleagues' changes (PostgreSQL),
shows who else works on the open case (both backends), warns an open edit dialog.

The window makes one :class:`TeamDesk`, tells it each case it shows (:meth:`case_shown`) and
stops it when it closes (:meth:`stop`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from caseworker.team.changes import TableChange
from ui.context import AppContext
from ui.team.editing import warn_open_dialogs
from ui.team.listening import RemoteChanges
from ui.team.presence import PresenceLine

#: How long the status bar shows a sentence about the connection, in milliseconds.
SAID_MS = 15_000


class TeamDesk(QObject):
    def __init__(
        self,
        context: AppContext,
        case_view: QWidget,
        status_bar: QStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The case header's line (ui/case_parts/header.py).
        label = case_view.findChild(QLabel, "casePresence") or QLabel(case_view)
        self.presence = PresenceLine(context, label, self)
        self.changes = RemoteChanges(context, self)
        self.changes.heard.connect(self._on_heard)
        self.changes.connection_said.connect(lambda text: status_bar.showMessage(text, SAID_MS))

    def case_shown(self, case_id: int | None) -> None:
        self.presence.case_shown(case_id)

    def stop(self) -> None:
        self.changes.stop()
        self.presence.stop()

    def _on_heard(self, change: TableChange) -> None:
        self.presence.on_heard(change)
        warn_open_dialogs(change)
