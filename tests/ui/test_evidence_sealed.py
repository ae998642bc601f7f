"""The evidence panel on a protected database: a sealed vault's files are shown from memory,
and nothing readable is left on disk by thumbnails, the preview or "Open"."""

from __future__ import annotations

import os
import stat
import tempfile
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import evidence
from caseworker.vault.of_database import vault_of_session
from caseworker.vault.plain_reads import is_sealed
from tests.conftest import ACTOR, SampleCase
from tests.python_snippet import run_python
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.context import AppContext
from ui.evidence import opened_copies
from ui.evidence.evidence_model import EvidenceRole
from ui.evidence.evidence_panel import EvidencePanel
from ui.evidence.media_player import multimedia_installed
from ui.evidence.opened_copies import HELD, OpenedCopies, opened_root, remove_leftovers

pytestmark = pytest.mark.sqlite_only(reason="encryption of SQLite files")

#: The raw key of the protected test database (its vault's keys are the tests' fixed ones).
KEY = bytes(range(32))
#: Found in the text file, and after the end of the image's PNG.
DISTINCTIVE = "Агриппина Феофилактовна Чернобривцева, урочище Кривые Ключи"


@pytest.fixture
def database_key() -> bytes:
    """The database is protected: its vault is sealed."""
    return KEY


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user's cache, runtime and temporary folders, all under ``tmp_path/home``."""
    home = tmp_path / "home"
    for name, variable in (("cache", "XDG_CACHE_HOME"), ("run", "XDG_RUNTIME_DIR")):
        (home / name).mkdir(parents=True)
        monkeypatch.setenv(variable, str(home / name))
    (home / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    monkeypatch.delenv(opened_copies.ENV_CACHE, raising=False)
    yield home
    opened_copies.copies.remove()  # what closing the program does


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext, sample_case: SampleCase) -> EvidencePanel:
    shown = EvidencePanel(context)
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    shown.set_case(sample_case.case_id)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _add(database: Database, case_id: int, path: Path) -> int:
    with database.write() as session:
        vault = vault_of_session(session)
        assert is_sealed(vault)
        return evidence.add_evidence(session, vault, ACTOR, case_id, path).item.id


def _files(tmp_path: Path) -> tuple[Path, Path]:
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    photo = incoming / "фото.png"
    assert image.save(str(photo))
    with photo.open("ab") as after_the_end:  # read by nothing, but there
        after_the_end.write(DISTINCTIVE.encode())
    letter = incoming / "письмо.txt"
    letter.write_text(f"Здравствуйте!\n{DISTINCTIVE}\n", encoding="utf-8")
    return photo, letter


