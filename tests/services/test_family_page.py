"""What the Family tab reads: the case's log, its people, the interval and the next day."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from caseworker.db import Database
from caseworker.errors import NotFound
from caseworker.services import family_log
from caseworker.services.family_page import family_page
from tests.conftest import ACTOR, SampleCase, add_person

TOLD: dict[str, Any] = {"told_by": "Ирина Ёжикова", "how": "call"}


def test_the_page_holds_the_log_the_people_and_the_next_day(
    database: Database, sample_case: SampleCase
) -> None:
    with database.read() as session:
        empty = family_page(session, sample_case.case_id)
    assert empty.rows == () and empty.last_told_on is None and empty.next_told_by is None
    assert empty.inform_every_days == 14 and empty.reference == sample_case.reference
    assert empty.relatives == ((sample_case.relative_id, "Шумова Ольга Ёжиковна"),)

    with database.write() as session:
        second = add_person(session, sample_case.case_id, "Шумов Пётр Петрович").id
        for day, what in (("2026-05-20", "no_news"), ("2026-05-12", "report_received")):
            family_log.record_told(
                session, ACTOR, sample_case.case_id, sample_case.relative_id,
                told_on=day, what=what, **TOLD,
            )  # fmt: skip
        family_log.set_inform_interval(session, ACTOR, sample_case.case_id, None, 7)
    with database.read() as session:
        page = family_page(session, sample_case.case_id)
    assert [row.told_on for row in page.rows] == [date(2026, 5, 12), date(2026, 5, 20)]
    assert page.last_told_on == date(2026, 5, 20)
    assert page.next_told_by == date(2026, 5, 27)
    assert page.persons == (
        (sample_case.person_id, "Шумов Алексей Петрович"),
        (second, "Шумов Пётр Петрович"),
    )
    assert page.person_name(second) == "Шумов Пётр Петрович" and page.person_name(None) == ""
    assert page.overrides == ()


def test_an_unknown_case_is_not_found(database: Database) -> None:
    with database.read() as session, pytest.raises(NotFound):
        family_page(session, 999)
