"""Days kept on rows for the work list (issue 12's speed), filled for the rows stored.

- ``inquiries.waiting_due_on``: the due date of an inquiry still waiting for an answer;
- ``persons.quiet_since`` and ``persons.behind_from``: a person's last news (the "no news"
  reminder) and the earliest receipt of a report the "official status behind" rule could
  name, while the case is open;
- ``relatives.last_told_on`` and ``relatives.tell_by``: the day last told (else entered)
  and the day the case's interval runs out after it, while the case is open.

Each with an index, and the inquiries' status index extended by the case (drafts by case)
and by the answer's day (answers not recorded, oldest first). The program keeps them at every write
(``caseworker.services.kept_days``); this revision fills them once with its own copy of the
rules as they stand here (so that it cannot drift), and a test checks that both agree.
Columns are added with ALTER TABLE, so no table is rebuilt.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 10:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = {
    "inquiries": ("waiting_due_on",),
    "persons": ("quiet_since", "behind_from"),
    "relatives": ("last_told_on", "tell_by"),
}
INDEXES = {
    "ix_inquiries_waiting_due": ("inquiries", ["waiting_due_on"]),
    # By status, then in the work list's orders (replacing the index on the status alone).
    "ix_inquiries_status_case": ("inquiries", ["status", "case_id"]),
    "ix_inquiries_status_answered": ("inquiries", ["status", "answered_on"]),
    "ix_persons_quiet_since": ("persons", ["quiet_since"]),
    "ix_persons_behind_from": ("persons", ["behind_from"]),
    "ix_relatives_last_told": ("relatives", ["last_told_on"]),
    "ix_relatives_tell_by": ("relatives", ["tell_by"]),
}

# The rules as of this revision (caseworker.inquiries.deadlines, caseworker.timeline.facts).
RULE_DAYS = {
    "commissariat": 30, "unit": 30, "ministry": 30, "prosecutor": 30, "investigative": 3,
    "ombudsman": 10, "president": 30, "court": 30, "red_cross": 30, "icrc": 30,
    "hospital": 30, "other_side": 30, "other": 30,
}  # fmt: skip
REGISTRATION_DAYS = 3
WAITING = ("extended", "registered", "sent")
TELLING = ("alive", "captured", "killed", "released", "remains_identified",
           "remains_recovered", "wounded")  # fmt: skip
RELIABLE = ("A", "B", "C")
CREDIBLE = ("1", "2", "3")
COMPARED_STATUSES = ("alive", "captured", "killed", "missing", "wounded")
DEFAULT_INFORM_EVERY_DAYS = 14


def _listed(values: Sequence[str]) -> str:
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"


def _sql(sqlite: bool) -> list[str]:
    def add_days(day: str, days: str) -> str:
        if sqlite:
            return f"date({day}, '+' || ({days}) || ' days')"
        return f"CAST(({day}) + ({days}) AS DATE)"

    latest = "max" if sqlite else "greatest"
    no_day = "'0001-01-01'" if sqlite else "DATE '0001-01-01'"
    kind_days = " ".join(f"WHEN '{kind}' THEN {days}" for kind, days in RULE_DAYS.items())
    rule_days = "COALESCE(a.deadline_days, CASE a.kind " + kind_days + " END)"
    extension = (
        "(SELECT e.due_on FROM inquiry_events e WHERE e.inquiry_id = inquiries.id "
        "AND e.kind = 'extended' ORDER BY e.id DESC LIMIT 1)"
    )
    sent_plus = add_days("inquiries.sent_on", str(REGISTRATION_DAYS))
    start = f"COALESCE(inquiries.registered_on, {sent_plus})"
    due = (
        f"COALESCE({extension}, (SELECT {add_days(start, rule_days)} FROM addressees a "
        "WHERE a.id = inquiries.addressee_id))"
    )
    case_open = "(SELECT c.status FROM cases c WHERE c.id = {table}.case_id) = 'open'"
    person_open = case_open.format(table="persons")
    quiet = (
        f"{latest}("
        f"COALESCE((SELECT max(r.received_on) FROM reports r WHERE r.person_id = persons.id "
        f"AND r.retracted_at IS NULL), {no_day}), "
        f"COALESCE((SELECT max(i.answered_on) FROM inquiries i WHERE i.case_id = persons.case_id "
        f"AND i.answered_on IS NOT NULL AND (i.person_id = persons.id OR i.person_id IS NULL)), "
        f"{no_day}), "
        "(SELECT c.opened_on FROM cases c WHERE c.id = persons.case_id), "
        "(SELECT date(c.created_at) FROM cases c WHERE c.id = persons.case_id))"
    )
    behind = (
        "(SELECT min(r.received_on) FROM reports r WHERE r.person_id = persons.id "
        "AND r.retracted_at IS NULL "
        f"AND r.reliability IN {_listed(RELIABLE)} AND r.credibility IN {_listed(CREDIBLE)} "
        f"AND r.claim IN {_listed(TELLING)} "
        "AND (persons.official_status_on IS NULL OR r.received_on > persons.official_status_on "
        "OR r.event_from > persons.official_status_on))"
    )
    last_told = (
        "COALESCE((SELECT max(f.told_on) FROM family_log f WHERE f.relative_id = relatives.id), "
        "date(relatives.created_at))"
    )
    every = (
        "COALESCE(NULLIF((SELECT c.inform_every_days FROM cases c WHERE c.id = "
        f"relatives.case_id), 0), {DEFAULT_INFORM_EVERY_DAYS})"
    )
    return [
        f"UPDATE inquiries SET waiting_due_on = CASE WHEN status IN {_listed(WAITING)} "
        f"THEN {due} END",
        f"UPDATE persons SET quiet_since = CASE WHEN {person_open} THEN {quiet} END, "
        f"behind_from = CASE WHEN {person_open} AND official_status IN "
        f"{_listed(COMPARED_STATUSES)} THEN {behind} END",
        f"UPDATE relatives SET last_told_on = {last_told}, tell_by = CASE WHEN "
        f"{case_open.format(table='relatives')} THEN {add_days(last_told, every)} END",
    ]


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        for column in columns:
            op.add_column(table, sa.Column(column, sa.Date(), nullable=True))
    bind = op.get_bind()
    for statement in _sql(bind.dialect.name == "sqlite"):
        bind.execute(sa.text(statement))
    op.drop_index("ix_inquiries_status", table_name="inquiries")
    for name, (table, indexed) in INDEXES.items():
        op.create_index(name, table, indexed, unique=False)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
    op.create_index("ix_inquiries_status", "inquiries", ["status"], unique=False)
    for table, columns in COLUMNS.items():
        for column in columns:
            op.drop_column(table, column)
