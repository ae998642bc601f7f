"""A birth date may be a year or a month, like report dates.

- ``persons.birth_precision``: day, month or year (NULL without a birth date); the birth
  date column keeps the first day of what is known. Dates stored before are exact days.

The column is added with ALTER TABLE: ``persons`` is not rebuilt, so its search triggers
and indexes stay as they are.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRECISIONS = ("day", "month", "year", "approximate", "range")


def upgrade() -> None:
    allowed = ", ".join(f"'{value}'" for value in PRECISIONS)
    check = f"birth_precision IN ({allowed})"
    if op.get_bind().dialect.name == "sqlite":
        # Alembic cannot add a CHECK with a column on SQLite; SQLite's ALTER TABLE can.
        op.execute(
            "ALTER TABLE persons ADD COLUMN birth_precision VARCHAR(32) "
            f"CONSTRAINT ck_persons_birth_precision CHECK ({check})"
        )
    else:
        op.add_column("persons", sa.Column("birth_precision", sa.String(32), nullable=True))
        op.create_check_constraint("ck_persons_birth_precision", "persons", check)
    op.execute("UPDATE persons SET birth_precision = 'day' WHERE birth_date IS NOT NULL")


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (no rebuild, triggers kept), its CHECK with it.
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("ck_persons_birth_precision", "persons", type_="check")
    op.execute("ALTER TABLE persons DROP COLUMN birth_precision")
