"""The prompts the tests hand the application context: every question gets a scripted answer.

The ``prompts`` fixture of ``tests/ui/conftest.py`` puts one on the context. Dialogs run the
steps of :attr:`ScriptedPrompts.dialogs` (or :attr:`ScriptedPrompts.answer_dialog`); each
other question is answered by the callable a test sets, and a question no test expected fails
the test instead of waiting for a person. Error messages are shown as the program shows them
(tests that expect one record the message box) unless a test takes them.
"""

# ruff: noqa: ARG002 (the answers keep the signatures of the questions they stand in for)

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NoReturn

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from caseworker.errors import DatabaseUnavailable
from tests.ui.fixtures_case import ScriptedDialogs
from ui.prompts import Prompts


def _unexpected(question: str) -> Callable[..., NoReturn]:
    def fail(*asked: object) -> NoReturn:
        pytest.fail(f"unexpected question: {question} {asked!r}")

    return fail


class ScriptedPrompts(Prompts):
    """Answers from a script. Each ``answer_…`` is given what the question shows (its title
    first) and returns what the person would have chosen."""

    def __init__(self, qtbot: QtBot) -> None:
        #: The steps that record dialogs run, in the order the dialogs open.
        self.dialogs = ScriptedDialogs(qtbot)
        #: Runs any dialog instead of :attr:`dialogs` when set: True for accepted.
        self.answer_dialog: Callable[[QDialog], bool] | None = None
        self.answer_print: Callable[[QPrintDialog], bool] = _unexpected("print")
        #: (title, suggested path) -> the path chosen, "" to cancel.
        self.answer_save: Callable[[str, str], str] = _unexpected("save as")
        #: (title, folder) -> the path chosen, "" to cancel.
        self.answer_open: Callable[[str, str], str] = _unexpected("open")
        #: (title, folder) -> the files chosen.
        self.answer_files: Callable[[str, str], list[str]] = _unexpected("choose files")
        #: (title, folder shown first) -> the folder chosen, "" to cancel.
        self.answer_folder: Callable[[str, str], str] = _unexpected("choose a folder")
        #: (title, choices) -> the id chosen, None to cancel.
        self.answer_choice: Callable[[str, Sequence[tuple[int, str]]], int | None] = _unexpected(
            "choose one"
        )
        #: (title, text) -> the password typed, None to cancel.
        self.answer_password: Callable[[str, str], str | None] = _unexpected("password")
        #: (title, text) -> yes or no.
        self.answer_confirm: Callable[[str, str], bool] = _unexpected("yes or no")
        #: The dialog about to lose typed work -> whether to discard it (yes, unless a test
        #: is about that question).
        self.answer_discard: Callable[[QWidget], bool] = lambda _dialog: True
        #: Takes each error reported instead of showing it, when set (else it is shown as
        #: the program shows it, for tests that record the message box).
        self.answer_error: Callable[[BaseException], None] | None = None
        #: A lost database server -> whether to try again (a test about it sets it).
        self.answer_retry: Callable[[DatabaseUnavailable], bool] = _unexpected("retry")
        #: What :meth:`inform` said: (title, text).
        self.told: list[tuple[str, str]] = []
        #: What was handed to the system to open.
        self.opened_urls: list[QUrl] = []

    def run_dialog(self, dialog: QDialog) -> bool:
        if self.answer_dialog is not None:
            return self.answer_dialog(dialog)
        return self.dialogs.run(dialog)

    def run_print_dialog(self, dialog: QPrintDialog) -> bool:
        return self.answer_print(dialog)

    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str = ""
    ) -> str:
        return self.answer_save(title, suggested)

    def open_path(
        self, parent: QWidget | None, title: str, folder: str, file_filter: str = ""
    ) -> str:
        return self.answer_open(title, folder)

    def choose_files(self, parent: QWidget | None, title: str, folder: str) -> list[str]:
        return self.answer_files(title, folder)

    def choose_folder(self, parent: QWidget | None, title: str, folder: str) -> str:
        return self.answer_folder(title, folder)

    def choose_one(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        choices: Sequence[tuple[int, str]],
    ) -> int | None:
        return self.answer_choice(title, choices)

    def ask_password(self, parent: QWidget | None, title: str, text: str) -> str | None:
        return self.answer_password(title, text)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.told.append((title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return self.answer_confirm(title, text)

    def confirm_discard(self, dialog: QWidget) -> bool:
        return self.answer_discard(dialog)

    def report_error(self, parent: QWidget | None, error: BaseException) -> None:
        if self.answer_error is None:
            super().report_error(parent, error)
        else:
            self.answer_error(error)

    def ask_retry(self, parent: QWidget | None, error: DatabaseUnavailable) -> bool:
        return self.answer_retry(error)

    def open_url(self, url: QUrl) -> bool:
        self.opened_urls.append(url)
        return True
