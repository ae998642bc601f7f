"""A case gathered for paper: the case, its relatives, each sought person with their reports in
time order, the contradictions, the suggestion and the assessment, and the evidence.

Everything comes back as frozen values (no database rows), read in the caller's session, so
that a printed summary or a PDF is laid out from one consistent state of the database. The
contradictions' sentences are worded here, in the language installed when this runs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.dates import EventDate
from caseworker.models import Report, SoughtPerson
from caseworker.services.assessments import AssessmentLine as AssessmentLine
from caseworker.services.assessments import current_assessment
from caseworker.services.case_overview import PersonEntry, person_entry
from caseworker.services.cases import get_case
from caseworker.services.evidence_list import list_evidence
from caseworker.services.timeline import TimelineResult, load_timeline
from caseworker.timeline import AnalysisSettings
from caseworker.vocab import (
    AssessedStatus,
    CaseStatus,
    Claim,
    ContradictionRule,
    Credibility,
    HowObtained,
    Relation,
    Reliability,
    Severity,
    SourceKind,
)


@dataclass(frozen=True, slots=True)
class RelativeLine:
    full_name: str
    relation: Relation
    relation_note: str
    phone: str
    email: str
    consent_on: date | None
    consent_scope: str


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One report as printed; retracted ones keep their place, marked, with the reason."""

    id: int
    claim: Claim
    event: EventDate
    stated_on: date | None
    received_on: date
    source_kind: SourceKind
    source_name: str
    document_ref: str
    reliability: Reliability
    credibility: Credibility
    place: str
    summary: str
    derived_from_id: int | None
    retracted: bool
    retraction_reason: str
    evidence_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FindingLine:
    """A contradiction in its sentence; ``note`` is set once the caseworker explained it."""

    rule: ContradictionRule
    severity: Severity
    sentence: str
    report_ids: tuple[int, ...]
    note: str | None
    explained_by: str | None

    @property
    def explained(self) -> bool:
        return self.note is not None


@dataclass(frozen=True, slots=True)
class PersonSummary(PersonEntry):
    """The person as the case view lists them, with their reports and their analysis."""

    reports: tuple[ReportLine, ...]
    findings: tuple[FindingLine, ...]
    suggested: AssessedStatus
    contested: bool
    assessment: AssessmentLine | None
    #: The analysis the timeline picture is drawn from.
    timeline: TimelineResult


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    id: int
    name: str
    media_type: str
    size: int
    sha256: str
    how_obtained: HowObtained | None
    captured_at: datetime | None
    added_at: datetime
    added_by: str
    description: str
    report_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class CaseSummary:
    reference: str
    family_name: str
    region: str
    status: CaseStatus
    assigned_to: str
    next_action: str
    next_action_due: date | None
    opened_on: date
    relatives: tuple[RelativeLine, ...]
    persons: tuple[PersonSummary, ...]
    evidence: tuple[EvidenceLine, ...]
    #: The day the summary was made (and the analysis's "today").
    made_on: date


def _report_extras(session: Session, person_id: int) -> dict[int, tuple[str, str]]:
    """The document reference and the retraction reason of each of the person's reports."""
    rows = session.execute(
        select(Report.id, Report.document_ref, Report.retraction_reason).where(
            Report.person_id == person_id
        )
    )
    return {row.id: (row.document_ref, row.retraction_reason) for row in rows}


def _report_lines(
    session: Session, result: TimelineResult, evidence_of: dict[int, list[int]]
) -> tuple[ReportLine, ...]:
    extras = _report_extras(session, result.person_id)
    lines = []
    for fact in result.reports:
        document_ref, reason = extras.get(fact.id, ("", ""))
        lines.append(
            ReportLine(
                id=fact.id,
                claim=fact.claim,
                event=fact.event,
                stated_on=fact.stated_on,
                received_on=fact.received_on,
                source_kind=fact.source_kind,
                source_name=fact.source_name,
                document_ref=document_ref,
                reliability=fact.reliability,
                credibility=fact.credibility,
                place=fact.place,
                summary=fact.summary,
                derived_from_id=fact.derived_from_id,
                retracted=fact.retracted,
                retraction_reason=reason if fact.retracted else "",
                evidence_ids=tuple(evidence_of.get(fact.id, ())),
            )
        )
    return tuple(lines)


def _findings(result: TimelineResult) -> tuple[FindingLine, ...]:
    return tuple(
        FindingLine(
            rule=item.contradiction.rule,
            severity=item.contradiction.severity,
            sentence=item.contradiction.explanation,
            report_ids=item.contradiction.report_ids,
            note=item.note,
            explained_by=item.explained_by,
        )
        for item in result.contradictions
    )


def _evidence(session: Session, case_id: int) -> tuple[EvidenceLine, ...]:
    return tuple(
        EvidenceLine(
            id=item.id,
            name=item.name,
            media_type=item.media_type,
            size=item.size,
            sha256=item.sha256,
            how_obtained=item.how_obtained,
            captured_at=item.captured_at,
            added_at=item.added_at,
            added_by=item.added_by,
            description=item.description,
            report_ids=item.report_ids,
        )
        for item in list_evidence(session, case_id)
    )


def _reports_to_evidence(evidence: Sequence[EvidenceLine]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for item in evidence:
        for report_id in item.report_ids:
            found[report_id].append(item.id)
    return found


def _identity(person: SoughtPerson) -> dict[str, Any]:
    """The person's fields as the case view lists them (:class:`PersonEntry`), by name."""
    entry = person_entry(person)
    return {field.name: getattr(entry, field.name) for field in fields(PersonEntry)}


def summarise_case(
    session: Session,
    case_id: int,
    *,
    today: date | None = None,
    settings: AnalysisSettings | None = None,
) -> CaseSummary:
    """Everything a printed summary of ``case_id`` shows, as of ``today`` (default: the date).

    Raises :class:`NotFound` when the case does not exist.
    """
    today = today or date.today()
    case = get_case(session, case_id)
    evidence = _evidence(session, case.id)
    evidence_of = _reports_to_evidence(evidence)
    persons = []
    for person in case.persons:
        result = load_timeline(session, person.id, today=today, settings=settings)
        assessment = current_assessment(session, person.id)
        persons.append(
            PersonSummary(
                **_identity(person),
                reports=_report_lines(session, result, evidence_of),
                findings=_findings(result),
                suggested=result.suggestion.status,
                contested=result.suggestion.contested,
                assessment=assessment,
                timeline=result,
            )
        )
    relatives = tuple(
        RelativeLine(
            full_name=relative.full_name,
            relation=relative.relation,
            relation_note=relative.relation_note,
            phone=relative.phone,
            email=relative.email,
            consent_on=relative.consent_on,
            consent_scope=relative.consent_scope,
        )
        for relative in case.relatives
    )
    return CaseSummary(
        reference=case.reference,
        family_name=case.family_name,
        region=case.region,
        status=case.status,
        assigned_to=case.assigned_to,
        next_action=case.next_action,
        next_action_due=case.next_action_due,
        opened_on=case.opened_on,
        relatives=relatives,
        persons=tuple(persons),
        evidence=evidence,
        made_on=today,
    )
