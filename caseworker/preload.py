"""Everything opening a database loads, loaded at once: SQLAlchemy's SQLite dialect and the
models.

The window imports this before Qt on purpose: once PySide6 is imported, it reads the source
of every module imported after it (looking for its ``__feature__`` switches), which for
SQLAlchemy's hundreds of modules adds a fifth of a second to the start. The standard
modules SQLAlchemy imports but a start does not use load when first used
(:mod:`caseworker.deferred_modules`).
"""

from __future__ import annotations

from caseworker.deferred_modules import defer

defer()

# isort: split
import sqlalchemy.dialects.sqlite  # noqa: E402, F401  (loaded by the engine otherwise)

import caseworker.models  # noqa: E402, F401
