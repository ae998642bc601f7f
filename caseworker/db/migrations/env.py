"""Alembic environment: runs on the connection the program (or a developer's CLI) hands it."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from caseworker.db.schema_compare import include_name
from caseworker.models import Base, load_all

config = context.config
load_all()  # every table on the metadata, not only the desk's
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as own_connection:
            _run(own_connection)
        return
    _run(connection)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
