"""Builders for the unlock tests: a protected database with its keys, cheap Argon2id."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from caseworker.db import open_database
from caseworker.security import KeysFileDamaged, RecoveryCodeTypo, create_keys, kdf, keys_path
from caseworker.security.keys import DerivedKeys
from caseworker.security.throttle import THROTTLE

PASSPHRASE = "тихий лес у реки"


@dataclass(frozen=True)
class Protected:
    """A protected database file, its keys file, its recovery code and its SQLCipher key."""

    path: Path
    code: str
    key: bytes
    unlocked_keys: DerivedKeys

    @property
    def keys(self) -> Path:
        return keys_path(self.path)

    def files(self) -> dict[str, bytes]:
        """Every file of the database's folder, by name, as bytes (to see nothing changed)."""
        return {item.name: item.read_bytes() for item in self.path.parent.iterdir()}


@pytest.fixture(autouse=True)
def cheap_keys() -> Iterator[list[float]]:
    """Cheap Argon2id and a throttle that records its waits (as tests/conftest.py does)."""
    waited: list[float] = []
    previous = THROTTLE.sleep
    THROTTLE.reset()
    THROTTLE.sleep = waited.append
    try:
        with kdf.use_parameters(kdf.TEST_PARAMETERS):
            yield waited
    finally:
        THROTTLE.sleep = previous
        THROTTLE.reset()


def make_protected(folder: Path) -> Protected:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cases.sqlite"
    unlocked, code = create_keys(path, PASSPHRASE)
    open_database(str(path), keys=unlocked.keys).dispose()
    return Protected(path, code, unlocked.keys.database, unlocked.keys)


def show_unlock_dialogs(qtbot: QtBot, note: Callable[[QWidget, str], None], folder: Path) -> None:
    """Show the unlock dialog's pages and states (at start and locked) to ``note`` (for
    tests/ui/test_text_fits.py): the passphrase with a long problem and the wait, the
    recovery code with a problem, the new code."""
    from ui.security.pages import show_problem
    from ui.security.unlock_dialog import UnlockDialog

    with kdf.use_parameters(kdf.TEST_PARAMETERS):
        protected = make_protected(folder / "защищённая база")
    for locked in (False, True):
        dialog = UnlockDialog(protected.path, locked=locked)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        note(dialog, "passphrase")
        show_problem(dialog.passphrase_page.problem, KeysFileDamaged(protected.keys).message)
        dialog.show_status(dialog.tr("Wait %n s: several wrong tries in a row.", None, 30))
        note(dialog, "passphrase: a problem, a wait")
        dialog.status.clear()
        dialog.show_recovery()
        show_problem(dialog.recovery_page.problem, RecoveryCodeTypo.wrong_length(20, 24).message)
        note(dialog, "recovery code")
        dialog._show_new_code(protected.code)
        note(dialog, "the new recovery code")
        dialog.close()
