"""The window while a colleague's save holds the server's write lock: the status bar says it
is waiting for the server (not for "another window"), then clears, and the save is made."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtWidgets import QApplication, QStatusBar, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from caseworker.db import Database, open_database
from caseworker.db.postgres import WRITE_LOCK_KEY
from caseworker.services import cases
from tests.conftest import ACTOR
from tests.postgres_server import PostgresServer
from tests.ui.conftest import settings_dir  # noqa: F401 (autouse: QSettings in tmp_path)
from ui.write_wait_notice import WriteWaitNotice


@pytest.fixture
def database(postgres_url: str) -> Iterator[Database]:
    opened = open_database(postgres_url)
    yield opened
    opened.dispose()


def test_a_save_waiting_for_a_colleague_says_so_in_the_status_bar(
    qapp: QApplication,  # noqa: ARG001
    qtbot: QtBot,
    database: Database,
    postgres_server: PostgresServer,
    postgres_url: str,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    status_bar = QStatusBar(window)
    WriteWaitNotice(database, status_bar, window)
    messages: list[str] = []
    status_bar.messageChanged.connect(messages.append)
    name = str(make_url(postgres_url).database)
    with psycopg.connect(**postgres_server.connect_arguments(name)) as colleague:
        colleague.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
        release = threading.Timer(1.0, colleague.rollback)
        release.start()
        try:
            with database.write() as session:
                reference = cases.create_case(session, ACTOR, family_name="Ёлкины").reference
        finally:
            release.join()
    assert any("Waiting for the database server" in message for message in messages)
    assert status_bar.currentMessage() == ""
    with database.read() as session:
        assert cases.get_case_by_reference(session, reference).family_name == "Ёлкины"
