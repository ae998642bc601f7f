"""Shared fixtures: a fresh database file, a case with a person and reports.

The suite runs twice in CI (``make test``, then ``make test-encrypted``): with
``$CASEWORKER_TESTS_ENCRYPTED`` set, the ``database`` fixture's file is protected as a
caseworker's is (the suite's keys file beside it, SQLCipher, the evidence vault sealed). A test
that opens the file again uses :func:`reopen` or :func:`connect_file`, never a bare
``open_database`` or ``sqlite3.connect``; the command line (tests/cli_runner.py) is given the
suite's passphrase file. A test only about plain files overrides ``database_key`` with None.

With ``$CASEWORKER_TESTS_BACKEND=postgresql`` (``make test-postgres``) the ``database`` fixture
is instead a fresh PostgreSQL database copied from the migrated template
(tests/postgres_fixtures.py), its evidence vault in a folder of the test
(``$CASEWORKER_EVIDENCE_DIR``). ``db_path`` still names a path, which :func:`address` (and so
:func:`reopen` and the command line's ``--db``, tests/cli_runner.py) turns into that database's
address. Tests about SQLite files only carry ``@pytest.mark.sqlite_only(reason=...)`` and are
deselected in such a run; the summary counts them by reason.
"""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CASEWORKER_USER"] = "tester"
# A tester's own backup folder or passphrase file must never reach the tests: a window test
# would back its throwaway database up into the real folder.
os.environ.pop("CASEWORKER_BACKUP_DIR", None)
os.environ.pop("CASEWORKER_PASSPHRASE_FILE", None)
# The user's own preferences (a caseworker name, a language) must not reach the tests.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="caseworker-tests-config-")

from caseworker.db import Database, cipher, open_database
from caseworker.models import Report, SoughtPerson
from caseworker.security import create_keys, kdf, keys_path
from caseworker.security.keys import DerivedKeys, Unlocked
from caseworker.security.throttle import THROTTLE
from caseworker.services import cases, persons, relatives, reports

ACTOR = "tester"

