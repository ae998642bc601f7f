"""An import tells its progress and can be cancelled; a cancelled import saves nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.lists import read_pasted
from caseworker.models import ListEntry, PublishedList
from caseworker.services.list_choices import earlier_lists, known_publishers
from caseworker.services.published_lists import ImportCancelled, import_list
from caseworker.vault.store import EvidenceVault

DETAILS: dict[str, Any] = {
    "name": "Госпиталь, декабрь 2025",
    "publisher": "Комитет «Северный берег»",
    "published_on": "01.12.2025",
    "means": "wounded",
}


def _table(rows: int) -> str:
    lines = ["Фамилия\tИмя\tГод рождения"]
    lines += [f"Ветров{number}\tИгнат\t{1970 + number % 30}" for number in range(rows)]
    return "\n".join(lines) + "\n"


def test_progress_is_told_up_to_the_whole(database: Database, db_path: Path) -> None:
    told: list[tuple[int, int]] = []
    with database.write() as session:
        result = import_list(
            session,
            EvidenceVault.beside(db_path),
            "tester",
            read_pasted(_table(1200)),
            progress=lambda done, total: told.append((done, total)),
            **DETAILS,
        )
    assert result.entries == 1200
    assert told[-1] == (2400, 2400)
    assert [done for done, _ in told] == sorted(done for done, _ in told)


@pytest.mark.parametrize("after", [0, 1, 3])
def test_a_cancelled_import_saves_nothing(database: Database, db_path: Path, after: int) -> None:
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > after

    with pytest.raises(ImportCancelled), database.write() as session:
        import_list(
            session,
            EvidenceVault.beside(db_path),
            "tester",
            read_pasted(_table(1200)),
            cancelled=cancelled,
            **DETAILS,
        )
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(PublishedList)) == 0
        assert session.scalar(select(func.count()).select_from(ListEntry)) == 0


def test_the_choices_offer_publishers_and_lists_without_a_newer_edition(
    database: Database, db_path: Path
) -> None:
    vault = EvidenceVault.beside(db_path)
    with database.write() as session:
        first = import_list(session, vault, "tester", read_pasted(_table(2)), **DETAILS)
        second = import_list(
            session,
            vault,
            "tester",
            read_pasted(_table(3)),
            edition_of_id=first.list_id,
            **{**DETAILS, "published_on": "08.12.2025"},
        )
    with database.read() as session:
        assert known_publishers(session) == ["Комитет «Северный берег»"]
        assert [found.list_id for found in earlier_lists(session)] == [second.list_id]
