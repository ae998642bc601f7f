"""Evidence metadata: a file kept unchanged in the vault, identified by its SHA-256."""

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    CHAR,
    BigInteger,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseworker.models.base import Base, MutableRow, enum_column, long_text, short_text
from caseworker.vocab import HowObtained

if TYPE_CHECKING:
    from caseworker.models.case import Case
    from caseworker.models.report import Report

evidence_reports = Table(
    "evidence_reports",
    Base.metadata,
    Column("evidence_id", Integer, ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "report_id",
        Integer,
        ForeignKey("reports.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,  # a report's files, without scanning every link
    ),
)


class Evidence(MutableRow, Base):
    __tablename__ = "evidence"

    # Indexed by the unique constraint below (case_id first).
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"))
    sha256: Mapped[str] = mapped_column(CHAR(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[short_text]
    size: Mapped[int] = mapped_column(BigInteger)
    how_obtained: Mapped[HowObtained | None] = mapped_column(
        enum_column(HowObtained, "how_obtained")
    )
    source_url: Mapped[long_text]
    captured_at: Mapped[datetime | None]
    added_by: Mapped[str] = mapped_column(String(100))
    description: Mapped[long_text]
    graphic: Mapped[bool] = mapped_column(default=False)
    removed_at: Mapped[datetime | None]

    case: Mapped["Case"] = relationship(back_populates="evidence")
    reports: Mapped[list["Report"]] = relationship(secondary=evidence_reports)

    __table_args__ = (
        # A file is kept once per case: adding it again links the existing item.
        UniqueConstraint("case_id", "sha256", name="uq_evidence_case_sha256"),
    )
