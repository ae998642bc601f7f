"""A new SQLite database made in one step, from the schema that the migrations produce.

Running the migrations on a new, empty database imports Alembic and replays every schema
change since the first release: half a second of the first start on a slow machine, and of
every test that opens a new database. Instead, a new SQLite database gets the statements
recorded in :mod:`caseworker.db.schema_snapshot` (the ``sqlite_master`` of a freshly migrated
database, in the order its objects were made, without the tables SQLite makes by itself) and
the head revision, in one transaction: the same schema, statement for statement.

The snapshot is used only while it belongs to the migrations at hand: its revision must be
the head revision, and its digest that of the migration scripts; otherwise (and on other
databases than SQLite) the migrations run as before. A test checks the snapshot against the
migrations. After adding or changing a migration, write it again with
``python -m caseworker.db.snapshot``.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
SNAPSHOT_MODULE = Path(__file__).with_name("schema_snapshot.py")


def migrations_digest() -> str:
    """SHA-256 of the migration environment and every revision script, names included."""
    digest = hashlib.sha256()
    for path in [MIGRATIONS / "env.py", *sorted((MIGRATIONS / "versions").glob("*.py"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def create_schema(connection: Connection, head_revision: str) -> bool:
    """Make the newest schema in the new, empty database behind ``connection``, in one
    transaction; False (nothing done) when the snapshot cannot be used here."""
    if connection.dialect.name != "sqlite":
        return False
    from caseworker.db import schema_snapshot

    recorded = (schema_snapshot.REVISION, schema_snapshot.DIGEST)
    if recorded != (head_revision, migrations_digest()):
        return False
    with connection.begin():
        for statement in schema_snapshot.STATEMENTS:
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(
            "INSERT INTO alembic_version (version_num) VALUES (?)", (head_revision,)
        )
    return True


def schema_of(path: Path) -> list[tuple[str, str, str, str]]:
    """Every object of the database at ``path``: (type, name, table, SQL), in creation order."""
    connection = sqlite3.connect(path)
    try:
        return list(
            connection.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE sql IS NOT NULL ORDER BY rowid"
            )
        )
    finally:
        connection.close()


#: How a table constraint's line begins in a CREATE TABLE statement made by SQLAlchemy.
_CONSTRAINT_WORDS = ("CONSTRAINT", "PRIMARY KEY", "UNIQUE", "FOREIGN KEY", "CHECK")


def comparable(statement: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A statement's column lines in order and its constraint lines sorted: Alembic's batch
    mode writes a rebuilt table's constraints in an order that changes from run to run."""
    lines = [line.strip().removesuffix(",") for line in statement.splitlines()]
    constraints = sorted(line for line in lines if line.startswith(_CONSTRAINT_WORDS))
    return tuple(line for line in lines if not line.startswith(_CONSTRAINT_WORDS)), tuple(
        constraints
    )


def record() -> tuple[str, list[str]]:
    """The head revision, and the statements that make a migrated database's schema."""
    from alembic import command
    from alembic.config import Config

    from caseworker.db.engine import make_engine

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "migrated.sqlite"
        engine = make_engine(f"sqlite:///{path}")
        with engine.begin() as connection:
            # Not migrate.alembic_config(): migrate uses this module, so that were a circle.
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            head = str(version.scalar_one())
        engine.dispose()
        reader = sqlite3.connect(path)
        try:
            # Made by SQLite itself: a virtual table's shadow tables, sqlite_sequence.
            shadow = "SELECT name FROM pragma_table_list WHERE type = 'shadow'"
            automatic = {row[0] for row in reader.execute(shadow)}
        finally:
            reader.close()
        statements = [
            sql
            for _type, name, _table, sql in schema_of(path)
            if name not in automatic and not name.startswith("sqlite_")
        ]
    return head, statements


def render(head: str, statements: list[str], digest: str) -> str:
    lines = [
        '"""The schema of a new database, as the migrations make it; written by',
        "``python -m caseworker.db.snapshot`` (see :mod:`caseworker.db.snapshot`). Do not edit.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "# fmt: off",
        f"REVISION = {head!r}",
        f"DIGEST = {digest!r}",
        "STATEMENTS: tuple[str, ...] = (",
        *(f"    {statement!r}," for statement in statements),
        ")",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # The same file from the same migrations: Alembic's batch mode orders a rebuilt
        # table's constraints by string hashes.
        environment = {**os.environ, "PYTHONHASHSEED": "0"}
        command = [sys.executable, "-m", "caseworker.db.snapshot"]
        return subprocess.run(command, env=environment, check=False).returncode
    head, statements = record()
    SNAPSHOT_MODULE.write_text(render(head, statements, migrations_digest()), encoding="utf-8")
    print(f"{SNAPSHOT_MODULE}: revision {head}, {len(statements)} statements", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
