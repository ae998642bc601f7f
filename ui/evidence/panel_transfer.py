"""Files in and out of the evidence panel: the clipboard, pasted images, dropped files, and
copies of a stored file taken out to open or to save.

The strings keep the panel's translation context.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QUrl
from PySide6.QtGui import QImage, QImageWriter

from caseworker.errors import CaseworkerError
from caseworker.services.evidence_list import EvidenceItem
from caseworker.vocab import HowObtained
from ui.evidence import evidence_actions as actions
from ui.evidence.add_files import POLL_MS, Incoming, Outcome
from ui.operations import BackgroundJob
from ui.operations.background import FILES

if TYPE_CHECKING:
    from ui.evidence.evidence_panel import EvidencePanel

translate = QCoreApplication.translate


def local_paths(urls: list[QUrl]) -> list[Path]:
    """The local files among dropped or copied addresses."""
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


def add_from_mime(panel: EvidencePanel, mime: QMimeData) -> bool:
    """Add the files, else the image, that ``mime`` holds; say so when it holds neither."""
    paths = local_paths(mime.urls())
    if paths:
        panel.add_paths(paths)
        return True
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            panel.add_image(image)
            return True
    panel.show_message(
        [
            Outcome(
                translate("EvidencePanel", "The clipboard holds no image and no files to add."),
                problem=True,
            )
        ]
    )
    return False


def image_as_incoming(image: QImage) -> Incoming:
    """A pasted screenshot, kept as a PNG (lossless: no detail is lost)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
    name = translate("EvidencePanel", "Pasted image {stamp}.png").format(stamp=stamp)
    return Incoming(name, data=bytes(data.data()), how_obtained=HowObtained.SCREENSHOT)


def open_copy(panel: EvidencePanel, item: EvidenceItem) -> None:
    """Open a read-only copy with the system's viewer (made now, unless made already in this
    session); it is removed when the program closes."""
    try:
        target = actions.opened_copy_path(item)
    except OSError as error:
        text = translate(
            "EvidencePanel", "The copy to open cannot be made in {folder}: {reason}."
        ).format(folder=error.filename or "", reason=error.strerror or error)
        panel.show_message([Outcome(text, problem=True)])
        return
    if target.is_file():
        _opened(panel, item, target)
    else:
        copy_out(panel, item, target, opening=True)


def _opened(panel: EvidencePanel, item: EvidenceItem, target: Path) -> None:
    if panel.prompts.open_url(QUrl.fromLocalFile(str(target))):
        text = translate(
            "EvidencePanel",
            "Opened a read-only copy of “{name}”. The copy is removed when Caseworker closes; "
            "the stored file stays unchanged.",
        ).format(name=item.name)
        panel.show_message([Outcome(text)])
        return
    text = translate(
        "EvidencePanel",
        "No program to open “{name}” was found on this computer. A read-only copy is at "
        "{path} until Caseworker closes; to keep one, save a copy.",
    ).format(name=item.name, path=target)
    panel.show_message([Outcome(text, problem=True)])


def copy_out(panel: EvidencePanel, item: EvidenceItem, target: Path, *, opening: bool) -> None:
    """Copy the stored file to ``target`` in the background, then open it or say where."""
    try:
        vault = panel.vault_now()
    except CaseworkerError as error:
        panel.prompts.report_error(panel, error)
        return
    job = BackgroundJob(
        actions.copy_out_work(vault, item.sha256, target), panel, lane=FILES, poll_ms=POLL_MS
    )
    panel.copy_job = job
    panel.progress_label.setText(
        translate("EvidencePanel", "Opening “{name}”…")
        if opening
        else translate("EvidencePanel", "Saving a copy of “{name}”…")
    )
    panel.progress_label.setText(panel.progress_label.text().format(name=item.name))
    panel.progress_row.show()
    panel.cancel_button.hide()
    job.progressed.connect(panel.on_copy_progress)

    def finished(error: BaseException | None) -> None:
        panel.progress_row.setVisible(panel.adder.is_busy())
        panel.cancel_button.show()
        job.deleteLater()
        if error is not None:
            panel.prompts.report_error(panel, error)
        elif opening:
            actions.make_read_only(target)
            _opened(panel, item, target)
        else:
            panel.show_message(
                [Outcome(translate("EvidencePanel", "Saved a copy as {path}.").format(path=target))]
            )

    job.succeeded.connect(lambda _none: finished(None))
    job.failed.connect(finished)
    job.start()
