"""Colleagues' committed changes, heard on PostgreSQL (issue 15); no Qt.

Migration 0018's triggers notify the channel :data:`CHANNEL` once per statement with a JSON
payload (the table, the operation, rows as ``[id, version, case_id]``, the cases touched);
:func:`parse` reads one into a :class:`TableChange`. A :class:`ChangeListener` holds its own
connection (autocommit, ``LISTEN``) and yields what it hears as :class:`TableChange`, with
:class:`Connected` when it starts listening (``after_loss`` after a lost connection: anything
may have changed meanwhile, so everything shown must be read again) and :class:`Disconnected`
when the server goes away; it reconnects by itself until asked to stop. Whatever goes wrong
while it listens (a server lost, or a fault of its own) is said the same way, and it tries
again: a listener that stopped silently would leave the window stale without a word. psycopg
(3.2 or later: ``notifies(timeout=...)``) is imported only here, and only when a listener is
made for a PostgreSQL database.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Engine

    from caseworker.db import Database

_log = logging.getLogger(__name__)

#: The channel migration 0018's triggers notify.
CHANNEL = "caseworker_changes"
#: How long one wait for a notification lasts before the listener checks whether to stop.
POLL_SECONDS = 0.25
#: How long the listener waits before it tries a lost server again.
RETRY_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class RowChange:
    """One changed row: its id and version (None where the table has none) and its case."""

    id: int | None
    version: int | None
    case_id: int | None


@dataclass(frozen=True, slots=True)
class TableChange:
    """What one committed statement changed in ``table`` (``op``: insert, update, delete).

    ``rows`` is None when the statement changed too many rows to name; ``case_ids`` is None
    when it touched too many cases: then any row, or any case, may have changed.
    """

    table: str
    op: str
    rows: tuple[RowChange, ...] | None
    case_ids: frozenset[int] | None
    #: The server process that made the change (psycopg's ``Notify.pid``).
    sender: int = 0
    #: Made through this program's own database (the window announced it already).
    own: bool = False

    @property
    def whole_table(self) -> bool:
        return self.case_ids is None


@dataclass(frozen=True, slots=True)
class Connected:
    """The listener listens; ``after_loss``: again, after a lost connection."""

    after_loss: bool = False


@dataclass(frozen=True, slots=True)
class Disconnected:
    """The server cannot be reached (said once per loss); the listener keeps trying."""

    reason: str


Event = TableChange | Connected | Disconnected


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def parse(payload: str, sender: int = 0) -> TableChange | None:
    """The change a trigger's payload describes; None for a payload that is not one."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    table, op = data.get("table"), data.get("op")
    if not isinstance(table, str) or not isinstance(op, str):
        return None
    rows: tuple[RowChange, ...] | None = None
    if isinstance(data.get("rows"), list):
        rows = tuple(
            RowChange(*(_int_or_none(part) for part in row))
            for row in data["rows"]
            if isinstance(row, list) and len(row) == 3
        )
    cases: frozenset[int] | None = None
    if isinstance(data.get("cases"), list):
        cases = frozenset(case for case in data["cases"] if _int_or_none(case) is not None)
    return TableChange(table, op, rows, cases, sender)


Connect = Callable[[], "psycopg.Connection[Any]"]

#: Set when the program ends: Python joins its worker threads (a pool's, as the window's
#: background jobs run in) before anything else at exit, and a listener waiting for the
#: server forever in one would keep the program from ending.
_ENDING = threading.Event()
_stopping_at_exit = threading.Lock()


def _stop_at_exit() -> None:
    """Have :data:`_ENDING` set at exit, before worker threads are joined (the hook that
    ``concurrent.futures`` itself uses; without it, stopping is left to the caller)."""
    register = getattr(threading, "_register_atexit", None)
    with _stopping_at_exit:
        if register is not None and not getattr(_stop_at_exit, "done", False):
            register(_ENDING.set)
            _stop_at_exit.done = True  # type: ignore[attr-defined]


