"""Sought persons and relatives: required names, normalised numbers, consent and DNA."""

from __future__ import annotations

from datetime import date

import pytest

from caseworker.db import Database
from caseworker.errors import InvalidDate, ValidationError
from caseworker.services import persons, relatives
from caseworker.vocab import OfficialStatus, Relation
from tests.conftest import ACTOR, SampleCase


def test_service_number_and_phone_are_normalised(
    database: Database, sample_case: SampleCase
) -> None:
    with database.read() as session:
        assert persons.get_person(session, sample_case.person_id).service_number == "АВ123456"
        assert relatives.get_relative(session, sample_case.relative_id).phone == "+79160001234"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"surname": "", "given_name": "Иван"}, "surname"),
        ({"surname": "Иванов", "given_name": "  "}, "given_name"),
        ({"surname": "Иванов\x07", "given_name": "Иван"}, "surname"),
    ],
)
def test_a_person_needs_surname_and_given_name(
    database: Database, sample_case: SampleCase, values: dict[str, str], field: str
) -> None:
    with pytest.raises(ValidationError) as raised, database.write() as session:
        persons.add_person(session, ACTOR, sample_case.case_id, **values)
    assert raised.value.field == field


def test_a_birth_date_in_the_future_is_refused(database: Database, sample_case: SampleCase) -> None:
    with pytest.raises(InvalidDate), database.write() as session:
        persons.add_person(
            session,
            ACTOR,
            sample_case.case_id,
            surname="Иванов",
            given_name="Иван",
            birth_date="01.01.2999",
        )


@pytest.mark.parametrize("phone", ["позвонить маме", "12", "+7 916 000 12 34 56 78 90 12"])
def test_something_that_is_not_a_phone_number_is_refused(
    database: Database, sample_case: SampleCase, phone: str
) -> None:
    with pytest.raises(ValidationError) as raised, database.write() as session:
        relatives.add_relative(session, ACTOR, sample_case.case_id, surname="Иванова", phone=phone)
    assert raised.value.field == "phone"


def test_consent_and_dna_sample_are_kept(database: Database, sample_case: SampleCase) -> None:
    with database.write() as session:
        relative = relatives.add_relative(
            session,
            ACTOR,
            sample_case.case_id,
            surname="Шумов",
            given_name="Пётр",
            relation="father",
            consent_on="12.05.2026",
            consent_scope="поиск и передача данных в МККК",
            dna_collected_on=date(2026, 5, 20),
            dna_lab="Лаборатория № 0",
            dna_sample_ref="ОБР-0001",
        )
    with database.read() as session:
        stored = relatives.get_relative(session, relative.id)
        assert stored.relation is Relation.FATHER
        assert stored.consent_on == date(2026, 5, 12)
        assert stored.dna_sample_ref == "ОБР-0001"


def test_official_status_with_its_date(database: Database, sample_case: SampleCase) -> None:
    with database.write() as session:
        person = persons.update_person(
            session,
            ACTOR,
            sample_case.person_id,
            1,
            official_status="captured",
            official_status_on="2026-06-01",
        )
    assert person.official_status is OfficialStatus.CAPTURED
    assert person.official_status_on == date(2026, 6, 1)
    assert person.version == 2


def test_phone_numbers_are_shown_as_people_read_them() -> None:
    from caseworker.text import format_phone

    assert format_phone("+79160001234") == "+7 916 000-12-34"
    assert format_phone("+380501234567") == "+380501234567"
    assert format_phone("") == ""
