"""The user actions on a case's records: open a dialog, save through the services, notify.

Each load is a :class:`~ui.operations.ReadOp` and each save a :class:`~ui.operations.WriteOp`
(one unit of work, its change announced once). Edits are pushed on the undo
stack as commands (whose first redo saves); creations and retractions are not undoable, since
undoing them would delete what was recorded. Dialogs, and the question which sought person a
report is about, go through ``context.prompts``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from caseworker.services import cases, persons, relatives, reports
from caseworker.vocab import CaseStatus
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.case_dialog import CaseDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.record_dialog import RecordDialog, run_record_dialog
from ui.dialogs.relative_dialog import RelativeDialog
from ui.dialogs.report_dialog import ReportDialog
from ui.dialogs.retract_dialog import RetractDialog
from ui.messages import show_error
from ui.operations import ReadOp, WriteOp

if TYPE_CHECKING:
    from ui.operations import Session
from ui.report_table_model import ReportRow
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


def _report_later(error: BaseException) -> None:
    """Errors of a later undo or redo: the dialog that started the edit is long closed."""
    show_error(QApplication.activeWindow(), error)


def _snapshot(record: object, names: list[str]) -> dict[str, Any]:
    return {name: getattr(record, name) for name in names}


def _edit(
    dialog: RecordDialog,
    old: Mapping[str, Any],
    make_command: Callable[[dict[str, Any], dict[str, Any]], EditRecordCommand],
    context: AppContext,
) -> bool:
    """Run an edit dialog; its OK pushes one command with the fields that changed."""
    dialog.load(old)

    def save(_values: dict[str, Any]) -> None:
        new = dialog.changed_values()
        if not new:
            return
        error = push_edit(context.undo_stack, make_command({k: old[k] for k in new}, new))
        if error is not None:
            raise error

    dialog.set_save_handler(save)
    return run_record_dialog(context.prompts, dialog)


def _create(
    dialog: RecordDialog,
    context: AppContext,
    kind: ChangeKind,
    create: Callable[[Any, dict[str, Any]], Any],
    case_id: Callable[[Any], int],
) -> int | None:
    """Run a creation dialog; its OK saves the new record in one unit of work."""
    created: list[int] = []

    def save(values: dict[str, Any]) -> None:
        def write(session: Session) -> tuple[int, int]:
            record = create(session, values)
            session.flush()
            return int(record.id), case_id(record)

        record_id, _owner = WriteOp(
            context,
            dialog,
            write,
            lambda ids: Change(kind, ids[1], ids[0], action=_created(kind)),
        ).run_or_raise()
        created.append(record_id)

    dialog.set_save_handler(save)
    return created[-1] if run_record_dialog(context.prompts, dialog) and created else None


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


# What an edit loads: the record's name (for titles), its case, its version and its fields.
Loaded = tuple[str, int, int, dict[str, Any]]


def _edit_record(
    parent: QWidget | None,
    context: AppContext,
    record_id: int,
    load: Callable[[Session], Loaded],
    dialog: Callable[[str], RecordDialog],
    command: Callable[..., EditRecordCommand],
) -> bool:
    """Load a record, run its edit dialog, and push one undoable command with the changes."""

    loaded = _load(parent, context, load)
    if loaded is None:
        return False
    name, case_id, version, old = loaded
    return _edit(
        dialog(name),
        old,
        lambda before, after: command(
            name,
            record_id=record_id,
            case_id=case_id,
            expected_version=version,
            old=before,
            new=after,
            report_error=_report_later,
        ),
        context,
    )


# Cases ------------------------------------------------------------------------------------


def new_case(parent: QWidget | None, context: AppContext) -> int | None:
    """Open the case dialog; the new case's id once it is saved, else None."""
    dialog = CaseDialog(parent)
    dialog.load({"status": CaseStatus.OPEN, "opened_on": date.today()})
    return _create(
        dialog,
        context,
        ChangeKind.CASE,
        lambda session, values: cases.create_case(session, context.actor, **values),
        lambda case: int(case.id),
    )


def edit_case(parent: QWidget | None, context: AppContext, case_id: int) -> bool:
    def load(session: Session) -> Loaded:
        case = cases.get_case(session, case_id)
        return case.reference, case.id, case.version, _snapshot(case, list(cases.case_fields()))

    return _edit_record(
        parent,
        context,
        case_id,
        load,
        lambda reference: CaseDialog(parent, reference=reference),
        lambda reference, **kwargs: EditCaseCommand(context, reference=reference, **kwargs),
    )


# Relatives and sought persons -------------------------------------------------------------


def add_relative(parent: QWidget | None, context: AppContext, case_id: int) -> int | None:
    return _create(
        RelativeDialog(parent),
        context,
        ChangeKind.RELATIVE,
        lambda session, values: relatives.add_relative(session, context.actor, case_id, **values),
        lambda relative: int(relative.case_id),
    )


