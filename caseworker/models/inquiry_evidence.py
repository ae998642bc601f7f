"""The evidence files of an inquiry: the copy of the letter sent, and the scanned answer.

A link says what the file is to the inquiry (its role); the file itself is an ordinary
evidence item of the inquiry's case. Links are only added (and go with a purged item).
"""

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.models.base import Base, enum_column, utcnow
from caseworker.vocab import InquiryFileRole


class InquiryEvidence(Base):
    __tablename__ = "inquiry_evidence"

    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), primary_key=True
    )
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,  # an item's inquiries, and a purge, without scanning every link
    )
    role: Mapped[InquiryFileRole] = mapped_column(
        enum_column(InquiryFileRole, "inquiry_file_role"), primary_key=True
    )
    linked_by: Mapped[str] = mapped_column(String(100))
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)
