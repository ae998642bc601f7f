"""PostgreSQL specifics: how a session is opened and checked, the write lock, and the errors.

A desktop program on a network meets a server that goes away: every connection gets a
connect timeout, TCP keepalives both ways (a vanished network is noticed in seconds on this
side, a couple of minutes on the server's, not hours) and a generous statement timeout; the
pool pings a connection idle for a second or more before handing it out, so the first action
after the server came back works, and a ping that finds its connection dead has the whole
pool replaced.
Whatever the address's query gives (``sslmode``, ``sslrootcert``, ``connect_timeout``,
``application_name``, ``options``…) passes through to libpq and wins over these defaults;
only the session's time zone is always UTC.

Writes are serialised as SQLite's ``BEGIN IMMEDIATE`` serialises them: each write transaction
first takes one transaction-level advisory lock (:data:`WRITE_LOCK_KEY`), so that every
read-then-write (the next case reference, say) sees the writes before it. Sessions run at
READ COMMITTED: each statement after the lock sees everything committed before it.

A database whose text is not UTF-8 is refused with a sentence: Cyrillic names would not fold
to lower case there, and searches would miss them.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from caseworker.errors import (
    DatabaseBusy,
    DatabaseError,
    DatabaseForbidden,
    DatabaseLoginRefused,
    DatabaseUnavailable,
)
from caseworker.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL, ExceptionContext

#: The advisory lock every write transaction takes first ("CASE" in ASCII).
WRITE_LOCK_KEY = 0x43415345
#: Seconds to wait for the server to answer a connection attempt.
CONNECT_TIMEOUT_S = 10
#: A statement running longer is stopped by the server. Generous: an export of 100,000 cases
#: reads its tables in long statements.
STATEMENT_TIMEOUT_MS = 30 * 60 * 1000
#: A transaction left idle this long is ended by the server, releasing the write lock it may
#: hold: the last resort. A computer gone from the network is noticed by the server's own
#: keepalives first (:data:`SERVER_KEEPALIVES`, about two minutes). Generous: a few services
#: copy a (short) file into the evidence folder inside their write, an inquiry's letter say,
#: and a shared folder may be slow.
IDLE_IN_TRANSACTION_TIMEOUT_MS = 60 * 60 * 1000
#: The server's keepalives on this session's connection (seconds idle, between probes, how
#: many): a laptop closed in the middle of a write leaves the lock after about two minutes.
SERVER_KEEPALIVES = (60, 10, 6)
#: A connection idle in the pool longer than this is pinged before use (seconds).
PING_AFTER_IDLE_S = 1.0
_IDLE_SINCE = "caseworker_idle_since"
#: The longest pause between two tries for the write lock, in seconds. Polling beats
#: waiting in the server (pg_advisory_xact_lock under a lock_timeout): 154 against 144
#: reports a second with 8 writers (benchmarks/README.md, run 5): the server hands a
#: queued lock to the next process in turn, a switch of processes at every write.
_LONGEST_PAUSE_S = 0.05
#: Milliseconds data sent may go unacknowledged before the connection is given up (libpq's
#: ``tcp_user_timeout``): the longest a statement or the ping before use (both on the
#: window's thread) can hang on a network that dropped silently, a Wi-Fi gone or a VPN cut.
#: 15 s: long enough for a slow mobile link to recover, short enough for a desktop to bear.
TCP_USER_TIMEOUT_MS = 15_000
#: Our TCP keepalives on a connection idle in the pool (seconds idle, between probes, how
#: many): a network gone quiet is noticed in about 25 s (sooner under
#: :data:`TCP_USER_TIMEOUT_MS`, which Linux applies to the probes too), so that the next
#: action finds the connection dead at once instead of waiting on its ping; a probe is a
#: few bytes every 5 s.
CLIENT_KEEPALIVES = (10, 5, 3)
#: libpq's parameters set unless the address (or libpq's environment variable) gives them.
DEFAULTS: Mapping[str, str] = {
    "connect_timeout": str(CONNECT_TIMEOUT_S),
    "keepalives": "1",
    "keepalives_idle": str(CLIENT_KEEPALIVES[0]),
    "keepalives_interval": str(CLIENT_KEEPALIVES[1]),
    "keepalives_count": str(CLIENT_KEEPALIVES[2]),
    "tcp_user_timeout": str(TCP_USER_TIMEOUT_MS),
    "application_name": "Caseworker",
    "client_encoding": "UTF8",  # text as str even from a SQL_ASCII database (then refused)
}
#: libpq's environment variables for some parameters: when set, they win over our defaults.
_ENVIRONMENT = {
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "application_name": "PGAPPNAME",
    "tcp_user_timeout": "PGTCPUSERTIMEOUT",
    "client_encoding": "PGCLIENTENCODING",
}
#: The execution option marking a connection's transaction as a write's (set by the engine).
WRITE_OPTION = "caseworker_write"
_COMMITTING = "caseworker_committing"


def _given(url: URL) -> dict[str, str]:
    """The address's query, one value a name (the last, when given twice)."""
    query: dict[str, str] = {}
    for name, value in url.query.items():
        query[name] = value if isinstance(value, str) else value[-1]
    return query


