"""Who has a case open right now, so that two people don't write the same letter (issue 15).

A window touches its open case every minute (:func:`touch`: one row per case and person,
upserted), and clears it when the case closes (:func:`leave`). :func:`others_on` names the
others seen on the case within :data:`RECENT` — a window that died without clearing drops
out by itself. Both backends: two windows on one SQLite file see each other as well.

The moments come from one clock: on a PostgreSQL server the server's, both for the moment
stored and for the window compared with it (a team's laptops' clocks may be minutes apart,
and one that is off would be never shown, or shown long after it left); on SQLite, whose
windows are on one computer, that computer's (``now``, by default its clock). These are no
data of the team's: a window writes them in :meth:`~caseworker.db.Database.side_write`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Interval, delete, func, literal, select
from sqlalchemy.orm import Session

from caseworker.models import CasePresence
from caseworker.models.base import utcnow

#: How long after its last touch a window still counts as having the case open.
RECENT = timedelta(minutes=3)
#: How often an open case is touched (the window's timer), well within :data:`RECENT`.
TOUCH_EVERY = timedelta(minutes=1)


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _server_now() -> ColumnElement[Any]:
    """The server's moment, as naive UTC like the column (whatever the session's zone)."""
    return func.timezone("UTC", func.now())


def touch(session: Session, case_id: int, who: str, now: datetime | None = None) -> None:
    """Record that ``who`` has ``case_id`` open now (inserted, or its moment moved on): on a
    PostgreSQL server at the server's moment (``now`` is not used), on SQLite at ``now``
    (by default this computer's clock).

    Raises the database's integrity error when there is no such case.
    """
    on_server = _on_server(session)
    moment: Any = _server_now() if on_server else (now or utcnow())
    values = {"case_id": case_id, "who": who, "seen_at": moment}
    if on_server:
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        statement = postgresql_insert(CasePresence).values(values)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=["case_id", "who"], set_={"seen_at": statement.excluded.seen_at}
            )
        )
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement_sqlite = sqlite_insert(CasePresence).values(values)
        session.execute(
            statement_sqlite.on_conflict_do_update(
                index_elements=["case_id", "who"],
                set_={"seen_at": statement_sqlite.excluded.seen_at},
            )
        )


def leave(session: Session, case_id: int, who: str) -> None:
    """``who`` closed ``case_id``: no longer shown to the others. Raises nothing when the row
    is gone already."""
    session.execute(
        delete(CasePresence).where(CasePresence.case_id == case_id, CasePresence.who == who)
    )


def others_on(session: Session, case_id: int, who: str, now: datetime | None = None) -> list[str]:
    """The others (not ``who``) seen with ``case_id`` open within :data:`RECENT`, by name:
    before the server's moment on PostgreSQL (``now`` is not used), before ``now`` (by
    default this computer's clock) on SQLite. Raises nothing."""
    since: Any = (
        _server_now() - literal(RECENT, Interval())
        if _on_server(session)
        else (now or utcnow()) - RECENT
    )
    rows = session.scalars(
        select(CasePresence.who)
        .where(
            CasePresence.case_id == case_id,
            CasePresence.who != who,
            CasePresence.seen_at >= since,
        )
        .order_by(CasePresence.who)
    )
    return list(rows)
