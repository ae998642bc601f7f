"""A report: one piece of information about a sought person, never overwritten."""

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseworker.dates import EventDate
from caseworker.models.base import Base, MutableRow, enum_column, long_text, short_text
from caseworker.vocab import Claim, ClaimGroup, Credibility, DatePrecision, Reliability, SourceKind

if TYPE_CHECKING:
    from caseworker.models.person import SoughtPerson


class Report(MutableRow, Base):
    __tablename__ = "reports"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="RESTRICT"), index=True
    )
    claim: Mapped[Claim] = mapped_column(enum_column(Claim, "claim"))
    event_from: Mapped[date]
    event_to: Mapped[date]
    event_precision: Mapped[DatePrecision] = mapped_column(
        enum_column(DatePrecision, "date_precision"), default=DatePrecision.DAY
    )
    stated_on: Mapped[date | None]
    received_on: Mapped[date]
    source_kind: Mapped[SourceKind] = mapped_column(enum_column(SourceKind, "source_kind"))
    source_name: Mapped[short_text]
    source_contact: Mapped[short_text]
    document_ref: Mapped[short_text]
    reliability: Mapped[Reliability] = mapped_column(
        enum_column(Reliability, "reliability"), default=Reliability.F
    )
    credibility: Mapped[Credibility] = mapped_column(
        enum_column(Credibility, "credibility"), default=Credibility.CANNOT_JUDGE
    )
    derived_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("reports.id", ondelete="RESTRICT"), index=True
    )
    place: Mapped[short_text]
    summary: Mapped[long_text]
    entered_by: Mapped[str] = mapped_column(String(100))
    retracted_at: Mapped[datetime | None]
    retracted_by: Mapped[short_text]
    retraction_reason: Mapped[long_text]

    person: Mapped["SoughtPerson"] = relationship(
        back_populates="reports", foreign_keys=[person_id]
    )
    derived_from: Mapped["Report | None"] = relationship(remote_side="Report.id")

    __table_args__ = (
        CheckConstraint("event_from <= event_to", name="event_interval"),
        Index("ix_reports_person_event", "person_id", "event_from"),
        # The latest live report of each person, from the index alone (the work list).
        Index("ix_reports_person_received", "person_id", "received_on", "retracted_at"),
    )

    @property
    def group(self) -> ClaimGroup:
        return self.claim.group

    @property
    def retracted(self) -> bool:
        return self.retracted_at is not None

    @property
    def event(self) -> EventDate:
        return EventDate(self.event_from, self.event_to, self.event_precision)
