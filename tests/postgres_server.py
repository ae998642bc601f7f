"""A throwaway PostgreSQL server for the tests, made from the system's binaries.

:func:`find_binaries` looks for ``initdb`` and ``pg_ctl`` (Debian's and Ubuntu's
``/usr/lib/postgresql/<version>/bin``, else ``$PATH``). :class:`PostgresServer` makes a
cluster in a new temporary folder (UTF-8, the C.UTF-8 locale, trust authentication for its
superuser ``postgres``), starts it listening only on a Unix socket in that folder (no TCP),
and :meth:`PostgresServer.stop` stops it and removes the folder. PostgreSQL refuses to run as
root: when the tests run as root, every server command runs as the system user ``postgres``
(``runuser``), which owns the folder.

A watchdog process waits on a pipe from this one: should the tests' process die without
stopping the server (killed, or a crash), the pipe closes and the watchdog stops the server
and removes the folder, so nothing is left behind.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The cluster's superuser (trust authentication, on its private socket only).
SUPERUSER = "postgres"
#: The port only names the socket file (``.s.PGSQL.<port>``): nothing listens on TCP.
PORT = 5432
#: The system user the server runs as when the tests run as root.
SYSTEM_USER = "postgres"
#: Speed over durability: the cluster lives for one test session.
_SERVER_OPTIONS = (
    "listen_addresses=''",
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "max_connections=60",
)


#: The watchdog: waits until the pipe from the tests' process closes, then stops the server
#: (``argv``: the command running pg_ctl, then the folder and the data folder) and removes it.
_WATCHDOG = """
import os, shutil, subprocess, sys
sys.stdin.buffer.read()
*pg_ctl, folder, data = sys.argv[1:]
if os.path.exists(os.path.join(data, "postmaster.pid")):
    subprocess.run([*pg_ctl, "stop", "-D", data, "-m", "immediate"], cwd=folder,
                   capture_output=True, timeout=60, check=False)
shutil.rmtree(folder, ignore_errors=True)
"""


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server can be started here (its binaries or its system user missing)."""


@dataclass(frozen=True)
class Binaries:
    """The folder holding a PostgreSQL installation's ``initdb`` and ``pg_ctl``."""

    folder: Path

    @property
    def initdb(self) -> Path:
        return self.folder / "initdb"

    @property
    def pg_ctl(self) -> Path:
        return self.folder / "pg_ctl"


