"""The Family tab's actions: record what a relative was told (through the disclosure gate,
with the override as a conscious second step) and change how often the family is told."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from caseworker.errors import DisclosureRefused, ValidationError
from caseworker.services import family_log
from caseworker.services.family_page import FamilyPage
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog, run_record_dialog
from ui.family.told_dialog import OVERRIDE, ToldDialog
from ui.operations import WriteOp

translate = QCoreApplication.translate


def record_told(
    parent: QWidget | None, context: AppContext, page: FamilyPage, relative_id: int | None
) -> int | None:
    """Run the dialog to record what a relative of ``page``'s case was told (``relative_id``
    chosen first when given); the new entry's id once recorded, else None."""
    title = translate("FamilyActions", "Record what the family was told")
    if not page.relatives:
        context.prompts.inform(
            parent,
            title,
            translate("FamilyActions", "This case has no relative yet. Add the relative first."),
        )
        return None
    dialog = ToldDialog(
        parent,
        reference=page.reference,
        relatives=list(page.relatives),
        persons=list(page.persons),
        by=context.actor,
        relative_id=relative_id,
    )
    recorded: list[int] = []

    def save(_values: dict[str, Any]) -> None:
        values = dialog.told_values()
        chosen = values.pop("relative_id")
        person = values.pop("person_id", None)
        reason = values.pop(OVERRIDE, None)
        if dialog.overriding() and not reason:
            raise ValidationError(
                translate("FamilyActions", "Write why the family is told of the death anyway."),
                field=OVERRIDE,
            )
        try:
            row = WriteOp(
                context,
                dialog,
                lambda session: family_log.record_told(
                    session,
                    context.actor,
                    page.case_id,
                    chosen,
                    override_reason=reason,
                    person_id=person,
                    **values,
                ),
                Change(
                    ChangeKind.CASE,
                    page.case_id,
                    action=translate("FamilyActions", "Recording what the family was told"),
                ),
            ).run_or_raise()
        except DisclosureRefused:
            dialog.offer_override()
            raise
        recorded.append(row.id)

    dialog.set_save_handler(save)
    return recorded[-1] if run_record_dialog(context.prompts, dialog) and recorded else None


class IntervalDialog(RecordDialog):
    """How often the family is to be told how things stand, in days."""

    def __init__(self, parent: QWidget | None = None, *, reference: str) -> None:
        super().__init__(
            translate("FamilyActions", "Keep the family informed · {case}").format(case=reference),
            parent,
        )
        self.setObjectName("intervalDialog")
        form = self.group(translate("FamilyActions", "Interval"), 0)
        self.add_field(
            form,
            "inform_every_days",
            translate("FamilyActions", "Every so many days"),
            QLineEdit(),
            required=True,
        )
        self.finish_columns()
        self.field("inform_every_days").setFocus()


def change_interval(parent: QWidget | None, context: AppContext, page: FamilyPage) -> bool:
    """Change how often ``page``'s family is to be told; True once saved."""
    dialog = IntervalDialog(parent, reference=page.reference)
    dialog.load({"inform_every_days": page.inform_every_days})

    def save(values: dict[str, Any]) -> None:
        WriteOp(
            context,
            dialog,
            lambda session: family_log.set_inform_interval(
                session,
                context.actor,
                page.case_id,
                page.case_version,
                values["inform_every_days"],
            ),
            Change(
                ChangeKind.CASE,
                page.case_id,
                action=translate("FamilyActions", "Changing how often the family is told"),
            ),
        ).run_or_raise()

    dialog.set_save_handler(save)
    return run_record_dialog(context.prompts, dialog)
