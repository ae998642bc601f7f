"""Field-by-field comparison of two identities: each field gets one ordered level."""

from __future__ import annotations

from dataclasses import replace

import pytest

from caseworker.matching import Field, Identity, Level, compare, names_crossed
from tests.matching.people import person


def one(field: str, value: str) -> Identity:
    return person(**{field: value})


NAMES = [
    # (field, left, right, level)
    ("surname", "Шумов", "Shumov", Level.EXACT),
    ("surname", "Шумов", "ШУМОВ", Level.EXACT),
    ("surname", "Ёлкин", "Elkin", Level.EXACT),
    ("surname", "Шумов", "Шуамов", Level.CLOSE),
    ("surname", "Шумов", "Shumav", Level.CLOSE),
    ("surname", "Творогов", "Твоогов", Level.SIMILAR),  # one typo, two symbols of the keys
    ("surname", "Лебедская", "Лебедська", Level.SIMILAR),
    ("surname", "Шумов", "Карпенко", Level.DIFFERENT),
    ("surname", "Шумов", "", Level.BLANK),
    ("surname", "", "", Level.BLANK),
    ("surname", "Шумов", "—", Level.BLANK),
    ("given", "Алексей", "Oleksii", Level.EXACT),
    ("given", "Алексей", "Олексій", Level.EXACT),
    ("given", "Алексей", "Алексуй", Level.CLOSE),
    ("given", "Иван", "Ян", Level.DIFFERENT),  # two real names one letter apart
    ("given", "Алексей", "Александр", Level.DIFFERENT),
    ("given", "Александр", "Алекасндр", Level.SIMILAR),
    ("given", "", "Алексей", Level.BLANK),
    ("patronymic", "Викторович", "Viktorovych", Level.EXACT),
    ("patronymic", "Алексеевич", "Олексійович", Level.EXACT),
    ("patronymic", "Викторович", "Вмкторович", Level.CLOSE),
    ("patronymic", "Викторович", "Петрович", Level.DIFFERENT),
    ("patronymic", "Викторович", "", Level.BLANK),
]


@pytest.mark.parametrize(("field", "left", "right", "level"), NAMES)
def test_names_are_compared_on_their_keys(field: str, left: str, right: str, level: Level) -> None:
    levels = compare(one(field, left), one(field, right))

    assert levels[Field(field)] is level


BIRTHS = [
    ("14.05.1990", "1990-05-14", Level.EXACT),
    ("04.05.1990", "05.04.1990", Level.SWAPPED),
    ("04.05.1990", "1990", Level.YEAR),
    ("04.05.1990", "05.1990", Level.YEAR),
    ("04.05.1990", "05.05.1990", Level.NEAR),  # off by a day
    ("31.12.1989", "01.01.1990", Level.NEAR),
    ("04.05.1990", "04.05.1991", Level.NEAR),  # the same day, a year apart
    ("04.05.1990", "20.05.1990", Level.DIFFERENT),  # the same year, another day
    ("04.05.1990", "06.1990", Level.DIFFERENT),  # the same year, another month
    ("1990", "1990", Level.YEAR),  # a year alone is never an exact birth date
    ("05.05.1990", "05.05.1990", Level.EXACT),
    ("18.11.1987", "13.11.1987", Level.NEAR),  # one digit misread
    ("04.05.1990", "04.05.1992", Level.NEAR),
    ("12.03.1987", "21.03.1987", Level.NEAR),  # two digits of the day swapped
    ("03.05.1987", "30.05.1987", Level.NEAR),
    ("12.01.1987", "12.10.1987", Level.NEAR),  # of the month
    ("14.03.1985", "14.03.1958", Level.NEAR),  # of the year's last two
    ("14.03.1995", "14.03.1959", Level.NEAR),
    ("14.03.1985", "14.03.1975", Level.NEAR),  # a wrong decade digit
    ("12.03.1985", "21.03.1958", Level.DIFFERENT),  # two slips
    ("14.03.1985", "13.04.1985", Level.DIFFERENT),  # across the dot: not one slip
    ("14.03.1985", "14.03.1952", Level.DIFFERENT),  # two digits, not swapped
    ("14.03.1985", "14.03.1999", Level.DIFFERENT),
    ("13.03.1987", "31.01.1987", Level.DIFFERENT),
    ("04.05.1990", "04.06.1985", Level.DIFFERENT),
    ("04.05.1990", "05.04.1991", Level.DIFFERENT),
    ("1990", "04.05.1991", Level.DIFFERENT),
    ("1990", "1991", Level.DIFFERENT),
    ("04.05.1990", "", Level.BLANK),
    ("", "", Level.BLANK),
]


