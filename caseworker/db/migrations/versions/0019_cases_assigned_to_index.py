"""An index for "my cases": the case list filtered by who a case is assigned to (issue 15).

``cases(assigned_to, reference)``: the list's filter is ``assigned_to = <the one working>``
and its default order the reference, so a page of one's own cases is read from the index in
order, without reading every case. Measured before it on 100,000 cases: 31 ms for a page,
66 ms when nothing matches (every case read).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02 20:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_cases_assigned_to", "cases", ["assigned_to", "reference"])


def downgrade() -> None:
    op.drop_index("ix_cases_assigned_to", table_name="cases")
