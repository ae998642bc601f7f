"""Who is working: the name written into audit entries and "entered by" fields."""

from __future__ import annotations

import getpass
import os

ENV_VARIABLE = "CASEWORKER_USER"


def current_actor(configured: str | None = None) -> str:
    """The configured caseworker name, else ``$CASEWORKER_USER``, else the system user."""
    for candidate in (configured, os.environ.get(ENV_VARIABLE)):
        if candidate and candidate.strip():
            return candidate.strip()[:100]
    try:
        return getpass.getuser()[:100] or "unknown"
    except (KeyError, OSError):
        return "unknown"
