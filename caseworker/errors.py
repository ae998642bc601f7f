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


class DatabaseUnavailable(DatabaseError):
    """The database server cannot be reached: not running, restarting, the network gone, or
    too slow to answer. Trying again once it is back works.

    ``server`` is ``host:port/database`` (never a password), ``reason`` the driver's words,
    ``phase`` what was under way: "connect", "read", "write" or "commit" (a lost commit may
    or may not have been saved). ``answered`` is set once the person has been shown it and
    chose not to try again, so that it is not shown twice.
    """

    def __init__(
        self,
        message: str,
        *,
        server: str | None = None,
        reason: str | None = None,
        phase: str = "connect",
        timed_out: bool = False,
    ) -> None:
        super().__init__(message)
        self.server = server
        self.reason = reason
        self.phase = phase
        self.timed_out = timed_out
        self.answered = False


class DatabaseLoginRefused(DatabaseUnavailable):
    """The database server answered but refused the login: no password was given (not in
    the address, ``$PGPASSWORD`` or ``~/.pgpass``) or not the right one (SQLSTATE 28P01,
    28000). Trying again helps only with the right password. ``login`` is the login refused;
    ``missing`` tells a password not given from a wrong one."""

    def __init__(
        self,
        message: str,
        *,
        server: str | None = None,
        reason: str | None = None,
        login: str = "",
        missing: bool = False,
    ) -> None:
        super().__init__(message, server=server, reason=reason, phase="connect")
        self.login = login
        self.missing = missing


class DatabaseForbidden(DatabaseError):
    """The login's role on the database server may not do this (SQLSTATE 42501); nothing
    was saved."""

    def __init__(self, message: str, *, server: str | None = None) -> None:
        super().__init__(message)
        self.server = server
