"""The evidence vault: how a file was obtained from a fixed list, one item per file and case.

- ``evidence.how_obtained`` becomes an enum column (NULL when not recorded); values outside
  the list, which no version of the program wrote, become NULL.
- ``uq_evidence_case_sha256``: a file is kept once per case (it replaces the index on
  ``case_id``, which the constraint's own index covers).
- ``ix_evidence_reports_report_id``: a report's files without scanning every link.

Only ``evidence`` is rebuilt in batch mode; ``cases`` and its expression indexes (0003) are
left alone.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HOW_OBTAINED = ("messenger", "email", "family_handover", "downloaded", "screenshot", "letter")
# Reflecting ``evidence`` would otherwise reflect ``cases`` too, whose expression indexes
# SQLAlchemy cannot reflect (it warns, and the tests turn warnings into errors).
NO_FK_REFLECTION = {"resolve_fks": False}
HOW_OBTAINED_TYPE = sa.Enum(
    *HOW_OBTAINED,
    name="how_obtained",
    native_enum=False,
    create_constraint=True,
    length=32,
)


def upgrade() -> None:
    allowed = ", ".join(f"'{value}'" for value in HOW_OBTAINED)
    with op.batch_alter_table("evidence", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.alter_column(
            "how_obtained",
            existing_type=sa.String(length=200),
            existing_server_default="",
            server_default=None,
            nullable=True,
        )
    op.execute(f"UPDATE evidence SET how_obtained = NULL WHERE how_obtained NOT IN ({allowed})")
    with op.batch_alter_table("evidence", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.alter_column(
            "how_obtained",
            existing_type=sa.String(length=200),
            type_=HOW_OBTAINED_TYPE,
            existing_nullable=True,
        )
        batch_op.drop_index("ix_evidence_case_id")
        batch_op.create_unique_constraint("uq_evidence_case_sha256", ["case_id", "sha256"])
    with op.batch_alter_table("evidence_reports", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index("ix_evidence_reports_report_id", ["report_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence_reports", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index("ix_evidence_reports_report_id")
    with op.batch_alter_table("evidence", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_constraint("uq_evidence_case_sha256", type_="unique")
        batch_op.create_index("ix_evidence_case_id", ["case_id"], unique=False)
        batch_op.alter_column(
            "how_obtained",
            existing_type=HOW_OBTAINED_TYPE,
            type_=sa.String(length=200),
            existing_nullable=True,
        )
    op.execute("UPDATE evidence SET how_obtained = '' WHERE how_obtained IS NULL")
    with op.batch_alter_table("evidence", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.alter_column(
            "how_obtained",
            existing_type=sa.String(length=200),
            server_default="",
            nullable=False,
        )
