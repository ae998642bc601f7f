"""Who works on a case: a coordinator assigns it (``cases.assigned_to``), each volunteer sees
"my cases".

On a team's PostgreSQL server the names to choose from are the team's logins that write
(caseworkers and coordinators, by the names the server knows them by), and only a
coordinator's login may change ``assigned_to`` (the server's column grants refuse anyone
else: :class:`~caseworker.errors.DatabaseForbidden` from the write). On a SQLite file, one
person's, the names are those already on cases and the one working.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from caseworker.models import Case
from caseworker.services import cases
from caseworker.team.roles import NAME_LENGTH, WRITERS
from caseworker.text import sort_key


@dataclass(frozen=True, slots=True)
class Assignment:
    """What the assign dialog shows of a case: who has it, and whom it may go to."""

    case_id: int
    reference: str
    version: int
    assigned_to: str
    names: list[str]


def assignment_of(session: Session, case_id: int, actor: str) -> Assignment:
    """The case's assignment and the names to choose from (see :func:`team_names`).

    Raises :class:`NotFound` when there is no such case.
    """
    case = cases.get_case(session, case_id)
    return Assignment(
        case.id, case.reference, case.version, case.assigned_to, team_names(session, actor)
    )


def assign_case(
    session: Session, actor: str, case_id: int, expected_version: int | None, assignee: str
) -> Case:
    """Give the case to ``assignee`` (a name; empty: to nobody), audited.

    Raises :class:`NotFound` when there is no such case, :class:`StaleRecord` when it
    changed since ``expected_version``, :class:`ValidationError` for a name too long.
    """
    name = " ".join(assignee.split())[:NAME_LENGTH]
    return cases.update_case(session, actor, case_id, expected_version, assigned_to=name)


def may_assign(session: Session) -> bool:
    """Whether this login may change who a case is assigned to: on a team's server, only
    a coordinator's (or the owner's) may; on a file, anyone. Raises nothing of its own."""
    bind = session.connection()
    if bind.dialect.name != "postgresql":
        return True
    granted = bind.execute(
        text("SELECT has_column_privilege('cases', 'assigned_to', 'UPDATE')")
    ).scalar()
    return bool(granted)


def team_names(session: Session, actor: str) -> list[str]:
    """The names a case may be assigned to, in the list's order: on PostgreSQL the team's
    caseworkers and coordinators (the names their logins have on the server), else the
    names already on cases and ``actor``. Raises nothing of its own."""
    bind = session.connection()
    names: set[str]
    if bind.dialect.name == "postgresql":
        from caseworker.team.roles import members

        names = {member.name for member in members(bind) if member.role in WRITERS}
    else:
        names = set(session.scalars(select(Case.assigned_to).where(Case.assigned_to != "")))
        if actor.strip():
            names.add(actor.strip())
    return sorted(names, key=lambda name: (sort_key(name), name))