def login_name(url: URL) -> str:
    """The server login ``url`` connects as: the address's, else ``$PGUSER``, else (as
    libpq) the computer's login; "" when none can be told. Raises nothing."""
    login = url.username or _given(url).get("user") or os.environ.get("PGUSER") or ""
    if not login:
        import getpass

        with contextlib.suppress(KeyError, OSError):
            login = getpass.getuser()
    return login


def connect_arguments(url: URL) -> dict[str, Any]:
    """psycopg's connect arguments for ``url`` beyond its own query: our defaults for what
    the query does not give, and ``options`` (the server's settings) with ours first, then
    the query's or ``$PGOPTIONS`` (so that they win), then the time zone UTC."""
    given = _given(url)
    arguments: dict[str, Any] = {
        name: value
        for name, value in DEFAULTS.items()
        if name not in given and not os.environ.get(_ENVIRONMENT.get(name, ""), "")
    }
    idle, interval, count = SERVER_KEEPALIVES
    settings = [
        f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
        f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_TIMEOUT_MS}",
        f"-c tcp_keepalives_idle={idle}",
        f"-c tcp_keepalives_interval={interval}",
        f"-c tcp_keepalives_count={count}",
    ]
    theirs = given.get("options", os.environ.get("PGOPTIONS", "")).strip()
    if theirs:
        settings.append(theirs)
    settings.append("-c TimeZone=UTC")
    arguments["options"] = " ".join(settings)
    return arguments


def server_name(url: URL) -> str:
    """``host:port/database`` of ``url``, never its password (a socket's folder for a host)."""
    given = _given(url)
    host = url.host or given.get("host") or os.environ.get("PGHOST") or "localhost"
    port = url.port or given.get("port") or os.environ.get("PGPORT") or 5432
    database = url.database or given.get("dbname") or url.username or ""
    return f"{host}:{port}/{database}"


def configure(engine: Engine, url: URL) -> None:
    """Hook the checks and the error sentences onto a PostgreSQL engine's connections."""
    from sqlalchemy import event

    server = server_name(url)
    secret = url.password if isinstance(url.password, str) else None
    checked: list[bool] = []

    # First of the connection's hooks: before SQLAlchemy's own first look at the server.
    @event.listens_for(engine, "connect", insert=True)
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if checked:  # a database's encoding never changes: once is enough
            return
        try:
            check_text_encoding(dbapi_connection, server)
        except DatabaseError:
            dbapi_connection.close()
            raise
        checked.append(True)

    _ping_after_idle(engine)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.info[_COMMITTING] = False

    @event.listens_for(engine, "commit")
    def _on_commit(connection: Connection) -> None:
        connection.info[_COMMITTING] = True

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> BaseException | None:
        if context.is_pre_ping:  # the pool reconnects on its own
            return None
        connection = context.connection
        phase = "connect"
        if connection is not None:
            phase = "read"
            if connection.get_execution_options().get(WRITE_OPTION):
                phase = "write"
            with contextlib.suppress(Exception):  # a connection past use cannot tell
                if connection.info.get(_COMMITTING):
                    phase = "commit"
        refused = login_refused(context.original_exception, url, server)
        return refused or sentence_for(context.original_exception, server, phase, secret)


