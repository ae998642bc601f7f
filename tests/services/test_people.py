"""Sought persons and relatives: required names, normalised numbers, consent and DNA."""

from __future__ import annotations

from datetime import date

import pytest

from caseworker.db import Database
from caseworker.errors import InvalidDate, ValidationError
from caseworker.services import persons, relatives
from caseworker.vocab import OfficialStatus, Relation
from tests.conftest import ACTOR, SampleCase, add_person


def test_service_number_and_phone_are_kept_as_typed(
    database: Database, sample_case: SampleCase
) -> None:
    """ "АВ-123456" is not silently turned into "АВ123456"; search finds either form."""
    from caseworker.services.search import search

    with database.read() as session:
        person = persons.get_person(session, sample_case.person_id)
        relative = relatives.get_relative(session, sample_case.relative_id)
        typed_number, typed_phone = person.service_number, relative.phone
        assert "-" in typed_number or " " in typed_number
        assert not typed_phone.startswith("+7916")
        for query in (typed_number, typed_number.replace("-", "").replace(" ", "")):
            assert any(hit.case_id == sample_case.case_id for hit in search(session, query))
        assert any(hit.case_id == sample_case.case_id for hit in search(session, "+79160001234"))


def test_a_birth_date_may_be_a_year_or_a_month(database: Database, sample_case: SampleCase) -> None:
    from caseworker.dates import birth_text

    with database.write() as session:
        year = add_person(session, sample_case.case_id, "Шумов Пётр", birth_date="1990")
        month = add_person(session, sample_case.case_id, "Шумов Иван", birth_date="05.1993")
        ids = year.id, month.id
    with database.read() as session:
        shown = [birth_text(persons.get_person(session, i).birth_date) for i in ids]
    assert shown == ["1990", "05.1993"]
    with database.write() as session:
        persons.update_person(session, ACTOR, ids[0], None, birth_date="14.03.1990")
    with database.read() as session:
        assert birth_text(persons.get_person(session, ids[0]).birth_date) == "14.03.1990"


@pytest.mark.parametrize("typed", ["~1990-05-01", "1990..1992", "весной 1990", "2999"])
def test_a_birth_date_that_is_not_a_day_month_or_year_is_refused(
    database: Database, sample_case: SampleCase, typed: str
) -> None:
    with pytest.raises(InvalidDate), database.write() as session:
        add_person(session, sample_case.case_id, "Шумов Пётр", birth_date=typed)


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
        add_person(session, sample_case.case_id, "Иванов Иван", birth_date="01.01.2999")


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
            session, ACTOR, sample_case.case_id, surname="Шумов", given_name="Пётр",
            relation="father",
            consent_on="12.05.2026", consent_scope="поиск и передача данных в МККК",
            dna_collected_on=date(2026, 5, 20), dna_lab="Лаборатория № 0",
            dna_sample_ref="ОБР-0001",
        )  # fmt: skip
    with database.read() as session:
        stored = relatives.get_relative(session, relative.id)
        assert stored.relation is Relation.FATHER
        assert stored.consent_on == date(2026, 5, 12)
        assert stored.dna_sample_ref == "ОБР-0001"


def test_official_status_with_its_date(database: Database, sample_case: SampleCase) -> None:
    with database.write() as session:
        person = persons.update_person(
            session, ACTOR, sample_case.person_id, 1,
            official_status="captured", official_status_on="2026-06-01",
        )  # fmt: skip
    assert person.official_status is OfficialStatus.CAPTURED
    assert person.official_status_on == date(2026, 6, 1)
    assert person.version == 2


def test_phone_numbers_are_shown_as_people_read_them() -> None:
    from caseworker.text import format_phone

    assert format_phone("+79160001234") == "+7 916 000-12-34"
    assert format_phone("+380501234567") == "+380501234567"
    assert format_phone("") == ""
