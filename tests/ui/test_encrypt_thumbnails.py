"""Protecting the database from the window stops the thumbnails being made of its plain
files: a thumbnail finished after the conversion forgot the cached ones would be written to
the disk cache in plain, beside a database now protected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from caseworker.db import open_database
from caseworker.vault.store import EvidenceVault
from tests.security.convert_demo import make_demo
from ui.evidence.opened_copies import ENV_CACHE
from ui.evidence.thumbnails import ThumbnailMaker
from ui.security.encrypt_dialog import EncryptDialog


def test_closing_the_database_stops_the_thumbnails(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_CACHE, str(tmp_path / "cache"))
    path = tmp_path / "demo.sqlite"
    stored = make_demo(path, tmp_path)
    database = open_database(str(path))
    try:
        window = QWidget()
        qtbot.addWidget(window)
        window.show()
        maker = ThumbnailMaker(tmp_path / "cache" / "thumbnails", parent=window)
        vault = EvidenceVault.beside(path)
        for sha256 in stored:
            maker.request(sha256, vault, "image/png")
        assert maker.pending() == len(stored)
        dialog = EncryptDialog(database, window, restart=lambda: None)
        qtbot.addWidget(dialog)
        dialog._close_database()
        assert maker.pending() == 0  # none is waiting to be made, nor told
        dialog._reopen_database()
    finally:
        database.dispose()
