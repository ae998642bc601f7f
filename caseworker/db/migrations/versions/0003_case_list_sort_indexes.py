"""Indexes for every order of the case list: a column, then the reference; empty dates last.

SQLAlchemy does not reflect expression indexes, so a later migration that rebuilds the
``cases`` table in batch mode must create the four of EXPRESSIONS again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 14:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SINGLE_COLUMN = ["family_name", "region", "status", "last_report_on", "next_action_due"]
WITH_REFERENCE = ["family_name", "region", "status", "persons_label"]
EXPRESSIONS = {
    "ix_cases_last_report_nulls_last": "(last_report_on IS NULL), last_report_on, reference",
    "ix_cases_last_report_desc_nulls_last": (
        "(last_report_on IS NOT NULL), last_report_on, reference"
    ),
    "ix_cases_next_due_nulls_last": "(next_action_due IS NULL), next_action_due, reference",
    "ix_cases_next_due_desc_nulls_last": (
        "(next_action_due IS NOT NULL), next_action_due, reference"
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for column in SINGLE_COLUMN:
            batch_op.drop_index(f"ix_cases_{column}")
        for column in WITH_REFERENCE:
            batch_op.create_index(f"ix_cases_{column}", [column, "reference"], unique=False)
    for name, expression in EXPRESSIONS.items():
        op.execute(f"CREATE INDEX {name} ON cases ({expression})")


def downgrade() -> None:
    for name in EXPRESSIONS:
        op.execute(f"DROP INDEX {name}")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for column in WITH_REFERENCE:
            batch_op.drop_index(f"ix_cases_{column}")
        for column in SINGLE_COLUMN:
            batch_op.create_index(f"ix_cases_{column}", [column], unique=False)
