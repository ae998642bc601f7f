"""The case list's denormalised columns (sought persons, last report) after each write."""

from __future__ import annotations

from datetime import date

from caseworker.db import Database
from caseworker.models import Case
from caseworker.services import cases, reports
from tests.conftest import ACTOR, add_person


def test_the_last_report_is_the_cases_whichever_person_it_is_about(database: Database) -> None:
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Шумовы")
        session.flush()
        first = add_person(session, case.id, "Шумов Андрей Петрович")
        second = add_person(session, case.id, "Шумова Елена Васильевна")
        session.flush()
        case_id, first_id, second_id = case.id, first.id, second.id
    for person_id, received in ((first_id, date(2026, 3, 2)), (second_id, date(2026, 2, 1))):
        with database.write() as session:
            reports.add_report(
                session,
                ACTOR,
                person_id,
                claim="missing",
                event="2026-01",
                source_kind="family",
                received_on=received,
            )
    with database.write() as session:
        loaded = session.get(Case, case_id)  # in the session: told its columns changed
        assert loaded is not None and loaded.last_report_on == date(2026, 3, 2)
        reports.add_report(
            session,
            ACTOR,
            second_id,
            claim="missing",
            event="2026-01",
            source_kind="family",
            received_on=date(2026, 3, 9),
        )
        assert loaded.last_report_on == date(2026, 3, 9)
    with database.read() as session:
        case = cases.get_case(session, case_id)
        assert case.persons_label == "Шумов А. П.; Шумова Е. В."
        assert case.last_report_on == date(2026, 3, 9)
