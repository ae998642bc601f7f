"""A database file of an older revision, as a caseworker's would be before an upgrade."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from caseworker.db import make_engine, open_database
from caseworker.db.migrate import alembic_config

#: The revision before the newest.
PREVIOUS_REVISION = "0020"


def older_database(path: Path, key: bytes | None = None) -> Path:
    """A new database file at ``path`` (encrypted with ``key`` when given), taken down to
    :data:`PREVIOUS_REVISION`."""
    open_database(str(path), key=key).dispose()
    engine = make_engine(f"sqlite:///{path}", key=key)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, PREVIOUS_REVISION)
    engine.dispose()
    return path
