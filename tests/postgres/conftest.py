"""The tests against a real PostgreSQL server (issue 15).

Their fixtures (``postgres_server``, ``postgres_template``, ``postgres_database``,
``postgres_url``, ``new_postgres_database``) live in tests/postgres_fixtures.py, a plugin
tests/conftest.py loads, so any test may use them; the names below stay importable from here.
"""

from __future__ import annotations

from tests.postgres_fixtures import TEMPLATE, unavailable

__all__ = ["TEMPLATE", "unavailable"]
