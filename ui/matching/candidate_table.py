"""The table of fields as the caseworker sees it: each candidate's cell tinted by its
verdict and saying the verdict in words under the value, the chosen candidate framed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from caseworker.matching import Verdict
from ui.matching.fields_model import DECISION_ROW, CellRole, ComparisonModel

AnyIndex = QModelIndex | QPersistentModelIndex

#: Each verdict's tint, the colour of its words, and the sign before them.
TINTS = {
    Verdict.MATCH: (QColor("#dcefdc"), QColor("#1b5e20"), "✓"),
    Verdict.CLOSE: (QColor("#fbefc9"), QColor("#6d4c00"), "≈"),
    Verdict.MISMATCH: (QColor("#f6d5d5"), QColor("#8e0000"), "✗"),
    Verdict.BLANK: (QColor("#ececec"), QColor("#4a4a4a"), "○"),
}
ENTRY_TINT = QColor("#e6edf5")
DECIDED_SAME = QColor("#c8e6c9")
DECIDED_NOT = QColor("#f3d0d0")
PADDING = 6
#: With more candidates than this the columns keep their width and the table scrolls.
STRETCHED_UP_TO = 4
CANDIDATE_WIDTH = 230
#: The entry's column, which stays put.
ENTRY_WIDTH = 230


class _CellPainter(QStyledItemDelegate):
    def __init__(self, table: CandidateTable) -> None:
        super().__init__(table)
        self._table = table

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: ARG002
        lines = option.fontMetrics.lineSpacing()
        return QSize(CANDIDATE_WIDTH, 2 * lines + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = self._table.comparison
        rect: QRect = option.rect
        metrics = option.fontMetrics
        painter.save()
        row, column = index.row(), index.column()
        text_rect = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        words_colour = QColor("#202020")
        if row == DECISION_ROW:
            words = str(index.data(CellRole.WORDS) or "")
            same = index.data(CellRole.DECIDED)
            if same is not None:
                painter.fillRect(rect, DECIDED_SAME if same else DECIDED_NOT)
            painter.setPen(words_colour)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            elided = _two_lines(words, metrics, text_rect.width())
            painter.drawText(text_rect, int(flags), elided)
        else:
            value = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            verdict = index.data(CellRole.VERDICT)
            top = QRect(text_rect.left(), text_rect.top(), text_rect.width(), metrics.height())
            bottom = top.translated(0, metrics.lineSpacing())
            font = QFont(option.font)
            if verdict is None:
                painter.fillRect(rect, ENTRY_TINT)
                font.setBold(True)
            else:
                tint, words_colour, sign = TINTS[Verdict(verdict)]
                painter.fillRect(rect, tint)
            painter.setFont(font)
            painter.setPen(QColor("#101010"))
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft), _elide(value, font, top))
            if verdict is not None:
                painter.setFont(option.font)
                painter.setPen(words_colour)
                words = f"{sign} {index.data(CellRole.WORDS)}"
                painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft), words)
        painter.setPen(QPen(QColor("#b8bec6"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if column and column - 1 == model.chosen:
            pen = QPen(self._table.palette().highlight().color(), 3)
            painter.setPen(pen)
            painter.drawLine(rect.topLeft() + _dx(1), rect.bottomLeft() + _dx(1))
            painter.drawLine(rect.topRight() - _dx(1), rect.bottomRight() - _dx(1))
            if row == 0:
                painter.drawLine(rect.topLeft(), rect.topRight())
            if row == DECISION_ROW:
                painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()


def _dx(pixels: int) -> QPoint:
    return QPoint(pixels, 0)


def _elide(text: str, font: QFont, rect: QRect) -> str:
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` wrapped to two lines at most, the second elided."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not words:
        return first
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{rest}" if first else rest


class _FieldsView(QTableView):
    """One side of the table: the entry's column with the fields' names, or the candidates'."""

    def __init__(self, table: CandidateTable, *, entry_side: bool) -> None:
        super().__init__(table)
        self.entry_side = entry_side
        self.setModel(table.comparison)
        self.setItemDelegate(_CellPainter(table))
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if entry_side
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self))
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setVisible(entry_side)
        columns = self.horizontalHeader()
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setHighlightSections(False)
        columns.setSectionsClickable(True)
        columns.sectionClicked.connect(table.column_clicked)
        self.clicked.connect(lambda index: table.column_clicked(index.column()))