class ChangeListener:
    """Listens on its own connection, made by ``connect`` (a new psycopg connection)."""

    def __init__(
        self,
        connect: Connect,
        *,
        poll_seconds: float = POLL_SECONDS,
        retry_seconds: float = RETRY_SECONDS,
        own: Callable[[int], bool] = lambda _sender: False,
    ) -> None:
        self._connect = connect
        self._own = own
        self._poll = poll_seconds
        self._retry = retry_seconds
        self._connection: psycopg.Connection[Any] | None = None

    def events(self, stopped: Callable[[], bool]) -> Iterator[Event]:
        """What the listener hears, until ``stopped()`` is true (asked every poll) or the
        program ends; then the connection is closed. Raises nothing for a lost or unreachable
        server, nor for any other error while connecting or listening (that one is logged
        with its traceback): it yields :class:`Disconnected` and tries again every few
        seconds, then :class:`Connected` with ``after_loss``."""
        import psycopg

        _stop_at_exit()

        def done() -> bool:
            return stopped() or _ENDING.is_set()

        lost = False
        try:
            while not done():
                try:
                    if self._connection is None:
                        self._connection = self._listening()
                        yield Connected(after_loss=lost)
                        lost = False
                    for notify in self._connection.notifies(timeout=self._poll):
                        change = parse(notify.payload, notify.pid)
                        if change is not None:
                            yield replace(change, own=self._own(notify.pid))
                        if done():
                            break
                    continue
                except (psycopg.Error, OSError) as error:
                    # Lost while listening: tried again at once; unreachable: in a while.
                    pause = self._connection is None
                    reason = _reason(error)
                except Exception as error:  # a fault of the listener's own: it must not end
                    if not lost:  # once a loss: a fault at every try would fill the log
                        _log.exception("Listening for colleagues' changes failed; trying again")
                    pause = True  # never in a tight loop, should it fail again at once
                    reason = _reason(error)
                self.close()
                if not lost:
                    lost = True
                    _log.warning("Not listening for colleagues' changes: %s", reason)
                    yield Disconnected(reason)
                if pause:
                    self._sleep(done)
        finally:
            self.close()

    def _listening(self) -> psycopg.Connection[Any]:
        connection = self._connect()
        try:
            if not connection.autocommit:
                connection.rollback()
                connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            connection.close()
            raise
        return connection

    def _sleep(self, stopped: Callable[[], bool]) -> None:
        deadline = time.monotonic() + self._retry
        while not stopped() and time.monotonic() < deadline:
            time.sleep(min(self._poll, max(0.0, deadline - time.monotonic())))

    def close(self) -> None:
        """Close the listening connection (a later :meth:`events` opens a new one)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):  # a broken connection: nothing to tell
                connection.close()


def _reason(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def listener_for(database: Database) -> ChangeListener | None:
    """A listener on ``database``'s server with the program's own connection settings; None
    for a database that is not on PostgreSQL (SQLite has no notifications)."""
    engine = database.engine
    if engine.dialect.name != "postgresql":
        return None

    def connect() -> psycopg.Connection[Any]:
        import psycopg
        from sqlalchemy.exc import DBAPIError

        from caseworker.errors import CaseworkerError

        try:
            pooled = engine.raw_connection()
        except DBAPIError as error:
            if isinstance(error.orig, psycopg.Error):
                raise error.orig from error
            raise psycopg.OperationalError(str(error)) from error
        except CaseworkerError as error:  # the server unreachable, said in a sentence
            raise psycopg.OperationalError(str(error)) from error
        connection: psycopg.Connection[Any] = pooled.driver_connection  # type: ignore[assignment]
        pooled.detach()  # its own connection from now on: closed, never pooled again
        return connection

    return ChangeListener(connect, own=own_backends(engine))


def own_backends(engine: Engine) -> Callable[[int], bool]:
    """Whether a server process is one of ``engine``'s connections: each is noted as it is
    handed out (every write takes one first) and forgotten when it closes, so a process
    number the server gives again later is not taken for ours."""
    from sqlalchemy import event

    mine: dict[int, int] = {}  # id of a driver connection -> its server process

    def handed_out(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        with contextlib.suppress(Exception):  # a connection that cannot say: not noted
            mine[id(dbapi_connection)] = int(dbapi_connection.info.backend_pid)

    def closed(dbapi_connection: Any, *_rest: Any) -> None:
        mine.pop(id(dbapi_connection), None)

    event.listen(engine, "checkout", handed_out)
    for name in ("close", "close_detached", "invalidate", "detach"):
        event.listen(engine, name, closed)
    return lambda sender: sender in mine.values()
