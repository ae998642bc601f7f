"""The case list's column widths: a caseworker finds a family by its name, so it shows whole.

The short columns (the reference, the status, the days, the counts) keep the width of a
typical text, sized once. The names share what they leave, the family first: it keeps the
width of a long family name (or of the longest among the rows in sight, within reason); the
region and the sought persons share the rest in proportion to what a long one needs. When
that is too little for the region to show its first word beside a person's name, the region
steps aside (the open case's header names it, and so does the family's tooltip) and the
header's tooltip says so. Narrower still, the persons narrow to their title, then step aside
too (the open case lists them; the family's tooltip names them); then the family elides, and
at last the list scrolls across.

Nothing here reads every row: the widths come from the titles, the font, samples and at most
the rows in sight (a list may hold 100,000 cases).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QToolTip

from caseworker.labels import label
from caseworker.vocab import CaseStatus
from ui.case_list_cells import CaseColumn, shared_widths
from ui.case_list_model import CaseListModel, locale_date
from ui.widgets.viewport import viewport_of

CELL_PADDING = 10
#: What a typical value looks like, to size each short column before the user resizes it.
TYPICAL_TEXT = {
    CaseColumn.REFERENCE: "2026-00000",
}
#: The columns of names, which share the width the short columns leave.
NAME_COLUMNS = (CaseColumn.FAMILY, CaseColumn.REGION, CaseColumn.PERSONS)
#: A long name of each: the width a name column asks for.
LONG_NAMES = {
    CaseColumn.FAMILY: "Константиновы",
    CaseColumn.REGION: "Белгородская область",
    CaseColumn.PERSONS: "Константинов А. И.",
}
#: The least a name column shows before the region steps aside: a region's first word, one
#: sought person's name.
LEAST_NAMES = {
    CaseColumn.REGION: "Белгородская…",
    CaseColumn.PERSONS: "Мельников И. В.",
}
#: The widest a family's name in sight may make its column, in average characters.
FAMILY_MOST_CHARACTERS = 24


class CaseListColumns(QObject):
    """Sizes the columns of ``table`` (showing ``model``) at each resize and new search,
    until the user sizes a name column by hand."""

    def __init__(self, table: QTableView, model: CaseListModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._fitting = False
        self._sized_by_hand = False
        self._note = ""
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._size_short_columns()
        header.sectionResized.connect(self._on_section_resized)
        header.sortIndicatorChanged.connect(lambda *_: self.fit())
        model.modelReset.connect(self.fit)
        # Kept here: while the table is deleted its viewports still send events.
        self._viewport = viewport_of(table)
        self._header_viewport = viewport_of(header)
        self._viewport.installEventFilter(self)
        self._header_viewport.installEventFilter(self)

    def _size_short_columns(self) -> None:
        metrics = self._table.fontMetrics()
        header = self._table.horizontalHeader()
        header_metrics = header.fontMetrics()
        day = locale_date(date(2026, 12, 28))
        samples = {
            **TYPICAL_TEXT,
            CaseColumn.STATUS: max((label(status) for status in CaseStatus), key=len),
            CaseColumn.LAST_REPORT: day,
            CaseColumn.NEXT_DUE: day,
            CaseColumn.CONTRADICTIONS: QCoreApplication.translate(
                "CaseListModel", "⚠ {count}"
            ).format(count=12),
            CaseColumn.OVERDUE_INQUIRIES: "12",
        }
        for column, sample in samples.items():
            title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(title))
            header.resizeSection(column, width + CELL_PADDING)

    def restore(self, state: QByteArray) -> None:
        """The user's widths and order from ``state``, the names fitted anew."""
        header = self._table.horizontalHeader()
        if not state.isEmpty() and header.restoreState(state):
            # An older state may hold stretching name columns: they are fitted now instead.
            for column in NAME_COLUMNS:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self._table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
            self.fit()

    def fit(self) -> None:
        """Share the width left by the short columns among the names, the family first."""
        if self._sized_by_hand or self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        header = self._table.horizontalHeader()
        others = sum(
            header.sectionSize(section)
            for section in range(header.count())
            if section not in NAME_COLUMNS and not header.isSectionHidden(section)
        )
        room = self._table.viewport().width() - others
        titles = {column: self._title_width(column) for column in NAME_COLUMNS}
        wanted = {
            column: max(titles[column], self._text_width(LONG_NAMES[column]))
            for column in NAME_COLUMNS
        }
        family = CaseColumn.FAMILY
        wanted[family] = max(wanted[family], self._widest_family_in_sight())
        least = {family: wanted[family]}
        least |= {
            column: max(titles[column], self._text_width(text))
            for column, text in LEAST_NAMES.items()
        }
        # Narrower, the region steps aside, then the persons narrow to their title, then
        # they step aside too (the open case lists them): the family keeps its name.
        shown = list(NAME_COLUMNS)
        if room < sum(least.values()):
            shown.remove(CaseColumn.REGION)
        if room < sum(least[column] for column in shown):
            least[CaseColumn.PERSONS] = titles[CaseColumn.PERSONS]
        if room < sum(least[column] for column in shown):
            shown.remove(CaseColumn.PERSONS)
            least[family] = titles[family]  # then the family elides, then it scrolls
        widths = shared_widths(
            room,
            {column: least[column] for column in shown},
            {column: wanted[column] for column in shown},
        )
        for column in NAME_COLUMNS:
            header.setSectionHidden(column, column not in widths)
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._say_what_is_hidden()

    def _say_what_is_hidden(self) -> None:
        header = self._table.horizontalHeader()
        hidden = [
            str(self._model.headerData(column, Qt.Orientation.Horizontal))
            for column in NAME_COLUMNS
            if header.isSectionHidden(column)
        ]
        self._note = (
            self.tr(
                "Not shown for want of room: {columns}. Point at the family's name to read "
                "them; a wider list shows them again."
            ).format(columns=", ".join(hidden))
            if hidden
            else ""
        )
        header.setToolTip(self._note)

    def _text_width(self, text: str) -> int:
        return self._table.fontMetrics().horizontalAdvance(text) + CELL_PADDING

    def _widest_family_in_sight(self) -> int:
        """The width of the longest family's name among the rows in sight (not the rows
        further down: there may be 100,000), within reason."""
        table = self._table
        first = table.rowAt(0)
        if first < 0:
            return 0
        last = table.rowAt(table.viewport().height() - 1)
        last = self._model.rowCount() - 1 if last < 0 else last
        metrics = table.fontMetrics()
        widest = max(  # none in sight while the table is not laid out yet
            (
                metrics.horizontalAdvance(
                    str(self._model.index(row, CaseColumn.FAMILY).data() or "")
                )
                for row in range(first, last + 1)
            ),
            default=0,
        )
        return min(widest, FAMILY_MOST_CHARACTERS * metrics.averageCharWidth()) + CELL_PADDING

    def _title_width(self, column: CaseColumn) -> int:
        header = self._table.horizontalHeader()
        title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        width = header.fontMetrics().horizontalAdvance(title) + 2 * margin
        if header.sortIndicatorSection() == column:
            arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
            width += arrow + margin
        return max(width, CELL_PADDING * 3)

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section not in NAME_COLUMNS or self._fitting:
            return
        # Sized by hand: the user's widths stay, and a column stepped aside comes back.
        self._sized_by_hand = True
        self._fitting = True
        try:
            for column in NAME_COLUMNS:
                self._table.horizontalHeader().showSection(column)
        finally:
            self._fitting = False
        self._say_what_is_hidden()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        if (
            event.type() == QEvent.Type.ToolTip
            and watched is self._header_viewport
            and isinstance(event, QHelpEvent)
            and self._note
        ):
            # A column's own tooltip, then what the list leaves out.
            header = self._table.horizontalHeader()
            section = header.logicalIndexAt(event.pos())
            tip = self._model.headerData(
                section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
            )
            text = "\n\n".join(part for part in (str(tip or ""), self._note) if part)
            QToolTip.showText(event.globalPos(), text, header)
            return True
        return super().eventFilter(watched, event)
