"""The window's preferences, read without Qt: the command line follows the same choices.

``ui.settings`` keeps them in a ``QSettings`` ini file of the user scope (UTF-8); this
reads the same file with :mod:`configparser`.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Mapping
from pathlib import Path

ORGANIZATION = "Caseworker"
PREFERENCES_FILE = "preferences.ini"


def preferences_path(environ: Mapping[str, str]) -> Path:
    """The window's preferences file, where ``QSettings`` puts an ini file of the user scope."""
    if sys.platform == "win32" and environ.get("APPDATA"):
        base = Path(environ["APPDATA"])
    else:
        configured = environ.get("XDG_CONFIG_HOME", "")
        home = Path(environ.get("HOME") or Path.home())
        base = Path(configured) if os.path.isabs(configured) else home / ".config"
    return base / ORGANIZATION / PREFERENCES_FILE


def preference(environ: Mapping[str, str], section: str, key: str) -> str:
    """One preference as text ("" when not set, or the file cannot be read)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(preferences_path(environ), encoding="utf-8")
        value = parser.get(section, key, fallback="")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return ""
    return value.strip().strip('"')
