"""What the list import window offers to choose from: the publishers of lists imported
before, and the lists a newer edition can follow (those that have none yet)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from caseworker.models import PublishedList

__all__ = ["EarlierList", "earlier_lists", "known_publishers"]


@dataclass(frozen=True, slots=True)
class EarlierList:
    """A list imported before that has no newer edition yet."""

    list_id: int
    name: str
    publisher: str
    published_on: date


def known_publishers(session: Session) -> list[str]:
    """Every publisher of a list imported before, in alphabetical order. Raises nothing."""
    query = select(PublishedList.publisher).distinct().order_by(PublishedList.publisher)
    return [publisher for publisher in session.scalars(query) if publisher]


def earlier_lists(session: Session) -> list[EarlierList]:
    """The lists a newer edition may follow (none follows them yet), the newest first.
    Raises nothing."""
    newer = aliased(PublishedList)
    followed = select(newer.id).where(newer.edition_of_id == PublishedList.id).exists()
    query = (
        select(
            PublishedList.id,
            PublishedList.name,
            PublishedList.publisher,
            PublishedList.published_on,
        )
        .where(~followed)
        .order_by(PublishedList.published_on.desc(), PublishedList.id.desc())
    )
    return [EarlierList(*row) for row in session.execute(query)]
