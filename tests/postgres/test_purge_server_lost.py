"""A purge whose server goes away between its commit and the deletion of its files.

The purge is saved (its items are gone), but its files can no longer be checked against
a colleague's addition of the same content (which needs the server), so they stay in the
evidence folder, and the sentence says both: deleted, files kept, and how to find them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from caseworker.db import Database, open_database
from caseworker.models import Evidence
from caseworker.services import cases, evidence
from caseworker.services.evidence_purge import purge_case_evidence
from caseworker.vault import PurgedFilesKept
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.store import ENV_VARIABLE
from tests.postgres_server import PostgresServer

ACTOR = "tester"


@pytest.fixture
def opened(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    monkeypatch.setenv(ENV_VARIABLE, str(tmp_path / "evidence"))
    (tmp_path / "evidence").mkdir()
    database = open_database(postgres_url)
    yield database
    database.dispose()


def test_a_server_lost_after_a_purge_commits_keeps_its_files_and_says_it_is_saved(
    opened: Database, postgres_server: PostgresServer, tmp_path: Path
) -> None:
    source = tmp_path / "ответ архива.pdf"
    source.write_bytes(b"%PDF-1.7\n" + "Ответ архива\n".encode() * 40)
    vault = vault_of_engine(opened.engine)
    with opened.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Ёлкины")
        reference, case_id = case.reference, case.id
        added = evidence.add_evidence(session, vault, ACTOR, case_id, source)
        sha256 = added.item.sha256
    name = opened.engine.url.database

    def refuse_connections(_session: object) -> None:
        postgres_server.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
        postgres_server.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )

    try:
        with pytest.raises(PurgedFilesKept) as raised, opened.write() as session:
            event.listen(session, "after_commit", refuse_connections)
            purge_case_evidence(session, vault, ACTOR, case_id, reference)
    finally:
        postgres_server.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
    assert "were deleted" in raised.value.message
    assert "check" in raised.value.message
    assert vault.contains(sha256)  # kept: nobody could look whether it is used again
    with opened.read() as session:  # the purge itself was saved
        assert session.scalar(select(func.count()).select_from(Evidence)) == 0


def test_a_write_lock_held_after_a_purge_commits_keeps_its_files_and_says_it_is_saved(
    opened: Database, tmp_path: Path
) -> None:
    source = tmp_path / "ответ архива.pdf"
    source.write_bytes(b"%PDF-1.7\n" + "Ответ архива\n".encode() * 40)
    vault = vault_of_engine(opened.engine)
    with opened.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Ёлкины")
        reference, case_id = case.reference, case.id
        sha256 = evidence.add_evidence(session, vault, ACTOR, case_id, source).item.sha256
    colleague = open_database(str(opened.engine.url.render_as_string(hide_password=False)))
    opened.write_wait.patience = 0.5  # a colleague's long import, in short
    held: list[object] = []

    def colleague_takes_the_lock(_session: object) -> None:
        writing = colleague.write()
        held.append(writing)
        writing.__enter__().execute(text("SELECT 1"))  # its write holds the lock

    try:
        with pytest.raises(PurgedFilesKept) as raised, opened.write() as session:
            event.listen(session, "after_commit", colleague_takes_the_lock)
            purge_case_evidence(session, vault, ACTOR, case_id, reference)
    finally:
        for writing in held:
            writing.__exit__(None, None, None)  # type: ignore[attr-defined]
        colleague.dispose()
    assert "were deleted" in raised.value.message
    assert vault.contains(sha256)
    with opened.read() as session:
        assert session.scalar(select(func.count()).select_from(Evidence)) == 0
