"""Paper: a QTextDocument painted page by page onto a printer or a PDF, with a running header
(the case reference on every page) and a footer with the page number.

The document is laid out in screen units (as on screen, with the font's design metrics so that
nothing shifts on paper) into pages as tall as the body of a sheet; each page is then painted
scaled to the device, clipped to its own slice of the document, between header and footer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
)

translate = QCoreApplication.translate

#: The sheet's margins, in millimetres; the header and footer lie within them.
MARGINS_MM = QMarginsF(18.0, 12.0, 16.0, 12.0)
HEADER_MM = 9.0
FOOTER_MM = 8.0
POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4
RUNNING_TEXT = QColor("#4a525b")
RULE = QColor("#b9c1cb")


def document_dpi() -> float:
    """The resolution a QTextDocument without a paint device lays itself out at (Qt's
    default DPI: the primary screen's logical DPI, or 96 when told to use 96)."""
    if QGuiApplication.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96.0
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0


def prepare_a4(device: QPagedPaintDevice) -> None:
    """A4 upright with the summary's margins (a printer dialog may change them after)."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """Where things go on a sheet: device pixels for painting, document pixels for layout."""

    device_dpi: float
    document_dpi: float
    width: float  # the printable width, device pixels
    height: float  # the printable height, device pixels
    header: float  # the header's height, device pixels
    footer: float  # the footer's height, device pixels

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> PageGeometry:
        dpi = float(device.logicalDpiY())
        area = device.pageLayout().paintRectPixels(round(dpi))
        per_mm = dpi / MM_PER_INCH
        return cls(
            dpi, document_dpi(), area.width(), area.height(), HEADER_MM * per_mm, FOOTER_MM * per_mm
        )

    @property
    def scale(self) -> float:
        """Device pixels per document pixel."""
        return self.device_dpi / self.document_dpi

    @property
    def body(self) -> QRectF:
        """The document's part of a sheet, device pixels."""
        return QRectF(0, self.header, self.width, self.height - self.header - self.footer)

    @property
    def page_size(self) -> QSizeF:
        """One page of the document, document pixels."""
        body = self.body
        return QSizeF(body.width() / self.scale, body.height() / self.scale)


@dataclass(frozen=True, slots=True)
class RunningText:
    """What every page carries: a title and the case reference above, a line below."""

    title: str
    reference: str
    footer: str


def _running_font(base: QFont, points: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _paint_running(
    painter: QPainter,
    geometry: PageGeometry,
    running: RunningText,
    font: QFont,
    page: int,
    pages: int,
) -> None:
    """The header (title, reference, a rule) and the footer (a rule, a line, the page number)."""
    width = geometry.width
    plain = _running_font(font, 8.5)
    bold = _running_font(font, 8.5, bold=True)
    metrics = QFontMetricsF(plain, painter.device())
    bold_metrics = QFontMetricsF(bold, painter.device())
    gap = metrics.horizontalAdvance("MM")
    rule = QPen(RULE)
    rule.setWidthF(geometry.device_dpi / POINTS_PER_INCH * 0.5)

    baseline = geometry.header * 0.55
    reference = bold_metrics.elidedText(running.reference, Qt.TextElideMode.ElideMiddle, width / 2)
    reference_width = bold_metrics.horizontalAdvance(reference)
    painter.setPen(RUNNING_TEXT)
    painter.setFont(bold)
    painter.drawText(QPointF(width - reference_width, baseline), reference)
    painter.setFont(plain)
    title = metrics.elidedText(
        running.title, Qt.TextElideMode.ElideRight, max(0.0, width - reference_width - gap)
    )
    painter.drawText(QPointF(0, baseline), title)
    painter.setPen(rule)
    painter.drawLine(QLineF(0, geometry.header * 0.72, width, geometry.header * 0.72))

    top = geometry.height - geometry.footer
    painter.drawLine(QLineF(0, top + geometry.footer * 0.3, width, top + geometry.footer * 0.3))
    baseline = geometry.height - geometry.footer * 0.05
    number = translate("PrintedPages", "Page {page} of {pages}").format(page=page, pages=pages)
    number_width = metrics.horizontalAdvance(number)
    painter.setPen(RUNNING_TEXT)
    painter.drawText(QPointF(width - number_width, baseline), number)
    footer = metrics.elidedText(
        running.footer, Qt.TextElideMode.ElideRight, max(0.0, width - number_width - gap)
    )
    painter.drawText(QPointF(0, baseline), footer)


def paint_pages(
    document: QTextDocument,
    device: QPagedPaintDevice,
    geometry: PageGeometry,
    running: RunningText,
) -> int:
    """Paint ``document`` (laid out with ``geometry.page_size``) onto ``device``; page count.

    Each page shows only its own slice of the document: a line that does not fit on a page
    was moved to the next by the layout, so the clip never cuts through text.
    """
    document.setPageSize(geometry.page_size)
    pages = max(1, document.pageCount())
    page_height = geometry.page_size.height()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("PrintedPages", "The printer or the file could not be opened."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for page in range(pages):
            if page and not device.newPage():
                raise OSError(translate("PrintedPages", "A new page could not be started."))
            painter.save()
            painter.translate(0, geometry.header)
            painter.scale(geometry.scale, geometry.scale)
            painter.translate(0, -page * page_height)
            document.drawContents(
                painter, QRectF(0, page * page_height, geometry.page_size.width(), page_height)
            )
            painter.restore()
            _paint_running(painter, geometry, running, document.defaultFont(), page + 1, pages)
    finally:
        painter.end()
    return pages
