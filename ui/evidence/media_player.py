"""A small audio and video player for the preview pane, on Qt's multimedia module if present.

QtMultimedia is imported only when the user first presses play: start-up, and showing an
item, never load it (nor open an audio device). Before that the length comes from the file's
headers, read in pure Python. A sealed vault's file is played from its plaintext in memory
(a device over the bytes), never from a decrypted copy on disk.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, Qt, QUrl, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.vault.durations import media_duration, stream_duration
from ui.evidence.opened_copies import open_hint
from ui.evidence.thumbnails import memory_device
from ui.evidence.tile_delegate import format_duration

MULTIMEDIA = "PySide6.QtMultimedia"
MULTIMEDIA_WIDGETS = "PySide6.QtMultimediaWidgets"


def multimedia_installed() -> bool:
    """Whether Qt's multimedia module is installed, without loading it."""
    try:
        return importlib.util.find_spec(MULTIMEDIA) is not None
    except (ImportError, ValueError):
        return False


def _load_multimedia() -> tuple[Any, Any] | None:
    try:
        return importlib.import_module(MULTIMEDIA), importlib.import_module(MULTIMEDIA_WIDGETS)
    except ImportError:  # e.g. the system's audio libraries are missing
        return None


class MediaPlayer(QWidget):
    """Play/pause, a position slider and "0:12 / 1:23"; a video area for video files."""

    #: Playback could not start here (the text says why); the pane offers the system's viewer.
    failed = Signal(str)
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePlayer")
        self._path: Path | None = None
        self._data: bytes | None = None  # a sealed file's plaintext, played from memory
        self._device: QBuffer | None = None
        self._name = ""
        self._video = False
        self._duration_ms = 0
        self._player: Any = None
        self._audio: Any = None
        self._video_widget: Any = None
        self._multimedia: tuple[Any, Any] | None = None

        self.video_area = QWidget()
        self.video_area.setObjectName("playerVideoArea")
        self._video_layout = QVBoxLayout(self.video_area)
        self._video_layout.setContentsMargins(0, 0, 0, 0)
        self.audio_label = QLabel(self.tr("Audio recording"))
        self.audio_label.setObjectName("playerAudioLabel")
        self.play_button = QToolButton()
        self.play_button.setObjectName("playerPlay")
        self.position_slider = QSlider(Qt.Orientation.Horizontal)
        self.position_slider.setObjectName("playerPosition")
        self.position_slider.setToolTip(self.tr("Position"))
        self.time_label = QLabel()
        self.time_label.setObjectName("playerTime")
        self.open_button = QPushButton(self.tr("Open with the system’s viewer"))
        self.open_button.setToolTip(open_hint())
        self.open_button.clicked.connect(self.open_requested)

        self.play_button.clicked.connect(self.toggle)
        self.position_slider.sliderMoved.connect(self._seek)
        self.position_slider.valueChanged.connect(self._on_slider_value)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.video_area, 1)
        layout.addStretch(0)
        layout.addWidget(self.audio_label)
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.position_slider, 1)
        row.addWidget(self.time_label)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self._set_playing(False)

    # Public ----------------------------------------------------------------------------

    def load(self, source: Path | bytes, media_type: str, video: bool, name: str = "") -> None:
        """Get ready to play ``source`` (a file, or a plaintext in memory called ``name``);
        nothing plays until the user asks."""
        self.unload()
        self._video = video
        if isinstance(source, bytes):
            self._data, self._name = source, name
            seconds = stream_duration(io.BytesIO(source), media_type)
        else:
            self._path = source
            seconds = media_duration(source, media_type)
        self._set_duration(round(seconds * 1000) if seconds else 0)
        self.position_slider.setValue(0)
        self.video_area.setVisible(video)
        self.audio_label.setVisible(not video)
        self._show_time(0)

    def stop(self) -> None:
        """Stop playback (another item was chosen, or the pane was hidden)."""
        if self._player is not None:
            self._player.stop()
        self._set_playing(False)

    def unload(self) -> None:
        self.stop()
        if self._player is not None:
            self._player.setSource(QUrl())
        self._path = self._data = None
        if self._device is not None:
            self._device.close()
            self._device.deleteLater()
            self._device = None

    def is_playing(self) -> bool:
        return self._player is not None and self._player.isPlaying()

    def toggle(self) -> None:
        if self.is_playing():
            self._player.pause()
            return
        if (self._path is None and self._data is None) or not self._ensure_player():
            return
        if self._data is not None and self._device is None:
            self._device = memory_device(self._data, self)
            self._player.setSourceDevice(self._device, QUrl(self._name))  # the name: its type
            self._player.setPosition(self.position_slider.value())
        elif self._path is not None and self._player.source().isEmpty():
            self._player.setSource(QUrl.fromLocalFile(str(self._path)))
            self._player.setPosition(self.position_slider.value())
        self._player.play()

    # Player ----------------------------------------------------------------------------

    def _ensure_player(self) -> bool:
        if self._player is not None:
            self._attach_video()
            return True
        self._multimedia = _load_multimedia()
        if self._multimedia is None:
            self.failed.emit(self.tr("Playback is not available on this computer."))
            return False
        multimedia, _widgets = self._multimedia
        self._player = multimedia.QMediaPlayer(self)
        self._audio = multimedia.QAudioOutput(self)
        self._player.setAudioOutput(self._audio)
        self._player.playbackStateChanged.connect(
            lambda state: self._set_playing(
                state == multimedia.QMediaPlayer.PlaybackState.PlayingState
            )
        )
        self._player.positionChanged.connect(self._on_position)
        self._player.durationChanged.connect(self._on_duration)
        self._player.errorOccurred.connect(self._on_error)
        self._attach_video()
        return True

    def _attach_video(self) -> None:
        if not self._video or self._multimedia is None:
            self._player.setVideoOutput(None)
            return
        if self._video_widget is None:
            self._video_widget = self._multimedia[1].QVideoWidget(self.video_area)
            self._video_layout.addWidget(self._video_widget)
        self._player.setVideoOutput(self._video_widget)

    def _on_position(self, position: int) -> None:
        if not self.position_slider.isSliderDown():
            self.position_slider.blockSignals(True)
            self.position_slider.setValue(position)
            self.position_slider.blockSignals(False)
        self._show_time(position)

    def _on_duration(self, duration: int) -> None:
        if duration > 0:
            self._set_duration(duration)

    def _on_error(self, _error: Any, text: str) -> None:
        self.stop()
        self.failed.emit(self.tr("This file cannot be played here ({reason}).").format(reason=text))

    # Controls --------------------------------------------------------------------------

    def _seek(self, position: int) -> None:
        if self._player is not None and (
            self._device is not None or not self._player.source().isEmpty()
        ):
            self._player.setPosition(position)
        self._show_time(position)

    def _on_slider_value(self, position: int) -> None:
        if not self.position_slider.isSliderDown():
            self._seek(position)

    def _set_duration(self, duration_ms: int) -> None:
        self._duration_ms = duration_ms
        self.position_slider.setRange(0, max(0, duration_ms))
        self.position_slider.setEnabled(duration_ms > 0)
        self._show_time(self.position_slider.value())

    def _set_playing(self, playing: bool) -> None:
        self.play_button.setText("⏸" if playing else "▶")
        self.play_button.setToolTip(self.tr("Pause") if playing else self.tr("Play"))

    def _show_time(self, position_ms: int) -> None:
        total = format_duration(self._duration_ms / 1000) if self._duration_ms else "–:––"
        self.time_label.setText(
            self.tr("{position} / {duration}").format(
                position=format_duration(position_ms // 1000), duration=total
            )
        )

    def hideEvent(self, event: QHideEvent) -> None:
        if self.is_playing():
            self._player.pause()
        super().hideEvent(event)
