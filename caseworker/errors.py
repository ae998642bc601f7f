"""Typed errors raised by services; each carries a sentence a caseworker understands."""

from __future__ import annotations


class CaseworkerError(Exception):
    """Base of every error the user should see as a message, never as a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(CaseworkerError):
    """Input that cannot be saved; ``field`` names the offending field when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class InvalidDate(ValidationError):
    pass


class NotFound(CaseworkerError):
    pass


class DisclosureRefused(CaseworkerError):
    """Telling a family of a death without a credible basis and without a written override."""


class StaleRecord(CaseworkerError):
    """The record was changed by someone else since it was loaded."""


class DatabaseError(CaseworkerError):
    """The database cannot be opened or used."""


class DatabaseBusy(DatabaseError):
    """Another connection held the write lock for longer than the busy timeout."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer version of Caseworker."""


class NotACaseworkerDatabase(DatabaseError):
    pass


class DatabaseReadOnly(DatabaseError):
    """The database can be read but not written: a read-only disk or file, or a damaged one."""


class DatabaseDamaged(DatabaseError):
    """The database file is damaged; the sentence points to the backups beside it."""
