"""Evidence for a team on a PostgreSQL server: one shared folder (issue 15).

The vault of a server database lies in ``$CASEWORKER_EVIDENCE_DIR``, a folder the team shares.
Caseworkers adding the same file at the same moment (real processes here) store it once, and
each case records it rightly. A caseworker whose folder is not there (the variable unset, the
share not mounted, a file in its place) gets a sentence when touching evidence, on the command
line and in the window, and works on everything else as usual.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseworker.db import Database, open_database
from caseworker.models import Evidence
from caseworker.services import cases, evidence, persons
from caseworker.vault import EvidenceVault, VaultNotConfigured, VaultNotReachable
from caseworker.vault import team_folder as team_folder_module
from caseworker.vault.of_database import vault_of_session
from caseworker.vault.store import ENV_VARIABLE, TEMP_PREFIX
from tests.cli_runner import run

ACTOR = "tester"
#: Processes adding the one file at once, half of them to each of two cases.
WRITERS = 4
SIZE = 8 * 1024 * 1024


@pytest.fixture
def team_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "team-evidence"
    folder.mkdir()
    monkeypatch.setenv(ENV_VARIABLE, str(folder))
    return folder


@pytest.fixture
def server_database(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.dispose()


def _two_cases(database: Database) -> list[int]:
    with database.write() as session:
        return [
            cases.create_case(session, ACTOR, family_name=name, region="Тверская").id
            for name in ("Семёновы", "Ёлкины")
        ]


def _add_at_once(url: str, case_id: int, path: str, barrier: Any) -> tuple[int, str, int, bool]:
    """One caseworker's program adding ``path`` to a case as the window does: the copy into
    the vault first (all processes at the same moment), then the record in a write."""
    database = open_database(url)
    try:
        with database.read() as session:
            vault = vault_of_session(session)
        barrier.wait(timeout=60)
        stored = vault.store_file(Path(path))
        with database.write() as session:
            added = evidence.record_evidence(session, ACTOR, case_id, stored, "письмо.pdf")
            return added.item.id, added.item.sha256, added.item.size, added.already_in_case
    finally:
        database.dispose()


def _vault_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def test_writers_adding_one_file_at_once_store_it_once(
    server_database: Database, postgres_url: str, team_folder: Path, tmp_path: Path
) -> None:
    case_ids = _two_cases(server_database)
    source = tmp_path / "письмо.pdf"
    content = b"%PDF-1.4\n" + os.urandom(SIZE)
    source.write_bytes(content)
    sha256 = hashlib.sha256(content).hexdigest()
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Manager().Barrier(WRITERS)
    targets = [case_ids[number % 2] for number in range(WRITERS)]
    with spawn.Pool(WRITERS) as pool:
        results = pool.starmap(
            _add_at_once, [(postgres_url, case_id, str(source), barrier) for case_id in targets]
        )
    assert {(found, size) for _, found, size, _ in results} == {(sha256, len(content))}
    # Each case has the file once: the later writers found it there.
    for case_id in case_ids:
        ids = {
            item for (item, *_), target in zip(results, targets, strict=True) if target == case_id
        }
        assert len(ids) == 1
    assert sorted(already for *_, already in results) == [False, False, True, True]
    with server_database.read() as session:
        rows = session.execute(select(Evidence.case_id, Evidence.sha256, Evidence.size)).all()
        vault = vault_of_session(session)
    assert sorted(rows) == sorted((case_id, sha256, len(content)) for case_id in case_ids)
    # One file in the vault, whole, under its hash; no temporary left behind.
    assert _vault_files(team_folder) == [vault.path_of(sha256)]
    assert vault.hash_of_stored(sha256) == sha256
    assert not list(team_folder.glob(f"{TEMP_PREFIX}*"))


def test_the_team_folder_is_shared_with_its_group(
    server_database: Database, team_folder: Path, tmp_path: Path
) -> None:
    [case_id, _] = _two_cases(server_database)
    source = tmp_path / "фото.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0" + b"jpeg" * 1000)
    with server_database.write() as session:
        added = evidence.add_evidence(
            session, vault_of_session(session), ACTOR, case_id, source
        ).item
    stored = EvidenceVault(team_folder).path_of(added.sha256)
    assert stored.stat().st_mode & 0o777 == 0o440
    assert stored.parent.stat().st_mode & 0o777 == 0o770
    assert stored.parent.parent.stat().st_mode & 0o777 == 0o770


def test_a_colleagues_file_is_purged_too(
    team_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file stored by a colleague (their system account) may not be chmod-ed here, but
    the group may remove it from the shared folder: a purge removes it."""
    vault = EvidenceVault(team_folder, shared=True)
    source = tmp_path / "фото.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(1000))
    stored = vault.store_file(source)

    def not_the_owner(path: Path, _mode: int) -> None:
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(os, "chmod", not_the_owner)
    vault.delete(stored.sha256)
    assert not vault.path_of(stored.sha256).exists()


def _add_one(database: Database, case_id: int, folder: Path) -> str:
    source = folder / "письмо.pdf"
    source.write_bytes(b"%PDF-1.4\n" + os.urandom(1000))
    with database.write() as session:
        return evidence.add_evidence(
            session, vault_of_session(session), ACTOR, case_id, source
        ).item.sha256


