"""Cleaning what people type or paste: invisible characters go, words and lines stay apart."""

from __future__ import annotations

import pytest

from caseworker.errors import ValidationError
from caseworker.text import clean_multiline, clean_text, require_name, sort_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Иванов\x0bПетров", "Иванов Петров"),  # Shift+Enter in Word
        ("Курская\x0cобласть", "Курская область"),
        ("с. Ивановка\x85д. 5", "с. Ивановка д. 5"),
        ("сосед\x01по палате", "соседпо палате"),
        ("  Белгород\x07 \x00 ", "Белгород"),
        ("Ёлкин 👨‍👩‍👧 é\u200f", "Ёлкин 👨‍👩‍👧 é\u200f"),  # emoji, combining mark, RLM kept
    ],
)
def test_a_line_of_text(typed: str, stored: str) -> None:
    assert clean_text(typed) == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("первая\x0bвторая", "первая\nвторая"),
        ("страница\x0cдальше", "страница\nдальше"),
        ("строка\x85ещё", "строка\nещё"),
        ("столбец\tзначение\r\nстрока\rещё", "столбец\tзначение\nстрока\nещё"),
        ("звонил\x07 из госпиталя\x1f", "звонил из госпиталя"),
    ],
)
def test_a_note_keeps_its_lines(typed: str, stored: str) -> None:
    assert clean_multiline(typed) == stored


def test_a_name_with_a_control_character_is_refused() -> None:
    with pytest.raises(ValidationError, match="control characters"):
        require_name("Иван\x07ов", "surname", "The surname")
    assert require_name("Ивано\x0bва", "surname", "The surname") == "Ивано ва"


def test_sort_keys_put_yo_among_the_ye_and_ignore_case() -> None:
    names = ["Жуков", "ёлкин", "Елисеев", "Ершов", "агеев", "Яковлев"]
    assert sorted(names, key=sort_key) == ["агеев", "Елисеев", "ёлкин", "Ершов", "Жуков", "Яковлев"]


@pytest.mark.parametrize(
    "typed",
    [
        "\u200b\u200b\u200b",  # zero-width spaces only
        "\u202e\u2066\u200d",  # direction overrides and a joiner only
        "\ufeff",
    ],
)
def test_a_name_made_only_of_invisible_characters_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="must not be empty"):
        require_name(typed, "surname", "The surname")


def test_a_name_loses_its_direction_overrides() -> None:
    assert require_name("\u202eвонавИ", "surname", "The surname") == "вонавИ"
    assert require_name("Ива\u200bнов", "surname", "The surname") == "Иванов"


def test_overrides_go_from_free_text_too() -> None:
    assert clean_text("фото\u202egpj.exe") == "фотоgpj.exe"
    assert clean_multiline("строка\u2066 одна\u2069") == "строка одна"


def test_a_name_of_ten_thousand_characters_is_refused() -> None:
    with pytest.raises(ValidationError, match="10000 characters long") as raised:
        require_name("Я" * 10_000, "surname", "The surname")
    assert raised.value.field == "surname"


def test_a_note_longer_than_a_spreadsheet_cell_is_refused_where_it_is_typed() -> None:
    assert len(clean_multiline("а" * 32_767)) == 32_767
    with pytest.raises(ValidationError, match="at most 32767"):
        clean_multiline("а" * 40_000)
    with pytest.raises(ValidationError, match="at most 200"):
        clean_text("б" * 201)
