"""Matching keys for sought persons' names (issue 13), filled for the persons stored.

- ``persons.surname_key``, ``given_key``, ``patronymic_key``: one key for a name in any
  spelling (Шумов = Shumov, Олексій = Алексей = Oleksii; ``caseworker.names.name_key``), ""
  for an empty name. The program keeps them with the names (the model's validator).
- Indexes for blocking candidate pairs and for the search box: (surname, given name),
  (given name, patronymic) and the patronymic alone, each followed by the case, so that
  the search finds the cases of a common name (thousands of persons) in the index alone:
  about 11 ms instead of 30 ms for one given name on 100,000 cases.

The keys are computed with ``caseworker.names`` as it ships with this revision: unlike a
sort key, a key depends on the shipped name tables, which are too large to copy here. A
later change of the keys bumps ``caseworker.names.KEY_VERSION`` and ships a migration that
refills these columns.

Columns are added with ALTER TABLE, so ``persons`` is not rebuilt and its triggers and
indexes stay as they are.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYED_BY = {"surname": "surname_key", "given_name": "given_key", "patronymic": "patronymic_key"}
INDEXES = {
    "ix_persons_surname_key": ["surname_key", "given_key", "case_id"],
    "ix_persons_given_key": ["given_key", "patronymic_key", "case_id"],
    "ix_persons_patronymic_key": ["patronymic_key", "case_id"],
}
BATCH = 5000


def _fill_keys() -> None:
    from caseworker.names import NameField, name_key

    fields = {name: NameField(column.removesuffix("_key")) for name, column in KEYED_BY.items()}
    persons = sa.table("persons", *(sa.column(c) for c in ["id", *KEYED_BY, *KEYED_BY.values()]))
    update = (
        sa.update(persons)
        .where(persons.c.id == sa.bindparam("person_id"))
        .values({column: sa.bindparam(column) for column in KEYED_BY.values()})
    )
    connection = op.get_bind()
    # Read first, then write: a few MB for 100,000 persons.
    rows = connection.execute(sa.select(persons.c.id, *(persons.c[n] for n in KEYED_BY))).all()
    for start in range(0, len(rows), BATCH):
        values = [
            {
                "person_id": row[0],
                **{
                    column: name_key(row[1 + i] or "", fields[name])
                    for i, (name, column) in enumerate(KEYED_BY.items())
                },
            }
            for row in rows[start : start + BATCH]
        ]
        connection.execute(update, values)


def upgrade() -> None:
    for column in KEYED_BY.values():
        op.add_column(
            "persons", sa.Column(column, sa.String(100), nullable=False, server_default="")
        )
    _fill_keys()
    for name, columns in INDEXES.items():
        op.create_index(name, "persons", columns, unique=False)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="persons")
    # SQLite 3.35+ drops a column in place (no rebuild, triggers kept).
    for column in KEYED_BY.values():
        op.execute(f"ALTER TABLE persons DROP COLUMN {column}")
