"""The evidence panel's "Export for a lawyer…": protected with a password (the password typed
twice, refused when empty, short or different) or a plain folder that says it is not."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import evidence
from caseworker.vault import StoredFileDamaged
from caseworker.vault.of_database import vault_of_session
from tests.conftest import ACTOR, SampleCase
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.context import AppContext
from ui.evidence.bundle_dialog import EvidenceBundleDialog
from ui.evidence.bundle_export import BundleExporter
from ui.evidence.evidence_panel import EvidencePanel

WAIT_MS = 20_000
#: Typed key by key (Qt's test keys are ASCII).
TYPED = "Chistye prudy 1917"
NOTE = "Записка Зябликовой о встрече в Курске\n".encode() * 30


@pytest.fixture(autouse=True)
def thumbnail_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CASEWORKER_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def panel(
    qtbot: QtBot, context: AppContext, database: Database, sample_case: SampleCase, tmp_path: Path
) -> EvidencePanel:
    note = tmp_path / "записка Зябликовой.txt"
    note.write_bytes(NOTE)
    with database.write() as session:
        vault = vault_of_session(session)
        evidence.add_evidence(session, vault, ACTOR, sample_case.case_id, note)
    shown = EvidencePanel(context)
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    shown.set_case(sample_case.case_id)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def dialog_of(qtbot: QtBot) -> EvidenceBundleDialog:
    dialog = EvidenceBundleDialog(None, reference="2026-0007", removed=0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_twice(qtbot: QtBot, dialog: EvidenceBundleDialog, first: str, second: str) -> None:
    for edit, text in ((dialog.password_edit, first), (dialog.repeat_edit, second)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_the_dialog_asks_the_password_twice_and_refuses_a_poor_one(qtbot: QtBot) -> None:
    dialog = dialog_of(qtbot)
    assert dialog.protect_box.isChecked()  # a bundle leaves the desk: protected unless cleared
    assert dialog.protect_box.text() == "&Protect with a password"
    for edit in (dialog.password_edit, dialog.repeat_edit):
        assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.unprotected_note.isHidden()
    assert dialog.ok_button.text() == "Choose the archive…"
    for first, second, problem in (
        ("", "", "empty"),
        ("short", "short", "too short"),
        (TYPED, TYPED + "!", "differ"),
    ):
        type_twice(qtbot, dialog, first, second)
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert problem in dialog.password_problem.text()
        assert not dialog.password_problem.isHidden()
    type_twice(qtbot, dialog, TYPED, TYPED)
    assert dialog.password_problem.isHidden()  # typing clears the problem
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password() == TYPED


def test_without_a_password_the_dialog_says_the_folder_is_not_protected(qtbot: QtBot) -> None:
    dialog = dialog_of(qtbot)
    box = dialog.protect_box
    # on the box itself: the widget is as wide as the dialog, its text is not
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not dialog.protect_box.isChecked()
    assert not dialog.unprotected_note.isHidden()
    assert "Not protected" in dialog.unprotected_note.text()
    assert not dialog.password_edit.isEnabled()
    assert dialog.ok_button.text() == "Choose the folder…"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password() is None


def export_with(
    qtbot: QtBot, panel: EvidencePanel, prompts: ScriptedPrompts, target: Path, protect: bool
) -> None:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, EvidenceBundleDialog)
        if protect:
            type_twice(qtbot, dialog, TYPED, TYPED)
        else:
            dialog.protect_box.setChecked(False)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    asked: list[str] = []

    def save(title: str, suggested: str) -> str:
        asked.append(f"{title} | {suggested}")
        return str(target)

    prompts.answer_dialog = answer
    prompts.answer_save = save
    exporter = panel.findChild(BundleExporter, "bundleExporter")
    assert exporter is not None
    button = panel.findChild(type(panel.add_button), "exportEvidenceButton")
    assert button is not None
    with qtbot.waitSignal(exporter.finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert finished.args is not None and finished.args[0] is not None
    assert asked and "2026" in asked[0]


def test_the_panel_exports_a_protected_archive(
    qtbot: QtBot, panel: EvidencePanel, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    target = tmp_path / "для юриста.zip"
    export_with(qtbot, panel, prompts, target, protect=True)
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(TYPED.encode())
        manifest = archive.read("manifest.csv").decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(manifest)))
        assert [row["original_name"] for row in rows] == ["записка Зябликовой.txt"]
        assert archive.read(rows[0]["file"]) == NOTE
    assert "Зябликовой".encode() not in target.read_bytes()
    title, text = prompts.told[-1]
    assert title == "Protected archive written"
    assert "protected with the password" in text and str(target) in text


def test_the_panel_exports_a_folder_that_says_it_is_not_protected(
    qtbot: QtBot, panel: EvidencePanel, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    target = tmp_path / "папка для юриста"
    export_with(qtbot, panel, prompts, target, protect=False)
    assert (target / "manifest.csv").is_file()
    assert (target / "записка Зябликовой.txt").read_bytes() == NOTE
    title, text = prompts.told[-1]
    assert "not protected" in title
    assert "not protected by a password" in text


def test_a_damaged_file_refuses_the_archive_and_says_why(
    qtbot: QtBot,
    panel: EvidencePanel,
    prompts: ScriptedPrompts,
    database: Database,
    sample_case: SampleCase,
    tmp_path: Path,
) -> None:
    with database.read() as session:
        vault = vault_of_session(session)
        (item,) = evidence.list_evidence(session, sample_case.case_id)
    stored = vault.path_of(item.sha256)
    stored.chmod(0o600)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x01
    stored.write_bytes(bytes(data))
    errors: list[BaseException] = []
    prompts.answer_error = errors.append

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, EvidenceBundleDialog)
        dialog.set_password(TYPED)
        dialog.accept()
        return True

    target = tmp_path / "out" / "bundle.zip"
    target.parent.mkdir()
    prompts.answer_dialog = answer
    prompts.answer_save = lambda _title, _suggested: str(target)
    exporter = panel.findChild(BundleExporter, "bundleExporter")
    assert exporter is not None
    with qtbot.waitSignal(exporter.finished, timeout=WAIT_MS) as finished:
        assert exporter.export()
    assert finished.args == [None]
    (error,) = errors
    assert isinstance(error, StoredFileDamaged) and error.message
    assert list(target.parent.iterdir()) == []
