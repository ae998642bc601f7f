"""Who has a case open right now, so that two people don't write the same letter (issue 15).

A window touches its open case every minute (:func:`touch`: one row per case and person,
upserted), and clears it when the case closes (:func:`leave`). :func:`others_on` names the
others seen on the case within :data:`RECENT` — a window that died without clearing drops
out by itself. Both backends: two windows on one SQLite file see each other as well.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from caseworker.models import CasePresence
from caseworker.models.base import utcnow

#: How long after its last touch a window still counts as having the case open.
RECENT = timedelta(minutes=3)
#: How often an open case is touched (the window's timer), well within :data:`RECENT`.
TOUCH_EVERY = timedelta(minutes=1)


def touch(session: Session, case_id: int, who: str, now: datetime | None = None) -> None:
    """Record that ``who`` has ``case_id`` open now (inserted, or its moment moved on).

    Raises the database's integrity error when there is no such case.
    """
    moment = now or utcnow()
    values = {"case_id": case_id, "who": who, "seen_at": moment}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
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
    """The others (not ``who``) seen with ``case_id`` open within :data:`RECENT`, by name.
    Raises nothing."""
    since = (now or utcnow()) - RECENT
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
