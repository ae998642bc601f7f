"""A contradiction the caseworker has explained: set aside with a note, nothing deleted."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.models.base import Base, MutableRow, enum_column, long_text, short_text
from caseworker.vocab import ContradictionRule


class ContradictionExplanation(MutableRow, Base):
    """Keyed by person, rule and the sorted ids of the reports involved ("3,5").

    Withdrawing an explanation keeps the row (``withdrawn_at``), so its history stays; the
    audit entries tell who explained and withdrew it, and when.
    """

    __tablename__ = "contradiction_explanations"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="RESTRICT"), index=True
    )
    rule: Mapped[ContradictionRule] = mapped_column(
        enum_column(ContradictionRule, "contradiction_rule")
    )
    report_ids: Mapped[str] = mapped_column(String(200))
    note: Mapped[long_text]
    explained_by: Mapped[str] = mapped_column(String(100))
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by: Mapped[short_text]

    __table_args__ = (
        UniqueConstraint(
            "person_id", "rule", "report_ids", name="uq_contradiction_explanations_key"
        ),
    )

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


def report_ids_text(report_ids: tuple[int, ...]) -> str:
    """The stored form of a contradiction's report ids: sorted, comma-separated."""
    return ",".join(str(report_id) for report_id in sorted(report_ids))
