"""Which database objects the models describe; the FTS5 search table is the migration's own."""

from __future__ import annotations

from typing import Any

from caseworker.models.search import FTS_TABLE


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    if type_ == "table" and name is not None:
        return not name.startswith(FTS_TABLE) and name != "alembic_version"
    return True
