"""What the case view's Family tab reads in one go: the case's family log, its relatives and
sought persons to choose from, and how often the family is to be told."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.models import Relative, SoughtPerson
from caseworker.services.cases import get_case
from caseworker.services.family_log import FamilyLogRow, case_log


@dataclass(frozen=True, slots=True)
class FamilyPage:
    """The family log of a case as the window shows it, the earliest entry first."""

    case_id: int
    reference: str
    #: The case's version, for changing the interval without overwriting a colleague's edit.
    case_version: int
    inform_every_days: int
    rows: tuple[FamilyLogRow, ...]
    #: The relatives and the sought persons of the case as (id, full name), in entry order.
    relatives: tuple[tuple[int, str], ...]
    persons: tuple[tuple[int, str], ...]

    @property
    def last_told_on(self) -> date | None:
        """The last day anyone of the family was told anything; None when never."""
        return max((row.told_on for row in self.rows), default=None)

    @property
    def next_told_by(self) -> date | None:
        """The day the family should be told again by; None when never told yet."""
        last = self.last_told_on
        return None if last is None else last + timedelta(days=self.inform_every_days)

    @property
    def overrides(self) -> tuple[FamilyLogRow, ...]:
        """The entries where a death was told over the disclosure gate's refusal."""
        return tuple(row for row in self.rows if row.overridden)

    def person_name(self, person_id: int | None) -> str:
        return dict(self.persons).get(person_id or -1, "")


def family_page(session: Session, case_id: int) -> FamilyPage:
    """The case's family log with the people to choose from and the inform interval.

    Raises :class:`NotFound` when the case does not exist.
    """
    case = get_case(session, case_id)
    relatives = session.execute(
        select(Relative.id, Relative.surname, Relative.given_name, Relative.patronymic)
        .where(Relative.case_id == case.id)
        .order_by(Relative.id)
    ).all()
    persons = session.execute(
        select(
            SoughtPerson.id, SoughtPerson.surname, SoughtPerson.given_name, SoughtPerson.patronymic
        )
        .where(SoughtPerson.case_id == case.id)
        .order_by(SoughtPerson.id)
    ).all()
    return FamilyPage(
        case_id=case.id,
        reference=case.reference,
        case_version=case.version,
        inform_every_days=case.inform_every_days,
        rows=tuple(case_log(session, case.id)),
        relatives=tuple((row[0], _name(row[1:])) for row in relatives),
        persons=tuple((row[0], _name(row[1:])) for row in persons),
    )


def _name(parts: tuple[str | None, ...]) -> str:
    return " ".join(part for part in parts if part)
