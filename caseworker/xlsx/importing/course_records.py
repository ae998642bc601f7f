"""The database side of the Inquiries and Family log sheets: their records by key, as the
export writes them, the addressees and relatives a row names, and records of a case."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.chunks import chunks
from caseworker.models import Addressee, Case, FamilyLogEntry, Inquiry, Relative
from caseworker.services.search import full_name
from caseworker.text import fold
from caseworker.xlsx.export.course_rows import (
    family_log_query,
    family_log_values,
    inquiry_query,
    inquiry_values,
)
from caseworker.xlsx.workbook.schema import FAMILY_LOG, INQUIRIES


def _query(sheet: str, *extra: Any) -> Any:
    """The sheet's query (``extra`` columns before the id, case id and person id), model,
    values."""
    if sheet == INQUIRIES.name:
        query = inquiry_query(*extra, Inquiry.id, Inquiry.case_id, Inquiry.person_id)
        return query, Inquiry, inquiry_values
    return (
        family_log_query(
            *extra, FamilyLogEntry.id, FamilyLogEntry.case_id, FamilyLogEntry.person_id
        ),
        FamilyLogEntry,
        family_log_values,
    )


def _record(sheet: str, row: Any, make: Any) -> dict[str, Any]:
    schema = INQUIRIES if sheet == INQUIRIES.name else FAMILY_LOG
    values = dict(zip((c.field for c in schema.columns), make(row), strict=True))
    # The person by id: a row's name may be a namesake's too.
    values["id"], values["case_id"], values["person_id"] = row[-3], row[-2], row[-1]
    values.setdefault("version", None)
    return values


def course_records(session: Session, sheet: str, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored values of the sheet's records with these keys, by key, by field name."""
    query, model, make = _query(sheet)
    found: dict[str, dict[str, Any]] = {}
    for chunk in chunks(keys):
        for row in session.execute(query.where(model.uuid.in_(chunk))):
            found[row[0]] = _record(sheet, row, make)
    return found


def case_records(session: Session, sheet: str, case_id: int) -> list[dict[str, Any]]:
    """The sheet's records of one case, as :func:`course_records` gives them."""
    query, _model, make = _query(sheet)
    return [_record(sheet, row, make) for row in session.execute(query.where(Case.id == case_id))]


def exported_records(
    session: Session, sheet: str, case_keys: Sequence[str], exported_at: datetime | None
) -> Iterator[dict[str, Any]]:
    """The sheet's records of these cases (by key) that were there when the workbook was
    exported (``exported_at``, aware, rounded up; None: all), as :func:`course_records`
    gives them."""
    made = Inquiry.created_at if sheet == INQUIRIES.name else FamilyLogEntry.recorded_at
    query, _model, make = _query(sheet, made)
    for chunk in chunks(case_keys):
        for row in session.execute(query.where(Case.uuid.in_(chunk))):
            if exported_at is not None and row[-4] > exported_at:
                continue
            yield _record(sheet, row, make)


class Directory:
    """The addressees by folded name and the relatives of each case, each read once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._addressees: dict[str, tuple[int, str, bool]] | None = None
        self._relatives: dict[int, list[tuple[str, int]]] = {}

    def addressee(self, name: str) -> tuple[int, str, bool] | None:
        """The addressee's id, name as the directory has it, letter case aside, and whether
        it is sensitive."""
        if self._addressees is None:
            query = select(Addressee.id, Addressee.name, Addressee.sensitive)
            self._addressees = {
                fold(row.name): (row.id, row.name, row.sensitive)
                for row in self.session.execute(query)
            }
        return self._addressees.get(fold(name))

    def sensitive(self, name: str) -> bool:
        """Whether the addressee of this name is marked sensitive."""
        found = self.addressee(name)
        return found is not None and found[2]

    def relative_names(self, case_id: int) -> list[tuple[str, int]]:
        """(folded full name, relative id) of the case's relatives."""
        if case_id not in self._relatives:
            query = select(
                Relative.id, Relative.surname, Relative.given_name, Relative.patronymic
            ).where(Relative.case_id == case_id)
            self._relatives[case_id] = [
                (fold(full_name(r.surname, r.given_name, r.patronymic)), r.id)
                for r in self.session.execute(query)
            ]
        return self._relatives[case_id]
