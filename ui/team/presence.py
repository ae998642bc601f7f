"""The open case's line "Сейчас с этим делом работает: Петрова А." (issue 15).

While a case is open the window touches it every minute (a quick write in the background,
never holding the window up) and reads who else had it open within the last few minutes;
a colleague opening or leaving the case is heard at once on PostgreSQL (their touch is a
change like any other), on SQLite at the next minute. Closing the case clears this window's
mark. A write refused (a read-only database, a lost server, a colleague's long save on a
SQLite file) only leaves the line as it was.

The marks are no part of the team's data: they are written as side writes
(:meth:`~caseworker.db.Database.side_write`), without the team's write lock and never
waiting long, in a thread of their own, so a colleague's import neither holds them up nor
makes the status bar say "your change will be saved" of a change no one made; closing the
window waits :data:`LEAVE_SECONDS` at most for its mark to be cleared.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from caseworker.services import presence
from caseworker.team.changes import TableChange
from ui.context import AppContext
from ui.operations import BackgroundJob, JobControl, ReadOp, SideWriteOp
from ui.operations.background import Lane

if TYPE_CHECKING:
    from ui.operations import Session

translate = QCoreApplication.translate

#: The marks' own thread: never queued behind the window's other work, nor it behind them.
MARKS = Lane("case-presence", 1)
#: How long closing the window waits for its mark to be cleared, in seconds (a side write
#: gives up sooner: :data:`caseworker.db.engine.SIDE_WRITE_TIMEOUT_MS`).
LEAVE_SECONDS = 2.0


def presence_text(names: list[str]) -> str:
    """What the line says of ``names`` (empty: nothing)."""
    if not names:
        return ""
    if len(names) == 1:
        return translate("CasePresence", "{name} is working on this case now").format(name=names[0])
    return translate("CasePresence", "{names} are working on this case now").format(
        names=", ".join(names)
    )


class PresenceLine(QObject):
    """Keeps ``label`` saying who else works on the open case; :meth:`case_shown` on every
    change of the open case, :meth:`stop` when the window closes."""

    def __init__(self, context: AppContext, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.label = label
        self._case_id: int | None = None
        self._jobs: list[BackgroundJob] = []
        self.timer = QTimer(self)
        self.timer.setInterval(int(presence.TOUCH_EVERY.total_seconds() * 1000))
        self.timer.timeout.connect(self.touch)
        label.hide()

    def case_shown(self, case_id: int | None) -> None:
        """The window shows ``case_id`` now (None: no case): leave the one before, touch this."""
        if case_id == self._case_id:
            return
        if self._case_id is not None:
            self._leave(self._case_id)
        self._case_id = case_id
        self._show([])
        if case_id is None:
            self.timer.stop()
            return
        self.touch()
        self.timer.start()

    def touch(self) -> None:
        """Mark the open case as open here now, then read who else has it open."""
        case_id, who = self._case_id, self._context.actor
        if case_id is None:
            return

        def touched(session: Session) -> list[str]:
            presence.touch(session, case_id, who)
            return presence.others_on(session, case_id, who)

        self._run(touched, writing=True, case_id=case_id)

    def on_heard(self, change: TableChange) -> None:
        """A colleague's presence changed on the open case: read it again."""
        if change.table != "case_presence" or self._case_id is None:
            return
        if change.case_ids is not None and self._case_id not in change.case_ids:
            return
        case_id, who = self._case_id, self._context.actor
        self._run(
            lambda session: presence.others_on(session, case_id, who),
            writing=False,
            case_id=case_id,
        )

    def stop(self) -> None:
        """The window closes: clear this window's mark, waiting :data:`LEAVE_SECONDS` at
        most for that and the marks under way."""
        self.timer.stop()
        if self._case_id is not None:
            self._leave(self._case_id)
            self._case_id = None
        deadline = time.monotonic() + LEAVE_SECONDS  # for all of them together
        for job in self._jobs:
            job.wait(max(0.0, deadline - time.monotonic()))

    def _leave(self, case_id: int) -> None:
        who = self._context.actor
        self._run(lambda session: presence.leave(session, case_id, who), writing=True)

    def _run(
        self, work: Callable[[Session], Any], *, writing: bool, case_id: int | None = None
    ) -> None:
        """``work`` in a side write (``writing``) or a read, in the marks' thread; what it
        returns, for ``case_id``, shown while that case is open. A failure changes nothing."""
        unit = (SideWriteOp if writing else ReadOp)(self._context, None, work)

        def run(_control: JobControl) -> Any:
            return unit.run_or_raise()  # in the marks' thread; it has no handlers

        job = BackgroundJob(run, self.label, lane=MARKS)
        if case_id is not None:
            job.succeeded.connect(
                lambda names: self._show(names) if case_id == self._case_id else None
            )
        job.start()
        self._jobs = [kept for kept in self._jobs if kept.running]
        self._jobs.append(job)

    def _show(self, names: list[str]) -> None:
        text = presence_text(names)
        self.label.setText(text)
        self.label.setVisible(bool(text))
