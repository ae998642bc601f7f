"""The About box carries the licence notices of SQLCipher and OpenSSL."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.about import licence_notices
from ui.main_window import MainWindow


def test_the_about_box_shows_sqlciphers_and_openssls_notices(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    box = main_window.show_about()
    qtbot.waitExposed(box)
    details = box.detailedText()
    assert "ZETETIC LLC" in details and "Redistributions in binary form" in details
    assert "OpenSSL" in details and "Apache License, Version 2.0" in details
    assert "SQLCipher" in box.text()
    box.close()


def test_a_missing_notices_folder_leaves_the_box_without_details(tmp_path: Path) -> None:
    assert licence_notices(tmp_path / "absent") == ""