def _ping_after_idle(engine: Engine) -> None:
    """Ping a pooled connection before handing it out when it has been idle longer than
    :data:`PING_AFTER_IDLE_S` or the server has written to it meanwhile: one that fails is
    replaced by a new one (a server restarted meanwhile costs nothing), and the whole pool
    invalidated (the others are replaced on their next use, never pinged). SQLAlchemy's
    ``pool_pre_ping`` pings at every checkout, a round trip more in each of the writes a
    team makes back to back. Raises nothing."""
    from sqlalchemy import event, exc

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get(_IDLE_SINCE)
        if since is None:
            return  # new
        if time.monotonic() - since < PING_AFTER_IDLE_S and not _heard_from(dbapi_connection):
            return  # back in the pool a moment ago, and the server has said nothing since
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            # The pool replaces it with a new connection, and every other one idle in it
            # (made before the same break) on its next use, without a ping each: on a
            # network gone quiet each would hold the caller for tcp_user_timeout.
            raise exc.InvalidatePoolError(str(error)) from error


def _heard_from(dbapi_connection: Any) -> bool:
    """Whether an idle connection's socket has something to read (a server shutting down
    says so, then closes it) or is gone: a look without a round trip. Raises nothing."""
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except (OSError, ValueError, AttributeError, TypeError):  # closed, or not a socket's
        return True
    return bool(readable)


def check_text_encoding(dbapi_connection: Any, server: str) -> None:
    """Refuse a database whose text is not UTF-8 or whose character type does not fold
    Cyrillic letters: raises :class:`DatabaseError` with a sentence. Leaves no transaction."""
    try:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
                "WHERE datname = current_database()"
            )
            encoding, ctype = cursor.fetchone()
            folds = False
            if encoding == "UTF8":
                # Ё and Ж to lower case, spelled by their code points: the probe of a
                # character type that knows Cyrillic (libc's, ICU's or the built-in one).
                cursor.execute("SELECT lower(U&'\\0401\\0416') = U&'\\0451\\0436'")
                (folds,) = cursor.fetchone()
    finally:
        dbapi_connection.rollback()
    if encoding != "UTF8" or not folds:
        raise DatabaseError(
            translate(
                "Database",
                "The database {server} keeps its text as {encoding} with the character type "
                "“{ctype}”, in which Cyrillic names cannot be searched regardless of case; "
                "Caseworker needs UTF-8. Ask the server's owner to create the database with "
                "ENCODING 'UTF8' and a UTF-8 locale (LC_CTYPE 'C.UTF-8', for one).",
            ).format(server=server, encoding=encoding, ctype=ctype)
        )


def take_write_lock(
    connection: Connection,
    patience: float,
    notice: Callable[[bool], None] | None,
    first_try_ms: int,
) -> None:
    """Take the write lock (:data:`WRITE_LOCK_KEY`) for the transaction ``connection`` is in,
    trying until ``patience`` seconds have passed; ``notice(True)`` after the first
    ``first_try_ms`` and every as long again while waiting, ``notice(False)`` once the wait
    is over. Raises :class:`DatabaseBusy` past the patience."""
    statement = f"SELECT pg_try_advisory_xact_lock({WRITE_LOCK_KEY})"
    start = time.monotonic()
    deadline = start + patience
    next_notice = start + first_try_ms / 1000
    pause = 0.002
    waiting = False
    try:
        while not connection.exec_driver_sql(statement).scalar():
            now = time.monotonic()
            if now >= deadline:
                raise DatabaseBusy(
                    translate(
                        "Database",
                        "The database server is busy with a colleague's save or another "
                        "program's. Nothing was saved; try again in a moment.",
                    )
                )
            if notice is not None and now >= next_notice:
                waiting = True
                notice(True)
                next_notice = time.monotonic() + first_try_ms / 1000
            time.sleep(pause)
            pause = min(pause * 2, _LONGEST_PAUSE_S)
    finally:
        if waiting and notice is not None:
            notice(False)


