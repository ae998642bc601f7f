"""In the window a number of days takes its Russian plural form through Qt's own numerus
forms (a real translator loaded from the .qm), in domain sentences as in the window's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from caseworker import i18n
from caseworker.timeline.sentences import stale
from ui.translations import install_translations


@pytest.fixture
def russian_window(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    translators = install_translations(qapp, "ru")
    assert translators, "the Russian .qm is built (make translations)"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    i18n.install_translator(None)


@pytest.mark.usefixtures("russian_window")
@pytest.mark.parametrize(
    ("days", "said"),
    [
        (1, "1 день"),
        (2, "2 дня"),
        (5, "5 дней"),
        (11, "11 дней"),
        (21, "21 день"),
        (22, "22 дня"),
        (25, "25 дней"),
        (111, "111 дней"),
    ],
)
def test_a_reminder_counts_its_days_in_russian(days: int, said: str) -> None:
    assert stale(date(2026, 5, 10), days) == (
        f"Ничего нового уже {said}: с 10 мая 2026 г. нет ни сообщений, ни ответов на запросы."
    )


def test_english_says_one_day_and_two_days(qapp: QApplication) -> None:
    previous = QLocale()
    assert install_translations(qapp, "en") == []
    try:
        assert stale(date(2026, 5, 10), 1).startswith("Nothing new for 1 day: ")
        assert stale(date(2026, 5, 10), 2).startswith("Nothing new for 2 days: ")
    finally:
        QLocale.setDefault(previous)
        i18n.install_translator(None)
