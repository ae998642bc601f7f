"""Birth dates as published lists write them (table-driven)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from caseworker.errors import InvalidDate
from caseworker.lists.born import MONTH_NAMES, century_of, parse_list_birth_date
from caseworker.lists.entries import ListField, parse_rows
from caseworker.lists.reading import read_list_file
from caseworker.vocab import DatePrecision

TODAY = date(2026, 12, 2)
DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR

READ = [
    # Digits, the year last or first.
    ("14.03.1985", date(1985, 3, 14), DAY),
    ("14/03/1985", date(1985, 3, 14), DAY),
    ("14-03-1985", date(1985, 3, 14), DAY),
    ("4.3.1985", date(1985, 3, 4), DAY),
    ("1985-03-14", date(1985, 3, 14), DAY),
    ("1985.03.14", date(1985, 3, 14), DAY),
    ("1985-03-14 00:00:00", date(1985, 3, 14), DAY),
    ("1985-03-14T00:00", date(1985, 3, 14), DAY),
    ("03.1985", date(1985, 3, 1), MONTH),
    ("1985-03", date(1985, 3, 1), MONTH),
    ("1985", date(1985, 1, 1), YEAR),
    # Two-digit years (in 2026: 00-10 are 2000-2010, 11-99 are 1911-1999).
    ("14.03.85", date(1985, 3, 14), DAY),
    ("14/03/85", date(1985, 3, 14), DAY),
    ("01.01.00", date(2000, 1, 1), DAY),
    ("31.12.10", date(2010, 12, 31), DAY),
    ("01.01.51", date(1951, 1, 1), DAY),
    ("14 марта 99", date(1999, 3, 14), DAY),
    ("14 марта 85", date(1985, 3, 14), DAY),
    # Month names: Russian and Ukrainian genitive, nominative, short, English.
    ("14 марта 1985", date(1985, 3, 14), DAY),
    ("14 Марта 1985", date(1985, 3, 14), DAY),
    ("14 березня 1985", date(1985, 3, 14), DAY),
    ("2 травня 1990", date(1990, 5, 2), DAY),
    ("2 мая 1990", date(1990, 5, 2), DAY),
    ("1 сентября 1979", date(1979, 9, 1), DAY),
    ("1 вересня 1979", date(1979, 9, 1), DAY),
    ("30 листопада 1991", date(1991, 11, 30), DAY),
    ("12 серпня 1988", date(1988, 8, 12), DAY),
    ("12 лютого 1988", date(1988, 2, 12), DAY),
    ("14 мар. 1985", date(1985, 3, 14), DAY),
    ("14 сент 1985", date(1985, 9, 14), DAY),
    ("14 March 1985", date(1985, 3, 14), DAY),
    ("14 Mar 1985", date(1985, 3, 14), DAY),
    ("14марта1985", date(1985, 3, 14), DAY),
    ("март 1985", date(1985, 3, 1), MONTH),
    ("березень 1985", date(1985, 3, 1), MONTH),
    ("сентябрь 1985", date(1985, 9, 1), MONTH),
    # The word for year.
    ("1985 г.", date(1985, 1, 1), YEAR),
    ("1985г.", date(1985, 1, 1), YEAR),
    ("1985 г", date(1985, 1, 1), YEAR),
    ("1985 г.р.", date(1985, 1, 1), YEAR),
    ("1985 года рождения", date(1985, 1, 1), YEAR),
    ("1985 год", date(1985, 1, 1), YEAR),
    ("1985 р.", date(1985, 1, 1), YEAR),
    ("1985 р.н.", date(1985, 1, 1), YEAR),
    ("1985 року народження", date(1985, 1, 1), YEAR),
    ("1985 рік", date(1985, 1, 1), YEAR),
    ("14.03.1985 г.", date(1985, 3, 14), DAY),
    ("14.03.1985 р.", date(1985, 3, 14), DAY),
    ("14 березня 1985 р.", date(1985, 3, 14), DAY),
    ("14 марта 1985 года", date(1985, 3, 14), DAY),
    ("  14.03.1985  ", date(1985, 3, 14), DAY),
]


@pytest.mark.parametrize(("text", "first", "precision"), READ)
def test_a_list_birth_date_is_read(text: str, first: date, precision: DatePrecision) -> None:
    born = parse_list_birth_date(text, today=TODAY)

    assert (born.earliest, born.precision) == (first, precision)


REFUSED = [
    ("32.13.85", "there is no month 13."),
    ("32.03.85", "that month has no day 32."),
    ("29.02.1985", "that month has no day 29."),
    ("00.03.1985", "that month has no day 0."),
    ("14.00.1985", "there is no month 0."),
    ("14.03.1885", "the year 1885 is before 1900."),
    ("11.11.11", "the year “11” may be 1911 or 2011: the century cannot be told"),
    ("01.01.50", "the year “50” may be 1950 or 2050: the century cannot be told"),
    ("14 марта 30", "the year “30” may be 1930 or 2030"),
    ("14.03.2027", "it lies in the future."),
    ("2027", "it lies in the future."),
    ("14 мартобря 1985", "it is not a date"),
    ("14 ма 1985", "it is not a date"),
    ("14 марципана 1985", "it is not a date"),
    ("март 85", "it is not a date"),
    ("03.85", "it is not a date"),
    ("85", "it is not a date"),
    ("14.03", "it is not a date"),
    ("неизвестно", "it is not a date"),
    ("~14.03.1985", "it is not a date"),
    ("1985 гг", "it is not a date"),
]


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_nonsense_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidDate) as refused:
        parse_list_birth_date(text, today=TODAY)

    assert refused.value.message.startswith(reason)
    assert refused.value.message.endswith(".")


@pytest.mark.parametrize(
    ("today", "two_digits", "year"),
    [
        (date(2026, 1, 1), 0, 2000),
        (date(2026, 1, 1), 10, 2010),  # a man of 16
        (date(2026, 1, 1), 11, None),  # a boy of 15 or a man of 115: not told
        (date(2026, 1, 1), 50, None),  # 76 or a child
        (date(2026, 1, 1), 51, 1951),  # a man of 75
        (date(2026, 1, 1), 99, 1999),
        (date(2030, 1, 1), 14, 2014),
        (date(2030, 1, 1), 15, None),
        (date(2030, 1, 1), 55, 1955),
        (date(2015, 6, 1), 0, None),  # before 2016 no two-digit year is 20xx
        (date(2015, 6, 1), 39, None),
        (date(2015, 6, 1), 40, 1940),
        (date(2015, 6, 1), 99, 1999),
        (date(2099, 6, 1), 83, 2083),
        (date(2099, 6, 1), 84, None),  # 2084 a boy of 15, 1984 a man of 115
    ],
)
def test_a_two_digit_year_is_of_a_man_of_16_to_75(
    today: date, two_digits: int, year: int | None
) -> None:
    assert century_of(two_digits, today) == year


def test_no_start_of_three_letters_names_two_months() -> None:
    owners: dict[str, set[int]] = {}
    for number, names in enumerate(MONTH_NAMES, start=1):
        for name in names:
            owners.setdefault(name[:3], set()).add(number)
    assert {start: months for start, months in owners.items() if len(months) > 1} == {}


def test_a_list_with_the_dates_clerks_write_has_no_bad_dates(tmp_path: Path) -> None:
    path = tmp_path / "список.csv"
    path.write_text(
        "Прізвище;Ім'я;Дата народження\n"
        "Шумов;Олексій;14 березня 1985 р.\n"
        "Кравець;Петро;14.03.85\n"
        "Заречний;Іван;1990 р.н.\n"
        "Бондар;Микола;32.13.85\n",
        encoding="utf-8",
    )
    table = read_list_file(path)
    mapping = {
        ListField.SURNAME: "Прізвище",
        ListField.GIVEN: "Ім'я",
        ListField.BORN: "Дата народження",
    }

    entries, errors = parse_rows(table, mapping)

    assert [(e.row, e.born.earliest if e.born else None) for e in entries] == [
        (2, date(1985, 3, 14)),
        (3, date(1985, 3, 14)),
        (4, date(1990, 1, 1)),
    ]
    (error,) = errors
    assert error.row == 5
    assert error.message == (
        "The birth date “32.13.85” in column “Дата народження” cannot be read: "
        "there is no month 13."
    )
