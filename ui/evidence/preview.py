"""The preview of one evidence file: images with zoom, text, PDFs, audio and video playback.

PDFs and playback need Qt's PDF and multimedia modules, loaded only when first used; without
them such files offer the system's viewer.

A sealed vault's file is decrypted into memory in the background and shown from there (a
device over the bytes for Qt's readers): no plain copy is written. A file larger than
:data:`MEMORY_LIMIT` is not read into memory; the pane offers the system's viewer instead.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, Qt, Signal
from PySide6.QtGui import QFontDatabase, QHideEvent, QImage, QImageReader, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import CaseworkerError
from caseworker.labels import label
from caseworker.services.evidence_list import EvidenceItem
from caseworker.vault.plain_reads import is_sealed, plain_size, read_head
from caseworker.vault.store import EvidenceVault
from caseworker.vocab import MediaKind
from ui.evidence.media_player import MediaPlayer, multimedia_installed
from ui.evidence.opened_copies import open_hint
from ui.evidence.preview_memory import MemoryLoader
from ui.evidence.thumbnails import memory_device
from ui.evidence.tile_delegate import blurred

TEXT_LIMIT = 256 * 1024
#: Images larger than this are read scaled down: a preview never needs 100 megapixels.
MAX_PREVIEW_EDGE = 4096
ZOOM_STEPS = (0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)
#: The largest sealed file decrypted into memory to be shown or played here.
MEMORY_LIMIT = 256 * 1024 * 1024

#: What is shown: the stored file itself (a plain vault) or its plaintext in memory.
Source = Path | bytes


def _qtpdf() -> Any:
    try:
        return importlib.import_module("PySide6.QtPdfWidgets")
    except ImportError:
        return None


class _ImageScroll(QScrollArea):
    zoom_by = Signal(int)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


class PreviewPane(QWidget):
    """Shows the selected item; ``open_requested`` asks for the system's viewer."""

    open_requested = Signal()
    reveal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePreview")
        self._image = QImage()
        self._zoom: float | None = None  # None: fit to the pane
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)

        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("Open with the system’s viewer"))
        self.open_button.setToolTip(open_hint())
        self.open_button.clicked.connect(self.open_requested)
        self.reveal_button = QPushButton(self.tr("Show graphic content"))
        self.reveal_button.clicked.connect(self.reveal_requested)
        message_page = QWidget()
        column = QVBoxLayout(message_page)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.pages.addWidget(message_page)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.image_label = QLabel()
        self.image_label.setObjectName("previewImage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = _ImageScroll()
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll.zoom_by.connect(self._step_zoom)
        image_page = QWidget()
        image_layout = QVBoxLayout(image_page)
        image_layout.setContentsMargins(0, 0, 0, 0)
        image_layout.addWidget(self.image_scroll, 1)
        zoom_row = QHBoxLayout()
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Fit the image into the pane"))
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+wheel)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl+wheel)"))
        self.actual_button = QToolButton()
        self.actual_button.setText(self.tr("100 %"))
        self.actual_button.setToolTip(self.tr("Actual size"))
        self.zoom_label = QLabel()
        self.fit_button.clicked.connect(lambda: self.set_zoom(None))
        self.zoom_out_button.clicked.connect(lambda: self._step_zoom(-1))
        self.zoom_in_button.clicked.connect(lambda: self._step_zoom(1))
        self.actual_button.clicked.connect(lambda: self.set_zoom(1.0))
        for widget in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            zoom_row.addWidget(widget)
        zoom_row.addWidget(self.actual_button)
        zoom_row.addWidget(self.zoom_label, 1)
        image_layout.addLayout(zoom_row)
        self.pages.addWidget(image_page)

        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("previewText")
        self.text_view.setReadOnly(True)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.pages.addWidget(self.text_view)

        self.player = MediaPlayer()
        self.player.failed.connect(self._show_message)
        self.player.open_requested.connect(self.open_requested)
        self.pages.addWidget(self.player)

        self._pdf_view: Any = None
        self._pdf_document: Any = None
        self._pdf_device: QBuffer | None = None
        self._loader = MemoryLoader(self)
        self._loader.loaded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_load_failed)
        self._loader.slow.connect(
            lambda item: self._show_message(self.tr("Decrypting “{name}”…").format(name=item.name))
        )
        self.show_item(None, None)

    # Public ----------------------------------------------------------------------------

    def show_item(
        self, item: EvidenceItem | None, vault: EvidenceVault | None, hidden: bool = False
    ) -> None:
        """Preview ``item`` kept in ``vault``; ``hidden`` graphic content stays blurred."""
        self._image = QImage()
        self.player.unload()  # another item: whatever was playing stops
        self._loader.cancel()
        self._release_pdf()
        self.reveal_button.hide()
        self.open_button.setVisible(item is not None)
        if item is None or vault is None:
            self._show_message(self.tr("Select a file to preview it."))
            return
        if not is_sealed(vault):
            self._show(item, vault.path_of(item.sha256), hidden)
        elif item.kind is MediaKind.TEXT and not hidden:
            self._show_sealed_text(vault, item)
        elif not self._shown_from_content(item, hidden):
            self._show(item, b"", hidden)  # a message: nothing to decrypt
        elif (size := plain_size(vault, item.sha256) or 0) > MEMORY_LIMIT:
            self._show_message(
                self.tr(
                    "This file is too large to show here. Open it with the system’s viewer: it "
                    "opens a read-only copy, removed when Caseworker closes."
                )
            )
        else:
            self._show_message("")  # "Decrypting…" only if it takes long enough to notice
            self.open_button.hide()
            self._loader.start(vault, item, hidden, size)

    def loading(self) -> bool:
        """Whether a sealed file is being decrypted for the preview (tests)."""
        return self._loader.loading()

    def _shown_from_content(self, item: EvidenceItem, hidden: bool) -> bool:
        """Whether the item is shown from its content, not only named in a message."""
        if item.kind is MediaKind.IMAGE:
            return True
        if hidden:
            return False
        if item.media_type == "application/pdf":
            return _qtpdf() is not None
        return item.kind in (MediaKind.AUDIO, MediaKind.VIDEO) and multimedia_installed()

    def _on_loaded(self, item: EvidenceItem, hidden: bool, data: bytes) -> None:
        self.open_button.show()
        self._show(item, data, hidden)

    def _on_load_failed(self, sentence: str) -> None:
        self.open_button.show()
        self._show_message(sentence)

    def _show(self, item: EvidenceItem, source: Source, hidden: bool) -> None:
        kind = item.kind
        if kind is MediaKind.IMAGE:
            self._show_image(source, hidden)
        elif kind is MediaKind.TEXT:
            self._show_text(source, hidden)
        elif item.media_type == "application/pdf" and _qtpdf() is not None and not hidden:
            self._show_pdf(source)
        elif kind in (MediaKind.AUDIO, MediaKind.VIDEO) and multimedia_installed() and not hidden:
            self.player.load(source, item.media_type, kind is MediaKind.VIDEO, item.name)
            self.pages.setCurrentWidget(self.player)
        elif hidden:
            self._show_hidden()
        else:
            self._show_message(
                self.tr(
                    "This {kind} cannot be shown here. Open it with the system’s viewer: it "
                    "opens a read-only copy, the stored file stays unchanged."
                ).format(kind=label(kind))
            )

    def current_zoom(self) -> float:
        return self._effective_zoom()

    def set_zoom(self, zoom: float | None) -> None:
        self._zoom = zoom
        self._render_image()

    # Pages -----------------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentIndex(0)

    def _show_hidden(self) -> None:
        self._show_message(self.tr("Graphic content: shown only when you ask for it."))
        self.reveal_button.show()

    def _show_image(self, source: Source, hidden: bool) -> None:
        device = memory_device(source) if isinstance(source, bytes) else None
        reader = QImageReader(device) if device is not None else QImageReader(str(source))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > MAX_PREVIEW_EDGE:
            reader.setScaledSize(
                size.scaled(MAX_PREVIEW_EDGE, MAX_PREVIEW_EDGE, Qt.AspectRatioMode.KeepAspectRatio)
            )
        image = reader.read()
        if image.isNull():
            self._show_message(
                self.tr("This image cannot be shown here ({reason}).").format(
                    reason=reader.errorString()
                )
            )
            return
        self._image = blurred(image) if hidden else image
        self._zoom = None
        self.pages.setCurrentIndex(1)
        self._render_image()
        if hidden:
            self.reveal_button.show()

    def _show_sealed_text(self, vault: EvidenceVault, item: EvidenceItem) -> None:
        """The beginning of a sealed text, decrypted at once: a chunk or so, quick enough."""
        try:
            self._show_text(read_head(vault, item.sha256, TEXT_LIMIT + 1), False)
        except CaseworkerError as error:
            self._show_message(error.message)

    def _show_text(self, source: Source, hidden: bool) -> None:
        if hidden:
            self._show_hidden()
            return
        data = source[: TEXT_LIMIT + 1] if isinstance(source, bytes) else b""
        if isinstance(source, Path):
            try:
                with source.open("rb") as handle:
                    data = handle.read(TEXT_LIMIT + 1)
            except OSError as error:
                self._show_message(str(error.strerror or error))
                return
        text = data[:TEXT_LIMIT].decode("utf-8-sig", "replace")
        if len(data) > TEXT_LIMIT:
            text += "\n\n" + self.tr("[The rest of the file is not shown here.]")
        self.text_view.setPlainText(text)
        self.pages.setCurrentIndex(2)

    def _show_pdf(self, source: Source) -> None:
        widgets = _qtpdf()
        qtpdf: Any = importlib.import_module("PySide6.QtPdf")
        if self._pdf_view is None:
            self._pdf_document = qtpdf.QPdfDocument(self)
            self._pdf_view = widgets.QPdfView(self)
            self._pdf_view.setDocument(self._pdf_document)
            self._pdf_view.setPageMode(widgets.QPdfView.PageMode.MultiPage)
            self._pdf_view.setZoomMode(widgets.QPdfView.ZoomMode.FitToWidth)
            self.pages.addWidget(self._pdf_view)
        if isinstance(source, bytes):
            self._pdf_device = memory_device(source, self)  # kept while the document is shown
            self._pdf_document.load(self._pdf_device)
        else:
            self._pdf_document.load(str(source))
        self.pages.setCurrentWidget(self._pdf_view)

    def _release_pdf(self) -> None:
        """Close the document shown, and drop a sealed PDF's plaintext from memory."""
        if self._pdf_document is not None:
            self._pdf_document.close()
        if self._pdf_device is not None:
            self._pdf_device.close()
            self._pdf_device.deleteLater()
            self._pdf_device = None

    # Zoom ------------------------------------------------------------------------------

    def _fit_zoom(self) -> float:
        if self._image.isNull():
            return 1.0
        room = self.image_scroll.viewport().size()
        return min(
            1.0,
            (room.width() - 8) / self._image.width(),
            (room.height() - 8) / self._image.height(),
        )

    def _effective_zoom(self) -> float:
        return self._fit_zoom() if self._zoom is None else self._zoom

    def _step_zoom(self, direction: int) -> None:
        current = self._effective_zoom()
        if direction > 0:
            bigger = [step for step in ZOOM_STEPS if step > current + 1e-6]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [step for step in ZOOM_STEPS if step < current - 1e-6]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _render_image(self) -> None:
        if self._image.isNull():
            return
        zoom = max(0.01, self._effective_zoom())
        scaled = self._image.scaled(
            max(1, round(self._image.width() * zoom)),
            max(1, round(self._image.height() * zoom)),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.image_label.setPixmap(QPixmap.fromImage(scaled))
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(zoom * 100)))

    def hideEvent(self, event: QHideEvent) -> None:
        self.player.stop()
        super().hideEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._zoom is None:
            self._render_image()
