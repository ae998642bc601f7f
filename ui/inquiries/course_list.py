"""The steps of an inquiry's course as the Inquiries tab lists them, beside the step buttons.

At 1280x800 the list has about 330 px: its day, what and who take most of it, so what a step
says (an answer's text, a reason, their number) is written on a second line under them, across
the whole row, elided at its end. Its tooltip holds it whole, as does the label below the list
for the chosen step. So the list does not scroll across, where a caseworker would not see it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

translate = QCoreApplication.translate

# Where a step's details are kept (its item's first column).
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1
# The columns: day, what, who.
WHO = 2
# A row's room above and below its lines.
ROW_PADDING = 4


class _TwoLines(QStyledItemDelegate):
    """A step with details is two lines high (the second drawn by the list)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        lines = 2 if index.sibling(index.row(), 0).data(DETAILS_ROLE) else 1
        spacing = option.fontMetrics.lineSpacing()
        return QSize(size.width(), max(size.height(), lines * spacing + ROW_PADDING))


class CourseList(QTreeWidget):
    """Day, what and who in columns; a step's details on its own line below them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryCourse")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setHeaderLabels(
            [
                translate("InquiriesPanel", "Date"),
                translate("InquiriesPanel", "What"),
                translate("InquiriesPanel", "Who"),
            ]
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Who noted the step takes what is left (a long name elided, whole in its tooltip).
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegate(_TwoLines(self))

    def add_step(self, day: str, what: str, who: str, details: str = "") -> QTreeWidgetItem:
        """A step at the end of the list; ``details`` on its second line."""
        item = QTreeWidgetItem([day, what, who])
        item.setData(0, DETAILS_ROLE, details)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for column in range(self.columnCount()):
            item.setTextAlignment(column, top)
            item.setToolTip(column, details)
        item.setToolTip(WHO, "\n".join(part for part in (who, details) if part))
        self.addTopLevelItem(item)
        return item

    @staticmethod
    def details(item: QTreeWidgetItem | None) -> str:
        """What the step ``item`` says, whole."""
        return str(item.data(0, DETAILS_ROLE) or "") if item is not None else ""

    def drawRow(
        self,
        painter: QPainter,
        options: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().drawRow(painter, options, index)
        details = str(index.sibling(index.row(), 0).data(DETAILS_ROLE) or "")
        if not details:
            return
        row = self.visualRect(index.sibling(index.row(), 0))
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        metrics = self.fontMetrics()
        left = row.left() + margin + 1
        right = min(self.viewport().width(), self.header().length() - self.header().offset())
        line = QRect(
            left,
            row.top() + ROW_PADDING // 2 + metrics.lineSpacing(),
            max(right - margin - 1 - left, 0),
            metrics.lineSpacing(),
        )
        selected = self.selectionModel().isRowSelected(index.row(), index.parent())
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(self.palette().color(role))
        painter.drawText(
            line,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(details, Qt.TextElideMode.ElideRight, line.width()),
        )
        painter.restore()