def _readable_anywhere(folder: Path, skip: Path) -> list[Path]:
    """The files under ``folder`` (but not under ``skip``) holding the distinctive text."""
    needles = [DISTINCTIVE.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and skip not in path.parents:
            content = path.read_bytes()
            if any(needle in content for needle in needles):
                found.append(path)
    return found


def test_a_sealed_vault_shows_from_memory_and_leaves_nothing_readable(
    qtbot: QtBot,
    panel: EvidencePanel,
    database: Database,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    private_folders: Path,
) -> None:
    photo, letter = _files(tmp_path)
    case_id = panel.case_id() or 0
    photo_id, letter_id = _add(database, case_id, photo), _add(database, case_id, letter)
    panel.reload()

    # Thumbnails: made from memory, not cached on disk.
    rows = [panel.model.index_of(photo_id), panel.model.index_of(letter_id)]
    qtbot.waitUntil(lambda: rows[0].data(EvidenceRole.THUMBNAIL) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: bool(rows[1].data(EvidenceRole.TEXT_PREVIEW)), timeout=10_000)
    assert rows[0].data(EvidenceRole.THUMBNAIL).pixelColor(5, 5) == QColor("#3a7")
    assert DISTINCTIVE in rows[1].data(EvidenceRole.TEXT_PREVIEW)
    panel.thumbnails.wait()
    assert not list((private_folders / "cache").rglob("*.png"))

    # The preview: the image and the text, decrypted in memory.
    preview = panel.preview
    panel.select_item(photo_id)
    qtbot.waitUntil(lambda: not preview.loading(), timeout=10_000)
    assert preview.pages.currentIndex() == 1
    pixmap = preview.image_label.pixmap()
    assert not pixmap.isNull()
    assert pixmap.toImage().pixelColor(5, 5) == QColor("#3a7")
    panel.select_item(letter_id)
    qtbot.waitUntil(lambda: not preview.loading(), timeout=10_000)
    assert preview.pages.currentWidget() is preview.text_view
    assert DISTINCTIVE in preview.text_view.toPlainText()

    # "Open": a read-only copy in a private folder of the program's own.
    panel.select_item(photo_id)
    panel.open_selected()
    qtbot.waitUntil(lambda: bool(prompts.opened_urls), timeout=10_000)
    opened = Path(prompts.opened_urls[0].toLocalFile())
    assert opened.name == "фото.png"
    assert opened.read_bytes() == photo.read_bytes()
    assert opened_root() in opened.parents
    session = opened_copies.copies.session()
    assert session is not None and session in opened.parents
    for folder in (opened_root(), session, opened.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert "removed when Caseworker closes" in panel.message_label.text()
    panel.open_selected()  # again: the same copy
    assert [url.toLocalFile() for url in prompts.opened_urls] == [str(opened)] * 2

    # Closing the program removes the copy; nothing readable is left anywhere.
    panel.close()
    opened_copies.copies.remove()
    assert not opened.exists()
    database.dispose()
    assert _readable_anywhere(tmp_path, skip=tmp_path / "incoming") == []


def test_a_file_too_large_for_memory_offers_the_system_viewer(
    panel: EvidencePanel,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui.evidence import preview as preview_module

    photo, _letter = _files(tmp_path)
    photo_id = _add(database, panel.case_id() or 0, photo)
    monkeypatch.setattr(preview_module, "MEMORY_LIMIT", 100)
    panel.reload()
    panel.select_item(photo_id)
    assert not panel.preview.loading()
    assert "too large to show here" in panel.preview.message.text()
    assert panel.preview.open_button.isVisibleTo(panel)


def test_a_sealed_recording_gets_its_duration_and_a_player(
    qtbot: QtBot, panel: EvidencePanel, database: Database, tmp_path: Path
) -> None:
    """Read from the plaintext in memory; nothing is played (offscreen Qt has no audio)."""
    voice = tmp_path / "голосовое.wav"
    with wave.open(str(voice), "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(2)
        clip.setframerate(8000)
        clip.writeframes(bytes(2 * 8000 * 83))
    voice_id = _add(database, panel.case_id() or 0, voice)
    panel.reload()
    row = panel.model.index_of(voice_id)
    qtbot.waitUntil(lambda: row.data(EvidenceRole.DURATION) is not None, timeout=10_000)
    assert row.data(EvidenceRole.DURATION) == pytest.approx(83.0)
    panel.select_item(voice_id)
    qtbot.waitUntil(lambda: not panel.preview.loading(), timeout=10_000)
    player = panel.preview.player
    if multimedia_installed():
        assert panel.preview.pages.currentWidget() is player
        assert player.time_label.text() == "0:00 / 1:23"


def test_a_sealed_pdf_gets_its_first_page_and_is_shown_from_memory(
    qtbot: QtBot, panel: EvidencePanel, database: Database, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    path = tmp_path / "извещение.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.fillRect(0, 0, 4000, 2000, Qt.GlobalColor.black)
    painter.end()
    pdf_id = _add(database, panel.case_id() or 0, path)
    panel.reload()
    row = panel.model.index_of(pdf_id)
    qtbot.waitUntil(lambda: row.data(EvidenceRole.THUMBNAIL) is not None, timeout=10_000)
    thumbnail = row.data(EvidenceRole.THUMBNAIL)
    assert thumbnail.height() > thumbnail.width()
    assert thumbnail.pixelColor(thumbnail.width() // 2, 2).lightness() < 60
    panel.select_item(pdf_id)
    qtbot.waitUntil(lambda: not panel.preview.loading(), timeout=10_000)
    preview = panel.preview
    if preview._pdf_view is not None:  # this Qt has its PDF module
        assert preview.pages.currentWidget() is preview._pdf_view
        assert preview._pdf_document.pageCount() == 1


def test_without_a_viewer_the_copy_is_named_and_still_removed_at_close(
    qtbot: QtBot,
    panel: EvidencePanel,
    database: Database,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _photo, letter = _files(tmp_path)
    letter_id = _add(database, panel.case_id() or 0, letter)
    panel.reload()
    panel.select_item(letter_id)
    monkeypatch.setattr(prompts, "open_url", lambda _url: False)  # no program for it
    panel.open_selected()
    qtbot.waitUntil(lambda: panel.message_bar.isVisible(), timeout=10_000)
    session = opened_copies.copies.session()
    assert session is not None
    [copy] = list(session.rglob("письмо.txt"))
    assert "No program to open “письмо.txt”" in panel.message_label.text()
    assert str(copy) in panel.message_label.text()
    opened_copies.copies.remove()
    assert not copy.exists()


CRASH = """
import os, sys
from ui.evidence.opened_copies import copies
path = copies.path_for("ab" * 32, "письмо.txt")
path.write_text(sys.argv[1], encoding="utf-8")
print(path, flush=True)
os._exit(3)  # a crash: nothing is cleaned up
"""


def test_copies_left_by_a_crash_are_removed_at_the_next_start(qapp: QApplication) -> None:
    result = run_python(CRASH, DISTINCTIVE)
    assert result.returncode == 3, result.stderr
    left = Path(result.stdout.strip())
    assert left.read_text(encoding="utf-8") == DISTINCTIVE
    assert opened_root() in left.parents

    # Another Caseworker still running keeps its copies; an older version's are removed.
    running = OpenedCopies()
    kept = running.path_for("cd" * 32, "скан.pdf")
    kept.write_bytes(b"%PDF-1.7")
    older = opened_root() / ("ef" * 8)
    older.mkdir()
    (older / "фото.png").write_bytes(b"old")
    long_ago = time.time() - 3600
    os.utime(older, (long_ago, long_ago))
    being_made = opened_root() / "12345-abcdef12"
    being_made.mkdir()  # a session made this moment, its lock not taken yet

    assert opened_copies.install(qapp) == 2  # what the window's start does
    assert not left.exists() and not older.exists()
    assert kept.exists() and being_made.exists()
    assert (kept.parents[1] / HELD).exists()
    running.remove()
    assert not kept.exists()
    assert remove_leftovers(now=time.time() + 3600) == 1  # no longer young
    assert not being_made.exists()
