"""The initial schema, with the FTS5 trigram index over the folded search texts on SQLite.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 13:49:06.818443
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCH_FTS_DDL = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "text, content='search_entries', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
    "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END",
]


def upgrade() -> None:
    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('entity_uuid', sa.CHAR(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), server_default='', nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entries_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('cases',
    sa.Column('reference', sa.String(length=20), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=200), server_default='', nullable=False),
    sa.Column('status', sa.Enum('open', 'located', 'closed', name='case_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('assigned_to', sa.String(length=200), server_default='', nullable=False),
    sa.Column('next_action', sa.String(length=200), server_default='', nullable=False),
    sa.Column('next_action_due', sa.Date(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('persons_label', sa.String(length=200), server_default='', nullable=False),
    sa.Column('last_report_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.CHAR(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('reference', name=op.f('uq_cases_reference')),
    sa.UniqueConstraint('uuid', name=op.f('uq_cases_uuid'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_family_name', ['family_name'], unique=False)
        batch_op.create_index('ix_cases_last_report_on', ['last_report_on'], unique=False)
        batch_op.create_index('ix_cases_next_action_due', ['next_action_due'], unique=False)
        batch_op.create_index('ix_cases_region', ['region'], unique=False)
        batch_op.create_index('ix_cases_status', ['status'], unique=False)

    op.create_table('evidence',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.CHAR(length=64), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=200), server_default='', nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('how_obtained', sa.String(length=200), server_default='', nullable=False),
    sa.Column('source_url', sa.Text(), server_default='', nullable=False),
    sa.Column('captured_at', sa.DateTime(), nullable=True),
    sa.Column('added_by', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.Column('graphic', sa.Boolean(), nullable=False),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.CHAR(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_evidence_case_id_cases'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence')),
    sa.UniqueConstraint('uuid', name=op.f('uq_evidence_uuid'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_sha256'), ['sha256'], unique=False)

    op.create_table('persons',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('surname', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('patronymic', sa.String(length=200), server_default='', nullable=False),
    sa.Column('name_variants', sa.String(length=200), server_default='', nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_place', sa.String(length=200), server_default='', nullable=False),
    sa.Column('service_number', sa.String(length=200), server_default='', nullable=False),
    sa.Column('rank', sa.String(length=200), server_default='', nullable=False),
    sa.Column('unit', sa.String(length=200), server_default='', nullable=False),
    sa.Column('position', sa.String(length=200), server_default='', nullable=False),
    sa.Column('call_sign', sa.String(length=200), server_default='', nullable=False),
    sa.Column('last_contact_on', sa.Date(), nullable=True),
    sa.Column('last_contact_place', sa.String(length=200), server_default='', nullable=False),
    sa.Column('last_contact_channel', sa.String(length=200), server_default='', nullable=False),
    sa.Column('official_status', sa.Enum('not_reported', 'missing', 'captured', 'wounded', 'killed', 'alive', name='official_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('official_status_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.CHAR(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_persons_case_id_cases'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons')),
    sa.UniqueConstraint('uuid', name=op.f('uq_persons_uuid'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_persons_service_number', ['service_number'], unique=False)

    op.create_table('relatives',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('surname', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('patronymic', sa.String(length=200), server_default='', nullable=False),
    sa.Column('relation', sa.Enum('wife', 'husband', 'mother', 'father', 'son', 'daughter', 'sister', 'brother', 'grandparent', 'other', name='relation', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('relation_note', sa.String(length=200), server_default='', nullable=False),
    sa.Column('phone', sa.String(length=200), server_default='', nullable=False),
    sa.Column('email', sa.String(length=200), server_default='', nullable=False),
    sa.Column('address', sa.String(length=200), server_default='', nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('consent_scope', sa.String(length=200), server_default='', nullable=False),
    sa.Column('dna_collected_on', sa.Date(), nullable=True),
    sa.Column('dna_lab', sa.String(length=200), server_default='', nullable=False),
    sa.Column('dna_sample_ref', sa.String(length=200), server_default='', nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.CHAR(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_relatives_case_id_cases'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relatives')),
    sa.UniqueConstraint('uuid', name=op.f('uq_relatives_uuid'))
    )
    with op.batch_alter_table('relatives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relatives_case_id'), ['case_id'], unique=False)

    op.create_table('search_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_search_entries_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_entries')),
    sa.UniqueConstraint('kind', 'entity_id', name='uq_search_entries_kind_entity')
    )
    with op.batch_alter_table('search_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_entries_case_id'), ['case_id'], unique=False)

    op.create_table('assessments',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('alive', 'wounded', 'captured', 'dead', 'unknown', name='assessed_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('confidence', sa.Enum('low', 'medium', 'high', name='confidence', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('rationale', sa.Text(), server_default='', nullable=False),
    sa.Column('assessed_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.CHAR(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_assessments_person_id_persons'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments')),
    sa.UniqueConstraint('uuid', name=op.f('uq_assessments_uuid'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessments_person_id'), ['person_id'], unique=False)

    op.create_table('inquiries',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('addressee', sa.String(length=200), nullable=False),
    sa.Column('status', sa.Enum('draft', 'sent', 'answered', 'no_answer', name='inquiry_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('our_reference', sa.String(length=200), server_default='', nullable=False),
    sa.Column('their_reference', sa.String(length=200), server_default='', nullable=False),
    sa.Column('response_due', sa.Date(), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answer', sa.Text(), server_default='', nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.CHAR(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_inquiries_case_id_cases'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_inquiries_person_id_persons'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inquiries')),
    sa.UniqueConstraint('uuid', name=op.f('uq_inquiries_uuid'))
    )
    with op.batch_alter_table('inquiries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inquiries_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inquiries_person_id'), ['person_id'], unique=False)

    op.create_table('reports',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('claim', sa.Enum('alive', 'wounded', 'captured', 'released', 'killed', 'remains_recovered', 'remains_identified', 'missing', 'no_information', name='claim', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('event_from', sa.Date(), nullable=False),
    sa.Column('event_to', sa.Date(), nullable=False),
    sa.Column('event_precision', sa.Enum('day', 'month', 'year', 'approximate', 'range', name='date_precision', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('stated_on', sa.Date(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('source_kind', sa.Enum('official', 'unit', 'comrade', 'opposing_side', 'hospital', 'red_cross', 'ombudsman', 'published_list', 'media', 'family', 'research', 'other', name='source_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('source_name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('source_contact', sa.String(length=200), server_default='', nullable=False),
    sa.Column('document_ref', sa.String(length=200), server_default='', nullable=False),
    sa.Column('reliability', sa.Enum('A', 'B', 'C', 'D', 'E', 'F', name='reliability', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('credibility', sa.Enum('1', '2', '3', '4', '5', '6', name='credibility', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('derived_from_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=200), server_default='', nullable=False),
    sa.Column('summary', sa.Text(), server_default='', nullable=False),
    sa.Column('entered_by', sa.String(length=100), nullable=False),
    sa.Column('retracted_at', sa.DateTime(), nullable=True),
    sa.Column('retracted_by', sa.String(length=200), server_default='', nullable=False),
    sa.Column('retraction_reason', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.CHAR(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('event_from <= event_to', name=op.f('ck_reports_event_interval')),
    sa.ForeignKeyConstraint(['derived_from_id'], ['reports.id'], name=op.f('fk_reports_derived_from_id_reports'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_reports_person_id_persons'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reports')),
    sa.UniqueConstraint('uuid', name=op.f('uq_reports_uuid'))
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reports_derived_from_id'), ['derived_from_id'], unique=False)
        batch_op.create_index('ix_reports_person_event', ['person_id', 'event_from'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_person_id'), ['person_id'], unique=False)

    op.create_table('evidence_reports',
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_evidence_reports_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_evidence_reports_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('evidence_id', 'report_id', name=op.f('pk_evidence_reports'))
    )

    if op.get_bind().dialect.name == "sqlite":
        for statement in SEARCH_FTS_DDL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts")

    op.drop_table('evidence_reports')
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reports_person_id'))
        batch_op.drop_index('ix_reports_person_event')
        batch_op.drop_index(batch_op.f('ix_reports_derived_from_id'))

    op.drop_table('reports')
    with op.batch_alter_table('inquiries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inquiries_person_id'))
        batch_op.drop_index(batch_op.f('ix_inquiries_case_id'))

    op.drop_table('inquiries')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessments_person_id'))

    op.drop_table('assessments')
    with op.batch_alter_table('search_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_entries_case_id'))

    op.drop_table('search_entries')
    with op.batch_alter_table('relatives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relatives_case_id'))

    op.drop_table('relatives')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_service_number')
        batch_op.drop_index(batch_op.f('ix_persons_case_id'))

    op.drop_table('persons')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_sha256'))
        batch_op.drop_index(batch_op.f('ix_evidence_case_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_status')
        batch_op.drop_index('ix_cases_region')
        batch_op.drop_index('ix_cases_next_action_due')
        batch_op.drop_index('ix_cases_last_report_on')
        batch_op.drop_index('ix_cases_family_name')

    op.drop_table('cases')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_entity')

    op.drop_table('audit_entries')

