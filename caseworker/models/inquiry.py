"""An inquiry: a formal request to an authority or organisation, and its answer."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseworker.models.base import Base, MutableRow, enum_column, long_text, short_text
from caseworker.vocab import InquiryStatus

if TYPE_CHECKING:
    from caseworker.models.case import Case


class Inquiry(MutableRow, Base):
    __tablename__ = "inquiries"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="RESTRICT"), index=True
    )
    addressee: Mapped[str] = mapped_column(String(200))
    status: Mapped[InquiryStatus] = mapped_column(
        enum_column(InquiryStatus, "inquiry_status"), default=InquiryStatus.DRAFT
    )
    sent_on: Mapped[date | None]
    our_reference: Mapped[short_text]
    their_reference: Mapped[short_text]
    response_due: Mapped[date | None]
    answered_on: Mapped[date | None]
    answer: Mapped[long_text]
    notes: Mapped[long_text]

    case: Mapped[Case] = relationship(back_populates="inquiries")
