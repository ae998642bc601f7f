"""A sought person: the serviceman or -woman being looked for."""

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseworker.models.base import Base, MutableRow, enum_column, long_text, short_text
from caseworker.models.identity import BirthDated, KeptNameKeys
from caseworker.vocab import DatePrecision, OfficialStatus

if TYPE_CHECKING:
    from caseworker.models.assessment import Assessment
    from caseworker.models.case import Case
    from caseworker.models.report import Report


class SoughtPerson(KeptNameKeys, BirthDated, MutableRow, Base):
    __tablename__ = "persons"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"), index=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[short_text]
    name_variants: Mapped[short_text]
    # The birth date as known: a day, a month or a year (``birth_date``, below, joins them).
    born_on: Mapped[date | None] = mapped_column("birth_date")
    birth_precision: Mapped[DatePrecision | None] = mapped_column(
        enum_column(DatePrecision, "birth_precision")
    )
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
    # Kept by caseworker.services.kept_days at every commit, for the work list's indexes;
    # NULL while the case is not open. ``quiet_since``: the last news as the "no news"
    # reminder counts it (the latest of the case's opening, its entry on the UTC day, a live
    # report received, an answer about them). ``behind_from``: for an official status the
    # timeline compares with reports, the earliest receipt of a credible report it could
    # find the status behind (NULL: none).
    quiet_since: Mapped[date | None] = mapped_column(deferred=True)
    behind_from: Mapped[date | None] = mapped_column(deferred=True)
    # The names' matching keys (caseworker.names.name_key: one key for Шумов, Shumov,
    # Олексій, Алексей, Oleksii), set with the names they follow by the validator below, for
    # the search box and for blocking candidate pairs. "" for an empty name.
    surname_key: Mapped[str] = mapped_column(String(100), default="", server_default="")
    given_key: Mapped[str] = mapped_column(String(100), default="", server_default="")
    patronymic_key: Mapped[str] = mapped_column(String(100), default="", server_default="")

    case: Mapped["Case"] = relationship(back_populates="persons")
    reports: Mapped[list["Report"]] = relationship(
        back_populates="person", order_by="Report.id", foreign_keys="Report.person_id"
    )
    assessments: Mapped[list["Assessment"]] = relationship(
        back_populates="person", order_by="Assessment.id"
    )

    __table_args__ = (
        Index("ix_persons_service_number", "service_number"),
        Index("ix_persons_quiet_since", "quiet_since"),
        Index("ix_persons_behind_from", "behind_from"),
        # Blocking candidate pairs on name keys, and the search box (caseworker.services.search):
        # the case comes last so that finding the cases of a name reads the index alone.
        Index("ix_persons_surname_key", "surname_key", "given_key", "case_id"),
        Index("ix_persons_given_key", "given_key", "patronymic_key", "case_id"),
        Index("ix_persons_patronymic_key", "patronymic_key", "case_id"),
    )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)

    @property
    def short_name(self) -> str:
        """Surname with initials, as Russian documents write it: Шумов А. В."""
        initials = " ".join(f"{p[0]}." for p in (self.given_name, self.patronymic) if p)
        return f"{self.surname} {initials}".strip()
