"""The caseworker's assessment of a person's status: recorded apart from the suggestion.

An assessment is never edited: a new judgement is a new assessment, and the latest one is
the current one. Each is audited with who made it and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.errors import ValidationError
from caseworker.i18n import translate
from caseworker.models import Assessment
from caseworker.services import audit, fields
from caseworker.services.persons import get_person
from caseworker.vocab import AssessedStatus, Confidence


def assessment_fields() -> fields.FieldSpec:
    """The cleaners of an assessment's fields.

    Raises nothing; the cleaners raise :class:`ValidationError`.
    """
    return {
        "status": fields.choice(AssessedStatus, None, translate("Fields", "assessed status")),
        "confidence": fields.choice(Confidence, None, translate("Fields", "confidence")),
        "rationale": fields.note,
    }


def record_assessment(
    session: Session,
    actor: str,
    person_id: int,
    status: AssessedStatus | str | None,
    confidence: Confidence | str | None,
    rationale: str,
) -> Assessment:
    """Record the caseworker's judgement; the rationale (why) is required.

    Raises :class:`NotFound` when the person does not exist, :class:`ValidationError` when the
    status or the confidence is missing or not one of the choices, or the rationale is empty.
    """
    person = get_person(session, person_id)
    values: dict[str, Any] = {"status": status, "confidence": confidence, "rationale": rationale}
    cleaned = fields.clean_all(assessment_fields(), values, only_given=False)
    if not cleaned["rationale"]:
        raise ValidationError(
            translate("Validation", "Say why you judge the status so: the rationale is required."),
            field="rationale",
        )
    assessment = Assessment(person_id=person.id, assessed_by=actor, **cleaned)
    session.add(assessment)
    audit.record_creation(session, actor, assessment, cleaned)
    return assessment


def assessments_of_person(session: Session, person_id: int) -> list[Assessment]:
    """Every assessment of the person, the oldest first.

    Raises nothing (an unknown person has none).
    """
    query = (
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.created_at, Assessment.id)
    )
    return list(session.scalars(query))


def latest_assessment(session: Session, person_id: int) -> Assessment | None:
    """The current assessment, or ``None`` while the person has not been assessed.

    Raises nothing.
    """
    query = (
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.created_at.desc(), Assessment.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


@dataclass(frozen=True, slots=True)
class AssessmentLine:
    """An assessment as the window and the printed summary show it, detached from any session."""

    status: AssessedStatus
    confidence: Confidence
    rationale: str
    assessed_by: str
    assessed_at: datetime


def current_assessment(session: Session, person_id: int) -> AssessmentLine | None:
    """The latest assessment as plain values, or ``None`` while the person has none.

    Raises nothing.
    """
    latest = latest_assessment(session, person_id)
    if latest is None:
        return None
    return AssessmentLine(
        latest.status, latest.confidence, latest.rationale, latest.assessed_by, latest.created_at
    )