def edit_relative(parent: QWidget | None, context: AppContext, relative_id: int) -> bool:
    def load(session: Session) -> Loaded:
        relative = relatives.get_relative(session, relative_id)
        old = _snapshot(relative, list(relatives.relative_fields()))
        return relative.full_name, relative.case_id, relative.version, old

    return _edit_record(
        parent,
        context,
        relative_id,
        load,
        lambda name: RelativeDialog(parent, name=name),
        lambda name, **kwargs: EditRelativeCommand(context, name=name, **kwargs),
    )


def add_person(parent: QWidget | None, context: AppContext, case_id: int) -> int | None:
    return _create(
        PersonDialog(parent),
        context,
        ChangeKind.PERSON,
        lambda session, values: persons.add_person(session, context.actor, case_id, **values),
        lambda person: int(person.case_id),
    )


def edit_person(parent: QWidget | None, context: AppContext, person_id: int) -> bool:
    def load(session: Session) -> Loaded:
        person = persons.get_person(session, person_id)
        old = _snapshot(person, list(persons.person_fields()))
        return person.full_name, person.case_id, person.version, old

    return _edit_record(
        parent,
        context,
        person_id,
        load,
        lambda name: PersonDialog(parent, name=name),
        lambda name, **kwargs: EditPersonCommand(context, name=name, **kwargs),
    )


# Reports ----------------------------------------------------------------------------------

REPORT_FIELDS = [*reports.report_fields(), "event", "derived_from_id"]


def _origins(session: Any, person_id: int, report_id: int | None) -> list[tuple[int, str]]:
    """The reports a report about ``person_id`` may relay (not itself, not retracted ones)."""
    rows = [ReportRow.from_report(r) for r in reports.reports_of_person(session, person_id)]
    return [
        (row.id, f"#{row.id} · {row.describe()}")
        for row in rows
        if row.id != report_id and not row.retracted
    ]


def add_report(
    parent: QWidget | None, context: AppContext, case_id: int | None, person_id: int | None = None
) -> int | None:
    """Add a report about ``person_id`` (the person selected where the action was asked for),
    else the case's only person, else the one the user picks; the new report's id, or None."""
    if case_id is None:
        return None

    def load_choices(session: Session) -> list[tuple[int, str]]:
        return [(p.id, p.full_name) for p in cases.get_case(session, case_id).persons]

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

    def load(session: Session) -> tuple[str, list[tuple[int, str]]]:
        person = persons.get_person(session, chosen)
        return person.full_name, _origins(session, chosen, None)

    loaded = _load(parent, context, load)
    if loaded is None:
        return None
    name, origins = loaded

    def add(session: Session, values: dict[str, Any]) -> Any:
        report = reports.add_report(session, context.actor, chosen, **values)
        context.last_received_on = report.received_on
        return report

    return _create(
        ReportDialog(
            parent, person_name=name, origins=origins, received_on=context.last_received_on
        ),
        context,
        ChangeKind.REPORT,
        add,
        lambda _report: case_id,
    )


def edit_report(parent: QWidget | None, context: AppContext, report_id: int) -> bool:
    def load(session: Session) -> tuple[ReportRow, str, int, list[tuple[int, str]], dict[str, Any]]:
        report = reports.get_report(session, report_id)
        person = report.person
        origins = _origins(session, person.id, report_id)
        if report.derived_from_id is not None and report.derived_from_id not in dict(origins):
            origin = ReportRow.from_report(reports.get_report(session, report.derived_from_id))
            origins.append((origin.id, f"#{origin.id} · {origin.describe()}"))
        row = ReportRow.from_report(report)
        return row, person.full_name, person.case_id, origins, _snapshot(report, REPORT_FIELDS)

    loaded = _load(parent, context, load)
    if loaded is None:
        return False
    row, name, case_id, origins, old = loaded
    return _edit(
        ReportDialog(parent, person_name=name, origins=origins, editing=True),
        old,
        lambda before, after: EditReportCommand(
            context,
            description=row.describe(),
            record_id=report_id,
            case_id=case_id,
            expected_version=row.version,
            old=before,
            new=after,
            report_error=_report_later,
        ),
        context,
    )


def retract_report(parent: QWidget | None, context: AppContext, report_id: int) -> bool:
    """Retract a report with a reason (kept, greyed, never deleted); not undoable."""

    def load(session: Session) -> tuple[ReportRow, int]:
        report = reports.get_report(session, report_id)
        return ReportRow.from_report(report), report.person.case_id

    loaded = _load(parent, context, load)
    if loaded is None:
        return False
    row, case_id = loaded
    dialog = RetractDialog(parent, description=row.describe())

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
