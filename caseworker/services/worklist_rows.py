"""The work list as rows to show, print and export: one row per thing to act on.

:func:`caseworker.services.worklist.work_list` gives each section in its own shape; the
window, the printed list and the workbook all want the same few columns (the case, who,
the addressee, what, when) and where a row leads (an inquiry, a relative's family log, a
person's timeline). :func:`work_sheet` makes them, naming the persons and applicants of
the inquiries in two queries however many rows there are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.i18n import QT_TRANSLATE_NOOP, Plurals, translate
from caseworker.models import Relative, SoughtPerson
from caseworker.services.family_log import FamilyWaiting
from caseworker.services.inquiry_lines import InquiryLine
from caseworker.services.search import full_name
from caseworker.services.worklist import PersonItem, WorkList, work_list
from caseworker.timeline import AnalysisSettings


class Worklist(Plurals):
    """The work list's plural messages (the translation context "Worklist")."""


class Section(StrEnum):
    """The work list's sections, in the order to work through them."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    UNRECORDED_ANSWERS = "unrecorded_answers"
    DRAFTS = "drafts"
    FAMILIES_WAITING = "families_waiting"
    STALE = "stale"
    OFFICIAL_BEHIND = "official_behind"


_TITLES = {
    Section.OVERDUE: QT_TRANSLATE_NOOP("Worklist", "Overdue inquiries"),
    Section.DUE_SOON: QT_TRANSLATE_NOOP("Worklist", "Answers due within 7 days"),
    Section.UNRECORDED_ANSWERS: QT_TRANSLATE_NOOP("Worklist", "Answers not recorded as reports"),
    Section.DRAFTS: QT_TRANSLATE_NOOP("Worklist", "Drafts not sent"),
    Section.FAMILIES_WAITING: QT_TRANSLATE_NOOP(
        "Worklist", "Families not told within their interval"
    ),
    Section.STALE: QT_TRANSLATE_NOOP("Worklist", "No news for a long time"),
    Section.OFFICIAL_BEHIND: QT_TRANSLATE_NOOP("Worklist", "Official status behind the facts"),
}


def section_title(section: Section) -> str:
    """The section's heading in the user's language. Raises nothing."""
    return translate("Worklist", _TITLES[section])


@dataclass(frozen=True, slots=True)
class WorkRow:
    """One thing to act on, as shown: ``who`` is the sought person (and the applicant of an
    inquiry) or the relative waiting; ``when`` the due day, the answer's day, the day last
    told or the day since when; ``days`` how many days late, waiting or without news.

    Where it leads: ``inquiry_id`` for an inquiry, ``relative_id`` for a family waiting,
    ``person_id`` for a person (and an inquiry's sought person).
    """

    section: Section
    case_id: int
    case_reference: str
    who: str
    addressee: str
    what: str
    when: date | None
    days: int | None = None
    very_overdue: bool = False
    inquiry_id: int | None = None
    person_id: int | None = None
    relative_id: int | None = None

    @property
    def overdue(self) -> bool:
        return self.section is Section.OVERDUE


@dataclass(frozen=True, slots=True)
class WorkSheet:
    """Today's work list as rows, every section present (an empty one has no rows).

    ``totals`` names the sections cut short by a limit with their whole length (``None``:
    more than shown, not counted); see :meth:`total`.
    """

    today: date
    sections: tuple[tuple[Section, tuple[WorkRow, ...]], ...]
    totals: tuple[tuple[Section, int | None], ...] = ()

    def rows(self, section: Section) -> tuple[WorkRow, ...]:
        return dict(self.sections)[section]

    def total(self, section: Section) -> int | None:
        """How many rows the whole section has (``None``: more than shown, not counted)."""
        return dict(self.totals).get(section, len(self.rows(section)))

    @property
    def cut(self) -> bool:
        """Whether some section shows fewer rows than it has."""
        return any(self.total(section) != len(rows) for section, rows in self.sections)

    @property
    def all_rows(self) -> list[WorkRow]:
        return [row for _section, rows in self.sections for row in rows]

    @property
    def overdue_count(self) -> int:
        return self.total(Section.OVERDUE) or 0  # always counted


def work_sheet(
    session: Session,
    today: date,
    settings: AnalysisSettings | None = None,
    limit: int | None = None,
) -> WorkSheet:
    """The work list of ``today`` as rows, with ``limit`` at most so many in each section
    (the first ones) and the sections' totals. Raises nothing (an empty database gives
    empty sections)."""
    return rows_of(session, work_list(session, today, settings, limit))


def rows_of(session: Session, found: WorkList) -> WorkSheet:
    """``found`` as rows, the inquiries' persons and applicants named. Raises nothing."""
    inquiries = (*found.overdue, *found.due_soon, *found.unrecorded_answers, *found.drafts)
    persons = _names(session, SoughtPerson, {i.person_id for i in inquiries} - {None})
    relatives = _names(session, Relative, {i.applicant_id for i in inquiries} - {None})

    def inquiry_rows(section: Section, lines: Iterable[InquiryLine]) -> tuple[WorkRow, ...]:
        return tuple(_inquiry_row(section, line, persons, relatives, found.today) for line in lines)

    sections = (
        (Section.OVERDUE, inquiry_rows(Section.OVERDUE, found.overdue)),
        (Section.DUE_SOON, inquiry_rows(Section.DUE_SOON, found.due_soon)),
        (
            Section.UNRECORDED_ANSWERS,
            inquiry_rows(Section.UNRECORDED_ANSWERS, found.unrecorded_answers),
        ),
        (Section.DRAFTS, inquiry_rows(Section.DRAFTS, found.drafts)),
        (Section.FAMILIES_WAITING, tuple(_family_row(item) for item in found.families_waiting)),
        (Section.STALE, tuple(_person_row(Section.STALE, item) for item in found.stale)),
        (
            Section.OFFICIAL_BEHIND,
            tuple(_person_row(Section.OFFICIAL_BEHIND, item) for item in found.official_behind),
        ),
    )
    totals = tuple((section, found.total(section.value)) for section, _rows in sections)
    return WorkSheet(found.today, sections, totals)