#: SQLSTATE classes of a server gone or going: connection exceptions, operator intervention
#: (shut down, restarting), too many connections, system errors.
_GONE_CLASSES = ("08", "57P", "53300", "58")
#: The class of a server out of resources: disk full (53100), out of memory (53200), a
#: configured limit reached (53400). Waiting does not help, someone must see to the server;
#: too many connections (53300) passes as a colleague logs out, so it is a server "gone".
_OUT_OF_RESOURCES, _DISK_FULL, _OUT_OF_MEMORY = "53", "53100", "53200"
_TOO_MANY_CONNECTIONS = "53300"
_QUERY_CANCELED = "57014"
_INSUFFICIENT_PRIVILEGE = "42501"


def sentence_for(
    error: BaseException, server: str, phase: str, secret: str | None = None
) -> DatabaseError | None:
    """The typed error with a sentence for psycopg's ``error`` met in ``phase`` ("connect",
    "read", "write" or "commit"), or None when it is not a lost server, a refusal or a
    server out of resources."""
    try:
        import psycopg
    except ImportError:  # another driver: its errors pass as they are
        return None
    if not isinstance(error, psycopg.Error):
        return None
    sqlstate = error.sqlstate or ""
    reason = _reason(error, secret)
    if sqlstate == _INSUFFICIENT_PRIVILEGE:
        return forbidden(server, reason, writing=phase != "read")
    if sqlstate == _QUERY_CANCELED:
        return unavailable(server, reason, phase, timed_out=True)
    if sqlstate.startswith(_OUT_OF_RESOURCES) and sqlstate != _TOO_MANY_CONNECTIONS:
        return out_of_resources(server, reason, sqlstate, writing=phase != "read")
    if isinstance(error, psycopg.OperationalError | psycopg.InterfaceError) and (
        not sqlstate or sqlstate.startswith(_GONE_CLASSES)
    ):
        return unavailable(server, reason, phase)
    return None


#: SQLSTATEs of a refused login: a wrong password, or the login not allowed in at all.
_LOGIN_REFUSED = ("28P01", "28000")
#: libpq's words for a password not given (client side: no SQLSTATE).
_NO_PASSWORD = "no password supplied"
#: The server's words for a wrong password, in English and in Russian (a server set up in
#: Russian, lc_messages 'ru_RU.UTF-8', refuses in Russian: PostgreSQL's own catalogue).
_WRONG_PASSWORD = re.compile(
    r"password authentication failed|не прошёл проверку подлинности \(по паролю\)"
)
#: The server's words for a login not let in at all (SQLSTATE 28000, which psycopg does not
#: carry for a connection's error): taken away (NOLOGIN), removed, or refused by pg_hba.conf,
#: in English and in Russian. Looked for only in an error without a SQLSTATE (a statement's
#: "role … does not exist", 42704, is no refused login).
_NOT_LET_IN = re.compile(
    r'is not permitted to log in|role ".*" does not exist|no pg_hba\.conf entry'
    r"|pg_hba\.conf rejects connection"
    r'|для роли ".*" вход запрещён|роль ".*" не существует|в pg_hba\.conf нет записи'
    r"|pg_hba\.conf отвергает подключение"
)


def login_refused(error: BaseException, url: URL, server: str) -> DatabaseLoginRefused | None:
    """The sentence for a server refusing ``url``'s login (no password given, a wrong one,
    or the login not let in), naming the login and the server, never the password; None for
    any other error. Raises nothing."""
    try:
        import psycopg
    except ImportError:
        return None
    if not isinstance(error, psycopg.Error):
        return None
    words = str(error).lower()
    missing = _NO_PASSWORD in words
    if (
        not missing
        and not _WRONG_PASSWORD.search(words)
        and error.sqlstate not in _LOGIN_REFUSED
        and not (error.sqlstate is None and _NOT_LET_IN.search(words))
    ):
        return None
    secret = url.password if isinstance(url.password, str) else None
    reason = _reason(error, secret)
    login = login_name(url)
    if missing:
        text = translate(
            "Database",
            "The database server {server} wants a password for the login {login}, and none "
            "was given ({reason}).",
        )
    elif _WRONG_PASSWORD.search(words) or error.sqlstate == "28P01":
        text = translate(
            "Database",
            "The database server {server} did not accept the password of the login {login} "
            "({reason}).",
        )
    else:
        text = translate(
            "Database", "The database server {server} did not let the login {login} in ({reason})."
        )
    text += " " + translate(
        "Database", "Check the login and password, or ask the team's coordinator."
    )
    return DatabaseLoginRefused(
        text.format(server=server, login=login, reason=reason),
        server=server,
        reason=reason,
        login=login,
        missing=missing,
    )


