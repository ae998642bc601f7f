"""The command line speaks the interface language: the one chosen in Settings, else the
system's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, ``LANGUAGE``), argparse's own words too."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from caseworker import i18n
from caseworker import preferences as prefs
from caseworker.cli import language as cli_language
from tests.cli_runner import refused, run
from ui import settings

RUSSIAN = {"LANG": "ru_RU.UTF-8"}
ENGLISH = {"LANG": "C"}


def test_an_error_sentence_help_and_a_refusal_in_russian(db_path: Path) -> None:
    opened = run(db_path, "case", "add", "--family", "Шумовы", env=RUSSIAN)
    assert opened.returncode == 0, opened.stderr
    assert refused(run(db_path, "case", "add", "--family", "  ", env=RUSSIAN)) == (
        "Поле «Семья» не может быть пустым."
    )
    missing = refused(run(db_path, "timeline", "--person", "999", env=RUSSIAN))
    assert "999" in missing and "person" not in missing
    help_text = run(db_path, "--help", env=RUSSIAN)
    assert help_text.returncode == 0
    assert help_text.stdout.startswith("использование: python -m caseworker")
    assert "показать эту справку и выйти" in help_text.stdout
    assert "добавить демонстрационные дела" in help_text.stdout
    usage = run(db_path, "report", "add", "--person", "два", env=RUSSIAN)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    assert "ошибка: аргумент --person: «два» — не номер записи" in usage.stderr
    assert "usage" not in usage.stderr and "error" not in usage.stderr
    required = run(db_path, "case", "add", env=RUSSIAN)
    assert "не указаны обязательные аргументы: --family" in required.stderr


def test_the_same_in_english_under_the_c_locale(db_path: Path) -> None:
    assert refused(run(db_path, "case", "add", "--family", "  ", env=ENGLISH)) == (
        "The family must not be empty."
    )
    help_text = run(db_path, "--help", env=ENGLISH)
    assert help_text.stdout.startswith("usage: python -m caseworker")
    assert "show this help message and exit" in help_text.stdout
    usage = run(db_path, "report", "add", "--person", "два", env=ENGLISH)
    assert "error: argument --person: “два” is not an id" in usage.stderr


def test_the_choice_made_in_settings_wins_over_the_system(db_path: Path, tmp_path: Path) -> None:
    """The window's own settings file, written by Qt, read without Qt."""
    config = tmp_path / "config"
    preferences = prefs.preferences_path({"XDG_CONFIG_HOME": str(config)})
    store = QSettings(str(preferences), QSettings.Format.IniFormat)
    settings.LANGUAGE.write(store, "ru")
    settings.CASEWORKER_NAME.write(store, "Ольга 100% Ёжикова")
    store.sync()
    in_russian = run(
        db_path, "case", "add", "--family", "", env={"LANG": "C", "XDG_CONFIG_HOME": str(config)}
    )
    assert refused(in_russian) == "Поле «Семья» не может быть пустым."
    settings.LANGUAGE.write(store, "en")
    store.sync()
    in_english = run(
        db_path, "case", "add", "--family", "", env={**RUSSIAN, "XDG_CONFIG_HOME": str(config)}
    )
    assert refused(in_english) == "The family must not be empty."


def test_the_settings_file_is_where_the_window_keeps_it() -> None:
    assert prefs.ORGANIZATION == settings.ORGANIZATION
    assert prefs.PREFERENCES_FILE == settings.PREFERENCES_FILE + ".ini"
    key = f"{cli_language.LANGUAGE_SECTION}/{cli_language.LANGUAGE_KEY}"
    assert key == settings.LANGUAGE.key


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "ru"}, "en"),  # gettext ignores LANGUAGE under C
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "ru:en"}, "ru"),
        ({"LANG": "ru_RU.UTF-8", "LANGUAGE": ":"}, "ru"),
    ],
)
def test_the_system_language_is_read_as_qt_and_gettext_read_it(
    environ: dict[str, str], language: str
) -> None:
    assert cli_language.system_language(environ) == language


def test_a_damaged_settings_file_is_ignored(tmp_path: Path) -> None:
    preferences = prefs.preferences_path({"XDG_CONFIG_HOME": str(tmp_path)})
    preferences.parent.mkdir(parents=True)
    preferences.write_bytes(b"[interface\nlanguage=ru\n\xff\xfe")
    environ = {"XDG_CONFIG_HOME": str(tmp_path), "LANG": "C"}
    assert cli_language.interface_language(environ) == "en"


def test_leaving_restores_the_translator_and_argparse() -> None:
    """In-process callers (tests, scripts) find everything as it was."""
    before = i18n.translate("Cli", "print JSON")
    words = argparse._  # type: ignore[attr-defined]
    with cli_language.speaking("ru"):
        assert i18n.translate("Cli", "print JSON") != before
        assert argparse._("options") == "параметры"  # type: ignore[attr-defined]
    assert i18n.translate("Cli", "print JSON") == before
    assert argparse._ is words  # type: ignore[attr-defined]