#: The PostgreSQL server's fixtures (``postgres_server``, ``postgres_url``...), for any test.
pytest_plugins = ["tests.postgres_fixtures"]


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The window's cache (thumbnails, opened copies) in a folder of the test run, never the
    user's own: protecting a test database clears the cached thumbnails. A test may point
    ``$CASEWORKER_CACHE_DIR`` elsewhere with monkeypatch."""
    from caseworker.cache_folder import ENV_CACHE

    folder = tmp_path_factory.mktemp("cache")
    previous = os.environ.get(ENV_CACHE)
    os.environ[ENV_CACHE] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop(ENV_CACHE, None)
    else:
        os.environ[ENV_CACHE] = previous


@pytest.fixture(autouse=True)
def fast_keys(request: pytest.FixtureRequest) -> Iterator[list[float]]:
    """Every test that makes or unlocks keys stretches with cheap Argon2id (unless it asks for
    the fixture ``calibrated``, tests/security/conftest.py) and has a throttle that records its
    delays instead of sleeping; yields the recorded delays."""
    waited: list[float] = []
    THROTTLE.reset()
    previous = THROTTLE.sleep
    THROTTLE.sleep = waited.append
    try:
        if "calibrated" in request.fixturenames:
            yield waited
        else:
            with kdf.use_parameters(kdf.TEST_PARAMETERS):
                yield waited
    finally:
        THROTTLE.sleep = previous
        THROTTLE.reset()


#: Set to ``postgresql`` to run the tests that use ``database``/``db_path`` on PostgreSQL.
BACKEND_VARIABLE = "CASEWORKER_TESTS_BACKEND"
#: The variable naming the evidence vault's folder of a database that is not a SQLite file.
EVIDENCE_VARIABLE = "CASEWORKER_EVIDENCE_DIR"
#: The PostgreSQL database standing for each ``db_path`` of the running tests (a PostgreSQL run).
_ADDRESSES: dict[Path, str] = {}


def postgres_run() -> bool:
    """Whether the tests run on PostgreSQL (``$CASEWORKER_TESTS_BACKEND=postgresql``)."""
    return os.environ.get(BACKEND_VARIABLE, "").strip().lower() == "postgresql"


def address(db_path: Path | str) -> str:
    """What ``--db`` names for the test database ``db_path``: the address of the PostgreSQL
    database standing for it in a PostgreSQL run, else the path itself."""
    return _ADDRESSES.get(Path(db_path), str(db_path))


def pytest_configure() -> None:
    backend = os.environ.get(BACKEND_VARIABLE, "").strip().lower()
    if backend not in ("", "sqlite", "postgresql"):
        raise pytest.UsageError(f"${BACKEND_VARIABLE} is sqlite or postgresql, not {backend!r}")
    if backend == "postgresql" and os.environ.get(ENCRYPTED_VARIABLE):
        raise pytest.UsageError(
            f"${ENCRYPTED_VARIABLE} encrypts SQLite files: it cannot go with a PostgreSQL run"
        )


#: How many tests were deselected as about SQLite files only, by reason.
_SQLITE_ONLY = pytest.StashKey[dict[str, int]]()


def _sqlite_only_reason(item: pytest.Item) -> str | None:
    marker = item.get_closest_marker("sqlite_only")
    if marker is None:
        return None
    reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
    if not reason:
        raise pytest.UsageError(f"{item.nodeid}: sqlite_only needs a reason=")
    return str(reason)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a PostgreSQL run, deselect the tests marked ``sqlite_only`` (counted by reason in
    the summary); in any run, refuse such a mark without its reason."""
    kept: list[pytest.Item] = []
    deselected: list[pytest.Item] = []
    reasons: dict[str, int] = {}
    for item in items:
        reason = _sqlite_only_reason(item)
        if reason is not None and postgres_run():
            deselected.append(item)
            reasons[reason] = reasons.get(reason, 0) + 1
        else:
            kept.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept
    config.stash[_SQLITE_ONLY] = reasons


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    if postgres_run():
        terminalreporter.section("tests run on PostgreSQL")
        reasons = config.stash.get(_SQLITE_ONLY, {})
        total = sum(reasons.values())
        terminalreporter.write_line(f"{total} tests about SQLite files only were deselected:")
        for reason, count in sorted(reasons.items(), key=lambda pair: -pair[1]):
            terminalreporter.write_line(f"  {count:4d}  {reason}")


@pytest.fixture(autouse=True, scope="session")
def postgres_run_server(request: pytest.FixtureRequest) -> None:
    """In a PostgreSQL run, the server started and its template made before any test's own
    fixtures: a test that points ``$TMPDIR`` or ``$HOME`` into its folder must not decide
    where the session's server lives."""
    if postgres_run():
        request.getfixturevalue("postgres_template")


