"""What the Inquiries tab reads in a unit of work: the case's inquiries and a course.

The table is read in one query (:func:`inquiry_lines`); the extensions beyond the law of
the extended inquiries in one more, only when some inquiry is extended; only the selected
inquiry's course is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from caseworker.services.case_overview import person_choices
from caseworker.services.inquiries import extensions_beyond_law, extensions_beyond_law_of
from caseworker.services.inquiry_lines import CourseStep, InquiryLine, course, inquiry_lines
from caseworker.vocab import InquiryEventKind, InquiryStatus

if TYPE_CHECKING:
    from ui.operations import Session

#: An inquiry's course, and the new due dates of its extensions beyond the law.
Course = tuple[list[CourseStep], frozenset[date]]


@dataclass(frozen=True)
class CaseInquiries:
    lines: list[InquiryLine]
    persons: dict[int, str]
    #: The inquiry to select (the one kept, else the latest) and its course.
    chosen: int | None = None
    course: Course = ([], frozenset())
    #: The extended inquiries whose last extension or an earlier one is beyond the law.
    beyond_law: frozenset[int] = field(default_factory=frozenset)


def course_of(session: Session, inquiry_id: int) -> Course:
    """An inquiry's course, and its extensions beyond the law (read only when it has any
    extension)."""
    steps = course(session, inquiry_id)
    if not any(step.kind is InquiryEventKind.EXTENDED for step in steps):
        return steps, frozenset()
    return steps, extensions_beyond_law(session, inquiry_id)


def read_case(session: Session, case_id: int, keep: int | None) -> CaseInquiries:
    """The case's inquiries, its persons' names, and the course of the one to select (the
    one kept, else the latest), in one unit of work."""
    persons = {choice.id: choice.text for choice in person_choices(session, case_id)}
    lines = inquiry_lines(session, case_id)
    extended = [line.id for line in lines if line.status is InquiryStatus.EXTENDED]
    beyond = extensions_beyond_law_of(session, extended) if extended else {}
    chosen = keep if keep in {line.id for line in lines} else (lines[-1].id if lines else None)
    if chosen is None:
        return CaseInquiries(lines, persons, beyond_law=frozenset(beyond))
    if chosen in extended:
        read: Course = (course(session, chosen), beyond.get(chosen, frozenset()))
    else:
        read = course_of(session, chosen)
    return CaseInquiries(lines, persons, chosen, read, frozenset(beyond))
