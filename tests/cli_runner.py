"""Run the command line in this process, as ``python -m caseworker`` would run it.

``caseworker.cli.main`` is called with the arguments, the environment a user's shell would
give (English, no ``$CASEWORKER_DB``, no saved Settings unless a test gives some) and stdout
and stderr captured; the result has the exit code and both streams, like a subprocess's.
Starting a new Python for every call made the command-line tests most of the suite's time;
the few tests where the process boundary matters start one (:func:`run_process`).

When the tests run encrypted (``$CASEWORKER_TESTS_ENCRYPTED``), a database with the suite's
keys file beside it is opened with the suite's passphrase file, as a caseworker's protected
database is with ``$CASEWORKER_PASSPHRASE_FILE``; a test naming that variable itself decides.
When they run on PostgreSQL (``$CASEWORKER_TESTS_BACKEND``), the test's ``db_path`` is given as
``--db`` (or ``$CASEWORKER_DB``) by the address of the database standing for it
(:func:`tests.conftest.address`).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from caseworker.cli import main
from tests.conftest import (
    PASSPHRASE_VARIABLE,
    address,
    is_suite_protected,
    suite_passphrase_file,
)

ROOT = Path(__file__).resolve().parents[1]
#: A settings folder that does not exist: the user's own Settings never reach a test.
NO_SETTINGS = str(ROOT / "tests" / "no-settings-here")

#: The environment of a user with an English system and nothing configured.
BASE_ENVIRONMENT: dict[str, str | None] = {
    "CASEWORKER_BACKUP_DIR": None,
    "CASEWORKER_DB": None,
    "CASEWORKER_PASSPHRASE_FILE": None,
    "CASEWORKER_USER": "tester",
    "LANG": "C.UTF-8",
    "LC_ALL": None,
    "LC_MESSAGES": None,
    "LANGUAGE": None,
    "XDG_CONFIG_HOME": NO_SETTINGS,
    "APPDATA": NO_SETTINGS,
}


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def _set_environment(values: Mapping[str, str | None]) -> None:
    """Set each variable, or remove it where its value is None."""
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@contextmanager
def environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    """Set (or, for None, remove) environment variables while inside; restore them after."""
    saved = {name: os.environ.get(name) for name in changes}
    try:
        _set_environment(changes)
        yield
    finally:
        _set_environment(saved)


def _with_passphrase(
    db_path: Path | None, env: Mapping[str, str | None] | None
) -> dict[str, str | None]:
    """``env``, and the suite's passphrase file when the database has the suite's keys file
    beside it (the tests run encrypted) and ``env`` says nothing of a passphrase file;
    ``$CASEWORKER_DB`` naming a test database as the command line is to reach it."""
    changes = dict(env or {})
    named = db_path if db_path is not None else changes.get("CASEWORKER_DB")
    if named is not None and PASSPHRASE_VARIABLE not in changes and is_suite_protected(Path(named)):
        changes[PASSPHRASE_VARIABLE] = str(suite_passphrase_file())
    if changes.get("CASEWORKER_DB"):
        changes["CASEWORKER_DB"] = address(str(changes["CASEWORKER_DB"]))
    return changes


def _argv(db_path: Path | None, args: tuple[str, ...]) -> list[str]:
    return (["--db", address(db_path)] if db_path is not None else []) + list(args)


def run(db_path: Path | None, *args: str, env: Mapping[str, str | None] | None = None) -> Result:
    """``python -m caseworker [--db DB_PATH] ARGS``, in this process."""
    out, err = io.StringIO(), io.StringIO()
    with (
        environment({**BASE_ENVIRONMENT, **_with_passphrase(db_path, env)}),
        redirect_stdout(out),
        redirect_stderr(err),
    ):
        code = main(_argv(db_path, args))
    return Result(code, out.getvalue(), err.getvalue())


def process_environment(env: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """This process's environment changed as :data:`BASE_ENVIRONMENT` and ``env`` say."""
    result = dict(os.environ)
    for name, value in {**BASE_ENVIRONMENT, **(env or {})}.items():
        if value is None:
            result.pop(name, None)
        else:
            result[name] = value
    return result


def run_process(
    db_path: Path | None, *args: str, env: Mapping[str, str | None] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m caseworker [--db DB_PATH] ARGS`` in a new process, for what only a process
    shows: the exit code of the real entry point, the environment read at start, signals."""
    return subprocess.run(
        [sys.executable, "-m", "caseworker", *_argv(db_path, args)],
        capture_output=True,
        text=True,
        env=process_environment(_with_passphrase(db_path, env)),
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def ok(db_path: Path, *args: str) -> str:
    result = run(db_path, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def refused(result: Result | subprocess.CompletedProcess[str]) -> str:
    """The one-sentence error of an exit-1 refusal (never a traceback)."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message and "\n" not in message
    return message
