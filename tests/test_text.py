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
