"""Each committed change tells the other windows, on PostgreSQL (issue 15).

Statement-level triggers with transition tables call ``pg_notify`` on the channel
``caseworker_changes`` once per statement, with a JSON payload (read by
:mod:`caseworker.team.changes`)::

    {"table": "reports", "op": "update", "rows": [[id, version, case_id], ...],
     "cases": [case_id, ...]}

- ``rows``: each changed row's id, version (null for tables without one) and case (null when
  it has none); for an update, the new version. Left out when the statement changed more
  than :data:`MAX_ROWS` rows: then only ``cases`` says which cases changed.
- ``cases``: every case the statement touched (an update's old and new case both), left
  out too when there are more than :data:`MAX_CASES`; a payload with neither means "any row
  of the table may have changed".

PostgreSQL delivers the notifications when the transaction commits, and only once for equal
payloads in one transaction. After :data:`MAX_DETAILED` statements on one table in a
transaction the rest say only "the whole table" (one notification, however many), so an
import of 100,000 rows sends a few dozen notifications, never 100,000. A payload stays
under the server's 8000 bytes. SQLite has no notifications: nothing changes there.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 19:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "caseworker_changes"
FUNCTION = "caseworker_notify_change"
MAX_ROWS = 100
#: Statements per table and transaction told in detail; later ones say "the whole table".
MAX_DETAILED = 20
MAX_CASES = 400
#: The server refuses payloads of 8000 bytes or more.
MAX_PAYLOAD_BYTES = 7900

_PERSON_CASE = "(SELECT p.case_id FROM persons p WHERE p.id = r.person_id)"
_INQUIRY_CASE = "(SELECT i.case_id FROM inquiries i WHERE i.id = r.inquiry_id)"
_EVIDENCE_CASE = "(SELECT e.case_id FROM evidence e WHERE e.id = r.evidence_id)"

#: table -> (id, version, case) as SQL over the changed row ``r``.
TABLES: dict[str, tuple[str, str, str]] = {
    "cases": ("r.id", "r.version", "r.id"),
    "persons": ("r.id", "r.version", "r.case_id"),
    "relatives": ("r.id", "r.version", "r.case_id"),
    "reports": ("r.id", "r.version", _PERSON_CASE),
    "assessments": ("r.id", "r.version", _PERSON_CASE),
    "contradiction_explanations": ("r.id", "r.version", _PERSON_CASE),
    "evidence": ("r.id", "r.version", "r.case_id"),
    "evidence_reports": ("r.report_id", "NULL", _EVIDENCE_CASE),
    "inquiries": ("r.id", "r.version", "r.case_id"),
    "inquiry_events": ("r.id", "NULL", _INQUIRY_CASE),
    "inquiry_evidence": ("r.evidence_id", "NULL", _INQUIRY_CASE),
    "family_log": ("r.id", "NULL", "r.case_id"),
    "match_decisions": ("r.id", "NULL", _PERSON_CASE),
    "case_presence": ("NULL", "NULL", "r.case_id"),
    "addressees": ("r.id", "r.version", "NULL"),
    "published_lists": ("r.id", "r.version", "NULL"),
}

_FUNCTION_SQL = f"""
CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $function$
DECLARE
    id_sql text := TG_ARGV[0];
    version_sql text := TG_ARGV[1];
    case_sql text := TG_ARGV[2];
    rows_sql text;
    cases_sql text;
    row_count bigint;
    rows_json text;
    case_count bigint;
    cases_json text;
    head text;
    payload text;
    setting text := 'caseworker.notified_' || TG_TABLE_NAME;
    told integer;
BEGIN
    IF TG_OP = 'DELETE' THEN
        rows_sql := 'SELECT * FROM old_rows';
        cases_sql := format('SELECT %s AS c FROM old_rows r', case_sql);
    ELSIF TG_OP = 'INSERT' THEN
        rows_sql := 'SELECT * FROM new_rows';
        cases_sql := format('SELECT %s AS c FROM new_rows r', case_sql);
    ELSE
        rows_sql := 'SELECT * FROM new_rows';
        cases_sql := format(
            'SELECT %1$s AS c FROM new_rows r UNION SELECT %1$s FROM old_rows r', case_sql);
    END IF;
    EXECUTE format('SELECT count(*) FROM (%s) r', rows_sql) INTO row_count;
    IF row_count = 0 THEN
        RETURN NULL;
    END IF;
    head := '{{"table":' || to_json(TG_TABLE_NAME::text)::text
        || ',"op":' || to_json(lower(TG_OP))::text;
    told := coalesce(nullif(current_setting(setting, true), ''), '0')::integer;
    IF told >= {MAX_DETAILED} THEN
        PERFORM pg_notify('{CHANNEL}', head || '}}');
        RETURN NULL;
    END IF;
    PERFORM set_config(setting, (told + 1)::text, true);
    IF row_count <= {MAX_ROWS} THEN
        EXECUTE format(
            'SELECT json_agg(json_build_array(%s, %s, %s))::text FROM (%s) r',
            id_sql, version_sql, case_sql, rows_sql)
            INTO rows_json;
    END IF;
    EXECUTE format(
        'SELECT count(*), coalesce(json_agg(c ORDER BY c)::text, ''[]'') '
        'FROM (SELECT DISTINCT c FROM (%s) s WHERE c IS NOT NULL) d', cases_sql)
        INTO case_count, cases_json;
    payload := head || '}}';
    IF case_count <= {MAX_CASES}
            AND octet_length(head) + octet_length(cases_json) < {MAX_PAYLOAD_BYTES} - 20 THEN
        payload := head || ',"cases":' || cases_json || '}}';
        IF rows_json IS NOT NULL AND octet_length(payload) + octet_length(rows_json)
                < {MAX_PAYLOAD_BYTES} - 20 THEN
            payload := head || ',"rows":' || rows_json || ',"cases":' || cases_json || '}}';
        END IF;
    END IF;
    PERFORM pg_notify('{CHANNEL}', payload);
    RETURN NULL;
END
$function$
"""

#: event -> its transition tables.
_EVENTS = {
    "insert": "NEW TABLE AS new_rows",
    "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "OLD TABLE AS old_rows",
}


def _quoted(sql: str) -> str:
    return "'" + sql.replace("'", "''") + "'"


def trigger_name(table: str, event: str) -> str:
    return f"{table}_notify_{event}"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_FUNCTION_SQL)
    for table, (id_sql, version_sql, case_sql) in TABLES.items():
        arguments = ", ".join(_quoted(sql) for sql in (id_sql, version_sql, case_sql))
        for event, transition in _EVENTS.items():
            op.execute(
                f"CREATE TRIGGER {trigger_name(table, event)} AFTER {event.upper()} ON {table} "
                f"REFERENCING {transition} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}({arguments})"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        for event in _EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
