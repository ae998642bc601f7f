"""Plan the Inquiries and Family log sheets: new inquiries and entries, and the steps an
inquiry's row adds to its course.

Neither sheet overwrites anything. A new row is a new inquiry (a draft, or sent) or a new
entry of the family log. An inquiry's row adds the steps of its course the program lacks
(:mod:`caseworker.xlsx.importing.inquiry_course`); an entry of the family log is never
changed. People and offices are named as a caseworker writes them: the addressee by its
name in the directory, the sought person and the relative by full name in their case.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from caseworker.i18n import translate
from caseworker.labels import label
from caseworker.services import family_log, fields
from caseworker.services.reports import clean_event
from caseworker.text import fold
from caseworker.timeline.sentences import day_text
from caseworker.vocab import Channel, Claim, Credibility, InquiryStatus, Reliability, ToldWhat
from caseworker.xlsx.importing.already_present import fingerprint
from caseworker.xlsx.importing.course_records import Directory, exported_records
from caseworker.xlsx.importing.inquiry_course import (
    DRAFT,
    REPORT_FIELDS,
    STEP_VALUES,
    Refusal,
    read_course,
)
from caseworker.xlsx.importing.lookups import exported_moment
from caseworker.xlsx.importing.plan import Action, Conflict, Missing, Parent, RowChange, RowNote
from caseworker.xlsx.importing.planned_gate import planned_disclosure, stored_person
from caseworker.xlsx.importing.preview import value_text
from caseworker.xlsx.workbook.checksum import row_checksum, shown
from caseworker.xlsx.workbook.language import column_title
from caseworker.xlsx.workbook.schema import FAMILY_LOG, INQUIRIES, Sheet, checked_fields

if TYPE_CHECKING:
    from caseworker.xlsx.importing.planner import _Planner, _Row

COURSE_SHEETS = (INQUIRIES, FAMILY_LOG)


def _optional_choice(enum: Any, what: str) -> fields.Cleaner:
    clean = fields.choice(enum, None, what)
    return lambda value: None if value is None or value == "" else clean(value)


def course_fields() -> dict[str, fields.FieldSpec]:
    """The cleaners of the two sheets' cells, by sheet. Raises nothing."""
    told = family_log.told_fields()
    return {
        INQUIRIES.name: {
            "addressee": fields.required_name(
                "addressee", translate("Inquiries", "The addressee's name")
            ),
            "person": fields.text,
            "applicant": fields.text,
            "channel": _optional_choice(Channel, translate("Inquiries", "channel")),
            "sent_on": fields.day(translate("Inquiries", "The sent day")),
            "our_reference": fields.text,
            "their_reference": fields.text,
            "registered_on": fields.day(translate("Inquiries", "The registration day")),
            "status": _optional_choice(InquiryStatus, translate("Xlsx", "status of an inquiry")),
            "answered_on": fields.day(translate("Inquiries", "The answer's day")),
            "answer": fields.note,
            "claim": _optional_choice(Claim, translate("Fields", "claim")),
            "event": lambda value: None if value is None or value == "" else clean_event(value),
            "reliability": _optional_choice(
                Reliability, translate("Fields", "source reliability (A-F)")
            ),
            "credibility": _optional_choice(
                Credibility, translate("Fields", "information credibility (1-6)")
            ),
            "close_reason": fields.note,
            "notes": fields.note,
        },
        FAMILY_LOG.name: {
            "relative": fields.required_name("relative", translate("Xlsx", "The relative")),
            "person": fields.text,
            **told,
            "override_reason": fields.note,
        },
    }


def course_label(sheet: Sheet, values: dict[str, Any]) -> str:
    """Whose row it is: "2026-0001 → Военный комиссариат", "2026-0001 Шумова Ольга: killed,
    12.05.2026"."""
    reference = str(values.get("case_reference") or "").strip()
    if sheet is INQUIRIES:
        return translate("Xlsx", "{reference} → {addressee}").format(
            reference=reference, addressee=values.get("addressee") or ""
        )
    what, day = values.get("what"), values.get("told_on")
    return translate("Xlsx", "{reference} {relative}: {what}, {day}").format(
        reference=reference,
        relative=" ".join(str(values.get("relative") or "").split()),
        what=label(what) if what else "",
        day=day_text(day) if day else "",
    )


