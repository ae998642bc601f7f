"""The evidence files of an inquiry: the copy of the letter sent, the scanned answer.

- ``inquiry_evidence``: an evidence item linked to an inquiry of its case, with its role
  (``letter_sent`` or ``answer_scan``), who linked it and when. A link goes with its item
  when the item is purged.

A new table only; nothing stored is rebuilt.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 05:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = sa.Enum(
    "letter_sent",
    "answer_scan",
    name="inquiry_file_role",
    native_enum=False,
    create_constraint=True,
    length=32,
)


def upgrade() -> None:
    op.create_table(
        "inquiry_evidence",
        sa.Column("inquiry_id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("role", ROLE, nullable=False),
        sa.Column("linked_by", sa.String(length=100), nullable=False),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_inquiry_evidence_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["inquiry_id"],
            ["inquiries.id"],
            name=op.f("fk_inquiry_evidence_inquiry_id_inquiries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "inquiry_id", "evidence_id", "role", name=op.f("pk_inquiry_evidence")
        ),
    )
    op.create_index(
        "ix_inquiry_evidence_evidence_id", "inquiry_evidence", ["evidence_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_inquiry_evidence_evidence_id", table_name="inquiry_evidence")
    op.drop_table("inquiry_evidence")
