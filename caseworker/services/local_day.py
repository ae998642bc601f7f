"""The computer's local day of a moment kept in UTC, computed by the database.

Moments (``created_at``...) are kept as UTC times without a zone. The reminders count whole
days as the caseworker's computer sees them, so a query comparing such a moment with a day
turns it into the local day first: SQLite with ``date(x, 'localtime')`` (the C library's
local time, as Python's ``datetime.astimezone()``); PostgreSQL, whose sessions run in UTC,
with ``timezone(<the computer's zone>, timezone('UTC', x))``. The computer's zone is its IANA
name (``$TZ``, else the link ``/etc/localtime``, else ``/etc/timezone``) when Python knows it
and it gives the computer's present offset; otherwise the present offset from UTC itself,
which is the same day except across a change to or from summer time.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Date, cast, func
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.elements import ColumnElement

_ZONEINFO = "zoneinfo/"


def _zone_name_candidates() -> list[str]:
    """Names the computer's time zone may go by, the likeliest first."""
    names: list[str] = []
    variable = os.environ.get("TZ", "").lstrip(":")
    if variable:
        names.append(variable.split(_ZONEINFO, 1)[1] if _ZONEINFO in variable else variable)
        return names  # $TZ wins over the system's setting, as for the C library
    localtime = Path("/etc/localtime")
    try:
        target = str(localtime.resolve(strict=True)) if localtime.is_symlink() else ""
    except OSError:
        target = ""
    if _ZONEINFO in target:
        names.append(target.split(_ZONEINFO, 1)[1])
    with contextlib.suppress(OSError, UnicodeDecodeError):
        names.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    return [name for name in names if name]


def _present_offset() -> timedelta:
    offset = datetime.now().astimezone().utcoffset()
    return offset if offset is not None else timedelta(0)


def local_zone() -> str | timedelta:
    """The computer's time zone for the database: its IANA name, or failing that its present
    offset from UTC. Raises nothing."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    offset = _present_offset()
    now = datetime.now(UTC)
    for name in _zone_name_candidates():
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        if now.astimezone(zone).utcoffset() == offset:
            return name
    return offset


def local_day_sql(dialect: Dialect, utc_moment: Any) -> ColumnElement[date]:
    """The computer's local day of ``utc_moment`` (a column of UTC times without a zone), as
    the database of ``dialect`` computes it. Raises nothing."""
    if dialect.name == "sqlite":
        return func.date(utc_moment, "localtime", type_=Date)
    return cast(func.timezone(local_zone(), func.timezone("UTC", utc_moment)), Date)
