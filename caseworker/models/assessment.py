"""The caseworker's recorded judgement of a person's status, apart from any suggestion."""

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseworker.models.base import Base, MutableRow, enum_column, long_text
from caseworker.vocab import AssessedStatus, Confidence

if TYPE_CHECKING:
    from caseworker.models.person import SoughtPerson


class Assessment(MutableRow, Base):
    __tablename__ = "assessments"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[AssessedStatus] = mapped_column(enum_column(AssessedStatus, "assessed_status"))
    confidence: Mapped[Confidence] = mapped_column(enum_column(Confidence, "confidence"))
    rationale: Mapped[long_text]
    assessed_by: Mapped[str] = mapped_column(String(100))

    person: Mapped["SoughtPerson"] = relationship(back_populates="assessments")
