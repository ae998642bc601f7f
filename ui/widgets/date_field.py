"""Date entry fields that accept what caseworkers type and show live how they read it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from caseworker.dates import (
    APPROXIMATE_MARGIN,
    EventDate,
    check_not_future,
    parse_day,
    parse_event_date,
)
from caseworker.errors import InvalidDate
from caseworker.i18n import QT_TRANSLATE_NOOP
from caseworker.labels import label
from caseworker.vocab import DatePrecision

translate = QCoreApplication.translate


@dataclass(frozen=True)
class FormatHelp:
    """What a field reads: said in it while it is empty (``formats``) and in its tooltip
    (``text``), both marked with QT_TRANSLATE_NOOP in ``context``; ``widest`` fits in it."""

    context: str
    formats: str
    text: str
    widest: str


#: What an event date field reads.
_EVENT_FORMATS = QT_TRANSLATE_NOOP("DateField", "02.04.2026, 04.2026 or ~02.04.2026")
_EVENT_HELP = QT_TRANSLATE_NOOP(
    "DateField",
    "A day (02.04.2026), a month (04.2026), a year (2026), an approximate day "
    "(~02.04.2026) or a period (02.04.2026..10.04.2026).",
)

INVALID_BACKGROUND = QColor("#fde2e2")
PROBLEM_COLOUR = QColor("#b3261e")
_LOOKS_LIKE_DAY = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_WEEKDAY = re.compile(r"d{4}[,.]?\s*")
_TRAILING_LITERAL = re.compile(r"\s*'[^']*'\.?\s*$")
_YEAR_PART = re.compile(r"[\s,./-]*y+[\s,./-]*")


def medium_date_format(locale: QLocale) -> str:
    """The locale's long date without weekday, with short month names ("2 апр. 2026")."""
    return _medium(locale.dateFormat(QLocale.FormatType.LongFormat))


@lru_cache(maxsize=16)
def _medium(long_format: str) -> str:
    """Worked out once a format: a case's 200 reports show 400 dates."""
    shortened = _TRAILING_LITERAL.sub("", _WEEKDAY.sub("", long_format))
    return shortened.replace("MMMM", "MMM").strip(" ,") or "d MMM yyyy"


def format_day(value: date | None, locale: QLocale | None = None) -> str:
    """A day as the user's locale writes it; empty for no date."""
    if value is None:
        return ""
    shown = locale or QLocale()
    return shown.toString(QDate(value.year, value.month, value.day), medium_date_format(shown))


def format_short_day(value: date | None) -> str:
    """A day as the current locale writes it in short form ("02.04.2026" in Russian), for a
    table of many dates; empty for no date."""
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_event(event: EventDate, locale: QLocale | None = None) -> str:
    """An event date as written: "2 апр. 2026", "апр. 2026", "≈ 2 апр. 2026" or a period."""
    shown = locale or QLocale()
    if event.precision is DatePrecision.DAY:
        return format_day(event.earliest, shown)
    if event.precision is DatePrecision.MONTH:
        month = shown.standaloneMonthName(event.earliest.month, QLocale.FormatType.ShortFormat)
        return f"{month} {event.earliest.year}"
    if event.precision is DatePrecision.YEAR:
        return str(event.earliest.year)
    if event.precision is DatePrecision.APPROXIMATE:
        return "≈ " + format_day(event.earliest + APPROXIMATE_MARGIN, shown)
    start = format_day(event.earliest, shown)
    if event.earliest.year == event.latest.year:
        # "1 апр. – 4 апр. 2026": the year once, as people write a period.
        start = shown.toString(_qdate(event.earliest), _without_year(medium_date_format(shown)))
    return f"{start} – {format_day(event.latest, shown)}"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _without_year(date_format: str) -> str:
    return _YEAR_PART.sub("", date_format).strip(" ,") or date_format


def _writes_day_first(locale: QLocale) -> bool:
    return locale.dateFormat(QLocale.FormatType.ShortFormat).lower().startswith("d")


def day_to_field_text(value: date | None, locale: QLocale | None = None) -> str:
    """How a stored day is put back into a field: 02.04.2026 where days come first, else ISO."""
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y") if _writes_day_first(locale or QLocale()) else str(value)