@pytest.mark.parametrize(("left", "right", "level"), BIRTHS)
def test_birth_dates_exact_swapped_year_only_different_or_blank(
    left: str, right: str, level: Level
) -> None:
    levels = compare(person(born=left), person(born=right))

    assert levels[Field.BORN] is level


OTHERS = [
    ("service_number", "АВ-123 456", "ав123456", Level.EXACT),
    ("service_number", "АВ-123456", "АВ-123457", Level.DIFFERENT),
    ("service_number", "АВ-123456", "  ", Level.BLANK),
    ("unit", "в/ч 12345", "12345", Level.EXACT),
    ("unit", "В/Ч 12345", "войсковая часть 12345", Level.EXACT),
    ("unit", "military unit 12345", "в/ч 12345", Level.EXACT),
    ("unit", "155-я обрмп", "155 ОБрМП", Level.EXACT),
    ("unit", "в/ч 12345", "в/ч 54321", Level.DIFFERENT),
    ("unit", "в/ч 00417", "в/ч 00417, 2-я рота", Level.EXACT),
    ("unit", "155-я обрмп, 2 батальон", "155 ОБрМП", Level.EXACT),
    ("unit", "в/ч 00417, 1-я рота", "в/ч 00417, 2-я рота", Level.DIFFERENT),
    ("unit", "1 рота", "1 рота, 2 батальон", Level.DIFFERENT),
    ("unit", "в/ч 12345", "", Level.BLANK),
    ("region", "Ростовская область", "Ростовская обл.", Level.EXACT),
    ("region", "Ростовская область", "Rostov oblast", Level.EXACT),
    ("region", "Ростовская область", "Ростовська область", Level.EXACT),
    ("region", "Москва", "Московская область", Level.DIFFERENT),
    ("region", "Курская область", "Курганская область", Level.DIFFERENT),
    ("region", "Курская область", "", Level.BLANK),
]


@pytest.mark.parametrize(("field", "left", "right", "level"), OTHERS)
def test_service_number_unit_and_region(field: str, left: str, right: str, level: Level) -> None:
    levels = compare(one(field, left), one(field, right))

    assert levels[Field(field)] is level


def test_every_field_gets_a_level_and_comparison_is_symmetric() -> None:
    left = person(
        surname="Шумов",
        given="Алексей",
        patronymic="Викторович",
        born="04.05.1990",
        unit="в/ч 12345",
    )
    right = person(surname="Shumav", given="Oleksii", born="05.04.1990", region="Ростов")

    there, back = compare(left, right), compare(right, left)

    assert there == back
    assert there == {
        Field.SURNAME: Level.CLOSE,
        Field.GIVEN: Level.EXACT,
        Field.PATRONYMIC: Level.BLANK,
        Field.BORN: Level.SWAPPED,
        Field.SERVICE_NUMBER: Level.BLANK,
        Field.UNIT: Level.BLANK,
        Field.REGION: Level.BLANK,
    }


def test_identity_keeps_the_keys_it_is_given() -> None:
    """Keys read from the database are used as they are, not computed again."""
    stored = Identity(surname="Шумов", keys=("stored", "", ""))

    assert (stored.surname_key, stored.given_key) == ("stored", "")
    assert Identity(surname="Шумов").surname_key == "Sumov"
    assert Identity(service_number="ав-12 3").service_number == "АВ123"


def test_a_changed_identity_gets_new_keys() -> None:
    changed = replace(person(surname="Шумов", unit="в/ч 12345"), surname="Карпенко", unit="54321")

    assert compare(changed, person(surname="Karpenko", unit="в/ч 54321")) == {
        **dict.fromkeys(Field, Level.BLANK),
        Field.SURNAME: Level.EXACT,
        Field.UNIT: Level.EXACT,
    }


def test_a_surname_and_given_name_written_the_other_way_round_still_agree() -> None:
    """Lists put the given name in the surname column often enough: Алексей Шумов."""
    listed = person(surname="Oleksii", given="Shumov", patronymic="Viktorovych")
    sought = person(surname="Шумов", given="Алексей", patronymic="Викторович")

    levels = compare(listed, sought)

    assert names_crossed(listed, sought)
    assert (levels[Field.SURNAME], levels[Field.GIVEN]) == (Level.EXACT, Level.EXACT)
    assert compare(sought, listed) == levels


def test_names_are_not_crossed_when_that_does_not_help() -> None:
    listed = person(surname="Карпенко", given="Шумов")
    sought = person(surname="Шумов", given="Алексей")

    assert not names_crossed(listed, sought)
    assert compare(listed, sought)[Field.SURNAME] is Level.DIFFERENT
    assert not names_crossed(sought, sought)
