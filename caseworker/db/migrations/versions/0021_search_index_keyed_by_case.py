"""The search index names each entry's case, and two letters are found from it (issue 16).

On SQLite the FTS5 trigram table ``search_fts`` had each search entry's id as its rowid, so
the cases of a term were found by looking every matching entry up in ``search_entries``
(33,000 lookups for a year such as "2025" on 100,000 cases: most of a 46 ms keystroke).
Now its rowid is ``(case_id << 32) + id``: the case is read from the rowid itself
(``rowid >> 32``) and the entry too (``rowid & 0xFFFFFFFF``), with no lookup. The table's
content is the view ``search_fts_content``, which gives each entry's text under that rowid
(FTS5's ``rebuild`` and ``integrity-check`` read it); the triggers keep it as before.

``ix_search_entries_tail`` indexes the last two characters of each text: a term of two
letters is found as the trigrams that begin with it (read from ``search_fts_vocab``, the
FTS5 vocabulary of the index, one row per trigram in an entry) and the texts that end with
it (see :mod:`caseworker.services.search`).

PostgreSQL keeps its GIN trigram index (migration 0017): nothing changes there.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04 17:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRIGGERS = ("search_entries_ai", "search_entries_ad", "search_entries_au")


def _search_table(content: str, rowid: str, new: str, old: str) -> list[str]:
    """The FTS5 table over ``content`` and the triggers that keep it, by rowid expressions."""
    return [
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        f"text, content='{content}', content_rowid='{rowid}', tokenize='trigram')",
        "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
        f"INSERT INTO search_fts(rowid, text) VALUES ({new}, new.text); END",
        "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
        f"INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', {old}, old.text); "
        "END",
        "CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN "
        f"INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', {old}, old.text); "
        f"INSERT INTO search_fts(rowid, text) VALUES ({new}, new.text); END",
        "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    ]


def _drop_search_table() -> None:
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS search_fts")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_search_table()
    op.execute(
        "CREATE VIEW search_fts_content AS "
        "SELECT (case_id << 32) + id AS fts_rowid, text FROM search_entries"
    )
    for statement in _search_table(
        "search_fts_content",
        "fts_rowid",
        "(new.case_id << 32) + new.id",
        "(old.case_id << 32) + old.id",
    ):
        op.execute(statement)
    op.execute("CREATE VIRTUAL TABLE search_fts_vocab USING fts5vocab(search_fts, instance)")
    op.execute("CREATE INDEX ix_search_entries_tail ON search_entries (substr(text, -2))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP INDEX IF EXISTS ix_search_entries_tail")
    op.execute("DROP TABLE IF EXISTS search_fts_vocab")
    _drop_search_table()
    op.execute("DROP VIEW IF EXISTS search_fts_content")
    for statement in _search_table("search_entries", "id", "new.id", "old.id"):
        op.execute(statement)
