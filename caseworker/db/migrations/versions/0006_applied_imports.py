"""Applied imports and their marks: an import done twice creates nothing twice.

- ``applied_imports``: each workbook applied (file name, SHA-256, who, when, counts).
- ``import_marks``: the fingerprint of each new row's content and the record it created,
  so that the same rows imported again (the same file, or a copy re-saved elsewhere) are
  recognised as already present.

New tables only; nothing stored is rebuilt.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 01:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "applied_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.CHAR(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("applied_by", sa.String(length=100), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applied_imports")),
    )
    op.create_index("ix_applied_imports_sha256", "applied_imports", ["sha256"], unique=False)
    op.create_table(
        "import_marks",
        sa.Column("fingerprint", sa.CHAR(length=64), nullable=False),
        sa.Column("sheet", sa.String(length=20), nullable=False),
        sa.Column("record_uuid", sa.CHAR(length=36), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["applied_imports.id"],
            name=op.f("fk_import_marks_import_id_applied_imports"),
        ),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_import_marks")),
    )
    op.create_index("ix_import_marks_import_id", "import_marks", ["import_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_import_marks_import_id", table_name="import_marks")
    op.drop_table("import_marks")
    op.drop_index("ix_applied_imports_sha256", table_name="applied_imports")
    op.drop_table("applied_imports")
