"""The steps of an inquiry asked for in the window: write one, and record its course.

Each step is a dialog run through ``context.prompts``; its OK saves through a
:class:`~ui.operations.WriteOp` (one unit of work, :data:`ChangeKind.INQUIRY` announced once),
and a refused value keeps the dialog open with the sentence. Sending to a sensitive addressee
(a body of the other side, say) is confirmed first; declined, nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from caseworker.errors import ValidationError
from caseworker.labels import label
from caseworker.services import inquiries
from caseworker.services.addressees import (
    AddresseeLine,
    add_starter_addressees,
    addressee_lines,
)
from caseworker.services.case_overview import case_overview
from caseworker.services.inquiry_lines import InquiryLine
from ui.changes import Change, ChangeKind
from ui.context import AppContext
from ui.dialogs.record_dialog import RecordDialog, run_record_dialog
from ui.inquiries.inquiry_dialogs import (
    AnswerDialog,
    Choice,
    NewInquiryDialog,
    close_dialog,
    extend_dialog,
    forward_dialog,
    register_dialog,
    send_dialog,
)
from ui.operations import ReadOp, WriteOp
from ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from ui.operations import Session

translate = QCoreApplication.translate

T = TypeVar("T")
#: A step's write: the unit of work's session and the dialog's values -> a plain result.
Write = Callable[["Session", dict[str, Any]], T]


@dataclass(frozen=True)
class _CaseChoices:
    addressees: list[AddresseeLine]
    persons: list[Choice]
    relatives: list[Choice]


def _case_choices(session: Session, case_id: int) -> _CaseChoices:
    overview = case_overview(session, case_id)
    return _CaseChoices(
        addressee_lines(session),
        [(person.id, person.full_name) for person in overview.persons],
        [
            (relative.id, f"{relative.full_name} ({label(relative.relation)})")
            for relative in overview.relatives
        ],
    )


def _refuse_unconfirmed(parent: QWidget, context: AppContext, name: str) -> None:
    """Ask before recording a letter to the sensitive addressee ``name``; raise when declined
    (the dialog stays open with what was typed, saying why nothing was saved)."""
    if context.prompts.confirm(
        parent,
        translate("InquiryActions", "Sensitive addressee"),
        translate(
            "InquiryActions",
            "“{name}” is marked sensitive: writing to it may put the person or the family at "
            "risk, and the case will show that it was written to. Record the inquiry as sent "
            "to it?",
        ).format(name=name),
    ):
        return
    raise ValidationError(
        translate(
            "InquiryActions",
            "Nothing was saved: sending to “{name}” was not confirmed. Leave the sent day "
            "empty to keep a draft.",
        ).format(name=name),
        field="sent_on",
    )


def _run(
    dialog: RecordDialog,
    context: AppContext,
    write: Write[T],
    announce: Callable[[T], Change],
    *,
    before: Callable[[dict[str, Any]], None] | None = None,
) -> T | None:
    """Run ``dialog``; its OK runs ``before`` (which may refuse) and then ``write`` in one
    unit of work, announcing what it changed. The write's result, or None when cancelled."""
    results: list[T] = []

    def save(values: dict[str, Any]) -> None:
        if before is not None:
            before(values)
        results.append(
            WriteOp(
                context, dialog, lambda session: write(session, values), announce
            ).run_or_raise()
        )

    dialog.set_save_handler(save)
    return results[-1] if run_record_dialog(context.prompts, dialog) and results else None


def _step_change(line: InquiryLine, action: str) -> Callable[[object], Change]:
    return lambda _result: Change(ChangeKind.INQUIRY, line.case_id, line.id, action=action)


def _recording() -> str:
    return translate("InquiryActions", "Recording a step of an inquiry")


# Writing an inquiry -----------------------------------------------------------------------


def _directory(parent: QWidget | None, context: AppContext, case_id: int) -> _CaseChoices | None:
    """What a new inquiry is chosen from; an empty directory is offered the starter set."""
    choices: _CaseChoices | None = ReadOp(
        context, parent, lambda session: _case_choices(session, case_id)
    ).run()
    if choices is None or choices.addressees:
        return choices
    if not context.prompts.confirm(
        parent,
        translate("InquiryActions", "New inquiry"),
        translate(
            "InquiryActions",
            "The directory of addressees is empty. Add the federal offices of the starter "
            "set (the Ministry of Defence, the military prosecutor, the Commissioner for Human "
            "Rights, the Red Cross and others)?",
        ),
    ):
        return None
    if not WriteOp(
        context, parent, lambda session: add_starter_addressees(session, context.actor)
    ).run_ok():
        return None
    return ReadOp(context, parent, lambda session: _case_choices(session, case_id)).run()


