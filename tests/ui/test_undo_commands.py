"""Undoable edits, without widgets: save, undo, redo, and refusing to overwrite others' changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseworker.db import Database
from caseworker.errors import StaleRecord, ValidationError
from caseworker.services import cases, persons, reports
from caseworker.vocab import DatePrecision
from tests.conftest import ACTOR, SampleCase, reopen
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.undo_commands import (
    EditCaseCommand,
    EditPersonCommand,
    EditReportCommand,
    push_edit,
)


@pytest.fixture
def other_window(
    db_path: Path,
    database: Database,  # noqa: ARG001 (the first window creates the file)
) -> Iterator[Database]:
    """A second program on the same file, as when two windows are open."""
    other = reopen(db_path)
    yield other
    other.dispose()


def ignore_error(_error: BaseException) -> None:
    """A reporter for steps whose later errors the test does not look at."""


def case_version(database: Database, case_id: int) -> int:
    with database.read() as session:
        return cases.get_case(session, case_id).version


def region_of(database: Database, case_id: int) -> str:
    with database.read() as session:
        return cases.get_case(session, case_id).region


def edit_region(
    context: AppContext, sample: SampleCase, new: str, errors: list[BaseException]
) -> EditCaseCommand:
    return EditCaseCommand(
        context,
        reference=sample.reference,
        record_id=sample.case_id,
        case_id=sample.case_id,
        expected_version=case_version(context.database, sample.case_id),
        old={"region": region_of(context.database, sample.case_id)},
        new={"region": new},
        report_error=errors.append,
    )


def test_undo_then_redo_of_a_case_edit(context: AppContext, sample_case: SampleCase) -> None:
    changes: list[Change] = []
    context.notifier.changed.connect(changes.append)
    errors: list[BaseException] = []
    stack = context.undo_stack

    assert push_edit(stack, edit_region(context, sample_case, "Брянская область", errors)) is None
    assert region_of(context.database, sample_case.case_id) == "Брянская область"
    assert stack.count() == 1
    assert stack.undoText() == f"Edit case {sample_case.reference}"

    stack.undo()
    assert region_of(context.database, sample_case.case_id) == "Курская область"
    stack.redo()
    assert region_of(context.database, sample_case.case_id) == "Брянская область"
    stack.undo()
    assert region_of(context.database, sample_case.case_id) == "Курская область"

    assert errors == []
    edited = Change(ChangeKind.CASE, sample_case.case_id, sample_case.case_id, undoable=True)
    assert changes == [edited] * 4


def test_two_edits_of_one_record_undo_one_after_the_other(
    context: AppContext, sample_case: SampleCase
) -> None:
    errors: list[BaseException] = []
    push_edit(context.undo_stack, edit_region(context, sample_case, "Брянская область", errors))
    push_edit(context.undo_stack, edit_region(context, sample_case, "Орловская область", errors))

    context.undo_stack.undo()
    assert region_of(context.database, sample_case.case_id) == "Брянская область"
    context.undo_stack.undo()
    assert region_of(context.database, sample_case.case_id) == "Курская область"
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert region_of(context.database, sample_case.case_id) == "Орловская область"
    assert errors == []


def test_a_concurrent_change_is_not_overwritten(
    context: AppContext, sample_case: SampleCase, other_window: Database
) -> None:
    command = edit_region(context, sample_case, "Брянская область", [])
    with other_window.write() as session:
        cases.update_case(session, ACTOR, sample_case.case_id, None, region="Орловская область")

    error = push_edit(context.undo_stack, command)

    assert isinstance(error, StaleRecord)
    assert region_of(context.database, sample_case.case_id) == "Орловская область"
    assert context.undo_stack.count() == 0


def test_an_invalid_value_is_refused_and_leaves_no_command(
    context: AppContext, sample_case: SampleCase
) -> None:
    with context.database.read() as session:
        person = persons.get_person(session, sample_case.person_id)
        version, surname = person.version, person.surname
    command = EditPersonCommand(
        context,
        name="Шумов",
        record_id=sample_case.person_id,
        case_id=sample_case.case_id,
        expected_version=version,
        old={"surname": surname, "birth_date": None},
        new={"surname": "  ", "birth_date": "1990-01-01"},
        report_error=ignore_error,
    )
    error = push_edit(context.undo_stack, command)
    assert isinstance(error, ValidationError)
    assert error.field == "surname"
    assert context.undo_stack.count() == 0
    with context.database.read() as session:
        assert persons.get_person(session, sample_case.person_id).birth_date is None


def test_undo_after_someone_else_changed_the_record_reports_it(
    context: AppContext, sample_case: SampleCase, other_window: Database
) -> None:
    errors: list[BaseException] = []
    push_edit(context.undo_stack, edit_region(context, sample_case, "Брянская область", errors))
    with other_window.write() as session:
        cases.update_case(session, ACTOR, sample_case.case_id, None, region="Орловская область")

    context.undo_stack.undo()

    assert len(errors) == 1 and isinstance(errors[0], StaleRecord)
    assert region_of(context.database, sample_case.case_id) == "Орловская область"
    assert not context.undo_stack.canRedo() and not context.undo_stack.canUndo()


def test_a_report_edit_undoes_its_event_date(context: AppContext, sample_case: SampleCase) -> None:
    with context.database.read() as session:
        report = reports.get_report(session, sample_case.killed_report_id)
        old: dict[str, Any] = {"event": report.event, "place": report.place}
        version = report.version
    command = EditReportCommand(
        context,
        description="killed",
        record_id=sample_case.killed_report_id,
        case_id=sample_case.case_id,
        expected_version=version,
        old=old,
        new={"event": "~03.04.2026", "place": "Суджа"},
        report_error=ignore_error,
    )
    assert push_edit(context.undo_stack, command) is None
    with context.database.read() as session:
        changed = reports.get_report(session, sample_case.killed_report_id)
        assert changed.event.precision is DatePrecision.APPROXIMATE
        assert changed.place == "Суджа"

    context.undo_stack.undo()

    with context.database.read() as session:
        restored = reports.get_report(session, sample_case.killed_report_id)
        assert restored.event_from == restored.event_to == date(2026, 4, 2)
        assert restored.event.precision is DatePrecision.DAY
        assert restored.place == ""


def test_old_and_new_values_must_name_the_same_fields(
    context: AppContext, sample_case: SampleCase
) -> None:
    with pytest.raises(ValueError):
        EditCaseCommand(
            context,
            reference=sample_case.reference,
            record_id=sample_case.case_id,
            case_id=sample_case.case_id,
            expected_version=1,
            old={"region": ""},
            new={"region": "x", "notes": "y"},
            report_error=ignore_error,
        )


def test_undo_never_overwrites_a_field_another_window_changed_since(
    context: AppContext, other_window: Database, sample_case: SampleCase
) -> None:
    errors: list[BaseException] = []
    stack = context.undo_stack
    assert push_edit(stack, edit_region(context, sample_case, "Брянская область", errors)) is None
    with other_window.write() as session:
        cases.update_case(session, "colleague", sample_case.case_id, None, region="Орловская")
    # A later edit of another field, made after reloading, moves the version on.
    notes = EditCaseCommand(
        context,
        reference=sample_case.reference,
        record_id=sample_case.case_id,
        case_id=sample_case.case_id,
        expected_version=case_version(context.database, sample_case.case_id),
        old={"notes": ""},
        new={"notes": "Звонила жена"},
        report_error=errors.append,
    )
    assert push_edit(stack, notes) is None
    stack.undo()
    stack.undo()
    assert region_of(context.database, sample_case.case_id) == "Орловская"
    assert len(errors) == 1
    assert isinstance(errors[0], StaleRecord)


def test_a_failed_save_keeps_the_redo_history(context: AppContext, sample_case: SampleCase) -> None:
    errors: list[BaseException] = []
    stack = context.undo_stack
    assert push_edit(stack, edit_region(context, sample_case, "Брянская область", errors)) is None
    stack.undo()
    assert stack.canRedo()
    bad = EditCaseCommand(
        context,
        reference=sample_case.reference,
        record_id=sample_case.case_id,
        case_id=sample_case.case_id,
        expected_version=case_version(context.database, sample_case.case_id),
        old={"next_action_due": None},
        new={"next_action_due": "31.02.2026"},
        report_error=errors.append,
    )
    assert isinstance(push_edit(stack, bad), ValidationError)
    assert stack.canRedo()
    stack.redo()
    assert region_of(context.database, sample_case.case_id) == "Брянская область"


def test_retracting_a_report_does_not_block_undoing_its_earlier_correction(
    context: AppContext, sample_case: SampleCase
) -> None:
    errors: list[BaseException] = []
    command = EditReportCommand(
        context,
        description="killed",
        record_id=sample_case.killed_report_id,
        case_id=sample_case.case_id,
        expected_version=1,
        old={"place": ""},
        new={"place": "Н-ск"},
        report_error=errors.append,
    )
    assert push_edit(context.undo_stack, command) is None
    with context.database.write() as session:
        reports.retract_report(session, ACTOR, sample_case.killed_report_id, None, "Ошибка")
    context.undo_stack.undo()
    assert errors == []
    with context.database.read() as session:
        report = reports.get_report(session, sample_case.killed_report_id)
        assert (report.place, report.retracted) == ("", True)
