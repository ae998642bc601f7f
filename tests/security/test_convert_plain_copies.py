"""Plain copies of the database beside it, made before it was protected: the copy an upgrade
makes first (``cases.sqlite.before-0015.bak``) and the database a restore kept aside
(``cases.before-restore-<time>.sqlite`` and its evidence folder). The conversion leaves
them (they may hold what the database no longer does) but names them, so that the caseworker
knows they are readable and can delete them."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from caseworker.security.convert import encrypt_plain_database
from tests.security.convert_demo import PASSPHRASE, make_demo


def test_plain_copies_beside_the_database_are_named(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    make_demo(database, tmp_path)
    upgrade = tmp_path / "demo.sqlite.before-0015.bak"
    shutil.copyfile(database, upgrade)
    kept = tmp_path / "demo.before-restore-20261101T101010Z.sqlite"
    shutil.copyfile(database, kept)
    shutil.copytree(database.with_suffix(".evidence"), kept.with_suffix(".evidence"))
    unrelated = tmp_path / "other.sqlite.before-0015.bak"
    shutil.copyfile(database, unrelated)

    converted = encrypt_plain_database(database, PASSPHRASE)

    assert sorted(converted.plain_copies) == sorted([upgrade, kept, kept.with_suffix(".evidence")])
    assert upgrade.is_file() and kept.is_file()  # never removed: they may be needed


def test_none_when_there_are_none(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    make_demo(database, tmp_path)
    assert encrypt_plain_database(database, PASSPHRASE).plain_copies == ()


def test_the_command_names_them(tmp_path: Path) -> None:
    from tests.cli_runner import run

    database = tmp_path / "demo.sqlite"
    make_demo(database, tmp_path)
    upgrade = tmp_path / "demo.sqlite.before-0015.bak"
    shutil.copyfile(database, upgrade)
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = run(database, "encrypt", "--passphrase-file", str(secret))
    assert done.returncode == 0, done.stderr
    assert "not encrypted" in done.stderr and f"  {upgrade}" in done.stderr.splitlines()


def test_the_dialog_names_them(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from caseworker.db import open_database
    from tests.ui.test_encrypt_dialog import type_passphrases
    from ui.security.encrypt_dialog import EncryptDialog

    database_file = tmp_path / "demo.sqlite"
    make_demo(database_file, tmp_path)
    upgrade = tmp_path / "demo.sqlite.before-0015.bak"
    shutil.copyfile(database_file, upgrade)
    database = open_database(str(database_file))
    try:
        dialog = EncryptDialog(database, None, restart=lambda: None)
        qtbot.addWidget(dialog)
        dialog.show()
        note = dialog.code_page.findChild(QLabel, "plainCopiesNote")
        assert note is not None and not note.isVisibleTo(dialog)
        type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
        qtbot.waitUntil(lambda: dialog.converted is not None, timeout=30_000)
        assert note.isVisible() and str(upgrade) in note.text()
    finally:
        database.dispose()
