"""Published lists and their entries (issue 13).

- ``published_lists``: what a list is (name, publisher, day, address), what being on it
  implies (``means``, a claim), its grade, its file's SHA-256 (unique: one list per file) and
  name, the column mapping used, the edition it follows, who entered it. The file is kept in
  the evidence vault under its hash; ``evidence_id`` is for an item made from it later.
- ``list_entries``: one row of a list, with its row as published (JSON), the fields read from
  it, the names' matching keys (indexed for blocking as the persons' are) and, across
  editions, whether it is new or kept and the newer edition it is gone in.

New tables only; nothing stored is rebuilt.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "published_lists",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("publisher", sa.String(length=200), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("address", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "means",
            sa.Enum(
                "alive",
                "wounded",
                "captured",
                "released",
                "killed",
                "remains_recovered",
                "remains_identified",
                "missing",
                "no_information",
                name="list_means",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "reliability",
            sa.Enum(
                "A",
                "B",
                "C",
                "D",
                "E",
                "F",
                name="reliability",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "credibility",
            sa.Enum(
                "1",
                "2",
                "3",
                "4",
                "5",
                "6",
                name="credibility",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.CHAR(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("column_map", sa.Text(), nullable=False),
        sa.Column("edition_of_id", sa.Integer(), nullable=True),
        sa.Column("entered_by", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.CHAR(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["edition_of_id"],
            ["published_lists.id"],
            name=op.f("fk_published_lists_edition_of_id_published_lists"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_published_lists_evidence_id_evidence"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_lists")),
        sa.UniqueConstraint("sha256", name=op.f("uq_published_lists_sha256")),
        sa.UniqueConstraint("uuid", name=op.f("uq_published_lists_uuid")),
    )
    op.create_index(
        op.f("ix_published_lists_edition_of_id"), "published_lists", ["edition_of_id"], unique=False
    )
    op.create_index(
        op.f("ix_published_lists_evidence_id"), "published_lists", ["evidence_id"], unique=False
    )
    op.create_table(
        "list_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("published", sa.Text(), nullable=False),
        sa.Column("surname", sa.String(length=100), server_default="", nullable=False),
        sa.Column("given_name", sa.String(length=100), server_default="", nullable=False),
        sa.Column("patronymic", sa.String(length=100), server_default="", nullable=False),
        sa.Column("full_name", sa.String(length=300), server_default="", nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column(
            "birth_precision",
            sa.Enum(
                "day",
                "month",
                "year",
                "approximate",
                "range",
                name="birth_precision",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("service_number", sa.String(length=200), server_default="", nullable=False),
        sa.Column("unit", sa.String(length=200), server_default="", nullable=False),
        sa.Column("region", sa.String(length=200), server_default="", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("surname_key", sa.String(length=100), server_default="", nullable=False),
        sa.Column("given_key", sa.String(length=100), server_default="", nullable=False),
        sa.Column("patronymic_key", sa.String(length=100), server_default="", nullable=False),
        sa.Column(
            "edition_change",
            sa.Enum(
                "new",
                "kept",
                name="edition_change",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("gone_in_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["gone_in_id"],
            ["published_lists.id"],
            name=op.f("fk_list_entries_gone_in_id_published_lists"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["published_lists.id"],
            name=op.f("fk_list_entries_list_id_published_lists"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_entries")),
        sa.UniqueConstraint("list_id", "row_number", name="uq_list_entries_list_row"),
    )
    op.create_index(
        "ix_list_entries_given_key", "list_entries", ["given_key", "patronymic_key"], unique=False
    )
    op.create_index("ix_list_entries_gone_in_id", "list_entries", ["gone_in_id"], unique=False)
    op.create_index(
        "ix_list_entries_patronymic_key", "list_entries", ["patronymic_key"], unique=False
    )
    op.create_index(
        "ix_list_entries_service_number", "list_entries", ["service_number"], unique=False
    )
    op.create_index(
        "ix_list_entries_surname_key", "list_entries", ["surname_key", "given_key"], unique=False
    )


def downgrade() -> None:
    for name in (
        "ix_list_entries_given_key",
        "ix_list_entries_gone_in_id",
        "ix_list_entries_patronymic_key",
        "ix_list_entries_service_number",
        "ix_list_entries_surname_key",
    ):
        op.drop_index(name, table_name="list_entries")
    op.drop_table("list_entries")
    op.drop_index(op.f("ix_published_lists_evidence_id"), table_name="published_lists")
    op.drop_index(op.f("ix_published_lists_edition_of_id"), table_name="published_lists")
    op.drop_table("published_lists")