@pytest.mark.usefixtures("team_folder")
def test_an_empty_mount_point_is_refused_once_the_team_has_files(
    server_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [case_id, _] = _two_cases(server_database)
    with server_database.read() as session:
        vault_of_session(session)  # empty, and nothing stored yet: a new team's folder
    _add_one(server_database, case_id, tmp_path)
    # Another computer: the share not mounted, its mount point an empty local folder.
    mount_point = tmp_path / "mnt-evidence"
    mount_point.mkdir()
    monkeypatch.setenv(ENV_VARIABLE, str(mount_point))
    with server_database.read() as session, pytest.raises(VaultNotReachable) as refused:
        vault_of_session(session)
    assert "is empty, but this database has files in it" in refused.value.message
    assert "Cases, reports and search work as usual" in refused.value.message
    assert list(mount_point.iterdir()) == []


def test_a_share_that_does_not_answer_is_refused_in_time(
    team_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A share whose server is gone can hold a look at the folder for minutes: the answer
    is not waited for longer than the limit (the look stands in for the hung system call)."""
    release = threading.Event()

    def hung(folder: Path) -> Path:
        release.wait(30)
        return folder

    monkeypatch.setattr(team_folder_module, "_check", hung)
    try:
        with pytest.raises(VaultNotReachable) as refused:
            team_folder_module.check_team_folder(team_folder, answer_seconds=0.2)
    finally:
        release.set()
    assert "does not answer" in refused.value.message
    assert "Cases, reports and search work as usual" in refused.value.message


def _not_reachable_settings(tmp_path: Path) -> list[tuple[str, str | None]]:
    """Ways the team's folder is not there: the variable unset, the share not mounted, a
    file in its place."""
    in_place = tmp_path / "a-file"
    in_place.write_text("not a folder", encoding="utf-8")
    return [
        ("unset", None),
        ("not mounted", str(tmp_path / "mnt" / "team" / "evidence")),
        ("a file", str(in_place)),
    ]


def test_a_folder_not_there_is_refused_never_created(
    server_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for how, value in _not_reachable_settings(tmp_path):
        if value is None:
            monkeypatch.delenv(ENV_VARIABLE, raising=False)
        else:
            monkeypatch.setenv(ENV_VARIABLE, value)
        with server_database.read() as session, pytest.raises(VaultNotConfigured) as refused:
            vault_of_session(session)
        assert "Cases, reports and search work as usual" in refused.value.message, how
        if value is not None:
            assert isinstance(refused.value, VaultNotReachable)
            assert value in refused.value.message
    assert not (tmp_path / "mnt").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may read and write any folder")
def test_a_folder_this_caseworker_may_not_write_is_refused(
    server_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "someone-elses"
    folder.mkdir(mode=0o500)
    monkeypatch.setenv(ENV_VARIABLE, str(folder))
    with server_database.read() as session, pytest.raises(VaultNotReachable):
        vault_of_session(session)


def test_the_command_line_says_so_and_works_on_the_rest(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "mnt" / "team" / "evidence"
    monkeypatch.setenv(ENV_VARIABLE, str(missing))
    source = tmp_path / "письмо.pdf"
    source.write_bytes(b"%PDF-1.4\n" + b"x" * 100)
    added = run(None, "--db", postgres_url, "case", "add", "--family", "Семёновы")
    assert added.returncode == 0, added.stderr
    reference = added.stdout.strip()
    person = run(
        None, "--db", postgres_url, "person", "add", "--case", reference,
        "--surname", "Семёнов", "--given", "Пётр",
    )  # fmt: skip
    assert person.returncode == 0, person.stderr
    refused = run(None, "--db", postgres_url, "evidence", "add", "--case", reference, str(source))
    assert refused.returncode != 0
    assert str(missing) in refused.stderr
    assert "is the shared folder connected" in refused.stderr
    assert "Traceback" not in refused.stderr
    listed = run(None, "--db", postgres_url, "evidence", "list", "--case", reference)
    assert listed.returncode == 0, listed.stderr
    assert not missing.exists()


def test_the_evidence_tab_shows_the_sentence(
    qtbot: QtBot, server_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QUndoStack

    from ui.changes import ChangeNotifier
    from ui.context import AppContext
    from ui.evidence.evidence_panel import EvidencePanel

    missing = tmp_path / "mnt" / "team" / "evidence"
    monkeypatch.setenv(ENV_VARIABLE, str(missing))
    [case_id, _] = _two_cases(server_database)
    with server_database.write() as session:
        persons.add_person(session, ACTOR, case_id, surname="Семёнов", given_name="Пётр")
    context = AppContext(server_database, ACTOR, ChangeNotifier(), QUndoStack())
    panel = EvidencePanel(context)
    qtbot.addWidget(panel)
    panel.set_case(case_id)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.message_bar.isVisible()
    assert str(missing) in panel.message_label.text()
    assert "Cases, reports and search work as usual" in panel.message_label.text()
    panel.add_paths([tmp_path / "письмо.pdf"])  # refused with the sentence, not a traceback
    assert str(missing) in panel.message_label.text()
    assert not missing.exists()
