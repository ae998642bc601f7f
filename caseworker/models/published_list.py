"""Published lists (an exchange, prisoners, a hospital, casualties) and their entries.

A list records what it is (name, publisher, day, address), what being on it implies
(``means``, a claim) and its grade; its file is kept in the evidence vault under its
SHA-256 (one list per file: importing the same file again finds the list). Each entry keeps
its row as published (header → cell text) beside the fields read from it, and the names'
matching keys, indexed for blocking as the persons' are. Entries are never edited; a newer
edition marks its entries ``new`` or ``kept`` and the older edition's entries that are not
in it ``gone_in`` the newer one.
"""

from datetime import date
from enum import StrEnum

from sqlalchemy import CHAR, BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseworker.models.base import Base, MutableRow, enum_column, long_text, short_text
from caseworker.models.identity import BirthDated, KeptNameKeys
from caseworker.vocab import Claim, Credibility, DatePrecision, Reliability


class EditionChange(StrEnum):
    """An entry of a newer edition, against the edition before it."""

    NEW = "new"
    KEPT = "kept"


class PublishedList(MutableRow, Base):
    __tablename__ = "published_lists"

    name: Mapped[str] = mapped_column(String(200))
    publisher: Mapped[str] = mapped_column(String(200))
    published_on: Mapped[date]
    # A web address, or where it was published (a channel, a newspaper and its issue).
    address: Mapped[long_text]
    means: Mapped[Claim] = mapped_column(enum_column(Claim, "list_means"))
    reliability: Mapped[Reliability] = mapped_column(
        enum_column(Reliability, "reliability"), default=Reliability.F
    )
    credibility: Mapped[Credibility] = mapped_column(
        enum_column(Credibility, "credibility"), default=Credibility.CANNOT_JUDGE
    )
    # An evidence item needs a case and a list belongs to none: the file is kept in the vault
    # under ``sha256`` alone; a future item made from it (a report "from the list") links here.
    evidence_id: Mapped[int | None] = mapped_column(
        ForeignKey("evidence.id", ondelete="SET NULL"), index=True
    )
    sha256: Mapped[str] = mapped_column(CHAR(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    # The column mapping used: JSON of field → column header as written in the file.
    column_map: Mapped[str] = mapped_column(Text)
    edition_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("published_lists.id", ondelete="RESTRICT"), index=True
    )
    entered_by: Mapped[str] = mapped_column(String(100))

    edition_of: Mapped["PublishedList | None"] = relationship(remote_side="PublishedList.id")
    entries: Mapped[list["ListEntry"]] = relationship(
        back_populates="published_list",
        order_by="ListEntry.row_number",
        foreign_keys="ListEntry.list_id",
    )


class ListEntry(KeptNameKeys, BirthDated, Base):
    """One row of a list: its fields as read, its row as published, its names' keys."""

    __tablename__ = "list_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("published_lists.id", ondelete="RESTRICT"))
    # As a spreadsheet shows the file: the header is row 1, the first entry row 2.
    row_number: Mapped[int] = mapped_column(Integer)
    # The row as published: JSON of header → cell text.
    published: Mapped[str] = mapped_column(Text)
    surname: Mapped[str] = mapped_column(String(100), default="", server_default="")
    given_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    patronymic: Mapped[str] = mapped_column(String(100), default="", server_default="")
    full_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    born_on: Mapped[date | None] = mapped_column("birth_date")
    birth_precision: Mapped[DatePrecision | None] = mapped_column(
        enum_column(DatePrecision, "birth_precision")
    )
    service_number: Mapped[short_text]
    unit: Mapped[short_text]
    region: Mapped[short_text]
    note: Mapped[long_text]
    surname_key: Mapped[str] = mapped_column(String(100), default="", server_default="")
    given_key: Mapped[str] = mapped_column(String(100), default="", server_default="")
    patronymic_key: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # In a newer edition: new or kept against the edition before (NULL in a first edition).
    edition_change: Mapped[EditionChange | None] = mapped_column(
        enum_column(EditionChange, "edition_change")
    )
    # The newer edition this entry is no longer in (NULL: still listed, or no newer edition).
    gone_in_id: Mapped[int | None] = mapped_column(
        ForeignKey("published_lists.id", ondelete="RESTRICT")
    )

    published_list: Mapped[PublishedList] = relationship(
        back_populates="entries", foreign_keys=[list_id]
    )

    __table_args__ = (
        UniqueConstraint("list_id", "row_number", name="uq_list_entries_list_row"),
        Index("ix_list_entries_surname_key", "surname_key", "given_key"),
        Index("ix_list_entries_given_key", "given_key", "patronymic_key"),
        Index("ix_list_entries_patronymic_key", "patronymic_key"),
        Index("ix_list_entries_service_number", "service_number"),
        Index("ix_list_entries_gone_in_id", "gone_in_id"),
    )