def row_height(widget: QWidget) -> int:
    """Two lines: the value and the verdict."""
    return 2 * widget.fontMetrics().lineSpacing() + 2 * PADDING


class CandidateTable(QWidget):
    """The fields of an entry and its candidates; a click on a candidate chooses him.

    Two views of one model side by side: the entry's column (with the fields' names) stays
    put, the candidates' columns beside it scroll across when there are more than
    :data:`STRETCHED_UP_TO`.
    """

    candidate_clicked = Signal(int)

    def __init__(self, model: ComparisonModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = model
        #: The width of the entry's column (a window may widen it, :meth:`set_entry_width`).
        self.entry_width = ENTRY_WIDTH
        self.setObjectName("candidateTable")
        self.entry_side = _FieldsView(self, entry_side=True)
        self.entry_side.setObjectName("entryFields")
        self.candidates_side = _FieldsView(self, entry_side=False)
        self.candidates_side.setObjectName("candidateFields")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.entry_side)
        layout.addWidget(self.candidates_side, 1)
        model.modelReset.connect(self._fit_columns)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def column_clicked(self, column: int) -> None:
        if column >= 1:
            self.candidate_clicked.emit(column - 1)

    def _fit_columns(self) -> None:
        count = self.comparison.columnCount()
        stretched = count - 1 <= STRETCHED_UP_TO
        for column in range(count):
            self.entry_side.setColumnHidden(column, column != 0)
            self.candidates_side.setColumnHidden(column, column == 0)
        self.entry_side.horizontalHeader().resizeSection(0, self.entry_width)
        header = self.candidates_side.horizontalHeader()
        for column in range(1, count):
            if stretched:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, CANDIDATE_WIDTH)
        # Both headers as tall as the taller, so that the rows of both sides line up.
        heading = max(
            view.horizontalHeader().sizeHint().height()
            for view in (self.entry_side, self.candidates_side)
        )
        for view in (self.entry_side, self.candidates_side):
            view.horizontalHeader().setFixedHeight(heading)
        entry = self.entry_side
        entry.setFixedWidth(
            entry.verticalHeader().sizeHint().width() + self.entry_width + 2 * entry.frameWidth()
        )
        self.updateGeometry()

    def set_entry_width(self, width: int) -> None:
        """Make the entry's column ``width`` wide (at least :data:`ENTRY_WIDTH`)."""
        width = max(width, ENTRY_WIDTH)
        if width != self.entry_width:
            self.entry_width = width
            self._fit_columns()

    def side_width(self) -> int:
        """Half of what the columns have beside the fields' names: for two columns alike."""
        names = self.entry_side.verticalHeader().sizeHint().width()
        return (self.width() - names - 4 * self.entry_side.frameWidth()) // 2

    def show_chosen(self) -> None:
        """Scroll the chosen candidate's column into view."""
        column = self.comparison.chosen + 1
        if column < self.comparison.columnCount():
            self.candidates_side.scrollTo(self.comparison.index(0, column))

    def _needed_height(self) -> int:
        """Every row, the header and, when the columns scroll, the scroll bar: no more, so
        that the buttons stay right under the table."""
        view = self.candidates_side
        rows = self.comparison.rowCount() or DECISION_ROW + 1
        height = view.horizontalHeader().sizeHint().height()
        height += rows * row_height(self) + 2 * view.frameWidth()
        if self.comparison.candidates() > STRETCHED_UP_TO:
            height += view.horizontalScrollBar().sizeHint().height()
        return height

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._needed_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._needed_height())
