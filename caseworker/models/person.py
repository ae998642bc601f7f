"""A sought person: the serviceman or -woman being looked for."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseworker.models.base import Base, MutableRow, enum_column, long_text, short_text
from caseworker.vocab import OfficialStatus

if TYPE_CHECKING:
    from caseworker.models.assessment import Assessment
    from caseworker.models.case import Case
    from caseworker.models.report import Report


class SoughtPerson(MutableRow, Base):
    __tablename__ = "persons"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"), index=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[short_text]
    name_variants: Mapped[short_text]
    birth_date: Mapped[date | None]
    birth_place: Mapped[short_text]
    service_number: Mapped[short_text]
    rank: Mapped[short_text]
    unit: Mapped[short_text]
    position: Mapped[short_text]
    call_sign: Mapped[short_text]
    last_contact_on: Mapped[date | None]
    last_contact_place: Mapped[short_text]
    last_contact_channel: Mapped[short_text]
    official_status: Mapped[OfficialStatus] = mapped_column(
        enum_column(OfficialStatus, "official_status"), default=OfficialStatus.NOT_REPORTED
    )
    official_status_on: Mapped[date | None]
    notes: Mapped[long_text]

    case: Mapped[Case] = relationship(back_populates="persons")
    reports: Mapped[list[Report]] = relationship(
        back_populates="person", order_by="Report.id", foreign_keys="Report.person_id"
    )
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="person", order_by="Assessment.id"
    )

    __table_args__ = (Index("ix_persons_service_number", "service_number"),)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)

    @property
    def short_name(self) -> str:
        """Surname with initials, as Russian documents write it: Шумов А. В."""
        initials = " ".join(f"{p[0]}." for p in (self.given_name, self.patronymic) if p)
        return f"{self.surname} {initials}".strip()