@pytest.fixture
def db_path(
    tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """The test database's file; in a PostgreSQL run, the path standing for a fresh database
    on the server (:func:`address`), its evidence vault in a folder of the test."""
    path = tmp_path / "caseworker.sqlite"
    if not postgres_run():
        yield path
        return
    _ADDRESSES[path] = request.getfixturevalue("new_postgres_database")()  # not postgres_url's
    evidence = tmp_path / "evidence"  # a team's shared folder, there (mounted) already
    evidence.mkdir(exist_ok=True)
    monkeypatch.setenv(EVIDENCE_VARIABLE, str(evidence))
    try:
        yield path
    finally:
        _ADDRESSES.pop(path, None)


#: Set to run the tests that use the ``database`` fixture on an encrypted file (SQLCipher).
ENCRYPTED_VARIABLE = "CASEWORKER_TESTS_ENCRYPTED"
#: The variable naming the passphrase file for the command line (caseworker/cli/unlock.py).
PASSPHRASE_VARIABLE = "CASEWORKER_PASSPHRASE_FILE"
#: The passphrase of the suite's keys file (``$CASEWORKER_TESTS_ENCRYPTED``): fictional.
SUITE_PASSPHRASE = "Ёжик в тумане 2026"


@functools.cache
def _suite_keys_file() -> tuple[Path, Unlocked]:
    """A keys file made once per run (with the tests' cheap Argon2id) and the keys it unlocks
    to: every encrypted test database gets a copy beside it, so all share one master key and a
    test (or a CLI run, in or out of this process) can reopen any of them."""
    folder = Path(tempfile.mkdtemp(prefix="caseworker-tests-keys-"))
    template = folder / "suite.sqlite"
    with kdf.use_parameters(kdf.TEST_PARAMETERS):
        unlocked, _code = create_keys(template, SUITE_PASSPHRASE)
    passphrase_file = folder / "passphrase.txt"
    passphrase_file.write_text(SUITE_PASSPHRASE + "\n", encoding="utf-8")
    return keys_path(template), unlocked


def encrypted_run() -> bool:
    """Whether the tests run on encrypted databases (``$CASEWORKER_TESTS_ENCRYPTED``)."""
    return bool(os.environ.get(ENCRYPTED_VARIABLE))


def suite_passphrase_file() -> Path:
    """The file holding :data:`SUITE_PASSPHRASE` on its first line."""
    return _suite_keys_file()[0].with_name("passphrase.txt")


def is_suite_protected(db_path: Path) -> bool:
    """Whether the database file ``db_path`` has the suite's keys file beside it (so the
    suite's passphrase opens it)."""
    if not encrypted_run():
        return False
    beside = keys_path(db_path)
    return beside.is_file() and beside.read_bytes() == _suite_keys_file()[0].read_bytes()


@pytest.fixture
def database_key() -> bytes | None:
    """The raw key the ``database`` fixture encrypts its file with; None (plain) by default,
    the suite's database key when ``$CASEWORKER_TESTS_ENCRYPTED`` is set. A test (or a
    conftest) overriding it, or parametrising it, runs on an encrypted file."""
    return suite_key()


def suite_key() -> bytes | None:
    """The suite's raw database key when the tests run encrypted, else None."""
    return _suite_keys_file()[1].keys.database if encrypted_run() else None


def suite_keys(database_key: bytes) -> DerivedKeys:
    """The keys of an encrypted test database: the suite's keys (its keys file's) for the
    suite's key; for another raw key, that key for the file and fixed test keys for its
    sealed evidence vault."""
    unlocked = _suite_keys_file()[1]
    if database_key == unlocked.keys.database:
        return unlocked.keys
    return DerivedKeys(database_key, bytes(range(32, 64)), bytes(range(64, 96)))


def protect_like_suite(db_path: Path) -> DerivedKeys:
    """Put a copy of the suite's keys file beside ``db_path`` (a database made or to be made
    with the suite's key); its keys."""
    template, unlocked = _suite_keys_file()
    beside = keys_path(db_path)
    if not beside.exists():
        shutil.copyfile(template, beside)
    return unlocked.keys


def reopen(db_path: Path | str) -> Database:
    """The test database at ``db_path`` opened again as the tests made it: with the suite's
    keys when the tests run encrypted, plain otherwise (raises what open_database raises)."""
    keys = suite_keys(key) if (key := suite_key()) is not None else None
    return open_database(address(db_path), keys=keys)


@pytest.fixture
def database(
    db_path: Path, database_key: bytes | None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    """The test's database; encrypted, with its vault sealed, when ``database_key`` is set.

    With the suite's key (``$CASEWORKER_TESTS_ENCRYPTED``) the suite's keys file is put beside
    it and ``$CASEWORKER_PASSPHRASE_FILE`` names the suite's passphrase, so the command line
    and the window open it as a caseworker's protected database."""
    keys = suite_keys(database_key) if database_key is not None else None
    if database_key is not None and database_key == suite_key():
        protect_like_suite(db_path)
        monkeypatch.setenv(PASSPHRASE_VARIABLE, str(suite_passphrase_file()))
    db = open_database(address(db_path), keys=keys)
    yield db
    db.dispose()


def add_person(session: Session, case_id: int, name: str, **values: Any) -> SoughtPerson:
    """A sought person added by ``ACTOR``; ``name`` is "Surname Given-name [Patronymic]"."""
    surname, given_name, *patronymic = name.split()
    if patronymic:
        values["patronymic"] = " ".join(patronymic)
    return persons.add_person(
        session, ACTOR, case_id, surname=surname, given_name=given_name, **values
    )


def add_report(
    session: Session, person_id: int, claim: str, event: str, grade: str = "", **values: Any
) -> Report:
    """A report added by ``ACTOR``; ``grade`` as analysts write it ("B2": reliability B,
    credibility 2), or left out."""
    if grade:
        values.update(reliability=grade[0], credibility=grade[1])
    return reports.add_report(session, ACTOR, person_id, claim=claim, event=event, **values)


@dataclass(frozen=True)
class SampleCase:
    case_id: int
    reference: str
    person_id: int
    relative_id: int
    killed_report_id: int
    alive_report_id: int


@pytest.fixture
def sample_case(database: Database) -> SampleCase:
    """A wife told her husband was killed, then that he is alive in hospital (fictional)."""
    with database.write() as session:
        case = cases.create_case(
            session, ACTOR, family_name="Шумовы", region="Курская область", opened_on="2026-05-10"
        )
        person = add_person(
            session, case.id, "Шумов Алексей Петрович", service_number="АВ-123 456",
            unit="в/ч 00000", official_status="missing", official_status_on="2026-04-20",
        )  # fmt: skip
        relative = relatives.add_relative(
            session, ACTOR, case.id, surname="Шумова", given_name="Ольга", patronymic="Ёжиковна",
            relation="wife", phone="8 (916) 000-12-34",
        )  # fmt: skip
        killed = add_report(
            session, person.id, "killed", "2026-04-02", "B2", source_kind="unit",
            source_name="командир роты", received_on="2026-04-05",
        )  # fmt: skip
        alive = add_report(
            session, person.id, "wounded", "2026-04-05", "C3", source_kind="opposing_side",
            source_name="военнослужащий другой стороны", received_on="2026-04-08",
            summary="Сказал, что выжил и находится в госпитале",
        )  # fmt: skip
        return SampleCase(case.id, case.reference, person.id, relative.id, killed.id, alive.id)


def sql(db_path: Path | str, statement: str, **parameters: Any) -> list[Any]:
    """Run one SQL statement (named ``:parameters``) on the test database behind the
    program's back, as another tool would, whichever the backend (a SQLite file with the
    suite's key when it has the suite's keys file beside it); the rows it returned (raises
    what sqlite3 or SQLAlchemy raises)."""
    from sqlalchemy import create_engine, text

    if not postgres_run():
        key = suite_key() if is_suite_protected(Path(db_path)) else None
        connection = cipher.connect(db_path, key)
        try:
            rows = connection.execute(statement, parameters).fetchall()
            connection.commit()
            return rows
        finally:
            connection.close()
    engine = create_engine(address(db_path))
    try:
        with engine.begin() as bound:
            result = bound.execute(text(statement), parameters)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def contents_digest(db_path: Path) -> str:
    """A digest of everything in the test database, to show that nothing changed: its file's
    bytes (SQLite), or every table's rows in order (PostgreSQL)."""
    import hashlib

    if not postgres_run():
        return hashlib.sha256(db_path.read_bytes()).hexdigest()
    found = hashlib.sha256()
    tables = sql(
        db_path,
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'public' ORDER BY table_name",
    )
    for (table,) in tables:
        found.update(repr((table, sql(db_path, f'SELECT * FROM "{table}" ORDER BY 1'))).encode())
    return found.hexdigest()


def connect_file(db_path: Path | str, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A DB-API connection to a test database file, as another program would open it: with
    the suite's key when the tests run encrypted (sqlcipher3), else the standard sqlite3."""
    return cipher.connect(db_path, suite_key(), check_same_thread=check_same_thread)


def corrupt(db_path: Path, *statements: str) -> None:
    """Change a database file behind the program's back, as damage or another tool would
    (with the suite's key when the tests run encrypted); in a PostgreSQL run, the server's
    database standing for it."""
    if postgres_run():
        for statement in statements:
            sql(db_path, statement)
        return
    connection = connect_file(db_path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
