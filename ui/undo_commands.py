"""Undoable edits: one QUndoCommand per user action, each saving through the services.

A command holds the values before and after the edit. Its first ``redo`` (run by
``QUndoStack.push``) does the save; ``undo`` writes the old values back, a later ``redo`` the
new ones again. Every save is one unit of work that passes the version the command last saw,
so a record someone else changed meanwhile raises ``StaleRecord`` instead of being
overwritten; the command then becomes obsolete and leaves the stack (only it: the rest of
the history stays), with a sentence saying why.

Creations (a new case, relative, person or report) and retractions are not undoable: the
program never deletes what was recorded, and undoing a creation would have to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from caseworker.errors import StaleRecord
from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.services import edits
from caseworker.services.edits import RecordKind
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.operations import WriteOp

if TYPE_CHECKING:
    from ui.operations import Session

translate = QCoreApplication.translate

ErrorReporter = Callable[[BaseException], None]


@dataclass
class SaveOutcome:
    """What the first save of a command gave."""

    error: BaseException | None = None


class EditRecordCommand(QUndoCommand):
    """Replace some fields of one record; subclasses name the record's kind and the step.

    The first save expects the version the dialog loaded. A later undo or redo instead
    has the service check that the fields it is about to replace still hold what this
    command left there: if another window changed one of them meanwhile, nothing is
    written ("changed meanwhile"). Changes to other fields, by this stack or anyone else,
    do not stop it. The command keeps only ids, the version and plain values.
    """

    record_kind = RecordKind.CASE
    # The step's name in the Edit menu, filled in from the keyword it names (the
    # case's reference, the person's name, the report's description).
    words = ""

    def __init__(
        self,
        context: AppContext,
        *,
        record_id: int,
        case_id: int,
        expected_version: int,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        report_error: ErrorReporter,
        **named: str,
    ) -> None:
        super().__init__(translate("UndoCommands", self.words).format(**named))
        if set(old) != set(new):
            raise ValueError("old and new values must name the same fields")
        self.outcome = SaveOutcome()
        self.record_id = record_id
        self.case_id = case_id
        self._context = context
        self._old = dict(old)
        self._new = dict(new)
        self._version = expected_version
        self._report_error = report_error
        self._left: Mapping[str, Any] | None = None  # the fields as the last save left them
        self._already_done = False

    def first_save(self) -> BaseException | None:
        """Save the new values before the command goes on the stack; the error, if any.

        Saving first means a failed save never reaches the stack, which would otherwise
        discard its redo history on the push.
        """
        error = self._save(self._new)
        self._already_done = error is None
        return error

    def redo(self) -> None:
        if self._already_done:  # the push after first_save(): already saved
            self._already_done = False
            return
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old, undoing=True)

    def _apply(self, values: Mapping[str, Any], *, undoing: bool = False) -> None:
        error = self._save(values)
        if error is None:
            return
        # This step leaves the history (the stack drops an obsolete command, only it); the
        # edits before and after it stay undoable.
        self.setObsolete(True)
        if isinstance(error, StaleRecord):
            error = StaleRecord(self._no_longer(undoing))
        self._report_error(error)

    def _no_longer(self, undoing: bool) -> str:
        if undoing:
            text = translate(
                "UndoCommands",
                "“{action}” can no longer be undone: the record was changed after it, by an "
                "import or in another window. Nothing was changed now. The step leaves the "
                "undo history; the other steps in it stay.",
            )
        else:
            text = translate(
                "UndoCommands",
                "“{action}” can no longer be redone: the record was changed after it was "
                "undone, by an import or in another window. Nothing was changed now. The step "
                "leaves the undo history; the other steps in it stay.",
            )
        return text.format(action=self.text())

    def _save(self, values: Mapping[str, Any]) -> BaseException | None:
        actor, kind, record_id, left = (
            self._context.actor,
            self.record_kind,
            self.record_id,
            self._left,
        )

        def write(session: Session) -> edits.Saved:
            if left is None:
                return edits.save_edit(session, actor, kind, record_id, self._version, values)
            return edits.reapply_edit(session, actor, kind, record_id, left, values)

        # Errors are handed on: to the dialog first, to the reporter later.
        errors: list[BaseException] = []
        saved = (
            WriteOp(
                self._context,
                None,
                write,
                Change(ChangeKind(kind.value), self.case_id, self.record_id, undoable=True),
            )
            .failure(errors.append)
            .run()
        )
        if saved is not None:
            self._left, self._version = saved.values, saved.version
        return errors[0] if errors else None


class EditCaseCommand(EditRecordCommand):
    record_kind = RecordKind.CASE
    words = QT_TRANSLATE_NOOP("UndoCommands", "Edit case {reference}")


class EditRelativeCommand(EditRecordCommand):
    record_kind = RecordKind.RELATIVE
    words = QT_TRANSLATE_NOOP("UndoCommands", "Edit relative {name}")


class EditPersonCommand(EditRecordCommand):
    record_kind = RecordKind.PERSON
    words = QT_TRANSLATE_NOOP("UndoCommands", "Edit sought person {name}")


class EditReportCommand(EditRecordCommand):
    record_kind = RecordKind.REPORT
    words = QT_TRANSLATE_NOOP("UndoCommands", "Edit report: {description}")


def push_edit(stack: QUndoStack, command: EditRecordCommand) -> BaseException | None:
    """Save ``command`` and push it; the error of that save (then nothing is pushed)."""
    error = command.first_save()
    command.outcome.error = error
    if error is None:
        stack.push(command)
    return error
