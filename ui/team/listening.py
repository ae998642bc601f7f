"""Colleagues' changes entering the window as its own do, on PostgreSQL (issue 15).

The listener of :mod:`caseworker.team.changes` runs as one :class:`BackgroundJob` in a lane of
its own for as long as the window is open; what it hears reaches the window's thread through
the job's ``posted`` signal. Changes heard within a moment are gathered and announced
through :func:`ui.operations.announce` as :class:`Change` (marked ``remote``), so the case
list and the open case refresh exactly as for a change made here; many at once, or a
reconnection after a lost server, announce everything. So does the first connection: the
window's first reads may have come before it listened, and a colleague's change between
the two would never be heard. A change made through the window's own database comes back
too and is not announced again (it was when it was made). Should the listener ever end
while the window is open, that is logged and said in the status bar, never left silent.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from caseworker.team.changes import Connected, Disconnected, TableChange, listener_for
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.operations import BackgroundJob, JobControl, announce
from ui.operations.background import Lane

translate = QCoreApplication.translate
_log = logging.getLogger(__name__)

#: The listener's own thread: it waits for the server as long as the window is open.
LISTENING = Lane("team-changes", 1)
#: How long heard changes are gathered before the views are told, in milliseconds.
GATHER_MS = 150
#: More distinct changes than this at once are announced as one "everything changed".
MOST_CHANGES = 8
#: How long the window waits for the listener to stop when it closes, in seconds.
STOP_SECONDS = 2.0

#: Which views a table's rows show in (case_presence is the presence line's own).
KINDS: dict[str, ChangeKind] = {
    "cases": ChangeKind.CASE,
    "family_log": ChangeKind.CASE,
    "persons": ChangeKind.PERSON,
    "relatives": ChangeKind.RELATIVE,
    "reports": ChangeKind.REPORT,
    "assessments": ChangeKind.REPORT,
    "contradiction_explanations": ChangeKind.REPORT,
    "match_decisions": ChangeKind.REPORT,
    "evidence": ChangeKind.EVIDENCE,
    "evidence_reports": ChangeKind.EVIDENCE,
    "inquiries": ChangeKind.INQUIRY,
    "inquiry_events": ChangeKind.INQUIRY,
    "inquiry_evidence": ChangeKind.INQUIRY,
}
PRESENCE_TABLE = "case_presence"


def changes_of(heard: TableChange) -> set[Change] | None:
    """The window's changes for what a statement changed; None for "everything"."""
    if heard.table == PRESENCE_TABLE:
        return set()
    kind = KINDS.get(heard.table)
    if kind is None or heard.case_ids is None:
        return None  # addressees, published lists, or too many cases to name
    if heard.rows is not None and len(heard.rows) == 1:
        (row,) = heard.rows
        return {Change(kind, row.case_id, row.id, remote=True)}
    return {Change(kind, case_id, remote=True) for case_id in heard.case_ids}


class RemoteChanges(QObject):
    """Listens while the window is open (on PostgreSQL only: elsewhere it does nothing).

    ``heard(TableChange)`` tells every change as it comes (the presence line and open
    dialogs follow it); ``connection_said(text)`` a sentence for the status bar when the
    server is lost, and when it is back.
    """

    heard = Signal(object)
    connection_said = Signal(str)
    #: The listener ended while the window is open (a sentence saying so): for good.
    ended = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._pending: set[Change] = set()
        self._everything = False
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._announce)
        self._stopping = False
        self._connected = False
        self.job: BackgroundJob | None = None
        listener = listener_for(context.database)
        if listener is None:
            return

        def listen(control: JobControl) -> None:
            for event in listener.events(control.cancelled):
                control.post(event)

        self.job = BackgroundJob(listen, self, lane=LISTENING, poll_ms=GATHER_MS // 2)
        self.job.posted.connect(self._on_event)
        self.job.failed.connect(self._on_ended)
        self.job.succeeded.connect(lambda _result: self._on_ended(None))
        self.job.start()
        application = QCoreApplication.instance()
        if application is not None:  # the window not closed before the program quits
            application.aboutToQuit.connect(self.stop)

    @property
    def listening(self) -> bool:
        return self.job is not None and self.job.running

    @property
    def up_to_date(self) -> bool:
        """Listening on the server, and all it heard so far announced (the first time:
        everything, once)."""
        return self.listening and self._connected and not self._gather.isActive()

    def stop(self) -> None:
        """Stop listening (the window closes): the listener's connection is closed."""
        self._stopping = True
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait(STOP_SECONDS)
        self._gather.stop()

    def _on_event(self, event: object) -> None:
        if isinstance(event, TableChange):
            self.heard.emit(event)
            if event.own:
                return  # this window's own change: announced when it was made
            changes = changes_of(event)
            if changes is None:
                self._everything = True
            else:
                self._pending |= changes
        elif isinstance(event, Disconnected):
            self._connected = False
            self.connection_said.emit(
                translate(
                    "TeamChanges",
                    "The connection to the server was lost; trying again. "
                    "Colleagues' changes will show once it is back.",
                )
            )
        elif isinstance(event, Connected):
            # Anything may have changed meanwhile: since the window's first reads, the first
            # time (said to no one: nothing was amiss), or while the connection was lost.
            self._everything = True
            self._connected = True
            if event.after_loss:
                self.connection_said.emit(
                    translate(
                        "TeamChanges",
                        "Connected to the server again; everything shown is up to date.",
                    )
                )
        if (self._everything or self._pending) and not self._gather.isActive():
            self._gather.start()

    def _on_ended(self, error: BaseException | None) -> None:
        """The listener ended (``error``: it failed) while the window is open: logged and
        said, as colleagues' changes no longer show. Nothing when the window stopped it."""
        if self._stopping:
            return
        _log.error(
            "Listening for colleagues' changes ended; they no longer show in this window",
            exc_info=error,
        )
        self.ended.emit(
            translate(
                "TeamChanges",
                "Colleagues' changes no longer show in this window; close it and open the "
                "program again to see them.",
            )
        )

    def _announce(self) -> None:
        pending, self._pending = self._pending, set()
        everything, self._everything = self._everything, False
        if everything or len(pending) > MOST_CHANGES:
            announce(self._context, Change(ChangeKind.ALL, remote=True))
            return
        for change in sorted(pending, key=lambda c: (c.kind, c.case_id or 0, c.record_id or 0)):
            announce(self._context, change)
