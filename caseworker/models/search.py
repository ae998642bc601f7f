"""The search index: one folded text per case, relative and sought person.

The text is folded in Python (:func:`caseworker.text.fold`); on SQLite an FTS5 trigram table
(``search_fts``, created by the migration) indexes it for substring search.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.models.base import Base, int_pk


class SearchEntry(Base):
    __tablename__ = "search_entries"

    id: Mapped[int_pk]
    kind: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("kind", "entity_id", name="uq_search_entries_kind_entity"),)


FTS_TABLE = "search_fts"
