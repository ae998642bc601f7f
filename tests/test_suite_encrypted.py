"""The suite's two passes (``make test`` and ``make test-encrypted``): the ``database`` fixture
is a plain file in the first, in the second a protected one (the suite's keys file beside it,
its vault sealed), which the command line and :func:`tests.conftest.reopen` open too."""

from __future__ import annotations

from pathlib import Path

from caseworker.db import Database
from caseworker.db.damage import SQLITE_HEADER
from caseworker.security import keys_path
from caseworker.services import cases
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.sealed_store import SealedVault
from tests.cli_runner import run
from tests.conftest import ACTOR, encrypted_run, is_suite_protected, reopen


def test_the_database_fixture_is_protected_only_in_the_encrypted_pass(
    database: Database, db_path: Path
) -> None:
    with database.write() as session:
        cases.create_case(session, ACTOR, family_name="Щукины")
    protected = encrypted_run()
    assert database.encrypted is protected
    assert keys_path(db_path).is_file() is protected and is_suite_protected(db_path) is protected
    assert db_path.read_bytes().startswith(SQLITE_HEADER) is not protected
    assert isinstance(vault_of_engine(database.engine), SealedVault) is protected


def test_the_command_line_and_a_second_window_open_it_in_both_passes(
    database: Database, db_path: Path
) -> None:
    with database.write() as session:
        reference = cases.create_case(session, ACTOR, family_name="Щукины").reference
    listed = run(db_path, "search", "Щукины")
    assert listed.returncode == 0 and reference in listed.stdout, listed.stderr
    assert listed.stderr == ""  # no note of a passphrase file given to a plain database
    other = reopen(db_path)
    try:
        assert other.encrypted is database.encrypted
        with other.read() as session:
            assert cases.get_case_by_reference(session, reference).family_name == "Щукины"
    finally:
        other.dispose()
