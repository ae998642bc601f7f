"""The building blocks of the workbook's layout: column kinds, columns, sheets, limits."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from caseworker.i18n import QT_TRANSLATE_NOOP


class Kind(Enum):
    """How a column's values are written to and read from cells."""

    KEY = "key"  # the record's UUID, hidden
    VERSION = "version"  # the record's version at export, hidden
    TEXT = "text"
    DATE = "date"  # a real Excel date
    MOMENT = "moment"  # a date and time (read-only columns)
    EVENT = "event"  # an Excel date for an exact day, else text such as 2026-04 or ~2026-04-02
    CHOICE = "choice"  # one value of an enumeration, with a dropdown
    CHECKSUM = "checksum"  # a fingerprint of the row as exported, hidden
    NUMBER = "number"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    field: str
    kind: Kind
    description: str
    width: float = 16
    enum: type[StrEnum] | None = None
    editable: bool = True
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    description: str
    columns: tuple[Column, ...]
    importable: bool = True
    keyed: bool = True

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(column.header for column in self.columns)

    def index(self, field_name: str) -> int:
        for position, column in enumerate(self.columns):
            if column.field == field_name:
                return position
        raise KeyError(field_name)

    @property
    def identity_end(self) -> int:
        """The 1-based position of the last column that says whose row it is: the second
        visible one (case reference and name), kept in view when scrolling and printing."""
        visible = [i for i, column in enumerate(self.columns, 1) if not column.hidden]
        return visible[min(1, len(visible) - 1)]

    def positions(self, *kinds: Kind) -> tuple[int, ...]:
        """The positions of the columns of these kinds."""
        return tuple(i for i, column in enumerate(self.columns) if column.kind in kinds)


def key_column() -> Column:
    return Column(
        QT_TRANSLATE_NOOP("XlsxColumn", "Key"),
        "uuid",
        Kind.KEY,
        QT_TRANSLATE_NOOP("Xlsx", "Hidden stable key; empty on a new row."),
        38,
        None,
        False,
        True,
    )


def version_column() -> Column:
    return Column(
        QT_TRANSLATE_NOOP("XlsxColumn", "Version"),
        "version",
        Kind.VERSION,
        QT_TRANSLATE_NOOP("Xlsx", "Hidden version of the record when it was exported."),
        8,
        None,
        False,
        True,
    )


def checksum_column() -> Column:
    return Column(
        QT_TRANSLATE_NOOP("XlsxColumn", "Checksum"),
        "checksum",
        Kind.CHECKSUM,
        QT_TRANSLATE_NOOP(
            "Xlsx", "Hidden fingerprint of the row as exported, to tell which rows were edited."
        ),
        18,
        None,
        False,
        True,
    )


# Parents are checked apart; the checksum covers the record's own editable values.
_PARENT_FIELDS = frozenset({"reference", "case_reference", "person", "person_key"})


def checked_fields(sheet: Sheet) -> tuple[str, ...]:
    return tuple(
        c.field
        for c in sheet.columns
        if c.editable and c.kind is not Kind.KEY and c.field not in _PARENT_FIELDS
    )


def text_column(header: str, name: str, description: str, width: float = 18) -> Column:
    return Column(header, name, Kind.TEXT, description, width)


def date_column(header: str, name: str, description: str) -> Column:
    return Column(header, name, Kind.DATE, description, 12)


def choice_column(header: str, name: str, enum: type[StrEnum], description: str) -> Column:
    return Column(header, name, Kind.CHOICE, description, 14, enum)


def read_only(column: Column) -> Column:
    return Column(
        column.header,
        column.field,
        column.kind,
        column.description,
        column.width,
        column.enum,
        False,
        column.hidden,
    )


_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What the import accepts before it refuses a file.

    Each bounds the memory or the time a hostile file can take: the sizes the zip declares
    are checked before anything is unpacked, and what is unpacked is counted as it comes.
    """

    max_bytes: int = 200 * _MB  # the file
    max_rows: int = 1_000_000  # a sheet's rows
    max_unpacked_bytes: int = 2048 * _MB  # all the zip's parts together, as declared
    max_parts: int = 1_000  # the zip's members
    # A sheet or the shared texts (both read as a stream), as declared and as unpacked.
    max_part_bytes: int = 1024 * _MB
    # Any other part (workbook, styles, relationships, properties), which is read whole.
    max_small_part_bytes: int = 8 * _MB
    # The bytes between two tags: a text (a cell takes 32,767 characters) or one tag.
    max_text_bytes: int = _MB
    max_shared_strings: int = 5_000_000
    max_cells: int = 30_000_000  # a sheet's cells (22 columns of 1,000,000 rows fit)
    # The tags of one row, or between two rows (Excel's widest row has 16,384 cells).
    max_elements_per_row: int = 300_000