def values_text(sheet: Sheet, values: dict[str, Any]) -> str:
    """ "Registered on: 14.05.2026; Their reference: ВК-3301": the values by their column."""
    return "; ".join(
        f"{column_title(sheet.columns[sheet.index(name)].header)}: {value_text(value)}"
        for name, value in values.items()
        if value_text(value)
    )


def _step_text(names: list[str], values: dict[str, Any]) -> str:
    """A step's values in a conflict: "14.05.2026; Their reference: ВК-3301"."""
    first, *more = names
    rest = values_text(INQUIRIES, {name: values[name] for name in more})
    return "; ".join(text for text in (value_text(values[first]), rest) if text)


def _behind_text(record: dict[str, Any], behind: dict[str, Any], stale: bool) -> str:
    if stale:
        text = translate(
            "Xlsx",
            "Since the export the program has recorded this inquiry as “{status}”; what the "
            "row adds before that is not recorded: {values}.",
        )
    else:
        text = translate(
            "Xlsx",
            "The program has recorded this inquiry as “{status}”, and a course that has "
            "ended takes no earlier step; what the row adds before that is not recorded: "
            "{values}.",
        )
    return text.format(status=label(record["status"]), values=values_text(INQUIRIES, behind))


def _unapplied_text(unapplied: dict[str, Any]) -> str:
    shown = {
        name: "—" if value is None or value == "" else value for name, value in unapplied.items()
    }
    return translate(
        "Xlsx",
        "The claim, event date and grades of an answer recorded as a report are the "
        "report's: correct them on the Reports sheet or in the program. Not applied from "
        "this row: {values}.",
    ).format(values=values_text(INQUIRIES, shown))


