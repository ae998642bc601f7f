"""Undoing a decision on a proposed match (issue 13) without deleting it.

- ``match_decisions.withdraws_id``: set on a withdrawal, the decision it undoes; unique (a
  decision is withdrawn once), NULL on every decision stored so far.

Only ``match_decisions`` (new in 0014, a few rows) is rebuilt in batch mode, since SQLite
cannot add a foreign key to a table in place.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 13:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Reflecting the table would otherwise reflect ``persons`` and on to ``cases``, whose
# expression indexes SQLAlchemy cannot reflect (it warns, and the tests turn warnings into errors).
NO_FK_REFLECTION = {"resolve_fks": False}
# Batch mode would recreate the indexes in an order that changes from run to run; they are
# dropped first and made again in this order.
INDEXES = {
    "ix_match_decisions_entry": ["entry_id", "person_id"],
    "ix_match_decisions_other_person": ["other_person_id", "person_id"],
    "ix_match_decisions_person_id": ["person_id"],
}


def _drop_indexes() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="match_decisions")


def _create_indexes() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "match_decisions", columns, unique=False)


def upgrade() -> None:
    _drop_indexes()
    with op.batch_alter_table(
        "match_decisions", schema=None, reflect_kwargs=NO_FK_REFLECTION
    ) as batch:
        batch.add_column(sa.Column("withdraws_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_match_decisions_withdraws_id_match_decisions"),
            "match_decisions",
            ["withdraws_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch.create_unique_constraint(op.f("uq_match_decisions_withdraws_id"), ["withdraws_id"])
    _create_indexes()


def downgrade() -> None:
    # Withdrawals stay: with their fingerprints and empty reason the older program still
    # reads the pair as undecided.
    _drop_indexes()
    with op.batch_alter_table(
        "match_decisions", schema=None, reflect_kwargs=NO_FK_REFLECTION
    ) as batch:
        batch.drop_constraint(op.f("uq_match_decisions_withdraws_id"), type_="unique")
        batch.drop_constraint(
            op.f("fk_match_decisions_withdraws_id_match_decisions"), type_="foreignkey"
        )
        batch.drop_column("withdraws_id")
    _create_indexes()
