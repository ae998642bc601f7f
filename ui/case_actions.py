"""The user actions on a case's records: open a dialog, save through the services, notify.

Each load is a :class:`~ui.operations.ReadOp` and each save a :class:`~ui.operations.WriteOp`
(one unit of work, its change announced once). Edits are pushed on the undo
stack as commands (whose first redo saves); creations and retractions are not undoable, since
undoing them would delete what was recorded. Dialogs, and the question which sought person a
report is about, go through ``context.prompts``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from caseworker.services import edits, reports
from caseworker.services.case_overview import person_choices
from caseworker.services.edits import EditableRecord, RecordKind
from caseworker.services.report_rows import (
    PersonReports,
    ReportInContext,
    person_reports,
    report_in_context,
    report_rows_of_person,
)
from caseworker.vocab import CaseStatus
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.case_dialog import CaseDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.record_dialog import RecordDialog, run_record_dialog
from ui.dialogs.relative_dialog import RelativeDialog
from ui.dialogs.report_dialog import ReportDialog
from ui.dialogs.retract_dialog import RetractDialog
from ui.operations import ReadOp, WriteOp
from ui.team.editing import mark_editing

if TYPE_CHECKING:
    from ui.operations import Session
from ui.report_table_model import ReportRow, describe
from ui.team.assign_dialog import limit_assignment
from ui.undo_commands import (
    EditCaseCommand,
    EditPersonCommand,
    EditRecordCommand,
    EditRelativeCommand,
    EditReportCommand,
    push_edit,
)

translate = QCoreApplication.translate


def _ask_person(
    parent: QWidget | None, context: AppContext, choices: list[tuple[int, str]]
) -> int | None:
    return context.prompts.choose_one(
        parent,
        translate("CaseActions", "Add report"),
        translate("CaseActions", "Which sought person is the report about?"),
        choices,
    )


def _report_later(context: AppContext) -> Callable[[BaseException], None]:
    """Errors of a later undo or redo: the dialog that started the edit is long closed."""
    return lambda error: context.prompts.report_error(QApplication.activeWindow(), error)


def _edit(
    dialog: RecordDialog,
    loaded: EditableRecord,
    command: type[EditRecordCommand],
    context: AppContext,
    **named: str,
) -> bool:
    """Run an edit dialog on ``loaded``; its OK pushes one ``command`` with the fields that
    changed, the step named by ``named`` (the case's reference, the person's name…)."""
    old = loaded.values
    dialog.load(old)
    mark_editing(dialog, loaded.kind.value, loaded.id, loaded.version)

    def save(_values: dict[str, Any]) -> None:
        new = dialog.changed_values()
        if not new:
            return
        step = command(
            context,
            record_id=loaded.id,
            case_id=loaded.case_id,
            expected_version=loaded.version,
            old={k: old[k] for k in new},
            new=new,
            report_error=_report_later(context),
            **named,
        )
        error = push_edit(context.undo_stack, step)
        if error is not None:
            raise error

    dialog.set_save_handler(save)
    return run_record_dialog(context.prompts, dialog)


def _create(
    dialog: RecordDialog, context: AppContext, kind: RecordKind, owner_id: int | None
) -> EditableRecord | None:
    """Run a creation dialog; its OK saves the new record in one unit of work.

    ``owner_id`` is the case of a relative or person, the person of a report (None for a case).
    """
    created: list[EditableRecord] = []
    change = ChangeKind(kind.value)

    def save(values: dict[str, Any]) -> None:
        made = WriteOp(
            context,
            dialog,
            lambda session: edits.create_record(session, context.actor, kind, owner_id, values),
            lambda made: Change(change, made.case_id, made.id, action=_created(change)),
        ).run_or_raise()
        created.append(made)

    dialog.set_save_handler(save)
    return created[-1] if run_record_dialog(context.prompts, dialog) and created else None


def _created_id(made: EditableRecord | None) -> int | None:
    return None if made is None else made.id


def _created(kind: ChangeKind) -> str:
    """What adding a record of ``kind`` is called, to say that it cannot be undone."""
    names = {
        ChangeKind.CASE: translate("CaseActions", "Opening a case"),
        ChangeKind.RELATIVE: translate("CaseActions", "Adding a relative"),
        ChangeKind.PERSON: translate("CaseActions", "Adding a sought person"),
        ChangeKind.REPORT: translate("CaseActions", "Adding a report"),
    }
    return names.get(kind, "")


def _load(parent: QWidget | None, context: AppContext, loader: Callable[[Session], Any]) -> Any:
    """What ``loader`` reads, or None once its error is shown."""
    return ReadOp(context, parent, loader).run()


def _edit_record(
    parent: QWidget | None,
    context: AppContext,
    command: type[EditRecordCommand],
    record_id: int,
    dialog: Callable[[str], RecordDialog],
    named: str = "name",
) -> bool:
    """Load a record, run its edit dialog, and push one undoable command with the changes.

    The record's name (a case's reference) titles the dialog and, as ``named``, the step.
    """
    loaded: EditableRecord | None = _load(
        parent, context, lambda session: edits.editable(session, command.record_kind, record_id)
    )
    if loaded is None:
        return False
    return _edit(dialog(loaded.name), loaded, command, context, **{named: loaded.name})


# Cases ------------------------------------------------------------------------------------


def new_case(parent: QWidget | None, context: AppContext) -> int | None:
    """Open the case dialog; the new case's id once it is saved, else None. Its "Assigned
    to" is read-only for a login that may not assign (the server opens a case of theirs
    unassigned, or assigned to themselves)."""
    dialog = limit_assignment(CaseDialog(parent), context)
    dialog.load({"status": CaseStatus.OPEN, "opened_on": date.today()})
    return _created_id(_create(dialog, context, RecordKind.CASE, None))


def edit_case(parent: QWidget | None, context: AppContext, case_id: int) -> bool:
    return _edit_record(
        parent,
        context,
        EditCaseCommand,
        case_id,
        lambda reference: limit_assignment(CaseDialog(parent, reference=reference), context),
        named="reference",
    )


# Relatives and sought persons -------------------------------------------------------------


def add_relative(parent: QWidget | None, context: AppContext, case_id: int) -> int | None:
    return _created_id(_create(RelativeDialog(parent), context, RecordKind.RELATIVE, case_id))


def edit_relative(parent: QWidget | None, context: AppContext, relative_id: int) -> bool:
    return _edit_record(
        parent,
        context,
        EditRelativeCommand,
        relative_id,
        lambda name: RelativeDialog(parent, name=name),
    )


def add_person(parent: QWidget | None, context: AppContext, case_id: int) -> int | None:
    return _created_id(_create(PersonDialog(parent), context, RecordKind.PERSON, case_id))


def edit_person(parent: QWidget | None, context: AppContext, person_id: int) -> bool:
    return _edit_record(
        parent, context, EditPersonCommand, person_id, lambda name: PersonDialog(parent, name=name)
    )


# Reports ----------------------------------------------------------------------------------


def _origin(row: ReportRow) -> tuple[int, str]:
    return row.id, f"#{row.id} · {describe(row)}"


def _origins(rows: Iterable[ReportRow], report_id: int | None) -> list[tuple[int, str]]:
    """The reports a report may relay (not itself, not retracted ones) among ``rows``."""
    return [_origin(row) for row in rows if row.id != report_id and not row.retracted]


def add_report(
    parent: QWidget | None, context: AppContext, case_id: int | None, person_id: int | None = None
) -> int | None:
    """Add a report about ``person_id`` (the person selected where the action was asked for),
    else the case's only person, else the one the user picks; the new report's id, or None."""
    if case_id is None:
        return None

    def load_choices(session: Session) -> list[tuple[int, str]]:
        return [(choice.id, choice.text) for choice in person_choices(session, case_id)]

    choices = _load(parent, context, load_choices)
    if choices is None:
        return None
    if person_id is None:
        if not choices:
            context.prompts.inform(
                parent,
                translate("CaseActions", "Add report"),
                translate(
                    "CaseActions", "This case has no sought person yet. Add the person first."
                ),
            )
            return None
        person_id = choices[0][0] if len(choices) == 1 else _ask_person(parent, context, choices)
        if person_id is None:
            return None
    chosen = person_id

    loaded: PersonReports | None = _load(
        parent, context, lambda session: person_reports(session, chosen)
    )
    if loaded is None:
        return None
    name, origins = loaded.person_name, _origins(loaded.rows, None)

    made = _create(
        ReportDialog(
            parent, person_name=name, origins=origins, received_on=context.last_received_on
        ),
        context,
        RecordKind.REPORT,
        chosen,
    )
    if made is not None:
        context.last_received_on = made.values["received_on"]
    return _created_id(made)


def edit_report(parent: QWidget | None, context: AppContext, report_id: int) -> bool:
    def load(session: Session) -> tuple[ReportInContext, EditableRecord, list[ReportRow]]:
        about = report_in_context(session, report_id)
        fields = edits.editable(session, RecordKind.REPORT, report_id)
        return about, fields, report_rows_of_person(session, about.person_id)

    loaded = _load(parent, context, load)
    if loaded is None:
        return False
    about, fields, siblings = loaded
    origins = _origins(siblings, report_id)
    if about.origin is not None and about.origin.id not in dict(origins):
        origins.append(_origin(about.origin))
    return _edit(
        ReportDialog(parent, person_name=about.person_name, origins=origins, editing=True),
        fields,
        EditReportCommand,
        context,
        description=describe(about.row),
    )


def retract_report(parent: QWidget | None, context: AppContext, report_id: int) -> bool:
    """Retract a report with a reason (kept, greyed, never deleted); not undoable."""

    loaded: ReportInContext | None = _load(
        parent, context, lambda session: report_in_context(session, report_id)
    )
    if loaded is None:
        return False
    row, case_id = loaded.row, loaded.case_id
    dialog = RetractDialog(parent, description=describe(row))

    def save(values: dict[str, Any]) -> None:
        WriteOp(
            context,
            dialog,
            lambda session: reports.retract_report(
                session, context.actor, report_id, row.version, values["reason"]
            ),
            Change(
                ChangeKind.REPORT,
                case_id,
                report_id,
                action=translate("CaseActions", "Retracting a report"),
            ),
        ).run_or_raise()

    dialog.set_save_handler(save)
    return run_record_dialog(context.prompts, dialog)
