"""Carry out the Inquiries and Family log sheets' part of a plan, through the services:
a new inquiry and the steps of its row, the steps an inquiry's row adds, a new entry of
the family log (through the disclosure gate)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from caseworker.errors import DisclosureRefused
from caseworker.i18n import translate
from caseworker.models import FamilyLogEntry, Inquiry
from caseworker.services import family_log, inquiries
from caseworker.xlsx.importing.inquiry_course import STEP_FIELDS, Step
from caseworker.xlsx.importing.plan import Action, Parent, RowChange
from caseworker.xlsx.workbook.language import sheet_title
from caseworker.xlsx.workbook.schema import CASES, INQUIRIES, PERSONS, RELATIVES

#: Where a new parent row is, by sheet: the applier's ``parent_id``.
ParentId = Callable[[Parent | None, str], int]


def create(
    session: Session, actor: str, change: RowChange, parent_id: ParentId
) -> Inquiry | FamilyLogEntry:
    """The new inquiry (with the steps its row records) or the new family log entry."""
    values = change.values
    case_id = parent_id(change.parent, CASES.name)

    def linked(name: str, sheet: str) -> int | None:
        where = change.links.get(name)
        return None if where is None else parent_id(where, sheet)

    if change.sheet == INQUIRIES.name:
        addressee = change.links["addressee"]
        assert addressee is not None
        inquiry = inquiries.add_inquiry(
            session, actor, case_id, addressee[1],
            person_id=linked("person", PERSONS.name),
            applicant_id=linked("applicant", RELATIVES.name),
            sent_on=values["sent_on"], channel=values["channel"],
            our_reference=values["our_reference"], notes=values["notes"],
        )  # fmt: skip
        steps = tuple(step for step in change.steps if step != Step.SEND)
        about = linked("about", PERSONS.name)
        record_steps(session, actor, inquiry.id, None, steps, values, about)
        return inquiry
    try:
        told = family_log.record_told(
            session, actor, case_id, parent_id(change.links["relative"], RELATIVES.name),
            override_reason=values["override_reason"] or None,
            person_id=linked("person", PERSONS.name),
            **{name: values[name] for name in family_log.told_fields()},
        )  # fmt: skip
    except DisclosureRefused as refused:
        # Asked again on what is stored now: a conflict kept the program's side, say.
        raise DisclosureRefused(
            translate("Xlsx", "{sheet} row {row} ({record}): {reason}").format(
                sheet=sheet_title(change.sheet), row=change.row, record=change.label,
                reason=refused.message,
            )
        ) from refused  # fmt: skip
    entry = session.get(FamilyLogEntry, told.id)
    assert entry is not None
    return entry


def update(
    session: Session, actor: str, change: RowChange, values: dict[str, Any], parent_id: ParentId
) -> Inquiry | None:
    """The steps of an inquiry's row whose fields the caseworker took (all of them, when
    there was no conflict); None when none is left."""
    assert change.action is Action.UPDATE and change.record_id is not None
    steps = tuple(
        step
        for step in change.steps
        if all(name in values for name in STEP_FIELDS[Step(step)] if name in change.values)
    )
    if not steps:
        return None
    about = change.links.get("about")
    person_id = None if about is None else parent_id(about, PERSONS.name)
    record_steps(session, actor, change.record_id, change.version, steps, values, person_id)
    return inquiries.get_inquiry(session, change.record_id)


def record_steps(
    session: Session,
    actor: str,
    inquiry_id: int,
    version: int | None,
    steps: tuple[str, ...],
    values: dict[str, Any],
    about: int | None = None,
) -> None:
    """Record the steps in order; the first checks the version the plan saw. An answer
    with a claim becomes a report about the person ``about``, as in the window."""
    for step in steps:
        if step == Step.SEND:
            inquiries.send_inquiry(
                session, actor, inquiry_id, version, values["sent_on"], values.get("channel")
            )
        elif step == Step.REGISTER:
            inquiries.register_inquiry(
                session, actor, inquiry_id, version, values["registered_on"],
                values.get("their_reference") or "",
            )  # fmt: skip
        elif step == Step.ANSWER:
            claim, event = values.get("claim"), values.get("event")
            report: dict[str, Any] = {}
            if claim is not None:
                report = {
                    "claim": claim, "event": None if event is None else event.to_text(),
                    "reliability": values.get("reliability"),
                    "credibility": values.get("credibility"), "person_id": about,
                }  # fmt: skip
            inquiries.answer_inquiry(
                session, actor, inquiry_id, version, values["answered_on"], values["answer"],
                **report,
            )  # fmt: skip
        else:
            inquiries.close_inquiry(session, actor, inquiry_id, version, values["close_reason"])
        version = None
