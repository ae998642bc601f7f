"""The work list's Excel export, protected with a password typed twice through the prompts."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.xlsx.importing.container import OLE_MAGIC
from tests.ui.scripted_prompts import ScriptedPrompts
from tests.ui.test_worklist_window import overdue, shown_work_list
from ui.main_window import MainWindow

__all__ = ["overdue"]  # the fixture, for this module
PASSWORD = "пароль списка"


def answers(prompts: ScriptedPrompts, *typed: str | None) -> list[str]:
    """The prompts type ``typed`` in turn; the questions' texts are returned as asked."""
    asked: list[str] = []
    given = iter(typed)

    def answer(_title: str, text: str) -> str | None:
        asked.append(text)
        return next(given)

    prompts.answer_password = answer
    return asked


@pytest.mark.usefixtures("overdue")
def test_the_work_list_exported_with_a_password(
    main_window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = shown_work_list(main_window)
    assert not window.protect_box.isChecked()
    window.protect_box.setChecked(True)
    prompts.answer_save = lambda _title, _offered: str(tmp_path / "today.xlsx")
    asked = answers(prompts, "", PASSWORD, PASSWORD + "!", PASSWORD, PASSWORD)
    written = window.export_list()
    assert written == tmp_path / "today.xlsx"
    assert written.read_bytes().startswith(OLE_MAGIC)
    assert "Шумов".encode() not in written.read_bytes()
    assert asked[0].startswith("Type the password")
    assert asked[1].startswith("The password is empty.")
    assert asked[2] == "Type the same password again:"
    assert asked[3].startswith("The two passwords differ.")
    assert len(asked) == 5


@pytest.mark.usefixtures("overdue")
def test_cancelling_the_password_writes_nothing(
    main_window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = shown_work_list(main_window)
    window.protect_box.setChecked(True)
    prompts.answer_save = lambda _title, _offered: str(tmp_path / "today.xlsx")
    answers(prompts, PASSWORD, None)
    assert window.export_list() is None
    assert not (tmp_path / "today.xlsx").exists()
