"""Reports: add, correct and retract what a source said about a sought person.

A report is never deleted: a wrong one is retracted with a reason and stays in the record.
Its claim cannot be edited either (a different claim is a different report); corrections to
other fields are audited with their old values.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.dates import EventDate, parse_event_date
from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.models import Report, SoughtPerson
from caseworker.models.base import utcnow
from caseworker.services import audit, fields, records
from caseworker.services.cases import refresh_case_summary
from caseworker.services.persons import get_person
from caseworker.vocab import Claim, Credibility, Reliability, SourceKind


def report_fields() -> fields.FieldSpec:
    """The cleaners of a report's fields (the event apart).

    Raises nothing; the cleaners raise :class:`ValidationError` and :class:`InvalidDate`.
    """
    return {
        "claim": fields.choice(Claim, None, translate("Fields", "claim")),
        "stated_on": fields.day(translate("Fields", "Stated on")),
        "received_on": fields.day(translate("Fields", "Received on")),
        "source_kind": fields.choice(SourceKind, None, translate("Fields", "source kind")),
        "source_name": fields.text,
        "source_contact": fields.text,
        "document_ref": fields.text,
        "reliability": fields.choice(
            Reliability, Reliability.F, translate("Fields", "source reliability (A-F)")
        ),
        "credibility": fields.choice(
            Credibility,
            Credibility.CANNOT_JUDGE,
            translate("Fields", "information credibility (1-6)"),
        ),
        "place": fields.text,
        "summary": fields.note,
    }


def clean_event(value: Any) -> EventDate:
    """A report's event from its text or an :class:`EventDate`.

    Raises :class:`InvalidDate` when it cannot be read, :class:`ValidationError` when the period
    starts after it ends; both name the field ``event``.
    """
    if isinstance(value, EventDate):
        if value.earliest > value.latest:
            raise ValidationError(
                translate("Dates", "The event period starts after it ends."), field="event"
            )
        text = value.to_text()
    else:
        text = "" if value is None else str(value)
    try:
        return parse_event_date(text)
    except ValidationError as error:
        error.field = error.field or "event"
        raise


def _event_columns(event: EventDate) -> dict[str, Any]:
    return {
        "event_from": event.earliest,
        "event_to": event.latest,
        "event_precision": event.precision,
    }


def _check_origin(
    session: Session, person_id: int, origin_id: int | None, report_id: int | None
) -> None:
    """A report may only relay another report about the same person, and never itself."""
    if origin_id is None:
        return
    seen: set[int] = set()
    current: int | None = origin_id
    while current is not None:
        if current == report_id or current in seen:
            raise ValidationError(
                translate("Validation", "A report cannot be derived from itself."),
                field="derived_from_id",
            )
        seen.add(current)
        origin = session.get(Report, current)
        if origin is None or origin.person_id != person_id:
            raise ValidationError(
                translate(
                    "Validation", "Report {id} is not a report about the same person."
                ).format(id=current),
                field="derived_from_id",
            )
        current = origin.derived_from_id


def add_report(
    session: Session,
    actor: str,
    person_id: int,
    *,
    event: EventDate | str,
    derived_from_id: int | None = None,
    **values: Any,
) -> Report:
    """Add what a source said about a sought person.

    Raises :class:`NotFound` when the person does not exist, :class:`ValidationError` naming the
    field when the claim or source kind is missing or not one of the list, or the origin is not a
    report about the same person, :class:`InvalidDate` when a date cannot be read or lies in the
    future.
    """
    person = get_person(session, person_id)
    cleaned = fields.clean_all(report_fields(), values, only_given=False)
    if cleaned["received_on"] is None:
        cleaned["received_on"] = date.today()
    cleaned.update(_event_columns(clean_event(event)))
    _check_origin(session, person.id, derived_from_id, None)
    report = Report(
        person_id=person.id, derived_from_id=derived_from_id, entered_by=actor, **cleaned
    )
    session.add(report)
    audit.record_creation(session, actor, report, {**cleaned, "derived_from_id": derived_from_id})
    refresh_case_summary(session, person.case_id)
    return report


def update_report(
    session: Session,
    actor: str,
    report_id: int,
    expected_version: int | None,
    *,
    event: EventDate | str | None = None,
    **changes: Any,
) -> Report:
    """Correct a report's fields other than its claim (audited).

    Raises :class:`NotFound` when the report does not exist, :class:`StaleRecord` when someone
    changed it since ``expected_version``, :class:`ValidationError` when the claim would change, the
    origin is not a report about the same person or a value is wrong, :class:`InvalidDate` when a
    date cannot be read.
    """
    report = get_report(session, report_id)
    records.check_version(report, expected_version)
    if "claim" in changes and Claim(changes["claim"]) != report.claim:
        raise ValidationError(
            translate(
                "Validation",
                "A report's claim cannot be changed. Retract this report with a reason "
                "and add a new one.",
            ),
            field="claim",
        )
    changes.pop("claim", None)
    if "received_on" in changes and changes["received_on"] in (None, ""):
        changes["received_on"] = report.received_on
    spec = dict(report_fields())
    if event is not None:
        columns = _event_columns(clean_event(event))
        for name, value in columns.items():
            spec[name] = lambda v: v
            changes[name] = value
    if "derived_from_id" in changes:
        origin = changes["derived_from_id"]
        _check_origin(session, report.person_id, origin, report.id)
        spec["derived_from_id"] = lambda v: v
    applied = records.apply_changes(session, actor, report, None, spec, changes)
    if applied:
        refresh_case_summary(session, report.person.case_id)
    return report


def retract_report(
    session: Session, actor: str, report_id: int, expected_version: int | None, reason: str
) -> Report:
    """Retract a report with a reason; it stays in the record.

    Raises :class:`NotFound` when the report does not exist, :class:`StaleRecord` when someone
    changed it since ``expected_version``, :class:`ValidationError` when the reason is empty or the
    report is already retracted.
    """
    report = get_report(session, report_id)
    records.check_version(report, expected_version)
    cleaned_reason = fields.note(reason)
    if not cleaned_reason:
        raise ValidationError(
            translate("Validation", "Say why the report is retracted."), field="reason"
        )
    if report.retracted:
        raise ValidationError(translate("Validation", "This report is already retracted."))
    report.retracted_at = utcnow()
    report.retracted_by = actor
    report.retraction_reason = cleaned_reason
    records.flush_versioned(session)
    audit.record(
        session,
        actor,
        "retract",
        report,
        "retracted_at",
        None,
        report.retracted_at,
        note=cleaned_reason,
    )
    refresh_case_summary(session, report.person.case_id)
    return report


def get_report(session: Session, report_id: int) -> Report:
    """The report by its id. Raises :class:`NotFound` when there is no such report."""
    return records.load(session, Report, report_id, translate("Records", "Report"))


def reports_of_person(session: Session, person_id: int) -> list[Report]:
    """A person's reports in event order (then by entry), retracted ones included.

    Raises nothing (an unknown person has none).
    """
    return list(
        session.scalars(
            select(Report)
            .where(Report.person_id == person_id)
            .order_by(Report.event_from, Report.event_to, Report.id)
        )
    )


def person_of_report(session: Session, report_id: int) -> SoughtPerson:
    """The sought person a report is about.

    Raises :class:`NotFound` when the report does not exist.
    """
    return get_report(session, report_id).person
