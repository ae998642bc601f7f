"""Explained contradictions: a caseworker's note that sets a contradiction aside.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 14:04:14.983960
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('contradiction_explanations',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.Enum('alive_after_death', 'same_time_conflict', 'official_behind', 'stale', name='contradiction_rule', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('report_ids', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('explained_by', sa.String(length=100), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
    sa.Column('withdrawn_by', sa.String(length=200), server_default='', nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.CHAR(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_contradiction_explanations_person_id_persons'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contradiction_explanations')),
    sa.UniqueConstraint('person_id', 'rule', 'report_ids', name='uq_contradiction_explanations_key'),
    sa.UniqueConstraint('uuid', name=op.f('uq_contradiction_explanations_uuid'))
    )
    with op.batch_alter_table('contradiction_explanations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contradiction_explanations_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('contradiction_explanations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contradiction_explanations_person_id'))

    op.drop_table('contradiction_explanations')
