"""Thumbnails made in the background mechanism and cached on disk under the file's SHA-256.

Workers return a :class:`QImage` (safe outside the GUI thread, unlike a QPixmap), or the
first lines of a text file, or an audio or video clip's duration; the GUI thread only paints them.
A stored file never changes, so a cached thumbnail never goes stale: its name is its hash.

A sealed vault's files are decrypted into memory (:mod:`caseworker.vault.plain_reads`) and
their thumbnails are never written to the disk cache: they live only in memory.
"""

from __future__ import annotations

import importlib
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from caseworker.cache_folder import thumbnails_folder
from caseworker.vault.durations import media_duration, stream_duration
from caseworker.vault.errors import EvidenceError
from caseworker.vault.plain_reads import is_sealed, open_plain, read_head, read_plain
from caseworker.vault.sniff import media_kind
from caseworker.vault.store import EvidenceVault
from caseworker.vocab import MediaKind
from ui.operations.background import THUMBNAILS, JobControl, JobSet, Work

log = logging.getLogger(__name__)

#: The largest thumbnail edge: tiles show them at most this big.
THUMB_SIZE = QSize(160, 120)
TEXT_PREVIEW_BYTES = 2048
TEXT_PREVIEW_LINES = 8
#: How often finished thumbnails are collected: soon enough that tiles fill in as they come.
POLL_MS = 10
#: The largest sealed file decrypted into memory for a thumbnail or a duration.
READ_LIMIT = 64 * 1024 * 1024


def cache_root() -> Path:
    """The user's cache folder for thumbnails (``$CASEWORKER_CACHE_DIR`` overrides it)."""
    return thumbnails_folder()


def pdf_available() -> bool:
    try:
        importlib.import_module("PySide6.QtPdf")
    except ImportError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Thumbnail:
    """What a worker found out about one stored file; every part may be missing."""

    sha256: str
    image: QImage | None = None
    text: str = ""
    duration: float | None = None  # seconds, for audio and video, read from headers


def _scaled_size(size: QSize) -> QSize:
    if not size.isValid() or size.isEmpty():
        return QSize()
    return size.scaled(THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio)


def memory_device(data: bytes, parent: QObject | None = None) -> QBuffer:
    """A read-only device over ``data`` (a plaintext in memory) for Qt's readers."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def _image_thumbnail(source: Path | bytes) -> QImage | None:
    device = memory_device(source) if isinstance(source, bytes) else None
    reader = QImageReader(device) if device is not None else QImageReader(str(source))
    reader.setAutoTransform(True)  # photos from phones carry their rotation in EXIF
    scaled = _scaled_size(reader.size())
    if scaled.isValid():
        reader.setScaledSize(scaled)
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > THUMB_SIZE.width() or image.height() > THUMB_SIZE.height():
        image = image.scaled(
            THUMB_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def _pdf_thumbnail(source: Path | bytes) -> QImage | None:
    """The first page of a PDF, where this Qt has its PDF module."""
    try:
        qtpdf: Any = importlib.import_module("PySide6.QtPdf")
    except ImportError:
        return None
    document = qtpdf.QPdfDocument()
    device = memory_device(source) if isinstance(source, bytes) else None
    document.load(device if device is not None else str(source))
    if document.pageCount() < 1:
        return None
    page = document.pagePointSize(0).toSize()
    image: QImage = document.render(0, _scaled_size(page))
    document.close()
    return None if image.isNull() else image


def _text_lines(head: bytes) -> str:
    text = head.decode("utf-8-sig", "replace")
    return "\n".join(text.splitlines()[:TEXT_PREVIEW_LINES])


def _write_cached(image: QImage, target: Path) -> None:
    """Written under a temporary name and renamed: a reader never sees half a thumbnail."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{uuid.uuid4().hex}.png")
        if image.save(str(partial)):  # PNG, from the suffix
            os.replace(partial, target)
        else:
            partial.unlink(missing_ok=True)
    except OSError:
        pass  # a cache that cannot be written only costs time


def make_thumbnail(
    sha256: str, vault: EvidenceVault, media_type: str, kind: MediaKind, cache: Path | None
) -> Thumbnail:
    """Build (or read from the cache) what a tile shows for one stored file; a sealed
    vault's file is read into memory and its thumbnail never cached (``cache`` unused)."""
    sealed = is_sealed(vault)
    try:
        if kind is MediaKind.TEXT:
            return Thumbnail(sha256, text=_text_lines(read_head(vault, sha256, TEXT_PREVIEW_BYTES)))
        if kind in (MediaKind.AUDIO, MediaKind.VIDEO):
            if sealed:
                clip = open_plain(vault, sha256, limit=READ_LIMIT)
                return Thumbnail(sha256, duration=stream_duration(clip, media_type))
            return Thumbnail(sha256, duration=media_duration(vault.path_of(sha256), media_type))
        if kind is not MediaKind.IMAGE and media_type != "application/pdf":
            return Thumbnail(sha256)
        cached = None if sealed or cache is None else _cached_path(cache, sha256)
        source: Path | bytes
        if sealed:
            source = read_plain(vault, sha256, limit=READ_LIMIT)
        else:
            source = vault.path_of(sha256)
            if cached is not None and cached.is_file():
                image = QImage(str(cached))
                if not image.isNull():
                    return Thumbnail(sha256, image=image)
        made = _image_thumbnail(source) if kind is MediaKind.IMAGE else _pdf_thumbnail(source)
        if made is not None and cached is not None:
            _write_cached(made, cached)
        return Thumbnail(sha256, image=made)
    except (OSError, EvidenceError):
        return Thumbnail(sha256)  # a missing or damaged vault file is reported by `check`


def _cached_path(cache: Path, sha256: str) -> Path:
    return cache / sha256[:2] / f"{sha256}-{THUMB_SIZE.width()}.png"


def _thumbnail_work(sha256: str, vault: EvidenceVault, media_type: str, cache: Path | None) -> Work:
    def work(_control: JobControl) -> Thumbnail:
        try:
            return make_thumbnail(sha256, vault, media_type, media_kind(media_type), cache)
        except Exception:  # a tile without a thumbnail, rather than one waiting for ever
            log.exception("Could not make the thumbnail of %s", sha256)
            return Thumbnail(sha256)

    return work


class ThumbnailMaker(QObject):
    """Makes thumbnails as many small jobs of the background mechanism; ``ready`` fires in
    the GUI thread as each is done, so the window never waits for one."""

    ready = Signal(object)  # Thumbnail

    def __init__(self, cache: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache if cache is not None else cache_root()
        self._jobs = JobSet(THUMBNAILS, self, poll_ms=POLL_MS)
        self._jobs.succeeded.connect(self._on_done)
        self._pending: set[str] = set()

    def request(self, sha256: str, vault: EvidenceVault, media_type: str) -> None:
        """Ask for a thumbnail once; asking again while it is being made does nothing."""
        if sha256 in self._pending:
            return
        self._pending.add(sha256)
        cache = None if is_sealed(vault) else self.cache
        self._jobs.start(_thumbnail_work(sha256, vault, media_type, cache))

    def pending(self) -> int:
        return len(self._pending)

    def wait(self, msecs: int = 10_000) -> bool:
        """Finish the queued work (tests, and closing the panel)."""
        return self._jobs.wait(msecs / 1000)

    def stop(self) -> None:
        """Drop the thumbnails not begun; those being made end unheard."""
        self._jobs.cancel()
        self._pending.clear()

    def _on_done(self, thumbnail: Thumbnail) -> None:
        self._pending.discard(thumbnail.sha256)
        self.ready.emit(thumbnail)
