"""Inquiries with addressees and a course of events; the family log.

- ``addressees``: the directory of offices (kind, contacts, own deadline days, sensitive).
- ``inquiries``: the addressee becomes a key to ``addressees`` (each distinct name stored
  before becomes an addressee of kind ``other``); the applicant (a relative, or none for
  the organisation), the channel, the registration day and the inquiry it continues after
  a forwarding are added. ``response_due`` goes: due dates are computed from the
  addressee's rule; a stored one is kept as an extension event. Status ``no_answer``
  becomes ``closed``; ``registered``, ``extended`` and ``forwarded`` are new.
- ``inquiry_events``: the course, append-only; the sent and answer days stored before
  become its first events.
- ``family_log``: what a relative was told, append-only.
- ``cases.inform_every_days``: keep the family informed every so many days (14).

Only ``inquiries`` is rebuilt in batch mode; ``cases`` gets its column with ALTER TABLE, so
its expression indexes (0003) stay as they are.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 04:40:00
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NO_FK_REFLECTION = {"resolve_fks": False}


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


OLD_STATUS = _enum("inquiry_status", "draft", "sent", "answered", "no_answer")
NEW_STATUS = _enum(
    "inquiry_status", "draft", "sent", "registered", "extended", "forwarded", "answered", "closed"
)
CHANNEL = _enum("channel", "post", "portal", "email", "in_person", "hotline")
ADDRESSEE_KIND = _enum(
    "addressee_kind",
    "commissariat",
    "unit",
    "ministry",
    "prosecutor",
    "investigative",
    "ombudsman",
    "president",
    "court",
    "red_cross",
    "icrc",
    "hospital",
    "other_side",
    "other",
)
EVENT_KIND = _enum(
    "inquiry_event_kind",
    "sent",
    "registered",
    "forwarded",
    "extended",
    "answered",
    "closed_without_answer",
)
TOLD_HOW = _enum("told_how", "call", "meeting", "letter", "message")
TOLD_WHAT = _enum(
    "told_what",
    "report_received",
    "inquiry_sent",
    "answer_received",
    "alive",
    "wounded",
    "captured",
    "killed",
    "no_news",
)
MIGRATED_BY = "migration 0008"


def _mutable_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.CHAR(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "addressees",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", ADDRESSEE_KIND, nullable=False),
        sa.Column("regional", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("postal_address", sa.Text(), server_default="", nullable=False),
        sa.Column("email", sa.String(length=200), server_default="", nullable=False),
        sa.Column("portal", sa.String(length=200), server_default="", nullable=False),
        sa.Column("deadline_days", sa.Integer(), nullable=True),
        sa.Column("sensitive", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        *_mutable_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_addressees")),
        sa.UniqueConstraint("name", name=op.f("uq_addressees_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_addressees_uuid")),
    )
    with op.batch_alter_table("inquiries", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch:
        batch.add_column(sa.Column("addressee_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("applicant_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("channel", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("registered_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("forwarded_from_id", sa.Integer(), nullable=True))
        batch.alter_column(
            "status", existing_type=OLD_STATUS, type_=sa.String(length=32), nullable=False
        )
    op.create_table(
        "inquiry_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.CHAR(length=36), nullable=False),
        sa.Column("inquiry_id", sa.Integer(), nullable=False),
        sa.Column("kind", EVENT_KIND, nullable=False),
        sa.Column("event_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("their_reference", sa.String(length=200), server_default="", nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("addressee_id", sa.Integer(), nullable=True),
        sa.Column("next_inquiry_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inquiry_id"],
            ["inquiries.id"],
            name=op.f("fk_inquiry_events_inquiry_id_inquiries"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_inquiry_events_report_id_reports"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["addressee_id"],
            ["addressees.id"],
            name=op.f("fk_inquiry_events_addressee_id_addressees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["next_inquiry_id"],
            ["inquiries.id"],
            name=op.f("fk_inquiry_events_next_inquiry_id_inquiries"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiry_events")),
        sa.UniqueConstraint("uuid", name=op.f("uq_inquiry_events_uuid")),
    )
    op.create_index(
        "ix_inquiry_events_inquiry", "inquiry_events", ["inquiry_id", "event_on"], unique=False
    )
    op.create_index("ix_inquiry_events_report_id", "inquiry_events", ["report_id"], unique=False)
    _carry_over_inquiries()
    with op.batch_alter_table("inquiries", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch:
        batch.alter_column(
            "status", existing_type=sa.String(length=32), type_=NEW_STATUS, nullable=False
        )
        batch.alter_column(
            "channel", existing_type=sa.String(length=32), type_=CHANNEL, nullable=False
        )
        batch.alter_column("addressee_id", existing_type=sa.Integer(), nullable=False)
        batch.drop_column("addressee")
        batch.drop_column("response_due")
        batch.create_foreign_key(
            "fk_inquiries_addressee_id_addressees",
            "addressees",
            ["addressee_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch.create_foreign_key(
            "fk_inquiries_applicant_id_relatives",
            "relatives",
            ["applicant_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch.create_foreign_key(
            "fk_inquiries_forwarded_from_id_inquiries",
            "inquiries",
            ["forwarded_from_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        # The rebuilt table's indexes are made below, in an order that never varies.
        batch.drop_index("ix_inquiries_case_id")
        batch.drop_index("ix_inquiries_person_id")
    for column in ("case_id", "person_id", "addressee_id", "applicant_id", "forwarded_from_id"):
        op.create_index(f"ix_inquiries_{column}", "inquiries", [column], unique=False)
    op.create_index("ix_inquiries_status", "inquiries", ["status"], unique=False)
    op.create_table(
        "family_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.CHAR(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("relative_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("told_on", sa.Date(), nullable=False),
        sa.Column("told_by", sa.String(length=200), nullable=False),
        sa.Column("how", TOLD_HOW, nullable=False),
        sa.Column("what", TOLD_WHAT, nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_family_log_case_id_cases"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["relative_id"],
            ["relatives.id"],
            name=op.f("fk_family_log_relative_id_relatives"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_family_log_person_id_persons"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_log")),
        sa.UniqueConstraint("uuid", name=op.f("uq_family_log_uuid")),
    )
    op.create_index("ix_family_log_case", "family_log", ["case_id", "told_on"], unique=False)
    op.create_index("ix_family_log_relative_id", "family_log", ["relative_id"], unique=False)
    op.add_column(
        "cases",
        sa.Column("inform_every_days", sa.Integer(), server_default="14", nullable=False),
    )


def _carry_over_inquiries() -> None:
    """Addressees from the names stored before; the stored days as the first events."""
    bind = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    stored = bind.execute(sa.text("SELECT DISTINCT addressee FROM inquiries")).scalars().all()
    for name in sorted({name.strip() or "?" for name in stored}):
        bind.execute(
            sa.text(
                "INSERT INTO addressees (name, kind, uuid, version, created_at, updated_at)"
                " VALUES (:name, 'other', :uuid, 1, :now, :now)"
            ),
            {"name": name, "uuid": str(uuid.uuid4()), "now": now},
        )
    bind.execute(
        sa.text(
            "UPDATE inquiries SET channel = 'post', addressee_id = (SELECT a.id FROM addressees a"
            " WHERE a.name = CASE WHEN trim(inquiries.addressee) = '' THEN '?'"
            " ELSE trim(inquiries.addressee) END)"
        )
    )
    bind.execute(sa.text("UPDATE inquiries SET status = 'closed' WHERE status = 'no_answer'"))
    rows = bind.execute(
        sa.text("SELECT id, sent_on, response_due, answered_on, answer FROM inquiries")
    ).all()
    for inquiry_id, sent_on, response_due, answered_on, answer in rows:
        events = [("sent", sent_on, None, ""), ("extended", response_due, response_due, "")]
        events.append(("answered", answered_on, None, answer or ""))
        for kind, on, due_on, text in events:
            if on is None:
                continue
            bind.execute(
                sa.text(
                    "INSERT INTO inquiry_events (uuid, inquiry_id, kind, event_on, due_on, text,"
                    " actor, recorded_at) VALUES (:uuid, :inquiry, :kind, :on, :due, :text,"
                    " :actor, :now)"
                ),
                {
                    "uuid": str(uuid.uuid4()),
                    "inquiry": inquiry_id,
                    "kind": kind,
                    "on": on if kind != "extended" else (sent_on or on),
                    "due": due_on,
                    "text": text,
                    "actor": MIGRATED_BY,
                    "now": now,
                },
            )


def downgrade() -> None:
    op.drop_column("cases", "inform_every_days")
    op.drop_index("ix_family_log_relative_id", table_name="family_log")
    op.drop_index("ix_family_log_case", table_name="family_log")
    op.drop_table("family_log")
    with op.batch_alter_table("inquiries", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch:
        batch.add_column(
            sa.Column("addressee", sa.String(length=200), server_default="", nullable=False)
        )
        batch.add_column(sa.Column("response_due", sa.Date(), nullable=True))
        batch.alter_column(
            "status", existing_type=NEW_STATUS, type_=sa.String(length=32), nullable=False
        )
        batch.alter_column(
            "channel", existing_type=CHANNEL, type_=sa.String(length=32), nullable=True
        )
    op.execute(
        "UPDATE inquiries SET addressee = (SELECT name FROM addressees"
        " WHERE addressees.id = inquiries.addressee_id)"
    )
    op.execute(
        "UPDATE inquiries SET response_due = (SELECT max(due_on) FROM inquiry_events e"
        " WHERE e.inquiry_id = inquiries.id AND e.kind = 'extended')"
    )
    op.execute(
        "UPDATE inquiries SET status = CASE WHEN status = 'closed' THEN 'no_answer'"
        " WHEN status IN ('registered', 'extended', 'forwarded') THEN 'sent' ELSE status END"
    )
    op.drop_index("ix_inquiry_events_report_id", table_name="inquiry_events")
    op.drop_index("ix_inquiry_events_inquiry", table_name="inquiry_events")
    op.drop_table("inquiry_events")
    with op.batch_alter_table("inquiries", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch:
        batch.drop_index("ix_inquiries_status")
        batch.drop_index("ix_inquiries_forwarded_from_id")
        batch.drop_index("ix_inquiries_applicant_id")
        batch.drop_index("ix_inquiries_addressee_id")
        batch.drop_constraint("fk_inquiries_forwarded_from_id_inquiries", type_="foreignkey")
        batch.drop_constraint("fk_inquiries_applicant_id_relatives", type_="foreignkey")
        batch.drop_constraint("fk_inquiries_addressee_id_addressees", type_="foreignkey")
        batch.drop_column("forwarded_from_id")
        batch.drop_column("registered_on")
        batch.drop_column("channel")
        batch.drop_column("applicant_id")
        batch.drop_column("addressee_id")
        batch.alter_column(
            "status", existing_type=sa.String(length=32), type_=OLD_STATUS, nullable=False
        )
        batch.alter_column("addressee", server_default=None, existing_type=sa.String(length=200))
    op.drop_table("addressees")
