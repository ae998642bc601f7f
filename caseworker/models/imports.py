"""Workbooks applied by an import, and a mark for each record an import created.

Both are append-only. The marks make an import idempotent: a new row whose content was
imported before (the same file again, or a copy re-saved by another spreadsheet program)
is recognised by its fingerprint and not created twice.
"""

from datetime import datetime

from sqlalchemy import CHAR, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.models.base import Base, int_pk, utcnow


class AppliedImport(Base):
    """One workbook applied: its file name and SHA-256, who applied it and when."""

    __tablename__ = "applied_imports"

    id: Mapped[int_pk]
    sha256: Mapped[str] = mapped_column(CHAR(64), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
    applied_by: Mapped[str] = mapped_column(String(100))
    created: Mapped[int] = mapped_column(Integer)
    updated: Mapped[int] = mapped_column(Integer)


class ImportMark(Base):
    """The fingerprint of a new row's content and the record its import created."""

    __tablename__ = "import_marks"

    fingerprint: Mapped[str] = mapped_column(CHAR(64), primary_key=True)
    sheet: Mapped[str] = mapped_column(String(20))
    record_uuid: Mapped[str] = mapped_column(CHAR(36))
    import_id: Mapped[int] = mapped_column(ForeignKey("applied_imports.id"), index=True)
