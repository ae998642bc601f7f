"""Make a large export's rows in a separate process, so that reading the database, checking
the contradictions and the checksums run beside openpyxl on a second processor core.

The parent starts a Python running :func:`main` of this module, sends it the database URL
(and an encrypted file's key: through the pipe, never on the command line), the
:class:`~caseworker.xlsx.export.source.ExportJob` and the installed translations on its
standard input, and reads batches of rows back from its standard output (pickled: both ends
are this program). The child reads everything in one transaction, as the parent would; it
stops when the parent closes the pipe (a cancel) and is killed when the parent gives up.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from caseworker import i18n
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate
from caseworker.xlsx.export.source import ExportJob, SheetRow

BATCH_ROWS = 1000
# Run as code, not with -m: the package imports this module, which -m would then run twice.
_CHILD = "from caseworker.xlsx.export.process import main; raise SystemExit(main())"
PIPE_BYTES = 1 << 20
_PROJECT_ROOT = Path(__file__).resolve().parents[3]


class ExportFailed(CaseworkerError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            translate(
                "Xlsx",
                "The export stopped because the cases could not be read ({detail}). "
                "No file was written.",
            ).format(detail=detail)
        )


class RowsFromProcess:
    """The rows of an export, made by a child process; use it in a ``with`` block."""

    def __init__(self, url: str, job: ExportJob, *, key: bytes | None = None) -> None:
        """``key``: the raw SQLCipher key of an encrypted database file, else None."""
        self._url, self._job, self._key = url, job, key
        self._errors: IO[bytes] | None = None
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> RowsFromProcess:
        environment = dict(os.environ)
        paths = [str(_PROJECT_ROOT), environment.get("PYTHONPATH", "")]
        environment["PYTHONPATH"] = os.pathsep.join(path for path in paths if path)
        try:
            self._errors = tempfile.TemporaryFile()
            # -P: no module is taken from the folder the program was started in.
            self._process = subprocess.Popen(
                [sys.executable, "-P", "-c", _CHILD],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._errors,
                env=environment,
            )
            assert self._process.stdin is not None
            with self._process.stdin as stdin:
                pickle.dump((self._url, self._key, self._job, i18n.catalogue()), stdin)
        except OSError as error:  # no interpreter to start, or the child died at once
            detail = self._error_text(error.strerror or str(error))
            self.__exit__(type(error), error, None)
            raise ExportFailed(detail) from error
        except BaseException as error:
            self.__exit__(type(error), error, None)
            raise
        return self

    def __iter__(self) -> Iterator[SheetRow]:
        assert self._process is not None and self._process.stdout is not None
        stdout = self._process.stdout
        while True:
            try:
                # A fresh unpickler for each batch: each was pickled with a fresh memo.
                kind, payload = pickle.load(stdout)
            except Exception as error:  # cut short, or not our rows
                raise ExportFailed(self._error_text(str(error) or type(error).__name__)) from error
            if kind == "rows":
                yield from payload
            elif kind == "done":
                return
            else:
                raise ExportFailed(str(payload))

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        process = self._process
        if process is not None:
            if process.poll() is None and kind is not None:
                process.kill()
            if process.stdout is not None:
                process.stdout.close()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._errors is not None:
            self._errors.close()

    def _error_text(self, fallback: str) -> str:
        """The last line the child wrote to its error output, else ``fallback``."""
        if self._process is not None:
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
        if self._errors is None:
            return fallback
        try:
            self._errors.seek(0)
            lines = self._errors.read().decode("utf-8", "replace").strip().splitlines()
        except (OSError, ValueError):
            return fallback
        return lines[-1] if lines else fallback


def _produce(url: str, key: bytes | None, job: ExportJob, send: Callable[[str, Any], None]) -> None:
    from caseworker.db import Database, make_engine
    from caseworker.xlsx.export.source import sheet_rows

    database = Database(make_engine(url, key=key))
    try:
        with database.read() as session:
            batch: list[SheetRow] = []
            for row in sheet_rows(session, job):
                batch.append(row)
                if len(batch) == BATCH_ROWS:
                    send("rows", batch)
                    batch = []
            send("rows", batch)
        send("done", None)
    finally:
        database.dispose()


def _widen_pipe(descriptor: int) -> None:
    """Let the pipe hold a whole batch, so the child need not wait for each read (Linux)."""
    try:
        import fcntl

        fcntl.fcntl(descriptor, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass  # another system, or a smaller limit: the default size works, a little slower


def main() -> int:
    """The child: read the job from standard input, write the rows to standard output."""
    # Anything printed by mistake goes to the error output, not into the rows.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    _widen_pipe(out.fileno())
    url, key, job, table = pickle.load(sys.stdin.buffer)
    i18n.install_catalogue(table)

    def send(kind: str, payload: Any) -> None:
        pickle.dump((kind, payload), out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    try:
        _produce(url, key, job, send)
    except BrokenPipeError:  # the parent stopped reading: cancelled
        return 1
    except Exception as error:
        # A database error's own words, without SQLAlchemy's statement and links.
        send("failed", str(getattr(error, "orig", None) or error))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
