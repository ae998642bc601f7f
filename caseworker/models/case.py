"""A case (one family's request) and the relatives in contact with us."""

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from caseworker.models.base import Base, MutableRow, enum_column, long_text, short_text
from caseworker.text import sort_key
from caseworker.vocab import CaseStatus, Relation

if TYPE_CHECKING:
    from caseworker.models.evidence import Evidence
    from caseworker.models.inquiry import Inquiry
    from caseworker.models.person import SoughtPerson


class Case(MutableRow, Base):
    __tablename__ = "cases"

    reference: Mapped[str] = mapped_column(String(20), unique=True)
    family_name: Mapped[str] = mapped_column(String(200))
    region: Mapped[short_text]
    status: Mapped[CaseStatus] = mapped_column(
        enum_column(CaseStatus, "case_status"), default=CaseStatus.OPEN
    )
    assigned_to: Mapped[short_text]
    next_action: Mapped[short_text]
    next_action_due: Mapped[date | None]
    opened_on: Mapped[date] = mapped_column(default=date.today)
    # Keep the family informed every so many days (the family log; the work list).
    inform_every_days: Mapped[int] = mapped_column(Integer, default=14, server_default="14")
    notes: Mapped[long_text]
    # Kept up to date by the services so that the case list needs no aggregate query.
    persons_label: Mapped[short_text]
    last_report_on: Mapped[date | None]
    # What the case list sorts by (caseworker.text.sort_key), set with the columns they follow:
    # by the validator below, and beside persons_label in refresh_case_summary's UPDATE.
    family_sort: Mapped[short_text]
    region_sort: Mapped[short_text]
    persons_sort: Mapped[short_text]

    relatives: Mapped[list["Relative"]] = relationship(
        back_populates="case", order_by="Relative.id", cascade="save-update, merge"
    )
    persons: Mapped[list["SoughtPerson"]] = relationship(
        back_populates="case", order_by="SoughtPerson.id", cascade="save-update, merge"
    )
    inquiries: Mapped[list["Inquiry"]] = relationship(back_populates="case", order_by="Inquiry.id")
    evidence: Mapped[list["Evidence"]] = relationship(back_populates="case", order_by="Evidence.id")

    __table_args__ = (
        # The case list sorts by a column, then by reference: one index for each order.
        # The date columns sort empty dates last, through expression indexes that only the
        # migration 0003 creates (see caseworker/db/schema_compare.py).
        Index("ix_cases_family_sort", "family_sort", "reference"),
        Index("ix_cases_region_sort", "region_sort", "reference"),
        Index("ix_cases_status", "status", "reference"),
        Index("ix_cases_persons_sort", "persons_sort", "reference"),
        Index("ix_cases_region", "region", "reference"),  # the list filtered by region
        Index("ix_cases_assigned_to", "assigned_to", "reference"),  # "my cases" (0019)
    )

    @validates("family_name", "region", "persons_label")
    def _keep_sort_key(self, name: str, value: str | None) -> str | None:
        setattr(self, SORTED_BY[name], sort_key(value or ""))
        return value


#: The sort column that follows each listed column of a case.
SORTED_BY = {"family_name": "family_sort", "region": "region_sort", "persons_label": "persons_sort"}


class Relative(MutableRow, Base):
    __tablename__ = "relatives"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"), index=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[short_text]
    patronymic: Mapped[short_text]
    relation: Mapped[Relation] = mapped_column(
        enum_column(Relation, "relation"), default=Relation.OTHER
    )
    relation_note: Mapped[short_text]
    phone: Mapped[short_text]
    email: Mapped[short_text]
    address: Mapped[short_text]
    consent_on: Mapped[date | None]
    consent_scope: Mapped[short_text]
    dna_collected_on: Mapped[date | None]
    dna_lab: Mapped[short_text]
    dna_sample_ref: Mapped[short_text]
    notes: Mapped[long_text]
    # Kept by caseworker.services.kept_days at every commit, for the work list's indexes:
    # the day last told anything (the family log), else the day entered (UTC); and, while
    # the case is open, the day the case's interval runs out after it (NULL otherwise).
    last_told_on: Mapped[date | None] = mapped_column(deferred=True)
    tell_by: Mapped[date | None] = mapped_column(deferred=True)

    case: Mapped[Case] = relationship(back_populates="relatives")

    __table_args__ = (
        Index("ix_relatives_last_told", "last_told_on"),
        Index("ix_relatives_tell_by", "tell_by"),
    )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)