def _version_key(folder: str) -> tuple[int, ...]:
    version = Path(folder).parent.name  # /usr/lib/postgresql/<version>/bin
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def find_binaries() -> Binaries | None:
    """The newest installed PostgreSQL's binaries, or None when there is no server package."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    on_path = shutil.which("initdb")
    if on_path is not None:
        candidates.append(str(Path(on_path).resolve().parent))
    for folder in candidates:
        binaries = Binaries(Path(folder))
        if os.access(binaries.initdb, os.X_OK) and os.access(binaries.pg_ctl, os.X_OK):
            return binaries
    return None


def _run_as() -> tuple[list[str], pwd.struct_passwd | None]:
    """The command prefix running a server command, and the system user it runs as (None:
    this process's own user). Raises ServerUnavailable when root has no ``postgres`` user."""
    if os.geteuid() != 0:
        return [], None
    try:
        user = pwd.getpwnam(SYSTEM_USER)
    except KeyError as error:
        raise ServerUnavailable(
            f"the tests run as root and there is no system user {SYSTEM_USER!r} to run "
            "PostgreSQL as (install the postgresql package)"
        ) from error
    runuser = shutil.which("runuser")
    if runuser is None:
        raise ServerUnavailable("the tests run as root and runuser (util-linux) is missing")
    return [runuser, "-u", SYSTEM_USER, "--"], user


class PostgresServer:
    """One PostgreSQL cluster in a temporary folder; :meth:`start` it, then :meth:`stop` it."""

    def __init__(self, binaries: Binaries) -> None:
        self.binaries = binaries
        self.prefix, self.user = _run_as()
        self.folder = Path(tempfile.mkdtemp(prefix="caseworker-pg-"))
        self.data = self.folder / "data"
        self.socket_folder = self.folder  # short: a socket's path has at most 107 bytes
        self.log = self.folder / "server.log"
        self.running = False
        if self.user is not None:
            os.chown(self.folder, self.user.pw_uid, self.user.pw_gid)
        pg_ctl = [*self.prefix, str(binaries.pg_ctl)]
        self._watchdog = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, *pg_ctl, str(self.folder), str(self.data)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C to the tests does not end it before its work
        )

    def _run(self, *command: str | Path) -> None:
        """Run a server command (as the server's user); raises RuntimeError with its output."""
        result = subprocess.run(
            [*self.prefix, *map(str, command)],
            cwd=self.folder,  # the server's user may not enter the tests' folder
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(
                f"{Path(command[0]).name} failed ({result.returncode}):\n"
                f"{result.stdout}{result.stderr}{log}"
            )

    def start(self) -> None:
        """Make the cluster and start the server, waiting until it accepts connections;
        raises RuntimeError with initdb's, pg_ctl's and the server's output."""
        self._run(
            self.binaries.initdb,
            "--pgdata", self.data,
            "--username", SUPERUSER,
            "--auth", "trust",
            "--encoding", "UTF8",
            "--locale", "C.UTF-8",
            "--no-sync",
        )  # fmt: skip
        self.resume()

    def resume(self) -> None:
        """Start the server's existing cluster again (after :meth:`halt`), waiting until it
        accepts connections; raises RuntimeError with pg_ctl's and the server's output."""
        options = " ".join(f"-c {option}" for option in _SERVER_OPTIONS)
        self._run(
            self.binaries.pg_ctl,
            "start",
            "--pgdata", self.data,
            "--log", self.log,
            "--wait",
            "--timeout", "60",
            "-o", f"{options} -c unix_socket_directories='{self.socket_folder}' -p {PORT}",
        )  # fmt: skip
        self.running = True

    def halt(self) -> None:
        """Stop the server as an administrator would (fast: open connections are cut, their
        transactions rolled back), keeping its cluster for :meth:`resume`; raises
        RuntimeError with pg_ctl's output."""
        self._run(self.binaries.pg_ctl, "stop", "--pgdata", self.data, "-m", "fast", "--wait")
        self.running = False

    def stop(self) -> None:
        """Stop the server (fast shutdown: open connections are cut) and remove its folder,
        whatever happened before; raises nothing."""
        try:
            if self.running or (self.data / "postmaster.pid").exists():
                try:
                    self._run(self.binaries.pg_ctl, "stop", "--pgdata", self.data, "-m", "fast")
                except (RuntimeError, subprocess.TimeoutExpired):
                    self._run_quietly(self.binaries.pg_ctl, "stop", "-D", self.data, "-m", "i")
                self.running = False
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            if self._watchdog.stdin is not None and not self._watchdog.stdin.closed:
                self._watchdog.stdin.close()  # its work done: it finds nothing left
                try:
                    self._watchdog.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    self._watchdog.kill()
                    self._watchdog.wait()

    def _run_quietly(self, *command: str | Path) -> None:
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run(*command)

    def connect_arguments(self, database: str = "postgres") -> dict[str, Any]:
        """Keyword arguments for ``psycopg.connect`` reaching ``database`` as the superuser."""
        return {
            "host": str(self.socket_folder),
            "port": PORT,
            "user": SUPERUSER,
            "dbname": database,
        }

    def url(self, database: str) -> str:
        """The SQLAlchemy address (psycopg 3) of ``database`` on this server."""
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_folder}&port={PORT}"

    def execute(self, statement: str, database: str = "postgres") -> list[tuple[Any, ...]]:
        """Run one statement outside a transaction (CREATE DATABASE needs that) as the
        superuser; the rows it returned. Raises psycopg's errors."""
        import psycopg

        with psycopg.connect(**self.connect_arguments(database), autocommit=True) as connection:
            cursor = connection.execute(statement.encode())
            return list(cursor.fetchall()) if cursor.description is not None else []

    def create_database(self, name: str, template: str = "template0") -> None:
        """A new database ``name`` copied from ``template`` (which no one may be connected
        to meanwhile); raises psycopg's errors."""
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')

    def drop_database(self, name: str) -> None:
        """Drop ``name``, cutting any connection still open to it; raises psycopg's errors."""
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
