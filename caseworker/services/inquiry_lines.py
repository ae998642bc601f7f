"""Reading inquiries: as lines with their clocks, their course, their outcomes in words.

Due dates and "overdue" are computed here on the day asked for
(:mod:`caseworker.inquiries.deadlines`), never stored.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, ColumnExpressionArgument, select
from sqlalchemy.orm import Session

from caseworker.i18n import translate
from caseworker.inquiries.deadlines import DeadlineRule, clock, rule_for
from caseworker.models import Addressee, Case, Inquiry, InquiryEvent
from caseworker.services.cases import get_case
from caseworker.services.inquiries import WAITING, Inquiries, get_inquiry
from caseworker.services.inquiry_due import latest_extension_sql
from caseworker.timeline.sentences import day_text
from caseworker.vocab import AddresseeKind, Channel, InquiryEventKind, InquiryStatus


@dataclass(frozen=True)
class InquiryLine:
    """An inquiry as the window and the command line show it, its clock on ``today``."""

    id: int
    version: int
    case_id: int
    person_id: int | None
    applicant_id: int | None
    addressee_id: int
    channel: Channel
    status: InquiryStatus
    sent_on: date | None
    registered_on: date | None
    our_reference: str
    their_reference: str
    answered_on: date | None
    forwarded_from_id: int | None
    case_reference: str
    addressee: str
    sensitive: bool
    due_on: date | None
    overdue: bool
    days_overdue: int
    very_overdue: bool
    #: The days the addressee's rule gives for an answer.
    answer_days: int


def inquiry_lines(
    session: Session,
    case_id: int | None = None,
    today: date | None = None,
    statuses: Collection[InquiryStatus] | None = None,
) -> list[InquiryLine]:
    """The inquiries of a case (``None``: of every case), oldest first, with their clocks
    on ``today`` (default: today), in one query; only those in ``statuses`` when given.
    Raises nothing."""
    conditions: list[ColumnElement[bool]] = []
    if case_id is not None:
        conditions.append(Inquiry.case_id == case_id)
    if statuses is not None:
        conditions.append(Inquiry.status.in_(sorted(statuses)))
    return lines_where(session, today, *conditions)


def lines_where(
    session: Session,
    today: date | None,
    *conditions: ColumnElement[bool],
    order: Sequence[ColumnExpressionArgument[Any]] = (),
    limit: int | None = None,
) -> list[InquiryLine]:
    """The inquiries meeting ``conditions`` (on :class:`Inquiry`, :class:`Addressee` and
    :class:`Case`), by case and then oldest first (or in ``order``, at most ``limit``),
    with their clocks on ``today`` (default: today), in one query. The work list narrows
    with the due dates kept on the inquiries (``Inquiry.waiting_due_on``). Raises nothing."""
    on = today or date.today()
    query = (
        select(
            *_LINE_COLUMNS,
            Addressee.name,
            Addressee.kind,
            Addressee.deadline_days,
            Addressee.sensitive,
            Case.reference,
            latest_extension_sql(),
        )
        .join(Addressee, Addressee.id == Inquiry.addressee_id)
        .join(Case, Case.id == Inquiry.case_id)
        .where(*conditions)
        .order_by(*(order or (Inquiry.case_id, Inquiry.id)))
        .limit(limit)
    )
    rules: dict[tuple[AddresseeKind, int | None], DeadlineRule] = {}
    lines = []
    for (
        inquiry_id, version, inquiry_case_id, person_id, applicant_id, addressee_id, channel,
        status, sent_on, registered_on, our_reference, their_reference, answered_on,
        forwarded_from_id, name, kind, own_days, sensitive, reference, extended,
    ) in session.connection().execute(query):  # fmt: skip
        rule = rules.get((kind, own_days))
        if rule is None:
            rule = rules[(kind, own_days)] = rule_for(kind, own_days)
        state = clock(
            rule,
            sent_on=sent_on,
            registered_on=registered_on,
            extended_until=extended,
            waiting=status in WAITING,
            today=on,
        )
        lines.append(
            InquiryLine(
                id=inquiry_id,
                version=version,
                case_id=inquiry_case_id,
                person_id=person_id,
                applicant_id=applicant_id,
                addressee_id=addressee_id,
                channel=channel,
                status=status,
                sent_on=sent_on,
                registered_on=registered_on,
                our_reference=our_reference,
                their_reference=their_reference,
                answered_on=answered_on,
                forwarded_from_id=forwarded_from_id,
                case_reference=reference,
                addressee=name,
                sensitive=sensitive,
                due_on=state.due_on,
                overdue=state.overdue,
                days_overdue=state.days_overdue,
                very_overdue=state.very_overdue,
                answer_days=rule.days,
            )
        )
    return lines


#: The inquiry's own columns of an :class:`InquiryLine`, in the order they are unpacked.
_LINE_COLUMNS = (
    Inquiry.id,
    Inquiry.version,
    Inquiry.case_id,
    Inquiry.person_id,
    Inquiry.applicant_id,
    Inquiry.addressee_id,
    Inquiry.channel,
    Inquiry.status,
    Inquiry.sent_on,
    Inquiry.registered_on,
    Inquiry.our_reference,
    Inquiry.their_reference,
    Inquiry.answered_on,
    Inquiry.forwarded_from_id,
)


def inquiry_line(session: Session, inquiry_id: int, today: date | None = None) -> InquiryLine:
    """One inquiry as shown. Raises :class:`NotFound` when there is no such inquiry."""
    inquiry = get_inquiry(session, inquiry_id)
    return lines_where(session, today, Inquiry.id == inquiry.id)[0]


@dataclass(frozen=True)
class CourseStep:
    """One event of an inquiry's course, as shown."""

    kind: InquiryEventKind
    on: date
    due_on: date | None
    text: str
    their_reference: str
    report_id: int | None
    addressee_id: int | None
    next_inquiry_id: int | None
    actor: str