def event_to_field_text(event: EventDate, locale: QLocale | None = None) -> str:
    """An event date as it can be typed again (and is read back to the same interval)."""
    if not _writes_day_first(locale or QLocale()):
        return event.to_text()
    if event.precision is DatePrecision.DAY:
        return event.earliest.strftime("%d.%m.%Y")
    if event.precision is DatePrecision.MONTH:
        return event.earliest.strftime("%m.%Y")
    if event.precision is DatePrecision.YEAR:
        return str(event.earliest.year)
    if event.precision is DatePrecision.APPROXIMATE:
        return "~" + (event.earliest + APPROXIMATE_MARGIN).strftime("%d.%m.%Y")
    return f"{event.earliest:%d.%m.%Y}..{event.latest:%d.%m.%Y}"


class InterpretingField(QLineEdit):
    """A line edit paired with a label saying how its text is read, and one saying what is
    wrong with it.

    Both have their room reserved, whether they say anything or not: a line appearing under
    the field while the user types, or when they leave it for the next one, would push the
    fields below down under their mouse. A short reading goes beside the field; a long one
    shares the room below with the problems. A problem too long for that room shows its
    first sentence; the whole of it is in the tooltip, and in the dialog's message on OK.
    """

    validity_changed = Signal(bool)

    # Where the reading goes: beside the field when it is short, else below, with problems.
    interpretation_beside = True
    #: The lines of text the room below the field holds.
    NOTE_LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._normal_palette = QPalette(self.palette())
        self.interpretation = self._note_label("dateInterpretation")
        hint = QPalette(self.interpretation.palette())
        hint.setColor(
            QPalette.ColorRole.WindowText,
            self._normal_palette.color(QPalette.ColorRole.PlaceholderText),
        )
        self.interpretation.setPalette(hint)
        self.problem_label = self._note_label("dateProblem")
        warning = QPalette(self.problem_label.palette())
        warning.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOUR)
        self.problem_label.setPalette(warning)
        # Below the field, problems (and a long reading) take turns in a room of fixed height.
        self.note = QWidget()
        self.note.setObjectName("dateNote")
        self._note_pages = QStackedLayout(self.note)
        self._note_pages.setContentsMargins(0, 0, 0, 0)
        self._note_pages.addWidget(self.problem_label)
        if self.interpretation_beside:
            self.interpretation.setWordWrap(False)
            self.interpretation.setAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
            widest = format_day(date(2000, 9, 28))
            self.interpretation.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) + 8)
        else:
            self._note_pages.addWidget(self.interpretation)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * self.NOTE_LINES + 2)
        self._valid = True
        self._problem = ""
        self._help = ""
        self.textChanged.connect(lambda _text: self._refresh(final=False))
        self.editingFinished.connect(lambda: self._refresh(final=True))

    # The hint an empty field shows (the formats it reads) is never cut: the field is at
    # least as wide as it, whatever minimum width a subclass sets.

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._placeholder_width()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._placeholder_width()), hint.height())

    def setMinimumWidth(self, width: int) -> None:
        super().setMinimumWidth(max(width, self._placeholder_width()))

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(text)
        if self.minimumWidth():
            super().setMinimumWidth(max(self.minimumWidth(), self._placeholder_width()))

    def _placeholder_width(self) -> int:
        text = self.placeholderText()
        if not text:
            return 0
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        margins = self.textMargins()
        # QLineEdit keeps 2 px beside its text inside the frame, and room for the cursor.
        needed = self.fontMetrics().horizontalAdvance(text) + 2 * frame + 6
        return min(needed + margins.left() + margins.right(), self.maximumWidth())

    @staticmethod
    def _note_label(name: str) -> QLabel:
        note = QLabel()
        note.setObjectName(name)
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return note

    def with_interpretation(self) -> QWidget:
        """A row widget: this field (and its short reading beside it), the room below."""
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if self.interpretation_beside:
            line = QHBoxLayout()
            line.addWidget(self)
            line.addWidget(self.interpretation, 1)
            column.addLayout(line)
        else:
            column.addWidget(self)
        column.addWidget(self.note)
        return row

    def is_valid(self) -> bool:
        return self._valid

    def problem(self) -> str:
        """What is wrong with the text, or empty when it can be read."""
        return self._problem

    def _interpret(self, text: str) -> str:
        """How ``text`` (stripped, non-empty) is read; raises :class:`InvalidDate`."""
        raise NotImplementedError

    def _empty_problem(self) -> str:
        return ""

    def _refresh(self, *, final: bool) -> None:
        text = self.text().strip()
        try:
            shown = self._interpret(text) if text else ""
            problem = "" if text else self._empty_problem()
        except InvalidDate as error:
            shown, problem = "", self._explain(text, error)
        was_valid = self._valid
        self._valid, self._problem = not problem, problem
        # While typing, an unfinished date is not yet an error; leaving the field makes it one.
        show_problem = bool(problem) and (final or not self.hasFocus())
        self._show(shown, problem if show_problem else "")
        if was_valid != self._valid:
            self.validity_changed.emit(self._valid)

    def _explain(self, _text: str, error: InvalidDate) -> str:
        return error.message

    def _show(self, interpretation: str, problem: str) -> None:
        palette = QPalette(self._normal_palette)
        if problem:
            palette.setColor(QPalette.ColorRole.Base, INVALID_BACKGROUND)
        self.setPalette(palette)
        self.interpretation.setText(interpretation)
        self.problem_label.setText(self._fitting(problem))
        if not self.interpretation_beside:
            self._note_pages.setCurrentWidget(
                self.problem_label if problem else self.interpretation
            )
        self.setToolTip(problem or self._help)

    def _fitting(self, problem: str) -> str:
        """``problem``, or its first sentence when the whole does not fit the note's room."""
        width = self.note.width() if self.note.isVisible() else self.note.sizeHint().width()
        if not problem or width <= 0:
            return problem
        metrics = self.problem_label.fontMetrics()
        room = self.note.height()

        def fits(text: str) -> bool:
            flags = int(Qt.TextFlag.TextWordWrap)
            return metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height() <= room

        if fits(problem):
            return problem
        first, stop, _rest = problem.partition(". ")
        return first + stop.strip() if stop else problem


