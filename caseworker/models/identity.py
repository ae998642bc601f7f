"""What a sought person and a list entry share: names kept with their matching keys, and a
birth date known to a day, a month or a year."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import validates

from caseworker.dates import EventDate, birth_interval
from caseworker.vocab import DatePrecision

#: The key column that follows each name (named after its caseworker.names.NameField).
KEYED_BY = {"surname": "surname_key", "given_name": "given_key", "patronymic": "patronymic_key"}


class KeptNameKeys:
    """A mapped class with ``surname``, ``given_name`` and ``patronymic`` and their
    ``*_key`` columns: setting a name sets its key (:func:`caseworker.names.name_key`)."""

    @validates("surname", "given_name", "patronymic")
    def _keep_name_key(self, name: str, value: str | None) -> str | None:
        # Imported here: the key tables and rapidfuzz are not needed to start the program.
        from caseworker.names import NameField, name_key

        column = KEYED_BY[name]
        setattr(self, column, name_key(value or "", NameField(column.removesuffix("_key"))))
        return value


class BirthDated:
    """A mapped class with ``born_on`` and ``birth_precision`` columns."""

    if TYPE_CHECKING:  # the columns, declared by the mapped class
        born_on: date | None
        birth_precision: DatePrecision | None

    @property
    def birth_date(self) -> EventDate | None:
        """The birth date with its precision ("1990", "05.1990" or a day), or None."""
        if self.born_on is None:
            return None
        return birth_interval(self.born_on, self.birth_precision or DatePrecision.DAY)

    @birth_date.setter
    def birth_date(self, value: EventDate | date | None) -> None:
        if isinstance(value, EventDate):
            self.born_on, self.birth_precision = value.earliest, value.precision
        else:
            self.born_on = value
            self.birth_precision = None if value is None else DatePrecision.DAY
