"""Undoable edits: one QUndoCommand per user action, each saving through the services.

A command holds the values before and after the edit. Its first ``redo`` (run by
``QUndoStack.push``) does the save; ``undo`` writes the old values back, a later ``redo`` the
new ones again. Every save is one unit of work that passes the version the command last saw,
so a record someone else changed meanwhile raises ``StaleRecord`` instead of being
overwritten; the command then becomes obsolete and leaves the stack.

Creations (a new case, relative, person or report) and retractions are not undoable: the
program never deletes what was recorded, and undoing a creation would have to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from caseworker.models import MutableRow
from caseworker.services import cases, persons, relatives, reports
from ui.changes import Change, ChangeKind
from ui.context import AppContext

translate = QCoreApplication.translate

ErrorReporter = Callable[[BaseException], None]


# The version each record was left at by the commands of a stack. Undoing an older edit
# must expect the version the newer edits (since undone) left, not the one it saw itself.
_known_versions: WeakKeyDictionary[QUndoStack, dict[tuple[str, int], int]] = WeakKeyDictionary()


@dataclass
class SaveOutcome:
    """What the first save of a command gave; kept apart because the stack may delete it."""

    error: BaseException | None = None


class EditRecordCommand(QUndoCommand):
    """Replace some fields of one record; subclasses name the service that saves them."""

    kind = ChangeKind.ALL

    def __init__(
        self,
        context: AppContext,
        *,
        record_id: int,
        case_id: int,
        expected_version: int,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        text: str,
        report_error: ErrorReporter,
    ) -> None:
        super().__init__(text)
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
        self._saved_once = False

    def _update(self, session: Session, version: int, values: dict[str, Any]) -> MutableRow:
        raise NotImplementedError

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, values: Mapping[str, Any]) -> None:
        known = _known_versions.setdefault(self._context.undo_stack, {})
        key = (self.kind.value, self.record_id)
        # The first save expects what the dialog loaded; later ones what this stack left.
        expected = known.get(key, self._version) if self._saved_once else self._version
        try:
            with self._context.database.write() as session:
                record = self._update(session, expected, dict(values))
                version = record.version
        except Exception as error:  # handed on: to the dialog first, to the reporter later
            self.setObsolete(True)
            if self._saved_once:
                self._report_error(error)
            else:
                self.outcome.error = error
            return
        self._saved_once = True
        self._version = known[key] = version
        self._context.notifier.notify(Change(self.kind, self.case_id, self.record_id))


class EditCaseCommand(EditRecordCommand):
    kind = ChangeKind.CASE

    def __init__(self, context: AppContext, *, reference: str, **kwargs: Any) -> None:
        text = translate("UndoCommands", "Edit case {reference}").format(reference=reference)
        super().__init__(context, text=text, **kwargs)

    def _update(self, session: Session, version: int, values: dict[str, Any]) -> MutableRow:
        return cases.update_case(session, self._context.actor, self.record_id, version, **values)


class EditRelativeCommand(EditRecordCommand):
    kind = ChangeKind.RELATIVE

    def __init__(self, context: AppContext, *, name: str, **kwargs: Any) -> None:
        text = translate("UndoCommands", "Edit relative {name}").format(name=name)
        super().__init__(context, text=text, **kwargs)

    def _update(self, session: Session, version: int, values: dict[str, Any]) -> MutableRow:
        return relatives.update_relative(
            session, self._context.actor, self.record_id, version, **values
        )


class EditPersonCommand(EditRecordCommand):
    kind = ChangeKind.PERSON

    def __init__(self, context: AppContext, *, name: str, **kwargs: Any) -> None:
        text = translate("UndoCommands", "Edit sought person {name}").format(name=name)
        super().__init__(context, text=text, **kwargs)

    def _update(self, session: Session, version: int, values: dict[str, Any]) -> MutableRow:
        return persons.update_person(
            session, self._context.actor, self.record_id, version, **values
        )


class EditReportCommand(EditRecordCommand):
    kind = ChangeKind.REPORT

    def __init__(self, context: AppContext, *, description: str, **kwargs: Any) -> None:
        text = translate("UndoCommands", "Edit report: {description}").format(
            description=description
        )
        super().__init__(context, text=text, **kwargs)

    def _update(self, session: Session, version: int, values: dict[str, Any]) -> MutableRow:
        return reports.update_report(
            session, self._context.actor, self.record_id, version, **values
        )


def push_edit(stack: QUndoStack, command: EditRecordCommand) -> BaseException | None:
    """Push ``command`` (which saves it); the error of that save, or None when it was saved.

    A command whose save failed is obsolete, so the stack drops it at once.
    """
    outcome = command.outcome
    stack.push(command)
    return outcome.error
