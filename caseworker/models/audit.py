"""Audit entries: who changed what, when, from which value to which; append-only."""

from datetime import datetime

from sqlalchemy import CHAR, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.models.base import Base, int_pk, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entries"

    id: Mapped[int_pk]
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    entity_uuid: Mapped[str] = mapped_column(CHAR(36))
    field: Mapped[str] = mapped_column(String(60), default="", server_default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (Index("ix_audit_entries_entity", "entity", "entity_id"),)
