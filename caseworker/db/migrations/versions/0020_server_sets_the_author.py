"""On a team's PostgreSQL server, the server says who wrote an audit entry and who may assign
a new case (issue 15).

- ``audit_entries`` (and the other append-only records of who did what, ``family_log``
  and ``inquiry_events``): a trigger sets ``actor`` from the session's login, its comment
  (the name ``server add-user --name`` gives it) or, without one, the login itself: what
  the program sends anyway (:func:`caseworker.team.roles.session_name`), so that a login
  that writes an entry by hand cannot write it in a colleague's name.
- ``cases``: a login that may not change ``assigned_to`` (the column grants: a caseworker)
  may open a case unassigned or assigned to themselves, nothing else; otherwise the trigger
  refuses with SQLSTATE 42501 (insufficient_privilege), as the grants themselves would.

The owner of the tables (and a superuser), who may switch triggers off anyway, writes as
before: the name set on their computer. SQLite, a single caseworker's file, has neither.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02 23:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The session login's name: its comment on one line (at most 100 characters), else the
#: login; as caseworker.team.roles.session_name reads it.
SESSION_NAME = (
    "(SELECT left(coalesce(nullif(btrim(regexp_replace("
    "coalesce(shobj_description(r.oid, 'pg_authid'), ''), '\\s+', ' ', 'g')), ''), "
    "CAST(r.rolname AS text)), 100) FROM pg_roles r WHERE r.rolname = session_user)"
)
#: Whether the session may act as the table's owner (the owner, a superuser).
OWNS_TABLE = (
    "pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'USAGE')"
)

#: The tables whose ``actor`` says who recorded a row, never changed after.
RECORDED_BY = ("audit_entries", "family_log", "inquiry_events")

AUTHOR_FUNCTION = f"""
CREATE OR REPLACE FUNCTION caseworker_recorded_by() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $body$
BEGIN
    IF NOT {OWNS_TABLE} THEN
        NEW.actor := {SESSION_NAME};
    END IF;
    RETURN NEW;
END
$body$
"""

CASE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION caseworker_case_assignment() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $body$
DECLARE
    assignee text := btrim(coalesce(NEW.assigned_to, ''));
BEGIN
    IF assignee = '' OR has_column_privilege(TG_RELID, 'assigned_to', 'UPDATE')
            OR assignee = {SESSION_NAME} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'only a coordinator may open a case assigned to someone else (%)', assignee
        USING ERRCODE = 'insufficient_privilege';
END
$body$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(AUTHOR_FUNCTION)
    for table in RECORDED_BY:
        op.execute(
            f"CREATE TRIGGER {table}_actor BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION caseworker_recorded_by()"
        )
    op.execute(CASE_FUNCTION)
    op.execute(
        "CREATE TRIGGER cases_assignment BEFORE INSERT ON cases "
        "FOR EACH ROW EXECUTE FUNCTION caseworker_case_assignment()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS cases_assignment ON cases")
    op.execute("DROP FUNCTION IF EXISTS caseworker_case_assignment()")
    for table in RECORDED_BY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_actor ON {table}")
    op.execute("DROP FUNCTION IF EXISTS caseworker_recorded_by()")
