"""Explaining a contradiction: the caseworker sets it aside with a note, or brings it back.

Nothing is deleted: an explanation is withdrawn, not removed, and every step is audited.
A contradiction is identified by its person, its rule and the sorted ids of its reports,
so an explanation stays with its finding however the other reports change.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.errors import NotFound, ValidationError
from caseworker.i18n import translate
from caseworker.models import ContradictionExplanation, Report, report_ids_text
from caseworker.models.base import utcnow
from caseworker.services import audit, fields, records
from caseworker.services.persons import get_person
from caseworker.vocab import ContradictionRule


def _clean_rule(rule: ContradictionRule | str) -> ContradictionRule:
    clean = fields.choice(ContradictionRule, None, translate("Fields", "contradiction rule"))
    try:
        return clean(rule)  # type: ignore[no-any-return]
    except ValidationError as error:
        error.field = "rule"
        raise


def _clean_report_ids(session: Session, person_id: int, report_ids: Iterable[int]) -> str:
    ids = sorted({int(report_id) for report_id in report_ids})
    if ids:
        known = session.scalar(
            select(func.count(Report.id)).where(Report.id.in_(ids), Report.person_id == person_id)
        )
        if known != len(ids):
            raise ValidationError(
                translate("Validation", "These reports are not all about this person."),
                field="report_ids",
            )
    return report_ids_text(tuple(ids))


def find_explanation(
    session: Session, person_id: int, rule: ContradictionRule | str, report_ids: Iterable[int]
) -> ContradictionExplanation | None:
    """The explanation row of a contradiction (withdrawn or not), if there ever was one.

    Raises :class:`ValidationError` when ``rule`` is not a rule.
    """
    query = select(ContradictionExplanation).where(
        ContradictionExplanation.person_id == person_id,
        ContradictionExplanation.rule == _clean_rule(rule),
        ContradictionExplanation.report_ids == report_ids_text(tuple(report_ids)),
    )
    return session.scalars(query).first()


def explain_contradiction(
    session: Session,
    actor: str,
    person_id: int,
    rule: ContradictionRule | str,
    report_ids: Iterable[int],
    note: str,
) -> ContradictionExplanation:
    """Mark a contradiction explained with a note (required); a second call edits the note.

    Raises :class:`NotFound` when the person does not exist, :class:`ValidationError` when the rule
    is unknown, a report is not the person's or the note is empty, :class:`StaleRecord` when someone
    changed the explanation meanwhile.
    """
    person = get_person(session, person_id)
    clean_rule = _clean_rule(rule)
    ids_text = _clean_report_ids(session, person.id, report_ids)
    clean_note = fields.note(note)
    if not clean_note:
        raise ValidationError(
            translate("Validation", "Write down why this contradiction is explained."),
            field="note",
        )
    row = session.scalars(
        select(ContradictionExplanation).where(
            ContradictionExplanation.person_id == person.id,
            ContradictionExplanation.rule == clean_rule,
            ContradictionExplanation.report_ids == ids_text,
        )
    ).first()
    if row is None:
        values = {"rule": clean_rule, "report_ids": ids_text, "note": clean_note}
        row = ContradictionExplanation(person_id=person.id, explained_by=actor, **values)
        session.add(row)
        audit.record_creation(session, actor, row, {"person_id": person.id, **values})
        return row
    old_note, withdrawn_at = row.note, row.withdrawn_at
    row.note, row.explained_by = clean_note, actor
    row.withdrawn_at, row.withdrawn_by = None, ""
    records.flush_versioned(session)
    if withdrawn_at is not None:
        audit.record(session, actor, "explain", row, "withdrawn_at", withdrawn_at, None)
    if old_note != clean_note:
        audit.record(session, actor, "update", row, "note", old_note, clean_note)
    return row


def unexplain_contradiction(
    session: Session,
    actor: str,
    person_id: int,
    rule: ContradictionRule | str,
    report_ids: Iterable[int],
) -> ContradictionExplanation:
    """Withdraw an explanation: the contradiction counts as open again.

    Raises :class:`NotFound` when the person does not exist or the contradiction is not explained,
    :class:`ValidationError` when the rule is unknown, :class:`StaleRecord` when someone changed the
    explanation meanwhile.
    """
    person = get_person(session, person_id)
    row = find_explanation(session, person.id, rule, report_ids)
    if row is None or row.withdrawn:
        raise NotFound(translate("Validation", "This contradiction is not marked explained."))
    row.withdrawn_at, row.withdrawn_by = utcnow(), actor
    records.flush_versioned(session)
    audit.record(session, actor, "withdraw", row, "withdrawn_at", None, row.withdrawn_at)
    return row