def new_inquiry(parent: QWidget | None, context: AppContext, case_id: int) -> int | None:
    """Write a new inquiry of the case (a draft without a sent day); its id, or None."""
    choices = _directory(parent, context, case_id)
    if choices is None:
        return None
    by_id = {line.id: line for line in choices.addressees}
    dialog = NewInquiryDialog(
        parent,
        addressees=choices.addressees,
        persons=choices.persons,
        relatives=choices.relatives,
    )
    sent_field = dialog.field("sent_on")
    assert isinstance(sent_field, DateField)

    def check(values: dict[str, Any]) -> None:
        addressee = by_id.get(values["addressee_id"])
        if addressee is None:
            raise ValidationError(
                translate("InquiryActions", "Choose the addressee."), field="addressee_id"
            )
        if sent_field.date() is not None and addressee.sensitive:
            _refuse_unconfirmed(dialog, context, addressee.name)

    def write(session: Session, values: dict[str, Any]) -> int:
        made = inquiries.add_inquiry(
            session,
            context.actor,
            case_id,
            values["addressee_id"],
            person_id=values["person_id"],
            applicant_id=values["applicant_id"],
            sent_on=values["sent_on"] or None,
            channel=values["channel"],
            our_reference=values["our_reference"],
            notes=values["notes"],
        )
        return made.id

    return _run(
        dialog,
        context,
        write,
        lambda new_id: Change(
            ChangeKind.INQUIRY,
            case_id,
            new_id,
            action=translate("InquiryActions", "Writing an inquiry"),
        ),
        before=check,
    )


# The steps of its course ------------------------------------------------------------------


def send(parent: QWidget | None, context: AppContext, line: InquiryLine) -> bool:
    """Record that a draft was sent (asking first when its addressee is sensitive)."""
    dialog = send_dialog(parent, line)

    def check(_values: dict[str, Any]) -> None:
        if line.sensitive:
            _refuse_unconfirmed(dialog, context, line.addressee)

    def write(session: Session, values: dict[str, Any]) -> bool:
        inquiries.send_inquiry(
            session, context.actor, line.id, line.version, values["on"], values["channel"]
        )
        return True

    return bool(_run(dialog, context, write, _step_change(line, _recording()), before=check))


def register(parent: QWidget | None, context: AppContext, line: InquiryLine) -> bool:
    """Record the addressee's registration day and number."""

    def write(session: Session, values: dict[str, Any]) -> bool:
        inquiries.register_inquiry(
            session, context.actor, line.id, line.version, values["on"], values["their_reference"]
        )
        return True

    dialog = register_dialog(parent, line)
    return bool(_run(dialog, context, write, _step_change(line, _recording())))


def extend(parent: QWidget | None, context: AppContext, line: InquiryLine) -> bool:
    """Record a new due date, with the reason the addressee gave."""

    dialog = extend_dialog(parent, line)

    def write(session: Session, values: dict[str, Any]) -> bool:
        inquiries.extend_inquiry(
            session,
            context.actor,
            line.id,
            line.version,
            values["until"],
            values["reason"],
            values["on"] or None,
            beyond_law=dialog.beyond_law.isChecked(),
        )
        return True

    return bool(_run(dialog, context, write, _step_change(line, _recording())))


def forward(parent: QWidget | None, context: AppContext, line: InquiryLine) -> int | None:
    """Record that the addressee forwarded the inquiry; the new inquiry's id, or None."""
    directory: list[AddresseeLine] | None = ReadOp(context, parent, addressee_lines).run()
    if directory is None:
        return None
    dialog = forward_dialog(parent, line, directory)

    def write(session: Session, values: dict[str, Any]) -> int:
        if values["to"] is None:
            raise ValidationError(
                translate("InquiryActions", "Choose the office it was forwarded to."), field="to"
            )
        new = inquiries.forward_inquiry(
            session, context.actor, line.id, line.version, values["to"], values["on"]
        )
        return new.id

    return _run(
        dialog,
        context,
        write,
        lambda new_id: Change(ChangeKind.INQUIRY, line.case_id, new_id, action=_recording()),
    )


def answer(
    parent: QWidget | None, context: AppContext, line: InquiryLine, persons: list[Choice]
) -> inquiries.Answered | None:
    """Record the answer; with a claim it becomes a report on the person's timeline.
    ``persons``: the case's sought persons, one to choose when the inquiry names none."""

    def write(session: Session, values: dict[str, Any]) -> inquiries.Answered:
        claim = values["claim"]
        grades = (
            {"reliability": values["reliability"], "credibility": values["credibility"]}
            if claim
            else {}
        )
        return inquiries.answer_inquiry(
            session,
            context.actor,
            line.id,
            line.version,
            values["on"],
            values["text"],
            claim=claim,
            event=values["event"] or None,
            person_id=values.get("person_id"),
            **grades,
        )

    dialog = AnswerDialog(parent, line=line, persons=persons)
    return _run(dialog, context, write, _step_change(line, _recording()))


def close(parent: QWidget | None, context: AppContext, line: InquiryLine) -> bool:
    """Close the inquiry without an answer, with the reason."""

    def write(session: Session, values: dict[str, Any]) -> bool:
        inquiries.close_inquiry(
            session, context.actor, line.id, line.version, values["reason"], values["on"] or None
        )
        return True

    dialog = close_dialog(parent, line)
    return bool(_run(dialog, context, write, _step_change(line, _recording())))
