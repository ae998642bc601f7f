"""A decision on a pair as an undoable step: "this is him" or "not him".

Creations are not undoable elsewhere in the program (``ui/undo_commands.py``), but a
decision in the review queue is (issue 13): undo withdraws it (a new row; "this is him"
retracts the report it made) and the pair is proposed again; redo decides again, a new
decision. Each save is one :class:`WriteOp`, which announces the change so that the case
shows the report, or no longer counts it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from caseworker.services.matching.decisions import decide, withdraw_decision
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.matching.queue import Decided
from ui.operations import WriteOp

if TYPE_CHECKING:
    from ui.operations import Session

translate = QCoreApplication.translate

#: Told each time the pair's decision changes: (entry id, person id, decision or None).
Recorder = Callable[[int, int, Decided | None], None]
ErrorReporter = Callable[[BaseException], None]


@dataclass(frozen=True, slots=True)
class Pair:
    """A list entry and a candidate, and the case the candidate is sought in."""

    entry_id: int
    person_id: int
    case_id: int
    #: Names the pair in the Edit menu ("row 14 — 2026-0042").
    words: str


class WithdrawableDecision(QUndoCommand):
    """A decision on a pair as an undoable step: undo withdraws it (``withdraw_decision``),
    redo decides again. A kind of pair says how it is decided (:meth:`_write`), what that
    changed (:meth:`_change`) and whom to tell (:meth:`_tell`)."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        *,
        same: bool,
        reason: str,
        report_error: ErrorReporter,
    ) -> None:
        super().__init__(text)
        self.same = same
        self.reason = reason
        self._context = context
        self._report_error = report_error
        self._decided: Decided | None = None
        self._already_done = False

    @property
    def decided(self) -> Decided | None:
        """The decision standing now (None while undone)."""
        return self._decided

    def first_save(self) -> BaseException | None:
        """Decide before the command goes on the stack; the error, if any (then nothing is
        recorded and the command is not pushed)."""
        error = self._decide()
        self._already_done = error is None
        return error

    def redo(self) -> None:
        if self._already_done:  # the push after first_save(): already saved
            self._already_done = False
            return
        self._apply(self._decide())

    def undo(self) -> None:
        self._apply(self._withdraw())

    def _apply(self, error: BaseException | None) -> None:
        if error is None:
            return
        # This step leaves the history; the others stay.
        self.setObsolete(True)
        self._report_error(error)

    def _write(self, session: Session) -> Decided:
        """Record the decision; raises what the service raises."""
        raise NotImplementedError

    def _change(self, decided: Decided) -> Change:
        """What deciding, or withdrawing, ``decided`` changed."""
        raise NotImplementedError

    def _tell(self, decided: Decided | None) -> None:
        """Tell the window the decision now standing on the pair."""
        raise NotImplementedError

    def _decide(self) -> BaseException | None:
        errors: list[BaseException] = []
        done = WriteOp(self._context, None, self._write, self._change).failure(errors.append).run()
        if done is None:
            return errors[0] if errors else None
        self._decided = done
        self._tell(done)
        return None

    def _withdraw(self) -> BaseException | None:
        decided, actor = self._decided, self._context.actor
        if decided is None:
            return None

        def write(session: Session) -> int:
            return withdraw_decision(session, actor, decided.decision_id).id

        errors: list[BaseException] = []
        change = self._change(decided)
        if WriteOp(self._context, None, write, change).failure(errors.append).run() is None:
            return errors[0] if errors else None
        self._decided = None
        self._tell(None)
        return None


class DecisionCommand(WithdrawableDecision):
    """Decide on ``pair``; undo withdraws the decision, redo decides again."""

    def __init__(
        self,
        context: AppContext,
        pair: Pair,
        *,
        same: bool,
        reason: str,
        record: Recorder,
        report_error: ErrorReporter,
    ) -> None:
        if same:
            text = translate("ReviewQueue", "This is him: {pair}")
        else:
            text = translate("ReviewQueue", "Not him: {pair}")
        super().__init__(
            context, text.format(pair=pair.words), same=same, reason=reason,
            report_error=report_error,
        )  # fmt: skip
        self.pair = pair
        self._record = record

    def _write(self, session: Session) -> Decided:
        pair = self.pair
        made = decide(session, self._context.actor, pair.entry_id, pair.person_id, self.same,
                      self.reason)  # fmt: skip
        return Decided(made.same, made.reason, made.id, made.report_id)

    def _change(self, decided: Decided) -> Change:
        pair = self.pair
        if decided.same:
            return Change(ChangeKind.REPORT, pair.case_id, decided.report_id, undoable=True)
        return Change(ChangeKind.PERSON, pair.case_id, pair.person_id, undoable=True)

    def _tell(self, decided: Decided | None) -> None:
        self._record(self.pair.entry_id, self.pair.person_id, decided)


def push_decision(stack: QUndoStack, command: WithdrawableDecision) -> BaseException | None:
    """Decide and push ``command``; the error of that decision (then nothing is pushed)."""
    error = command.first_save()
    if error is None:
        stack.push(command)
    return error