def _reason(error: BaseException, secret: str | None) -> str:
    """The first line of the driver's message, with the password (should it be there) hidden."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    reason = lines[0] if lines else type(error).__name__
    # libpq's "connection failed: connection to server at …, port … failed: Connection
    # refused": the server is named already; its last words say what happened.
    reason = reason.rsplit("failed: ", 1)[-1]
    reason = reason.removeprefix("FATAL:").removeprefix("ВАЖНО:").strip()  # or in Russian
    if secret:
        reason = reason.replace(secret, "…")
    return reason


def unavailable(
    server: str, reason: str, phase: str, *, timed_out: bool = False, connecting: bool = False
) -> DatabaseUnavailable:
    """The sentence for a server that cannot be reached (or did not answer) in ``phase``
    ("connect", "read", "write" or "commit"); ``connecting``: a write's or read's connection
    could not be made."""
    if timed_out:
        text = translate(
            "Database",
            "The database server {server} took too long to answer, and the request was "
            "stopped ({reason}).",
        )
    elif phase == "connect" or connecting:
        text = translate(
            "Database", "Caseworker cannot connect to the database server {server} ({reason})."
        )
    else:
        text = translate(
            "Database", "The connection to the database server {server} was lost ({reason})."
        )
    if phase == "commit":
        text += " " + translate(
            "Database",
            "It was lost while the change was being saved, so it cannot be told whether it was "
            "saved: look before doing it again.",
        )
    elif phase == "write":
        text += " " + translate("Database", "Nothing was saved; try again when it answers.")
    else:
        text += " " + translate("Database", "Check the network, then try again.")
    return DatabaseUnavailable(
        text.format(server=server, reason=reason),
        server=server,
        reason=reason,
        phase=phase,
        timed_out=timed_out,
    )


def out_of_resources(server: str, reason: str, sqlstate: str, *, writing: bool) -> DatabaseError:
    """The sentence for a server out of disk space (``sqlstate`` 53100), memory (53200) or
    another of its limits: not :class:`DatabaseUnavailable`, since trying again does not
    help until someone sees to the server."""
    if sqlstate == _DISK_FULL:
        text = translate(
            "Database", "The database server {server} is out of disk space ({reason})."
        )
    elif sqlstate == _OUT_OF_MEMORY:
        text = translate("Database", "The database server {server} is out of memory ({reason}).")
    else:
        text = translate(
            "Database", "The database server {server} has reached one of its limits ({reason})."
        )
    if writing:
        text += " " + translate("Database", "Nothing was saved.")
    text += " " + translate("Database", "Please tell whoever looks after the server.")
    return DatabaseError(text.format(server=server, reason=reason))


def forbidden(server: str, reason: str, *, writing: bool) -> DatabaseForbidden:
    """The sentence for a statement the login's role may not run."""
    if writing:
        text = translate(
            "Database",
            "Your role on the database server {server} may not make this change ({reason}); "
            "nothing was saved. Ask the team's coordinator if you need it.",
        )
    else:
        text = translate(
            "Database",
            "Your role on the database server {server} may not read this ({reason}). Ask the "
            "team's coordinator if you need it.",
        )
    return DatabaseForbidden(text.format(server=server, reason=reason), server=server)


def for_write(error: DatabaseUnavailable) -> DatabaseUnavailable:
    """``error`` met while a write was connecting, said as a write's (nothing was saved).
    A refused login stays what it is: its sentence names the login, and trying again would
    not help (the owner changed the password or took the login away meanwhile, say)."""
    if isinstance(error, DatabaseLoginRefused) or error.phase != "connect" or error.server is None:
        return error
    return unavailable(error.server, error.reason or "", "write", connecting=True)
