"""Inquiries: formal requests to an addressee (an office), and their course of dated events.

An inquiry's row says where its course stands (status, the sent, registration and answer
days); every step is also an :class:`InquiryEvent`, appended and never changed. Due dates
and "overdue" are computed (:mod:`caseworker.inquiries.deadlines`); the due date of an
inquiry still waiting is also kept on its row, worked out from the same rule at every commit
(:mod:`caseworker.services.kept_days`), so that an index finds what is due. "Overdue" is
never stored: it depends on the day asked about.
"""

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CHAR, Boolean, ForeignKey, Index, Integer, String, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship

from caseworker.models.base import (
    Base,
    MutableRow,
    enum_column,
    int_pk,
    long_text,
    new_uuid,
    short_text,
    utcnow,
)
from caseworker.vocab import AddresseeKind, Channel, InquiryEventKind, InquiryStatus

if TYPE_CHECKING:
    from caseworker.models.case import Case


class Addressee(MutableRow, Base):
    """An office (never a named official) that inquiries are sent to."""

    __tablename__ = "addressees"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[AddresseeKind] = mapped_column(enum_column(AddresseeKind, "addressee_kind"))
    # A Human Rights Commissioner of a region rather than the federal one.
    regional: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    postal_address: Mapped[long_text]
    email: Mapped[short_text]
    portal: Mapped[short_text]
    # The addressee's own days for an answer, overriding its kind's rule (NULL: the kind's).
    deadline_days: Mapped[int | None] = mapped_column(Integer)
    # Sending to it from a case asks for confirmation (for example a body of the other side).
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    notes: Mapped[long_text]


class Inquiry(MutableRow, Base):
    __tablename__ = "inquiries"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="RESTRICT"), index=True
    )
    addressee_id: Mapped[int] = mapped_column(
        ForeignKey("addressees.id", ondelete="RESTRICT"), index=True
    )
    # The relative on whose behalf it is written; NULL: on behalf of the organisation.
    applicant_id: Mapped[int | None] = mapped_column(
        ForeignKey("relatives.id", ondelete="RESTRICT"), index=True
    )
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "channel"), default=Channel.POST)
    status: Mapped[InquiryStatus] = mapped_column(
        enum_column(InquiryStatus, "inquiry_status"), default=InquiryStatus.DRAFT
    )
    sent_on: Mapped[date | None]
    registered_on: Mapped[date | None]
    our_reference: Mapped[short_text]
    their_reference: Mapped[short_text]
    answered_on: Mapped[date | None]
    answer: Mapped[long_text]
    notes: Mapped[long_text]
    # The inquiry this one continues after the first addressee forwarded it.
    forwarded_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("inquiries.id", ondelete="RESTRICT"), index=True
    )
    # The due date while the inquiry waits for an answer (NULL: a draft or a course that
    # ended), kept by caseworker.services.kept_days at every commit so that the work list
    # and the case list find what is overdue through an index. Overdue itself is computed.
    waiting_due_on: Mapped[date | None] = mapped_column(deferred=True)

    # The addressee's name as a column of the inquiry (the workbook's Inquiries sheet).
    addressee_name: Mapped[str] = column_property(
        select(Addressee.name).where(Addressee.id == addressee_id).scalar_subquery(),
        deferred=True,
    )

    case: Mapped["Case"] = relationship(back_populates="inquiries")
    addressee: Mapped[Addressee] = relationship()
    events: Mapped[list["InquiryEvent"]] = relationship(
        back_populates="inquiry",
        order_by="InquiryEvent.id",
        foreign_keys="InquiryEvent.inquiry_id",
    )

    __table_args__ = (
        # By status, then in the work list's orders: drafts by case, answers by their day.
        Index("ix_inquiries_status_case", "status", "case_id"),
        Index("ix_inquiries_status_answered", "status", "answered_on"),
        # The latest answer about each person (the work list's "no news").
        Index("ix_inquiries_answered", "case_id", "person_id", "answered_on"),
        Index("ix_inquiries_waiting_due", "waiting_due_on"),
    )


#: The answer events, as SQL with the kind written out: the partial index of the answers
#: (``ix_inquiry_events_unrecorded``) serves only a query that says so in the same words.
ANSWER_EVENTS = "kind = 'answered'"


class InquiryEvent(Base):
    """One dated step of an inquiry's course; append-only."""

    __tablename__ = "inquiry_events"

    id: Mapped[int_pk]
    uuid: Mapped[str] = mapped_column(CHAR(36), unique=True, default=new_uuid)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiries.id", ondelete="RESTRICT"))
    kind: Mapped[InquiryEventKind] = mapped_column(
        enum_column(InquiryEventKind, "inquiry_event_kind")
    )
    event_on: Mapped[date]
    # An extension's new due date.
    due_on: Mapped[date | None]
    # The reason (extension, closing), the answer's text, a note.
    text: Mapped[long_text]
    their_reference: Mapped[short_text]
    # The report an answer became.
    report_id: Mapped[int | None] = mapped_column(
        ForeignKey("reports.id", ondelete="RESTRICT"), index=True
    )
    # Forwarded: the addressee it went to and the new inquiry that continues it.
    addressee_id: Mapped[int | None] = mapped_column(
        ForeignKey("addressees.id", ondelete="RESTRICT")
    )
    next_inquiry_id: Mapped[int | None] = mapped_column(
        ForeignKey("inquiries.id", ondelete="RESTRICT")
    )
    actor: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    inquiry: Mapped[Inquiry] = relationship(back_populates="events", foreign_keys=[inquiry_id])

    __table_args__ = (
        Index("ix_inquiry_events_inquiry", "inquiry_id", "event_on"),
        # The answers not recorded as a report (the work list); partial, so that no other
        # query is led to it. Migration 0010 makes it partial on PostgreSQL too; naming
        # ``postgresql_where`` here would load the PostgreSQL dialect at every start (16 ms),
        # and no schema is made from the models (new databases come from the migrations).
        Index(
            "ix_inquiry_events_unrecorded",
            "report_id",
            "inquiry_id",
            sqlite_where=sql_text(ANSWER_EVENTS),
        ),
    )