class DateField(InterpretingField):
    """One exact day, typed as 02.04.2026 or 2026-04-02; may stay empty."""

    def __init__(self, parent: QWidget | None = None, *, allow_future: bool = False) -> None:
        super().__init__(parent)
        self._allow_future = allow_future
        self.setPlaceholderText(translate("DateField", "dd.mm.yyyy"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.00.0000") + 16)

    def set_date(self, value: date | None) -> None:
        self.setText(day_to_field_text(value))
        self._refresh(final=True)

    def date(self) -> date | None:
        """The day typed, None when empty; raises :class:`InvalidDate` for anything else."""
        text = self.text().strip()
        if not text:
            return None
        value = parse_day(text)
        if not self._allow_future:
            check_not_future(value, text)
        return value

    def _interpret(self, _text: str) -> str:
        value = self.date()
        return format_day(value)

    def _explain(self, text: str, error: InvalidDate) -> str:
        if _LOOKS_LIKE_DAY.match(text):
            return error.message
        return translate("DateField", "Write a day as 02.04.2026 or 2026-04-02.")


class EventDateField(InterpretingField):
    """When an event happened: a day, a month, a year, ~about a day, or a period A..B."""

    interpretation_beside = False
    NOTE_LINES = 3
    FORMAT_HELP = FormatHelp("DateField", _EVENT_FORMATS, _EVENT_HELP, "00.00.0000..00.00.0000")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        said = self.FORMAT_HELP
        self.setPlaceholderText(translate(said.context, said.formats))
        self._help = translate(said.context, said.text)
        self.setToolTip(self._help)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(said.widest) + 24)

    def set_event(self, event: EventDate | None) -> None:
        self.setText("" if event is None else event_to_field_text(event))
        self._refresh(final=True)

    def event_date(self) -> EventDate:
        """The event date typed; raises :class:`InvalidDate` when it cannot be read."""
        return parse_event_date(self.text())

    def _interpret(self, text: str) -> str:
        event = parse_event_date(text)
        shown = format_event(event)
        precision = label(event.precision)
        if event.precision is DatePrecision.DAY:
            return f"{shown} · {precision}"
        if event.precision is DatePrecision.RANGE:
            return f"{precision}: {shown}"
        between = f"{format_day(event.earliest)} – {format_day(event.latest)}"
        return f"{shown} · {precision}: {between}"

    def _empty_problem(self) -> str:
        return translate("DateField", "The event date is missing.")