class CoursePlanner:
    """The rows of the Inquiries and Family log sheets, planned beside the others."""

    def __init__(self, planner: _Planner) -> None:
        # The planner owns this one: a reference back would make a cycle, and then every
        # row and stored record of the plan would wait for the cyclic collector to be freed
        # (0.3 s after planning 100,000 reports) instead of going with the planner.
        self.planner = cast("_Planner", weakref.proxy(planner))
        self.directory = Directory(planner.session)

    # New rows ------------------------------------------------------------------------

    def new_row(self, row: _Row, cleaned: dict[str, Any] | None) -> None:
        planner = self.planner
        case = planner._case_parent(row)
        if cleaned is None or case is None:
            return
        links = self._links(row, case, cleaned)
        if links is None:
            return
        steps: tuple[str, ...] = ()
        if row.sheet is INQUIRIES:
            course = read_course(DRAFT, cleaned)
            if isinstance(course, Refusal):
                planner.error(row, course.field, course.reason)
                return
            steps = course.steps
        # The answer's report fields count only when given: a row imported before the
        # sheet had them keeps its fingerprint.
        marked = {n: v for n, v in cleaned.items() if not (n in REPORT_FIELDS and v is None)}
        mark = fingerprint(row.sheet.name, planner._parent_token(row, case), marked)
        # A row imported before is not judged again on the case as it is now (a second
        # sought person, a later report): it is already present, whatever came since.
        if planner._already_present(row, cleaned, case, mark):
            return
        if row.sheet is INQUIRIES:
            if cleaned["claim"] is not None:
                links["about"] = self._about(row, case, links["person"])
                if links["about"] is None:
                    return
        elif not self._told_passes(row, case, links, cleaned):
            return
        name = course_label(row.sheet, row.values | cleaned)
        if row.sheet is INQUIRIES and self.directory.sensitive(cleaned["addressee"]):
            # The window asks before sending to it; the preview says so before applying.
            name = translate("Xlsx", "{record} (a sensitive addressee)").format(record=name)
        planner.plan.changes.append(
            RowChange(
                row.sheet.name, row.number, Action.CREATE, cleaned, parent=case,
                fingerprint=mark, label=name, links=links, steps=steps,
            )
        )  # fmt: skip

    def _links(
        self, row: _Row, case: Parent, cleaned: dict[str, Any]
    ) -> dict[str, Parent | None] | None:
        """Where the people and the office the row names are; None when one is not found."""
        links: dict[str, Parent | None] = {}
        found = True
        if row.sheet is INQUIRIES:
            addressee = self.directory.addressee(cleaned["addressee"])
            if addressee is None:
                found = False
                self.planner.error(row, "addressee", translate(
                    "Xlsx", "There is no addressee “{name}” in the directory; add it there "
                    "first, or write its name as the directory has it.",
                ).format(name=cleaned["addressee"]))  # fmt: skip
            else:
                links["addressee"] = ("id", addressee[0])
                cleaned["addressee"] = addressee[1]
            people = (("person", False), ("applicant", False))
        else:
            people = (("relative", True), ("person", False))
        for name, required in people:
            wanted = cleaned[name]
            if not wanted and not required:
                links[name] = None
                continue
            match = self._person(row, case, name, wanted)
            found = found and match is not None
            links[name] = match
        return links if found else None

    def _person(self, row: _Row, case: Parent, name: str, wanted: str) -> Parent | None:
        """The sought person (``person``) or the relative of the case with this full name."""
        planner = self.planner
        candidates: list[tuple[str, Parent]]
        if name == "person":
            candidates = list(planner.new_persons[case])
            if case[0] == "id":
                candidates += [(n, ("id", i)) for n, i in planner.refs.person_names(case[1])]
        else:
            candidates = list(planner.new_relatives[case])
            if case[0] == "id":
                candidates += [(n, ("id", i)) for n, i in self.directory.relative_names(case[1])]
        folded = fold(" ".join(wanted.split()))
        matches = [parent for candidate, parent in candidates if candidate == folded]
        if len(matches) == 1:
            return matches[0]
        reference = row.values["case_reference"]
        if name == "person":
            reason = translate("Xlsx", "No sought person of case {reference} is called “{name}”.")
        else:
            reason = translate("Xlsx", "No relative of case {reference} is called “{name}”.")
        if matches:
            reason = translate("Xlsx", "Case {reference} has several people called “{name}”.")
        planner.error(row, name, reason.format(reference=reference, name=wanted))
        return None

    def _persons(self, case: Parent) -> set[Parent]:
        """The case's sought persons: stored, and new on the Persons sheet."""
        planner = self.planner
        found = {stored_person(planner.plan, p) for _n, p in planner.new_persons[case]}
        if case[0] == "id":
            found.update(("id", i) for _n, i in planner.refs.person_names(case[1]))
        return found

    def _about(self, row: _Row, case: Parent, person: Parent | None) -> Parent | None:
        """Whom the report an answer becomes is about: the inquiry's person, else the
        case's only one, as the program has it; None (a row error) when it cannot say."""
        if person is not None:
            return person
        candidates = self._persons(case)
        if len(candidates) == 1:
            return candidates.pop()
        if candidates:
            reason = translate(
                "Xlsx",
                "The inquiry names no sought person and the case has several: record this "
                "answer in the program, which asks whom it is about.",
            )
        else:
            reason = translate(
                "Inquiries", "The case has no sought person for the answer to be about."
            )
        self.planner.error(row, "claim", reason)
        return None

    def _told_passes(
        self, row: _Row, case: Parent, links: dict[str, Parent | None], cleaned: dict[str, Any]
    ) -> bool:
        """Whether telling of a death passes the disclosure gate, judged on the person's
        reports as they will be once the import is applied, or carries a reason."""
        if cleaned["what"] is not ToldWhat.KILLED:
            return True
        planner, person = self.planner, links.get("person")
        if person is None:
            candidates = self._persons(case)
            if len(candidates) != 1:
                reason = translate(
                    "Validation",
                    "Say which sought person the family was told about: case {case} has several.",
                ).format(case=row.values["case_reference"])
                if not candidates:
                    reason = translate(
                        "Validation", "The case has no sought person to tell the family about."
                    )
                planner.error(row, "person", reason)
                return False
            person = candidates.pop()
        if cleaned["override_reason"]:
            return True
        gate = planned_disclosure(planner.session, planner.plan, person)
        if gate.allowed:
            return True
        refused = translate(
            "Disclosure", "Nothing was recorded; give a written reason to record it anyway."
        )
        planner.error(row, "what", f"{gate.reason} {refused}")
        return False

    # Rows no longer in the workbook -----------------------------------------------------

    def missing(self, exported_cases: Sequence[str]) -> list[Missing]:
        """The inquiries and entries of the exported cases whose rows were deleted from the
        workbook; they are kept. A sheet the workbook lacks (or has for reading only, from
        before it was importable) deletes nothing."""
        planner = self.planner
        limit = exported_moment(planner.data.exported_at)
        missing: list[Missing] = []
        for sheet in COURSE_SHEETS:
            found = planner.data.sheets.get(sheet.name)
            if found is None or found.read_only:
                continue
            seen = planner.seen[sheet.name]
            missing += (
                Missing(sheet.name, record["uuid"], course_label(sheet, record))
                for record in exported_records(planner.session, sheet.name, exported_cases, limit)
                if record["uuid"] not in seen
            )
        return missing

    # Rows of stored records -------------------------------------------------------------

    def compare(self, row: _Row, key: str, record: dict[str, Any], cleaned: dict[str, Any]) -> None:
        for name in ("addressee", "person", "applicant", "relative"):
            if name in cleaned and fold(cleaned[name]) == fold(record[name] or ""):
                cleaned[name] = record[name]
        if row.sheet is FAMILY_LOG:
            self._entry_unchanged(row, record, cleaned)
            return
        planner = self.planner
        found = planner.data.sheets.get(row.sheet.name)
        absent = found.absent if found is not None else frozenset()
        for name in absent:  # a column the workbook lacks: as the program has it
            cleaned[name] = record[name]
        version = row.values["version"]
        stale = version != record["version"]
        checked = [cleaned[n] for n in checked_fields(row.sheet) if n not in absent]
        untouched = row_checksum(checked) == row.values["checksum"]
        if stale and untouched:
            planner.plan.unchanged += 1  # changed in the program only
            return
        course = read_course(record, cleaned, stale=stale)
        if isinstance(course, Refusal):
            planner.error(row, course.field, course.reason)
            return
        links: dict[str, Parent | None] = {}
        if course.values.get("claim") is not None:
            case: Parent = ("id", record["case_id"])
            # The person the inquiry is about, not found again by name: a namesake's is
            # the same.
            person_id = record["person_id"]
            person: Parent | None = None if person_id is None else ("id", person_id)
            links["about"] = self._about(row, case, person)
            if links["about"] is None:
                return
        name = course_label(row.sheet, record)
        if course.unapplied and not untouched:
            # Typed on this row (an untouched row only shows the report as exported).
            text = _unapplied_text(course.unapplied)
            planner.plan.notes.append(RowNote(row.sheet.name, row.number, name, text))
        if course.behind:
            planner.plan.notes.append(
                RowNote(
                    row.sheet.name, row.number, name, _behind_text(record, course.behind, stale)
                )
            )
        if not course.steps:
            planner.plan.unchanged += 1
            return
        if version is None:
            planner.error(row, "version", translate("Xlsx", "The hidden version cell is empty."))
            return
        change = RowChange(
            row.sheet.name, row.number, Action.UPDATE, course.values, key, record["id"],
            record["version"], label=name, steps=course.steps, links=links,
            old_values={field: record[field] for field in course.values},
        )  # fmt: skip
        if stale:
            # One choice a step: its values are taken or kept together, none alone.
            for step in course.steps:
                names = [n for n in STEP_VALUES[step] if n in course.values]
                header = row.sheet.columns[row.sheet.index(names[0])].header
                change.conflicts[names[0]] = header
                planner.plan.conflicts.append(
                    Conflict(row.sheet.name, row.number, key, header,
                             _step_text(names, course.values), _step_text(names, record), name)
                )  # fmt: skip
        planner.plan.changes.append(change)

    def _entry_unchanged(self, row: _Row, record: dict[str, Any], cleaned: dict[str, Any]) -> None:
        for name, value in cleaned.items():
            if shown(value) != shown(record[name] or ""):
                self.planner.error(row, name, translate(
                    "Xlsx", "Entries of the family log cannot be changed; add a new row for "
                    "what was told since."))  # fmt: skip
                return
        self.planner.plan.unchanged += 1
