"""Decisions on proposed matches (issue 13).

- ``match_decisions``: append-only; a list entry (or a second sought person) and a sought
  person, same or not, the reason, both sides' identity fingerprints when decided, the report
  "this is him" made, who and when.

A new table only; nothing stored is rebuilt.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "match_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.CHAR(length=36), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("other_person_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("same", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("left_fingerprint", sa.CHAR(length=64), nullable=False),
        sa.Column("person_fingerprint", sa.CHAR(length=64), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["list_entries.id"],
            name=op.f("fk_match_decisions_entry_id_list_entries"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["other_person_id"],
            ["persons.id"],
            name=op.f("fk_match_decisions_other_person_id_persons"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_match_decisions_person_id_persons"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_match_decisions_report_id_reports"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_decisions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_match_decisions_uuid")),
    )
    op.create_index(
        "ix_match_decisions_entry", "match_decisions", ["entry_id", "person_id"], unique=False
    )
    op.create_index(
        "ix_match_decisions_other_person",
        "match_decisions",
        ["other_person_id", "person_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_match_decisions_person_id"), "match_decisions", ["person_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_match_decisions_person_id"), table_name="match_decisions")
    op.drop_index("ix_match_decisions_other_person", table_name="match_decisions")
    op.drop_index("ix_match_decisions_entry", table_name="match_decisions")
    op.drop_table("match_decisions")
