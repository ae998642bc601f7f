"""Who is working: the name written into audit entries and "entered by" fields."""

from __future__ import annotations

import getpass
import os

from caseworker.preferences import preference

ENV_VARIABLE = "CASEWORKER_USER"


def current_actor(configured: str | None = None) -> str:
    """The configured caseworker name, else ``$CASEWORKER_USER``, else the system user.

    Without ``configured`` (the command line) the name given in the window's Settings is
    the configured one, so that both record the same person.
    """
    if configured is None:
        configured = preference(os.environ, "user", "caseworker_name")
    for candidate in (configured, os.environ.get(ENV_VARIABLE)):
        if candidate and candidate.strip():
            return candidate.strip()[:100]
    try:
        return getpass.getuser()[:100] or "unknown"
    except (KeyError, OSError):
        return "unknown"
