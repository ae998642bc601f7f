"""Indexes for the work list on a large database (issue 12's speed).

- ``reports (person_id, received_on, retracted_at)``: the latest live report of each
  person ("no news for too long") read from the index alone, not from the wide report rows;
- ``inquiry_events (report_id, inquiry_id)`` of the answers only (a partial index): the
  answers not recorded as a report found directly instead of among every event without a
  report, and of no use to any other query (an index on the kind would lead the planner to
  scan every extension of every inquiry when it looks for one inquiry's latest);
- ``family_log (relative_id, told_on)``: the last day each relative was told, from the index;
- ``inquiries (case_id, person_id, answered_on)``: the latest answer about each person.

Indexes only; nothing stored changes, and overdue stays computed.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 06:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_reports_person_received": ("reports", ["person_id", "received_on", "retracted_at"]),
    "ix_family_log_relative_told": ("family_log", ["relative_id", "told_on"]),
    "ix_inquiries_answered": ("inquiries", ["case_id", "person_id", "answered_on"]),
}


ANSWERS = "kind = 'answered'"


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns, unique=False)
    op.create_index(
        "ix_inquiry_events_unrecorded",
        "inquiry_events",
        ["report_id", "inquiry_id"],
        unique=False,
        sqlite_where=sa.text(ANSWERS),
        postgresql_where=sa.text(ANSWERS),
    )


def downgrade() -> None:
    op.drop_index("ix_inquiry_events_unrecorded", table_name="inquiry_events")
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
