"""The import preview in words: every creation and update, field by field, and what is
already present, for the window and the command line alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from caseworker.dates import EventDate
from caseworker.i18n import translate
from caseworker.labels import label
from caseworker.timeline.sentences import day_text, event_text
from caseworker.xlsx.importing.inquiry_course import STEP_STATUS, STEP_VALUES, Step
from caseworker.xlsx.importing.plan import Action, AlreadyPresent, ImportPlan, RowChange
from caseworker.xlsx.workbook.language import column_title, sheet_title
from caseworker.xlsx.workbook.schema import (
    CASES,
    FAMILY_LOG,
    INQUIRIES,
    PERSONS,
    RELATIVES,
    REPORTS,
    Sheet,
)

SHEETS: dict[str, Sheet] = {
    sheet.name: sheet for sheet in (CASES, RELATIVES, PERSONS, REPORTS, INQUIRIES, FAMILY_LOG)
}


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """One line of the preview: where, whose record, which field, from what to what; the
    sheet and the field as the user's language names them in a workbook."""

    sheet: str
    row: int
    record: str
    field: str
    old: str
    new: str
    created: bool = False


def value_text(value: Any) -> str:
    """A value as a caseworker reads it: vocabularies in words, dates as dates."""
    if value is None or value == "":
        return ""
    if isinstance(value, EventDate):
        return event_text(value)
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _header(sheet: str, field: str) -> str:
    schema = SHEETS[sheet]
    return column_title(schema.columns[schema.index(field)].header)


def _change_lines(change: RowChange) -> list[PreviewLine]:
    if change.action is Action.CREATE:
        filled = "; ".join(
            f"{_header(change.sheet, name)}: {value_text(value)}"
            for name, value in change.values.items()
            if value_text(value)
        )
        new = translate("Xlsx", "new record")
        sheet = sheet_title(change.sheet)
        if Step.ANSWER in change.steps and change.values.get("claim") is None:
            filled = f"{filled} — {without_report()}"
        return [PreviewLine(sheet, change.row, change.label, new, "", filled, True)]
    if change.steps:
        return [_step_line(change, Step(step)) for step in change.steps]
    return [
        PreviewLine(
            sheet_title(change.sheet),
            change.row,
            change.label,
            _header(change.sheet, name),
            value_text(change.old_values.get(name)),
            value_text(value),
        )
        for name, value in change.values.items()
    ]


def _step_line(change: RowChange, step: Step) -> PreviewLine:
    """A step an inquiry's row records: named by the status it leaves, with its values."""
    told = "; ".join(
        f"{_header(change.sheet, name)}: {value_text(change.values[name])}"
        for name in STEP_VALUES[step]
        if name in change.values and name != "status" and value_text(change.values[name])
    )
    if step is Step.ANSWER and change.values.get("claim") is None:
        told = f"{told} — {without_report()}"
    return PreviewLine(
        sheet_title(change.sheet),
        change.row,
        change.label,
        translate("Xlsx", "step: {status}").format(status=label(STEP_STATUS[step])),
        "",
        told,
    )


def without_report() -> str:
    """What becomes of an answer typed in the workbook without a claim: no report on the
    timeline; the work list asks for one, as it does for the window's answer."""
    return translate(
        "Xlsx",
        "The answer is recorded without a report; the work list will ask to record it as a report.",
    )


def change_lines(plan: ImportPlan) -> list[PreviewLine]:
    """Every record the import creates (one line) and every field it changes (one each)."""
    return [line for change in plan.changes for line in _change_lines(change)]


def present_reason(present: AlreadyPresent) -> str:
    """Why a new row is not created: when it was imported, or that it is stored already."""
    if present.repeats is not None:
        return translate("Xlsx", "repeats row {row} of this workbook").format(row=present.repeats)
    if present.imported_at is not None:
        return translate("Xlsx", "already imported on {day} from “{file}”").format(
            day=day_text(present.imported_at.astimezone().date()), file=present.file_name
        )
    return translate("Xlsx", "already in the database")


def earlier_sentence(plan: ImportPlan) -> str:
    """ "This workbook was imported on ... by ...", or "" when it is new to this database."""
    if plan.earlier is None:
        return ""
    when, who = plan.earlier
    return translate(
        "Xlsx",
        "This workbook was already imported on {day} by {who}; rows imported then are "
        "not created again.",
    ).format(day=day_text(when.astimezone().date()), who=who)
