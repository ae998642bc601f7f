"""Who is working on a case, and search on PostgreSQL by a trigram index (issue 15).

- ``case_presence``: one row per case and caseworker with the moment they were last seen
  with the case open; rows older than a few minutes mean nobody.
- On PostgreSQL, search (``LIKE '%…%'`` on the folded ``search_entries.text``) uses a GIN
  trigram index (extension ``pg_trgm``, trusted: a database owner may create it). SQLite
  keeps its FTS5 trigram table.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGRAM_INDEX = "ix_search_entries_text_trigram"


def upgrade() -> None:
    op.create_table(
        "case_presence",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_presence_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "who", name=op.f("pk_case_presence")),
    )
    with op.batch_alter_table("case_presence", schema=None) as batch_op:
        batch_op.create_index("ix_case_presence_seen_at", ["seen_at"], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            f"CREATE INDEX {TRIGRAM_INDEX} ON search_entries USING gin (text gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
    with op.batch_alter_table("case_presence", schema=None) as batch_op:
        batch_op.drop_index("ix_case_presence_seen_at")
    op.drop_table("case_presence")
