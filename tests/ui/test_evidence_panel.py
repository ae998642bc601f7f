"""The evidence panel: adding files (drop, paste), duplicates, bad input, reports, graphic items."""

from __future__ import annotations

import os
import struct
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from caseworker.db import Database
from caseworker.services import evidence
from caseworker.services.evidence_list import list_evidence
from caseworker.vault.of_database import vault_of_session
from caseworker.vault.plain_reads import is_sealed, read_plain
from caseworker.vocab import HowObtained
from tests.conftest import ACTOR, SampleCase
from tests.ui.scripted_prompts import ScriptedPrompts
from ui.case_view import CaseView
from ui.context import AppContext
from ui.evidence import evidence_actions, opened_copies
from ui.evidence.evidence_dialog import PurgeDialog
from ui.evidence.evidence_model import EvidenceRole
from ui.evidence.evidence_panel import EvidencePanel


@pytest.fixture(autouse=True)
def thumbnail_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CASEWORKER_CACHE_DIR", str(folder))
    yield folder
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


def write_png(path: Path, colour: str, width: int = 320, height: int = 200) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))  # PNG, from the suffix
    return path


def drop(panel: EvidencePanel, paths: list[Path]) -> None:
    """What the file manager does: a drag entering the panel, then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), action, mime, buttons, keys)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(50, 50), action, mime, buttons, keys)
    QApplication.sendEvent(panel, dropped)
    assert dropped.isAccepted()


def wait_added(qtbot: QtBot, panel: EvidencePanel) -> None:
    qtbot.waitUntil(lambda: not panel.adder.is_busy(), timeout=20_000)


def wait_preview(qtbot: QtBot, panel: EvidencePanel) -> None:
    """A sealed file is decrypted for the preview in the background."""
    qtbot.waitUntil(lambda: not panel.preview.loading(), timeout=10_000)


def names(panel: EvidencePanel) -> list[str]:
    return sorted(item.name for item in panel.model.items())


def message(panel: EvidencePanel) -> str:
    return panel.message_label.text() if panel.message_bar.isVisible() else ""


def test_dropped_files_are_added_in_the_background(
    qtbot: QtBot, panel: EvidencePanel, tmp_path: Path, database: Database
) -> None:
    first = write_png(tmp_path / "фото с фронта 🙏.png", "#3a7")
    second = tmp_path / "письмо.txt"
    second.write_text("Здравствуйте, пишу про Алексея.\n", encoding="utf-8")
    counts: list[int] = []
    panel.count_changed.connect(counts.append)
    drop(panel, [first, second])
    wait_added(qtbot, panel)
    assert names(panel) == ["письмо.txt", "фото с фронта 🙏.png"]
    assert "Added “фото с фронта 🙏.png”." in message(panel)
    assert counts[-1] == 2
    added = {item.name: item for item in panel.model.items()}
    assert added["письмо.txt"].media_type == "text/plain"
    with database.read() as session:
        vault = vault_of_session(session)
    photo = added["фото с фронта 🙏.png"].sha256
    assert read_plain(vault, photo, limit=1 << 20) == first.read_bytes()


def test_the_same_file_twice_is_recognised(
    qtbot: QtBot, panel: EvidencePanel, tmp_path: Path
) -> None:
    original = write_png(tmp_path / "a.png", "#a33")
    copy = tmp_path / "copy of a.png"
    copy.write_bytes(original.read_bytes())
    drop(panel, [original])
    wait_added(qtbot, panel)
    drop(panel, [copy])
    wait_added(qtbot, panel)
    assert names(panel) == ["a.png"]
    assert "is already in this case as “a.png”" in message(panel)


def test_bad_input_gets_a_clear_message_and_touches_nothing(
    qtbot: QtBot, panel: EvidencePanel, tmp_path: Path
) -> None:
    kept = write_png(tmp_path / "kept.png", "#36c")
    drop(panel, [kept])
    wait_added(qtbot, panel)
    before = panel.model.items()
    folder = tmp_path / "a folder"
    folder.mkdir()
    empty = tmp_path / "empty.jpg"
    empty.touch()
    vanished = tmp_path / "vanished.png"
    drop(panel, [folder, empty, vanished])
    wait_added(qtbot, panel)
    shown = message(panel)
    assert "“a folder” is a folder" in shown
    assert "“empty.jpg” is empty (0 bytes)" in shown
    assert "“vanished.png” cannot be found" in shown
    assert panel.model.items() == before


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anyway")
def test_a_read_only_evidence_folder_is_reported(
    qtbot: QtBot, panel: EvidencePanel, tmp_path: Path, database: Database
) -> None:
    with database.read() as session:
        root = vault_of_session(session).root
    root.mkdir()
    root.chmod(0o500)
    try:
        drop(panel, [write_png(tmp_path / "x.png", "#999")])
        wait_added(qtbot, panel)
    finally:
        root.chmod(0o700)
    assert "cannot be written to" in message(panel)
    assert panel.model.rowCount() == 0


def large_file(path: Path, megabytes: int = 32) -> Path:
    with path.open("wb") as handle:
        for _ in range(megabytes // 2):
            handle.write(os.urandom(2 * 1024 * 1024))
    return path


@pytest.mark.usefixtures("database")
def test_the_cancel_button_stops_an_add(qtbot: QtBot, panel: EvidencePanel, tmp_path: Path) -> None:
    panel.add_paths([large_file(tmp_path / "video.mp4"), write_png(tmp_path / "b.png", "#777")])
    assert panel.progress_row.isVisible() and panel.cancel_button.isVisible()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    wait_added(qtbot, panel)
    assert "Adding “video.mp4” was cancelled. Nothing was stored." in message(panel)
    assert panel.model.rowCount() == 0


@pytest.mark.sqlite_only(reason="the evidence folder beside a SQLite file")
def test_an_evidence_folder_that_cannot_be_made_is_reported(
    qtbot: QtBot, panel: EvidencePanel, tmp_path: Path, database: Database
) -> None:
    with database.read() as session:
        root = vault_of_session(session).root
    root.write_text("a file where the evidence folder belongs")
    drop(panel, [write_png(tmp_path / "x.png", "#999")])
    wait_added(qtbot, panel)
    assert "cannot be written to" in message(panel)
    assert panel.model.rowCount() == 0


def test_cancel_during_a_large_add_leaves_nothing(
    qtbot: QtBot,
    panel: EvidencePanel,
    tmp_path: Path,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    large = large_file(tmp_path / "video.mp4")

    def cancel_after_first_chunk(busy: bool) -> None:
        # Set before the job starts; the copy's first report of bytes done (in the worker
        # thread) cancels it: surely mid-copy.
        job = panel.adder.job
        if busy and job is not None:
            control, report = job.control, job.control.report

            def report_then_cancel(done: int, total: int) -> None:
                report(done, total)
                if done:
                    control.cancel()

            monkeypatch.setattr(control, "report", report_then_cancel)

    panel.adder.busy_changed.connect(cancel_after_first_chunk)
    panel.add_paths([large])
    wait_added(qtbot, panel)
    assert "was cancelled. Nothing was stored." in message(panel)
    assert not panel.progress_row.isVisible()
    with database.read() as session:
        assert list_evidence(session, panel.case_id() or 0, include_removed=True) == []
        vault = vault_of_session(session)
    assert [p for p in vault.root.rglob("*") if p.is_file()] == []


def test_a_pasted_image_is_kept_as_png(
    qtbot: QtBot, panel: EvidencePanel, database: Database
) -> None:
    image = QImage(200, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#e94"))
    QGuiApplication.clipboard().setImage(image)
    panel.paste()
    wait_added(qtbot, panel)
    [item] = panel.model.items()
    assert item.media_type == "image/png"
    assert item.how_obtained is HowObtained.SCREENSHOT
    with database.read() as session:
        stored = read_plain(vault_of_session(session), item.sha256, limit=1 << 20)
    assert QImage.fromData(stored).size() == image.size()


def _record(database: Database, case_id: int, path: Path, **metadata: object) -> int:
    with database.write() as session:
        vault = vault_of_session(session)
        return evidence.add_evidence(session, vault, ACTOR, case_id, path, **metadata).item.id  # type: ignore[arg-type]


def test_thumbnails_are_made_in_the_background_and_cached(
    qtbot: QtBot, panel: EvidencePanel, tmp_path: Path, thumbnail_cache: Path
) -> None:
    drop(panel, [write_png(tmp_path / "big.png", "#2a6", 1600, 1200)])
    wait_added(qtbot, panel)
    index = panel.model.index(0, 0)
    qtbot.waitUntil(lambda: index.data(EvidenceRole.THUMBNAIL) is not None, timeout=10_000)
    thumbnail = index.data(EvidenceRole.THUMBNAIL)
    assert thumbnail.width() <= 160 and thumbnail.height() <= 120
    sealed = panel.vault_now() is not None and is_sealed(panel.vault_now())
    assert bool(list(thumbnail_cache.rglob("*.png"))) is not sealed  # sealed: in memory only


@pytest.mark.usefixtures("thumbnail_cache")
def test_a_pdf_shows_its_first_page_as_thumbnail(
    qtbot: QtBot, panel: EvidencePanel, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    path = tmp_path / "извещение военкомата.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.fillRect(0, 0, 4000, 2000, Qt.GlobalColor.black)
    painter.end()
    drop(panel, [path])
    wait_added(qtbot, panel)
    index = panel.model.index(0, 0)
    qtbot.waitUntil(lambda: index.data(EvidenceRole.THUMBNAIL) is not None, timeout=10_000)
    thumbnail = index.data(EvidenceRole.THUMBNAIL)
    # Portrait like an A4 page, and dark at the top where the page was painted black.
    assert thumbnail.height() > thumbnail.width()
    assert thumbnail.pixelColor(thumbnail.width() // 2, 2).lightness() < 60
    panel.select_item(panel.model.items()[0].id)  # the preview shows it page by page
    qtbot.wait(50)


def test_a_graphic_item_is_blurred_until_clicked(
    qtbot: QtBot, panel: EvidencePanel, tmp_path: Path, database: Database
) -> None:
    path = write_png(tmp_path / "тело.png", "#733")
    _record(database, panel.case_id() or 0, path, graphic=True)
    panel.reload()
    index = panel.model.index(0, 0)
    assert index.data(EvidenceRole.HIDDEN) is True
    panel.tiles.setCurrentIndex(index)  # chosen by keyboard: still blurred in the preview
    wait_preview(qtbot, panel)
    assert panel.preview.reveal_button.isVisibleTo(panel)
    rect = panel.tiles.visualRect(index)
    qtbot.mouseClick(panel.tiles.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert index.data(EvidenceRole.HIDDEN) is False
    wait_preview(qtbot, panel)
    assert not panel.preview.reveal_button.isVisibleTo(panel)


def test_audio_and_video_get_a_player_and_their_duration(
    qtbot: QtBot, panel: EvidencePanel, tmp_path: Path, database: Database
) -> None:
    """The player is built and wired; nothing is played (offscreen Qt has no audio device)."""
    voice = tmp_path / "голосовое.wav"
    with wave.open(str(voice), "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(2)
        clip.setframerate(8000)
        clip.writeframes(bytes(2 * 8000 * 83))

    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    header = bytes(4) + struct.pack(">IIII", 0, 0, 1000, 12_000) + bytes(80)
    video = tmp_path / "видео.mp4"
    video.write_bytes(
        box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2")
        + box(b"moov", box(b"mvhd", header))
        + box(b"mdat", bytes(64))
    )
    case_id = panel.case_id() or 0
    voice_id = _record(database, case_id, voice)
    video_id = _record(database, case_id, video)
    panel.reload()
    rows = [panel.model.index(row, 0) for row in range(panel.model.rowCount())]
    qtbot.waitUntil(
        lambda: all(index.data(EvidenceRole.DURATION) is not None for index in rows),
        timeout=10_000,
    )
    durations = {
        item.id: panel.model.index_of(item.id).data(EvidenceRole.DURATION)
        for item in panel.model.items()
    }
    assert durations == {voice_id: pytest.approx(83.0), video_id: pytest.approx(12.0)}
    preview, player = panel.preview, panel.preview.player

    panel.select_item(voice_id)
    wait_preview(qtbot, panel)
    assert preview.pages.currentWidget() is player
    assert player.play_button.isEnabled() and player.open_button.isVisibleTo(panel)
    assert player.time_label.text() == "0:00 / 1:23"
    assert not player.video_area.isVisibleTo(panel)
    player.position_slider.setValue(12_000)  # before playing: the position is kept
    assert player.time_label.text() == "0:12 / 1:23"
    panel.select_item(video_id)
    wait_preview(qtbot, panel)
    assert player.video_area.isVisibleTo(panel)
    assert player.time_label.text() == "0:00 / 0:12"
    assert player.position_slider.maximum() == 12_000
    assert not player.is_playing()


def test_selecting_a_report_shows_its_files_and_a_file_its_reports(
    qtbot: QtBot, context: AppContext, sample_case: SampleCase, tmp_path: Path, database: Database
) -> None:
    view = CaseView(context)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show_case(sample_case.case_id)
    view.show()
    case_id = sample_case.case_id
    linked = _record(
        database,
        case_id,
        write_png(tmp_path / "a.png", "#111"),
        report_ids=[sample_case.killed_report_id],
    )
    _record(database, case_id, write_png(tmp_path / "b.png", "#222"))
    view.reload()
    panel = view.evidence_panel
    assert view.tabs.tabText(view.tabs.indexOf(panel)) == "Evidence (2)"
    view.select_report(sample_case.killed_report_id)
    assert panel.model.highlighted() == {linked}
    assert panel.report_bar.isVisibleTo(panel)
    qtbot.mouseClick(panel.only_report_button, Qt.MouseButton.LeftButton)
    assert [item.id for item in panel.model.items()] == [linked]
    view.select_report(sample_case.alive_report_id)  # the report filter follows the selection
    assert panel.model.rowCount() == 0
    panel.report_filter.setCurrentIndex(0)
    panel.select_item(linked)
    assert panel.details.linked_report_ids() == [sample_case.killed_report_id]


def test_linking_removing_and_purging(
    qtbot: QtBot,
    panel: EvidencePanel,
    sample_case: SampleCase,
    tmp_path: Path,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    prompts: ScriptedPrompts,
) -> None:
    item_id = _record(database, sample_case.case_id, write_png(tmp_path / "a.png", "#456"))
    panel.reload()
    panel.select_item(item_id)
    entry = panel.details.reports_list.item(1)
    entry.setCheckState(Qt.CheckState.Checked)
    assert panel.selected_item().report_ids == (sample_case.alive_report_id,)  # type: ignore[union-attr]

    copied: list[str] = []
    monkeypatch.setattr(evidence_actions, "copy_to_clipboard", copied.append)
    qtbot.mouseClick(panel.details.copy_hash_button, Qt.MouseButton.LeftButton)
    assert copied == [panel.selected_item().sha256]  # type: ignore[union-attr]

    target = tmp_path / "out" / "копия.png"
    target.parent.mkdir()
    prompts.answer_save = lambda _title, _name: str(target)
    panel.save_copy()
    qtbot.waitUntil(lambda: "Saved a copy" in message(panel), timeout=10_000)
    assert target.read_bytes() == (tmp_path / "a.png").read_bytes()

    prompts.answer_confirm = lambda *_args: True
    qtbot.mouseClick(panel.details.remove_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    panel.show_removed.setChecked(True)
    panel.select_item(item_id)
    assert panel.details.restore_button.isVisibleTo(panel)

    typed: list[str] = []

    def type_reference(dialog: QDialog) -> bool:
        assert isinstance(dialog, PurgeDialog)
        for text in ("wrong", sample_case.reference):
            dialog.field("confirm").setText(text)  # type: ignore[attr-defined]
            dialog.accept()
            typed.append(
                dialog.error_label.text() if dialog.error_label.isVisibleTo(dialog) else ""
            )
        return dialog.result() == QDialog.DialogCode.Accepted

    prompts.answer_dialog = type_reference
    panel.purge_selected()
    assert "confirm by typing the case reference" in typed[0]
    assert panel.model.rowCount() == 0
    with database.read() as session:
        assert list_evidence(session, sample_case.case_id, include_removed=True) == []


def test_open_gives_the_viewer_a_read_only_copy_with_the_original_name(
    qtbot: QtBot,
    panel: EvidencePanel,
    tmp_path: Path,
    database: Database,
    prompts: ScriptedPrompts,
) -> None:
    item_id = _record(
        database, panel.case_id() or 0, write_png(tmp_path / "скан письма.png", "#ccc")
    )
    panel.reload()
    panel.select_item(item_id)
    opened = prompts.opened_urls
    panel.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    path = Path(opened[0].toLocalFile())
    assert path.name == "скан письма.png"
    assert path.read_bytes() == (tmp_path / "скан письма.png").read_bytes()
    assert not os.access(path, os.W_OK) or os.geteuid() == 0
    assert opened_copies.opened_root() in path.parents  # the program's own private folder
    assert "removed when Caseworker closes" in message(panel)
    opened_copies.copies.remove()  # the program closes
    assert not path.exists()


def test_a_purge_whose_file_cannot_be_deleted_is_saved_and_names_the_file(
    panel: EvidencePanel,
    tmp_path: Path,
    database: Database,
    prompts: ScriptedPrompts,
    sample_case: SampleCase,
) -> None:
    item_id = _record(database, panel.case_id() or 0, write_png(tmp_path / "скан.png", "#ccc"))
    with database.read() as session:
        sha256 = evidence.get_evidence(session, item_id).sha256
        stored = vault_of_session(session).path_of(sha256)
    stored.unlink()  # a folder in its place: not removable as a file, even by root
    (stored / "inside").mkdir(parents=True)
    panel.reload()
    panel.select_item(item_id)

    def type_reference(dialog: QDialog) -> bool:
        dialog.field("confirm").setText(sample_case.reference)  # type: ignore[attr-defined]
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    prompts.answer_dialog = type_reference
    panel.purge_selected()
    assert panel.model.rowCount() == 0  # saved, and the panel says so at once
    title, text = prompts.told[-1]
    assert title == "Deleted"
    assert "The items were deleted" in text and stored.name in text
    with database.read() as session:
        assert list_evidence(session, sample_case.case_id, include_removed=True) == []