def course(session: Session, inquiry_id: int) -> list[CourseStep]:
    """Every step of an inquiry's course, in the order recorded.

    Raises :class:`NotFound` when there is no such inquiry.
    """
    inquiry = get_inquiry(session, inquiry_id)
    return [
        CourseStep(
            e.kind,
            e.event_on,
            e.due_on,
            e.text,
            e.their_reference,
            e.report_id,
            e.addressee_id,
            e.next_inquiry_id,
            e.actor,
        )
        for e in session.scalars(
            select(InquiryEvent)
            .where(InquiryEvent.inquiry_id == inquiry.id)
            .order_by(InquiryEvent.id)
        )
    ]


@dataclass(frozen=True)
class Outcome:
    """An earlier inquiry and what came of it, in plain words (for letters)."""

    inquiry_id: int
    addressee: str
    sent_on: date | None
    status: InquiryStatus
    words: str


def outcome_words(line: InquiryLine) -> str:
    """What came of an inquiry, in one phrase of the user's language, such as "no answer
    within 30 days to our letter of 3 September 2026". Raises nothing."""
    sent = day_text(line.sent_on) if line.sent_on else ""
    if line.status is InquiryStatus.DRAFT:
        return translate("Inquiries", "not sent yet")
    if line.status is InquiryStatus.ANSWERED and line.answered_on is not None:
        return translate("Inquiries", "our letter of {sent} was answered on {answered}").format(
            sent=sent, answered=day_text(line.answered_on)
        )
    if line.status is InquiryStatus.FORWARDED:
        return translate(
            "Inquiries", "our letter of {sent} was forwarded to another office"
        ).format(sent=sent)
    if line.status is InquiryStatus.CLOSED:
        return translate("Inquiries", "no answer to our letter of {sent}").format(sent=sent)
    if line.overdue:
        return Inquiries.tr(
            "no answer within %n day(s) to our letter of {sent}", None, line.answer_days
        ).format(sent=sent)
    return translate("Inquiries", "our letter of {sent} awaits an answer").format(sent=sent)


def case_outcomes(session: Session, case_id: int, today: date | None = None) -> list[Outcome]:
    """The inquiries of a case that were sent, with their outcomes in plain words, oldest
    first (for letters: "earlier inquiries and their outcomes").

    Raises :class:`NotFound` when there is no such case.
    """
    get_case(session, case_id)
    return [
        Outcome(line.id, line.addressee, line.sent_on, line.status, outcome_words(line))
        for line in inquiry_lines(session, case_id, today)
        if line.status is not InquiryStatus.DRAFT
    ]
