"""An older database is upgraded at start with a notice shown and the window's thread free;
an up-to-date one opens without it; an upgrade that fails is explained and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from caseworker.db import open_database
from caseworker.db.migrate import HEAD_REVISION, upgrade_pending
from tests.older_database import PREVIOUS_REVISION, older_database
from ui.app import open_database_or_explain


def revision_of(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


class NoticeWatch:
    """Notes, every few milliseconds while an event loop runs, the notice's text if shown."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._timer = QTimer(interval=5)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        for widget in notices_left():
            if widget.isVisible():
                label = widget.findChild(QLabel)
                assert label is not None
                self.seen.append(label.text())

    def stop(self) -> None:
        self._timer.stop()


def notices_left() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "upgradeNotice"]


def open_watched(path: Path) -> list[str]:
    """Open ``path`` as the window's start does, the notice watched meanwhile; what the
    notice said while the event loop ran (nothing when it was not shown)."""
    watch = NoticeWatch()
    database = open_database_or_explain(str(path))
    watch.stop()
    assert database is not None
    database.dispose()
    return watch.seen


@pytest.mark.usefixtures("qapp")
def test_an_older_database_is_upgraded_with_the_notice_shown(tmp_path: Path) -> None:
    path = older_database(tmp_path / "older.sqlite")
    assert upgrade_pending(str(path))

    seen = open_watched(path)

    assert revision_of(path) == HEAD_REVISION
    # The window's thread ran its event loop meanwhile, the notice shown and naming the file.
    assert seen
    assert "«older.sqlite» is being upgraded" in seen[0]
    assert notices_left() == []
    assert [backup.name for backup in tmp_path.glob("*.bak")] == [
        f"older.sqlite.before-{PREVIOUS_REVISION}.bak"
    ]
    assert not upgrade_pending(str(path))
    # Opened again: no notice, no second backup.
    assert open_watched(path) == []
    assert len(list(tmp_path.glob("*.bak"))) == 1


@pytest.mark.usefixtures("qapp")
def test_an_up_to_date_database_opens_without_the_notice(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite"
    open_database(str(path)).dispose()
    assert not upgrade_pending(str(path))
    assert not upgrade_pending(str(tmp_path / "new.sqlite"))  # made at start: no upgrade

    assert open_watched(path) == []
    assert list(tmp_path.glob("*.bak")) == []


@pytest.mark.usefixtures("qapp")
def test_an_upgrade_that_fails_is_explained_and_changes_nothing(
    tmp_path: Path, recorded_messages: list[str]
) -> None:
    path = older_database(tmp_path / "broken.sqlite")
    connection = sqlite3.connect(path)  # foreign keys unchecked: a search entry of no case
    connection.execute(
        "INSERT INTO search_entries (kind, entity_id, case_id, label, text) "
        "VALUES ('person', 1, 999, '', 'шумов')"
    )
    connection.commit()
    connection.close()

    watch = NoticeWatch()
    database = open_database_or_explain(str(path))
    watch.stop()

    assert database is None
    assert watch.seen  # shown while it ran
    assert notices_left() == []
    assert len(recorded_messages) == 1
    assert "break links between its records" in recorded_messages[0]
    assert revision_of(path) == PREVIOUS_REVISION
