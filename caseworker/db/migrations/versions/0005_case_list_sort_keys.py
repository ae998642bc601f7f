"""Sort keys for the case list's names: Ё among the Е's and any letter case, not code points.

- ``cases.family_sort``, ``region_sort``, ``persons_sort``: the folded text of
  ``family_name``, ``region`` and ``persons_label``, filled here for the cases already stored.
- The name orders use indexes on the sort keys (then the reference) instead of the names;
  ``ix_cases_region`` stays for the list filtered by region.

Columns are added with ALTER TABLE, so ``cases`` is not rebuilt and its expression indexes
(0003) stay as they are.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 00:30:00
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SORTED_BY = {"family_name": "family_sort", "region": "region_sort", "persons_label": "persons_sort"}
BATCH = 5000


def _sort_key(text: str | None) -> str:
    """caseworker.text.sort_key as of this revision (kept here so that it cannot drift)."""
    return unicodedata.normalize("NFC", text or "").casefold().replace("ё", "е")


def _fill_sort_keys() -> None:
    names = list(SORTED_BY)
    columns = ["id", *names, *SORTED_BY.values()]
    cases = sa.table("cases", *(sa.column(c) for c in columns))
    update = (
        sa.update(cases)
        .where(cases.c.id == sa.bindparam("case_id"))
        .values({key: sa.bindparam(key) for key in SORTED_BY.values()})
    )
    connection = op.get_bind()
    # Read first, then write: a few MB for tens of thousands of cases.
    rows = connection.execute(sa.select(cases.c.id, *(cases.c[n] for n in names))).all()
    for start in range(0, len(rows), BATCH):
        values = [
            {"case_id": row[0], **{SORTED_BY[n]: _sort_key(row[1 + i]) for i, n in enumerate(names)}}
            for row in rows[start : start + BATCH]
        ]
        connection.execute(update, values)


def upgrade() -> None:
    for column in SORTED_BY.values():
        op.add_column("cases", sa.Column(column, sa.String(200), nullable=False, server_default=""))
    _fill_sort_keys()
    op.drop_index("ix_cases_family_name", table_name="cases")
    op.drop_index("ix_cases_persons_label", table_name="cases")
    for column in SORTED_BY.values():
        op.create_index(f"ix_cases_{column}", "cases", [column, "reference"], unique=False)


def downgrade() -> None:
    for column in SORTED_BY.values():
        op.drop_index(f"ix_cases_{column}", table_name="cases")
    op.create_index("ix_cases_family_name", "cases", ["family_name", "reference"], unique=False)
    op.create_index("ix_cases_persons_label", "cases", ["persons_label", "reference"], unique=False)
    for column in SORTED_BY.values():
        op.drop_column("cases", column)
