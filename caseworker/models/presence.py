"""Who has a case open right now: one row per case and caseworker, touched every minute while
the case is open in a window, so that colleagues see who is working on it (issue 15)."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.models.base import Base, utcnow


class CasePresence(Base):
    __tablename__ = "case_presence"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    #: The caseworker's name as the audit entries write it (caseworker.actor).
    who: Mapped[str] = mapped_column(String(100), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_case_presence_seen_at", "seen_at"),)
