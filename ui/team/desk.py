"""What the main window does for a team (issue 15): hears colleagues' changes (PostgreSQL),
shows who else works on the open case (both backends), warns an open edit dialog.

The window makes one :class:`TeamDesk`, tells it each case it shows (:meth:`case_shown`) and
stops it when it closes (:meth:`stop`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from caseworker.team.changes import Connected, Disconnected, TableChange
from ui.context import AppContext
from ui.team.editing import warn_open_dialogs
from ui.team.listening import RemoteChanges
from ui.team.presence import PresenceLine

#: How long the status bar shows a sentence about the connection, in milliseconds (a lost
#: server is said until it is back).
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
        self._status_bar = status_bar
        self._said = ""
        # A lost server is said until it is back: a message of the bar went at the first
        # status tip (the pointer over a toolbar button) or after a while, and the bar said
        # "Cases: 5" again while the server was still down.
        self.connection_note = QLabel(status_bar)
        self.connection_note.setObjectName("connectionLost")
        # Cut rather than widen the window when it is narrow; the tooltip says it whole.
        self.connection_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.connection_note.hide()
        status_bar.addWidget(self.connection_note, 1)
        self.changes.connection_said.connect(self._say)
        self.changes.ended.connect(self._say_for_good)
        if self.changes.job is not None:
            # After the listener's events are heard (and said, through ``_say``).
            self.changes.job.posted.connect(self._follow_connection)

    def case_shown(self, case_id: int | None) -> None:
        self.presence.case_shown(case_id)

    def stop(self) -> None:
        self.changes.stop()
        self.presence.stop()

    def _say(self, text: str) -> None:
        self._said = text
        self._status_bar.showMessage(text, SAID_MS)

    def _follow_connection(self, event: object) -> None:
        if isinstance(event, Disconnected):
            self._status_bar.clearMessage()  # said by the note instead, until it is back
            self.connection_note.setText(self._said)
            self.connection_note.setToolTip(self._said)
            self.connection_note.show()
        elif isinstance(event, Connected):
            self.connection_note.hide()

    def _say_for_good(self, text: str) -> None:
        """The listener ended: said by the note for as long as the window is open."""
        self._said = text
        self._status_bar.clearMessage()
        self.connection_note.setText(text)
        self.connection_note.setToolTip(text)
        self.connection_note.show()

    def _on_heard(self, change: TableChange) -> None:
        self.presence.on_heard(change)
        warn_open_dialogs(change)
