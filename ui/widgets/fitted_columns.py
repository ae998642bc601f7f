"""A short list's columns fitted to its width, so that it does not scroll across.

A list that scrolls sideways hides its last columns from a caseworker who does not think of
scrolling. Here the first column (a name) takes what is left, elided, and every other column
says how it gives way when room is short:

* a column of days, phones or numbers keeps its texts' width: it is never cut;
* a column of free text (a unit, a place) narrows, elided, down to the width of a sample
  text and the ellipsis (a day, say, so that "19.10.2026, с. Заречное" still shows its day);
* then the columns that may step aside are hidden, the least important first;
* then the name narrows to its least.

The list's rows must hold every cut or hidden text in their tooltips (the lists here hold a
row's whole record in each cell's tooltip).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeWidget

translate = QCoreApplication.translate

# Pixels an elided text may need beyond its measured width (fractional glyph widths).
ROUNDING = 2
# The name's least width, in average characters ("Соколова Марина…"); the width it keeps
# before other columns step aside (a long name's, "Соколова Марина Андреевна").
NAME_LEAST_CHARACTERS = 16
NAME_WHOLE_CHARACTERS = 30


@dataclass(frozen=True)
class Column:
    """A column's title and how it gives way. ``least``: a sample text the column narrows
    down to, elided (empty: it never narrows); ``aside``: when not 0, the column is hidden
    when the list is too narrow, those with the lowest ``aside`` first."""

    title: str
    least: str = ""
    aside: int = 0


class FittedColumns(QObject):
    """Fits the columns of ``tree`` (the first one a name) to its width: at each resize, and
    at :meth:`fit` after the list is filled."""

    def __init__(self, tree: QTreeWidget, columns: Sequence[Column]) -> None:
        super().__init__(tree)
        self._tree = tree
        self._columns = list(columns)
        self._fitting = False
        tree.setHeaderLabels([column.title for column in columns])
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(1)
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._tree.viewport():
            self.fit()
        return False

    def fit(self) -> None:
        """Widths and hidden columns for the list's texts and its width now."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        tree = self._tree
        header = tree.header()
        metrics = tree.fontMetrics()
        margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree)
        padding = 2 * (margin + 1)
        # A hidden section has no size hint: a title's width is measured here.
        title_margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        titles = [
            header.fontMetrics().horizontalAdvance(column.title) + 4 * title_margin
            for column in self._columns
        ]
        whole = [
            max(tree.sizeHintForColumn(number), titles[number])
            for number in range(len(self._columns))
        ]
        least = [
            max(
                titles[number],
                min(
                    whole[number],
                    metrics.horizontalAdvance(column.least + "…") + padding + ROUNDING,
                ),
            )
            if column.least
            else whole[number]
            for number, column in enumerate(self._columns)
        ]
        characters = metrics.averageCharWidth()
        room = tree.viewport().width()
        hidden: set[int] = set()
        asides = sorted(
            (column.aside, number) for number, column in enumerate(self._columns) if column.aside
        )
        # The name keeps a long name's width while other columns can step aside.
        least[0] = min(whole[0], NAME_WHOLE_CHARACTERS * characters + padding)
        while (widths := self._widths(whole, least, hidden, room)) is None and asides:
            hidden.add(asides.pop(0)[1])
        if widths is None:
            least[0] = min(whole[0], NAME_LEAST_CHARACTERS * characters + padding)
            widths = self._widths(whole, least, hidden, room)
        # Too narrow even so: every column at its least (the name too), scrolling across.
        name_mode = QHeaderView.ResizeMode.Stretch if widths else QHeaderView.ResizeMode.Fixed
        header.setSectionResizeMode(0, name_mode)
        if widths is None:
            widths = list(least)
            header.resizeSection(0, least[0])
        stepped_aside = [
            column.title for number, column in enumerate(self._columns) if number in hidden
        ]
        header.setToolTip(
            translate(
                "FittedColumns",
                "Not shown for want of room: {columns}. Point at a row to read them.",
            ).format(columns=", ".join(stepped_aside))
            if stepped_aside
            else ""
        )
        for number in range(1, len(self._columns)):
            tree.setColumnHidden(number, number in hidden)
            if number not in hidden:
                header.resizeSection(number, widths[number])

    def _widths(
        self, whole: list[int], least: list[int], hidden: set[int], room: int
    ) -> list[int] | None:
        """Each column's width with ``hidden`` hidden, or None when they do not fit
        ``room`` even at their least. Free texts narrow before the name does: first those
        that may step aside (the least important first), then the others from the last."""
        shown = [number for number in range(1, len(whole)) if number not in hidden]
        widths = list(whole)
        over = whole[0] + sum(whole[number] for number in shown) - room
        for number in sorted(shown, key=self._narrowing_order):
            if over <= 0:
                break
            given = min(over, whole[number] - least[number])
            widths[number] -= given
            over -= given
        if over > whole[0] - least[0]:
            return None
        return widths

    def _narrowing_order(self, number: int) -> tuple[bool, int, int]:
        aside = self._columns[number].aside
        return (aside == 0, aside, -number)
