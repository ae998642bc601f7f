"""Read and write operations: one unit of work each, errors shown, changes announced.

``Session`` is re-exported for the annotations of operation functions, so that window
modules never import SQLAlchemy themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from caseworker.errors import DatabaseLoginRefused, DatabaseUnavailable
from ui.changes import Change
from ui.operations.background import BackgroundJob, JobControl

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ui.context import AppContext

T = TypeVar("T")

#: What a write announces: a Change (or None for nothing), from its result.
Announce = Callable[[Any], Change | None]


def announce(context: AppContext, change: Change) -> None:
    """Tell every view what a finished action changed: the one place a change is announced.

    :class:`WriteOp` calls it after its commit. Work that is written by a background job or
    by a batch of operations (an import, adding files) calls it once, when the whole is done,
    so that the views refresh once rather than once per record.
    """
    context.notifier.notify(change)


class _Operation(Generic[T]):
    def __init__(self, context: AppContext, parent: QWidget | None) -> None:
        self._context = context
        self._parent = parent
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._result: T | None = None
        self._quiet: tuple[type[BaseException], ...] = ()

    def success(self, handler: Callable[[T], None]) -> _Operation[T]:
        """Call ``handler(result)`` once the operation has succeeded (in the window's thread)."""
        self._on_success = handler
        return self

    def failure(self, handler: Callable[[BaseException], None]) -> _Operation[T]:
        """Hand errors to ``handler`` instead of showing them in a message."""
        self._on_failure = handler
        return self

    def quietly(self, *expected: type[BaseException]) -> _Operation[T]:
        """Say nothing of the ``expected`` errors (a record removed meanwhile, say); any other
        is shown as usual."""

        def handle(error: BaseException) -> None:
            if not isinstance(error, expected):
                self._context.prompts.report_error(self._parent, error)

        self._quiet = expected
        return self.failure(handle)

    def _unit(self, session: Session) -> T:
        raise NotImplementedError

    def _open(self) -> Any:
        raise NotImplementedError

    def _done(self, result: T) -> None:
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, error: BaseException) -> None:
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            self._context.prompts.report_error(self._parent, error)

    def _retry_after(self, error: BaseException) -> bool:
        """Whether to run again after ``error``: a database server that could not be reached
        (nothing saved) and the person chose "Retry". Cancelled, the error is marked as
        answered, so that whoever handles it next does not show it again. A connection lost
        during a commit is not retried (the change may have been saved), nor a statement the
        server stopped as too long (it would be again), nor a login the server refuses (a
        password changed meanwhile: its sentence says to start again)."""
        if (
            not isinstance(error, DatabaseUnavailable)
            # A refused login: trying again would not let it in.
            or isinstance(error, (DatabaseLoginRefused, *self._quiet))
            or error.answered
            or error.phase == "commit"
            or error.timed_out
        ):
            return False
        if self._context.prompts.ask_retry(self._parent, error):
            return True
        error.answered = True
        return False

    def run_or_raise(self) -> T:
        """Run now, in the window's thread; a :class:`CaseworkerError` goes to the caller."""
        with self._open() as session:
            result = self._unit(session)
        self._done(result)
        return result

    def run(self) -> T | None:
        """Run now, in the window's thread; an error is shown (or handed to ``failure``)."""
        return self._result if self.run_ok() else None

    def run_ok(self) -> bool:
        """Run now, as :meth:`run`; whether it succeeded (for actions whose result is None).
        A lost database server is said with a "Retry" choice, which runs it again (unless
        ``quietly`` expects it); cancelled, the error goes on as any other."""
        while True:
            try:
                self._result = self.run_or_raise()
            except Exception as error:  # ours by its sentence; else as unexpected, logged
                if self._retry_after(error):
                    continue
                self._failed(error)
                return False
            return True

    def run_in_background(self, parent: QObject | None = None) -> BackgroundJob:
        """Run in the background mechanism; the outcome comes back in the window's thread.
        A lost database server is said with a "Retry" choice, which starts a new job,
        unless the operation has its own ``failure`` handler (then it gets the error)."""

        def work(_control: JobControl) -> T:
            with self._open() as session:
                return self._unit(session)

        def failed(error: BaseException) -> None:
            # Work with its own failure handler (a refresh, a presence mark) was not asked
            # for by the person, who is not to be asked about it either.
            if self._on_failure is not None or not self._retry_after(error):
                self._failed(error)
                return
            # The caller holds the first job only: the new one lives by its parent (the
            # application's, without a widget, until it has told its outcome).
            owner = parent or self._parent
            again = self.run_in_background(owner or QCoreApplication.instance())
            if owner is None:
                again.succeeded.connect(again.deleteLater)
                again.failed.connect(again.deleteLater)

        job = BackgroundJob(work, parent or self._parent)
        job.succeeded.connect(self._done)
        job.failed.connect(failed)
        job.start()
        return job


class ReadOp(_Operation[T]):
    """A read: ``op(session)`` in one read transaction; it must return plain values."""

    def __init__(
        self, context: AppContext, parent: QWidget | None, op: Callable[[Session], T]
    ) -> None:
        super().__init__(context, parent)
        self._op = op

    def _open(self) -> Any:
        return self._context.database.read()

    def _unit(self, session: Session) -> T:
        return self._op(session)


class SideWriteOp(ReadOp[T]):
    """A mark outside the record (who has a case open): ``op(session)`` in a short write of
    its own, without the team's write lock (:meth:`~caseworker.db.Database.side_write`);
    it announces nothing."""

    def _open(self) -> Any:
        return self._context.database.side_write()


class WriteOp(_Operation[T]):
    """One user action: ``op(session)`` in one write transaction, then ``announce(result)``
    (a :class:`Change`, or None) is told to every view, once, after the commit."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None,
        op: Callable[[Session], T],
        announce: Announce | Change | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._op = op
        self._announce = announce

    def _open(self) -> Any:
        return self._context.database.write()

    def _unit(self, session: Session) -> T:
        return self._op(session)

    def _done(self, result: T) -> None:
        told = self._announce
        change = told(result) if callable(told) else told
        if change is not None:
            announce(self._context, change)
        super()._done(result)
