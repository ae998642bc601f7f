"""Everything opening a database loads, loaded at once: SQLAlchemy's SQLite dialect and the
models.

The window imports this before Qt on purpose: once PySide6 is imported, it reads the source
of every module imported after it (looking for its ``__feature__`` switches), which for
SQLAlchemy's hundreds of modules adds a fifth of a second to the start.
"""

from __future__ import annotations

import sqlalchemy.dialects.sqlite  # noqa: F401  (loaded by the engine otherwise)

import caseworker.models  # noqa: F401
