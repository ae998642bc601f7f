"""Answers without a day (written by another tool, or an old version) come first in the
work list's "answers to record", as on SQLite, on either backend; the list cut to the
window's length is the whole list's beginning."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from caseworker.db import Database
from caseworker.models import Inquiry
from caseworker.services import addressees, cases, inquiries, worklist
from caseworker.services.worklist import work_list
from tests.conftest import ACTOR


@pytest.fixture
def answered(database: Database) -> list[int]:
    """Six answered inquiries without a report; the second and fifth lose their answer's
    day. Their ids."""
    ids = []
    with database.write() as session:
        office = addressees.add_addressee(session, ACTOR, name="Минобороны", kind="ministry").id
        for number in range(6):
            case = cases.create_case(session, ACTOR, family_name=f"Семья{number}")
            sent = date(2026, 1, 10) + timedelta(days=number)
            inquiry = inquiries.add_inquiry(session, ACTOR, case.id, office, sent_on=sent)
            inquiries.answer_inquiry(
                session, ACTOR, inquiry.id, None, sent + timedelta(days=20), "Сведений нет."
            )
            ids.append(inquiry.id)
        session.execute(
            update(Inquiry).where(Inquiry.id.in_([ids[1], ids[4]])).values(answered_on=None)
        )
    return ids


@pytest.mark.parametrize("batch", [1, 3])
def test_answers_without_a_day_come_first_and_the_cut_list_is_its_beginning(
    database: Database, answered: list[int], monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(worklist, "BATCH", batch)
    today = date(2026, 6, 1)
    with database.read() as session:
        whole = work_list(session, today).unrecorded_answers
        assert [line.id for line in whole] == [answered[i] for i in (1, 4, 0, 2, 3, 5)]
        for limit in range(1, 7):
            cut = work_list(session, today, limit=limit)
            assert [line.id for line in cut.unrecorded_answers] == [
                line.id for line in whole[:limit]
            ]
            assert cut.total("unrecorded_answers") == 6
