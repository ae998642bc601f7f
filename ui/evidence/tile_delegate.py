"""Paints one evidence tile: thumbnail or type card, name, size; blurred if graphic."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from caseworker.labels import label
from caseworker.services.evidence_list import EvidenceItem
from caseworker.vault.messages import human_size
from caseworker.vocab import MediaKind
from ui.evidence.evidence_model import EvidenceRole
from ui.evidence.thumbnails import THUMB_SIZE

TILE = QSize(THUMB_SIZE.width() + 24, THUMB_SIZE.height() + 62)
KIND_COLOURS = {
    MediaKind.IMAGE: QColor("#8a8f98"),
    MediaKind.VIDEO: QColor("#4f6fa8"),
    MediaKind.AUDIO: QColor("#7656a6"),
    MediaKind.DOCUMENT: QColor("#b04a35"),
    MediaKind.TEXT: QColor("#fbfaf5"),
    MediaKind.OTHER: QColor("#7b7f86"),
}
HIGHLIGHT = QColor("#e0a100")


def blurred(image: QImage) -> QImage:
    """Shrunk to a few pixels and blown up again: the shapes stay, the details are gone."""
    small = image.scaled(
        QSize(16, 16),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return small.scaled(
        image.size(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def format_duration(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def type_badge(item: EvidenceItem) -> str:
    """The short type name a tile shows in big letters: PDF, MP4, DOCX…"""
    subtype = item.media_type.partition("/")[2]
    suffix = PurePath(item.name).suffix.lstrip(".")
    if subtype in ("pdf", "mp4", "webm", "ogg", "flac", "wav", "mpeg", "quicktime", "zip"):
        return {"mpeg": "MP3", "quicktime": "MOV"}.get(subtype, subtype.upper())
    return (suffix or subtype or "?")[:5].upper()


class EvidenceTileDelegate(QStyledItemDelegate):
    """One tile per item, for a QListView in icon mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blurred: dict[str, QImage] = {}
        self._font = QFont()

    def sizeHint(
        self, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return TILE

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item: EvidenceItem | None = index.data(EvidenceRole.ITEM)
        if item is None:
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        self._font = QFont(option.font)
        painter.save()
        painter.setFont(self._font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if item.removed:
            painter.setOpacity(0.45)
        tile = QRectF(rect).adjusted(3, 3, -3, -3)
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight).lighter(170))
            painter.drawRoundedRect(tile, 6, 6)
        if index.data(EvidenceRole.HIGHLIGHTED):
            painter.setPen(QPen(HIGHLIGHT, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tile.adjusted(1, 1, -1, -1), 6, 6)
        picture = QRect(
            rect.x() + (rect.width() - THUMB_SIZE.width()) // 2,
            rect.y() + 8,
            THUMB_SIZE.width(),
            THUMB_SIZE.height(),
        )
        hidden = bool(index.data(EvidenceRole.HIDDEN))
        image: QImage | None = index.data(EvidenceRole.THUMBNAIL)
        if image is not None and not image.isNull():
            self._paint_image(painter, picture, item, image, hidden)
        else:
            self._paint_card(painter, picture, item, index)
        if hidden:
            self._paint_graphic_notice(painter, picture)
        self._paint_caption(painter, rect, picture, item, palette)
        painter.restore()

    def _paint_image(
        self, painter: QPainter, area: QRect, item: EvidenceItem, image: QImage, hidden: bool
    ) -> None:
        if hidden:
            image = self._blurred.setdefault(item.sha256, blurred(image))
        shown = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, shown.width(), shown.height())
        target.moveCenter(area.center())
        painter.drawImage(target, image)
        painter.setPen(QPen(QColor(0, 0, 0, 40), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)

    def _paint_card(
        self,
        painter: QPainter,
        area: QRect,
        item: EvidenceItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        kind = item.kind
        colour = KIND_COLOURS[kind]
        card = QRectF(area).adjusted(22, 2, -22, -2) if kind is MediaKind.TEXT else QRectF(area)
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(card, 5, 5)
        font = QFont(painter.font())
        preview = index.data(EvidenceRole.TEXT_PREVIEW) if kind is MediaKind.TEXT else None
        if preview:
            font.setPointSizeF(max(5.0, font.pointSizeF() * 0.62))
            painter.setFont(font)
            painter.setPen(QColor("#3a3a3a"))
            painter.drawText(
                card.adjusted(6, 5, -6, -5),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                preview,
            )
            return
        ink = QColor("#333333") if kind is MediaKind.TEXT else QColor("white")
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        painter.setFont(font)
        painter.setPen(ink)
        badge_area = card.adjusted(0, 0, 0, -card.height() * 0.3)
        painter.drawText(badge_area, Qt.AlignmentFlag.AlignCenter, type_badge(item))
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() / 1.6)
        painter.setFont(font)
        below = label(kind)
        duration = index.data(EvidenceRole.DURATION)
        if duration is not None:
            below = f"{below} · {format_duration(duration)}"
        painter.drawText(
            card.adjusted(4, card.height() * 0.55, -4, -4), Qt.AlignmentFlag.AlignHCenter, below
        )

    def _paint_graphic_notice(self, painter: QPainter, area: QRect) -> None:
        band = QRectF(area.x(), area.center().y() - 16, area.width(), 32)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(20, 20, 20, 190))
        painter.drawRect(band)
        painter.setPen(QColor("white"))
        text = self.tr("Graphic content\nclick to show")
        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_caption(
        self,
        painter: QPainter,
        rect: QRect,
        picture: QRect,
        item: EvidenceItem,
        palette: QPalette,
    ) -> None:
        font = QFont(self._font)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        width = rect.width() - 12
        top = picture.bottom() + 6
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = metrics.elidedText(item.name, Qt.TextElideMode.ElideMiddle, width)
        line = metrics.height()
        painter.drawText(QRect(rect.x() + 6, top, width, line), Qt.AlignmentFlag.AlignHCenter, name)
        details = human_size(item.size)
        if item.removed:
            details = self.tr("removed · {size}").format(size=details)
        elif item.report_ids:
            count = len(item.report_ids)
            reports = self.tr("1 report") if count == 1 else self.tr("%n reports", None, count)
            details = f"{details} · {reports}"
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(rect.x() + 6, top + line, width, line), Qt.AlignmentFlag.AlignHCenter, details
        )
