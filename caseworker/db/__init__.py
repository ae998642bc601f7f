"""The one place that opens database connections, and the schema migrations."""

from caseworker.db.engine import Database, default_database_path, make_engine, resolve_url
from caseworker.db.migrate import open_database

__all__ = ["Database", "default_database_path", "make_engine", "open_database", "resolve_url"]