def _names(
    session: Session, model: type[SoughtPerson] | type[Relative], ids: set[int | None]
) -> dict[int, str]:
    wanted: Sequence[int] = sorted(i for i in ids if i is not None)
    found: dict[int, str] = {}
    for chunk in chunks(wanted):
        query = select(model.id, model.surname, model.given_name, model.patronymic).where(
            model.id.in_(chunk)
        )
        for row_id, surname, given, patronymic in session.connection().execute(query):
            found[row_id] = full_name(surname, given, patronymic)
    return found


def _inquiry_row(
    section: Section,
    line: InquiryLine,
    persons: dict[int, str],
    relatives: dict[int, str],
    today: date,
) -> WorkRow:
    person = persons.get(line.person_id, "") if line.person_id is not None else ""
    applicant = relatives.get(line.applicant_id, "") if line.applicant_id is not None else ""
    if person and applicant:
        who = translate("Worklist", "{person} (applicant {relative})").format(
            person=person, relative=applicant
        )
    else:
        who = person or applicant
    when: date | None = line.due_on
    days: int | None = None
    if section is Section.OVERDUE:
        days = line.days_overdue
        what = Worklist.tr("no answer, %n day(s) overdue", None, days)
        if line.very_overdue:
            what += translate("Worklist", "; very overdue: past the longest legal term")
    elif section is Section.DUE_SOON:
        days = (line.due_on - today).days if line.due_on is not None else None
        what = (
            Worklist.tr("answer due in %n day(s)", None, days)
            if days
            else translate("Worklist", "answer due today")
        )
    elif section is Section.UNRECORDED_ANSWERS:
        when = line.answered_on
        what = translate("Worklist", "answered; record the answer as a report")
    else:
        when = None
        what = translate("Worklist", "draft, not sent")
    return WorkRow(
        section, line.case_id, line.case_reference, who, line.addressee, what, when, days,
        line.very_overdue and section is Section.OVERDUE, line.id, line.person_id,
        line.applicant_id,
    )  # fmt: skip


def _family_row(item: FamilyWaiting) -> WorkRow:
    what = Worklist.tr("%n day(s) without news", None, item.days_waiting)
    if item.last_told_on is None:
        what += translate("Worklist", "; never told anything")
    return WorkRow(
        Section.FAMILIES_WAITING,
        item.case_id,
        item.case_reference,
        item.relative_name,
        "",
        what,
        item.last_told_on,
        item.days_waiting,
        relative_id=item.relative_id,
    )


def _person_row(section: Section, item: PersonItem) -> WorkRow:
    return WorkRow(
        section,
        item.case_id,
        item.case_reference,
        item.person_name,
        "",
        item.sentence,
        item.since,
        item.days,
        person_id=item.person_id,
    )
