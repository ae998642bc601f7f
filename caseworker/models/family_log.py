"""The family log: what a relative was told, when, how and by whom; append-only."""

from datetime import date, datetime

from sqlalchemy import CHAR, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.models.base import Base, enum_column, int_pk, long_text, new_uuid, utcnow
from caseworker.vocab import ToldHow, ToldWhat


class FamilyLogEntry(Base):
    __tablename__ = "family_log"

    id: Mapped[int_pk]
    uuid: Mapped[str] = mapped_column(CHAR(36), unique=True, default=new_uuid)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"))
    relative_id: Mapped[int] = mapped_column(
        ForeignKey("relatives.id", ondelete="RESTRICT"), index=True
    )
    # Whom the news was about (the sought person); required for a death, so that a death
    # credibly reported for one brother is never recorded as told of the other.
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="RESTRICT"))
    told_on: Mapped[date]
    # Who told them (a caseworker's name as typed).
    told_by: Mapped[str] = mapped_column(String(200))
    how: Mapped[ToldHow] = mapped_column(enum_column(ToldHow, "told_how"))
    what: Mapped[ToldWhat] = mapped_column(enum_column(ToldWhat, "told_what"))
    note: Mapped[long_text]
    # Set when the disclosure gate was overridden: the caseworker's written reason.
    override_reason: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_family_log_case", "case_id", "told_on"),
        # The last day each relative was told, from the index alone (the work list).
        Index("ix_family_log_relative_told", "relative_id", "told_on"),
    )
