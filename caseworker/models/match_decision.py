"""A caseworker's decision on a proposed pair: this is him, or not him; append-only.

One side is a list entry (or, for duplicate persons, a second sought person), the other a
sought person. The fingerprints are SHA-256 digests of each side's normalised identity (the
names' keys, the birth date and its precision, the service number) when the decision was
made: a "not him" holds only while both are unchanged. "This is him" keeps the report it
made from the list.

A decision is undone by a later row, never by deleting it: a withdrawal has ``withdraws_id``
set to the decision it undoes (at most one per decision), ``same`` false, an empty reason and
:data:`WITHDRAWN` as both fingerprints, which never equal a real (hexadecimal) digest, so
that whoever reads the latest row of a pair sees an undecided pair with no earlier reason.
"""

from datetime import datetime

from sqlalchemy import CHAR, Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.models.base import Base, int_pk, new_uuid, utcnow

#: Both fingerprints of a withdrawal: not hexadecimal, so never equal to an identity's.
WITHDRAWN = "-" * 64


class MatchDecision(Base):
    __tablename__ = "match_decisions"

    id: Mapped[int_pk]
    uuid: Mapped[str] = mapped_column(CHAR(36), unique=True, default=new_uuid)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("list_entries.id", ondelete="RESTRICT"))
    other_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="RESTRICT")
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="RESTRICT"), index=True
    )
    same: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The identity of the entry (or the second person) and of the person when decided.
    left_fingerprint: Mapped[str] = mapped_column(CHAR(64))
    person_fingerprint: Mapped[str] = mapped_column(CHAR(64))
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id", ondelete="RESTRICT"))
    decided_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set on a withdrawal: the decision it undoes.
    withdraws_id: Mapped[int | None] = mapped_column(
        ForeignKey("match_decisions.id", ondelete="RESTRICT"), unique=True
    )

    @property
    def withdrawal(self) -> bool:
        """Whether this row undoes an earlier decision rather than deciding."""
        return self.withdraws_id is not None

    __table_args__ = (
        Index("ix_match_decisions_entry", "entry_id", "person_id"),
        Index("ix_match_decisions_other_person", "other_person_id", "person_id"),
    )
