"""The search index: one folded text per case, relative and sought person.

The text is folded in Python (:func:`caseworker.text.fold`); on SQLite an FTS5 trigram table
(``search_fts``, created by the migrations) indexes it for substring search. Its rowid names
the entry's case and the entry (``(case_id << FTS_CASE_SHIFT) + id``, migration 0021), so
the cases of a term are read from the index alone; ``search_fts_vocab`` lists its trigrams
with the rowids holding each, and ``ix_search_entries_tail`` the last two characters of each
text (a term of two letters is found from the two).
"""

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
#: The FTS5 vocabulary of ``search_fts``, one row per trigram in an entry (``term``, ``doc``).
FTS_VOCABULARY = "search_fts_vocab"
#: A ``search_fts`` rowid is the entry's case id shifted by this many bits plus the entry's
#: id (entry ids stay below 2**32, case ids below 2**31).
FTS_CASE_SHIFT = 32
#: The entry's id in a ``search_fts`` rowid.
FTS_ENTRY_MASK = (1 << FTS_CASE_SHIFT) - 1
