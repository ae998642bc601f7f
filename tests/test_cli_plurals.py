"""A number of days in a sentence takes its Russian plural form on the command line (read
from the ``.ts`` source's ``<numerusform>``), and stays "1 day", "2 days" in English."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseworker import i18n
from caseworker.cli.language import speaking
from caseworker.timeline.sentences import stale
from tests.cli_runner import ok, refused, run

RUSSIAN = {"LANG": "ru_RU.UTF-8"}
SINCE = date(2026, 5, 10)
#: The count and its Russian form of "день".
RUSSIAN_DAYS = [
    (1, "1 день"),
    (2, "2 дня"),
    (5, "5 дней"),
    (11, "11 дней"),
    (21, "21 день"),
    (22, "22 дня"),
    (25, "25 дней"),
    (111, "111 дней"),
]


@pytest.mark.parametrize(("days", "said"), RUSSIAN_DAYS)
def test_a_reminder_counts_its_days_in_russian(days: int, said: str) -> None:
    with speaking("ru"):
        reminder = stale(SINCE, days)
    assert reminder == (
        f"Ничего нового уже {said}: с 10 мая 2026 г. нет ни сообщений, ни ответов на запросы."
    )


@pytest.mark.parametrize(("days", "said"), [(1, "1 day"), (2, "2 days"), (21, "21 days")])
def test_english_says_one_day_and_two_days(days: int, said: str) -> None:
    i18n.install_translator(None)
    assert stale(SINCE, days).startswith(f"Nothing new for {said}: no report")


@pytest.mark.parametrize(("days", "said"), RUSSIAN_DAYS[:6])
def test_an_overdue_inquiry_listed_in_russian(db_path: Path, days: int, said: str) -> None:
    reference = ok(db_path, "case", "add", "--family", "Шумовы")
    ok(db_path, "addressee", "add", "--name", "Минобороны", "--kind", "ministry")
    ok(
        db_path, "inquiry", "add", "--case", reference, "--to", "Минобороны",
        "--sent-on", "2026-09-03",
    )  # fmt: skip
    today = date(2026, 10, 6) + timedelta(days=days)  # due on 6 October
    listed = run(db_path, "inquiry", "list", "--today", today.isoformat(), env=RUSSIAN)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.rstrip("\n").endswith(f"\tпросрочен на {said}")
    english = ok(db_path, "inquiry", "list", "--today", today.isoformat())
    assert english.endswith(f"\t{days} day{'' if days == 1 else 's'} overdue")


def test_lupdate_sees_the_domain_plurals() -> None:
    """lupdate marks a message plural only for ``Name.tr(text, None, n)``: the domain's
    plural messages must reach the translation source as such, with three Russian forms."""
    root = ElementTree.parse(i18n.TRANSLATIONS_DIR / "caseworker_ru.ts").getroot()
    plural = {
        (context.findtext("name"), message.findtext("source")): [
            form.text for form in message.iter("numerusform")
        ]
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }
    for key in [
        ("Worklist", "no answer, %n day(s) overdue"),
        ("Worklist", "%n day(s) without news"),
        ("Cli", "%n day(s) overdue"),
        ("Timeline", "Nothing new for %n day(s): no report and no answer to an inquiry "
         "since {since}."),
        ("Inquiries", "By law the time “{name}” has to answer may be extended only %n time(s), "
         "and it already has been."),
    ]:  # fmt: skip
        assert len(plural[key]) == 3 and all(plural[key]), key


def test_the_catalogue_for_a_separate_process_carries_the_plural_forms() -> None:
    """A large workbook is written by a separate process from the window's catalogue: its
    sentences count days in Russian too."""
    with speaking("ru"):
        table = i18n.catalogue()
    i18n.install_catalogue(table)
    try:
        assert stale(SINCE, 21).startswith("Ничего нового уже 21 день: ")
        assert stale(SINCE, 22).startswith("Ничего нового уже 22 дня: ")
    finally:
        i18n.install_translator(None)


@pytest.mark.parametrize(("length", "said"), [(101, "101 знак;"), (102, "102 знака;")])
def test_a_name_too_long_counts_its_characters_in_russian(
    db_path: Path, length: int, said: str
) -> None:
    message = refused(run(db_path, "case", "add", "--family", "Я" * length, env=RUSSIAN))
    assert message.startswith(f"В тексте {said} в этом поле помещается не больше 100")
    english = refused(run(db_path, "case", "add", "--family", "Я" * 101))
    assert english.startswith("The text is 101 characters long;")
