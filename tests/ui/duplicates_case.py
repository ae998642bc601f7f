"""Sought persons who may be one man, and the duplicates window opened on them, for the
duplicates window's tests (fictional people only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from caseworker.db import Database
from caseworker.services import cases
from tests.conftest import ACTOR, add_person
from ui.context import AppContext
from ui.matching.duplicates_window import DuplicatesWindow

SHUMOV = {"birth_date": "04.05.1990", "service_number": "АВ-123456", "unit": "в/ч 00417"}
KRAVTSOVA = {"birth_date": "1995"}


def sought(session: Session, name: str, family: str, **values: Any) -> tuple[int, int, str]:
    """A person in a new case of their own: (person id, case id, case reference)."""
    case = cases.create_case(session, ACTOR, family_name=family)
    person = add_person(session, case.id, name, **values)
    return person.id, case.id, case.reference


@dataclass(frozen=True)
class Sought:
    """Three Шумовы (one man sought by three families) and two Кравцовы (less alike)."""

    shumov: tuple[int, int, int]
    shumov_cases: tuple[int, int, int]
    references: tuple[str, str, str]
    kravtsova: tuple[int, int]


def sought_twice(database: Database) -> Sought:
    with database.write() as session:
        shumov = [
            sought(session, "Шумов Алексей Викторович", family, **SHUMOV)
            for family in ("Шумовы", "Шумовы (мать)", "Шумовы (жена)")
        ]
        kravtsova = [
            sought(session, "Кравцова Анна Сергеевна", family, **KRAVTSOVA)
            for family in ("Кравцовы", "Кравцовы (брат)")
        ]
    return Sought(
        (shumov[0][0], shumov[1][0], shumov[2][0]),
        (shumov[0][1], shumov[1][1], shumov[2][1]),
        (shumov[0][2], shumov[1][2], shumov[2][2]),
        (kravtsova[0][0], kravtsova[1][0]),
    )


def duplicates_window(qtbot: QtBot, context: AppContext) -> DuplicatesWindow:
    """The duplicates window, shown (which starts the search), searched and active."""
    window = DuplicatesWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def wait(window: DuplicatesWindow) -> None:
    """Wait for the search under way, if any, and its outcome."""
    job = window.run.job
    if job is not None:
        job.wait()


def search_again(window: DuplicatesWindow) -> None:
    window.run.start()
    wait(window)


def key(
    qtbot: QtBot,
    window: DuplicatesWindow,
    which: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(window, which, modifier)
