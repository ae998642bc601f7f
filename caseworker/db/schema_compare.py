"""Which database objects the models describe; the FTS5 table and expression indexes are the
migrations' own."""

from __future__ import annotations

from typing import Any

from caseworker.models.search import FTS_TABLE

#: Indexes the migrations own: on expressions (empty dates last in the case list, 0003;
#: the end of a search text, 0021) and PostgreSQL's search index (0017).
EXPRESSION_INDEXES = frozenset(
    {
        "ix_cases_last_report_nulls_last",
        "ix_cases_last_report_desc_nulls_last",
        "ix_cases_next_due_nulls_last",
        "ix_cases_next_due_desc_nulls_last",
        # PostgreSQL only (migration 0017): a GIN trigram index for search.
        "ix_search_entries_text_trigram",
        # SQLite only (migration 0021): the last two characters of each search text.
        "ix_search_entries_tail",
    }
)


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    if type_ == "table" and name is not None:
        return not name.startswith(FTS_TABLE) and name != "alembic_version"
    if type_ == "index":
        return name not in EXPRESSION_INDEXES
    return True
