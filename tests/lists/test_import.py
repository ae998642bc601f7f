"""Importing a list: one transaction, the file in the vault, idempotent, editions compared."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.lists import read_list_file, read_pasted
from caseworker.models import AuditEntry, EditionChange, ListEntry, PublishedList
from caseworker.names import NameField, name_key
from caseworker.services.published_lists import (
    EditionChanges,
    NoEntries,
    edition_changes,
    import_list,
)
from caseworker.vault.store import EvidenceVault
from caseworker.vocab import Claim, Credibility, Reliability

DETAILS: dict[str, Any] = {
    "name": "Обмен 14 ноября",
    "publisher": "Координационный штаб",
    "published_on": "14.11.2026",
    "address": "https://example.org/obmen",
    "means": "released",
    "reliability": "B",
    "credibility": "2",
}


def _vault(db_path: Path) -> EvidenceVault:
    return EvidenceVault.beside(db_path)


def test_a_messy_list_is_imported_with_its_bad_rows_listed(
    database: Database, db_path: Path, messy_csv: Path
) -> None:
    table = read_list_file(messy_csv)
    with database.write() as session:
        result = import_list(session, _vault(db_path), "tester", table, None, **DETAILS)
    assert result.created and result.entries == 3
    assert [(e.row, "name" in e.message) for e in result.errors] == [(4, True), (5, False)]

    with database.read() as session:
        published = session.get(PublishedList, result.list_id)
        assert published is not None
        assert published.means is Claim.RELEASED
        assert (published.reliability, published.credibility) == (
            Reliability.B,
            Credibility.PROBABLY_TRUE,
        )
        assert published.published_on == date(2026, 11, 14)
        assert json.loads(published.column_map)["full_name"] == "ФИО"
        assert published.evidence_id is None
        # The file itself is in the vault, byte for byte, under its SHA-256.
        assert _vault(db_path).path_of(published.sha256).read_bytes() == messy_csv.read_bytes()
        first, _, latin = published.entries
        # Keys for blocking: Шумов Алексей is Shumov Oleksii.
        assert first.row_number == 2
        assert first.surname_key == name_key("Shumov", NameField.SURNAME)
        assert first.given_key == name_key("Oleksii", NameField.GIVEN)
        assert first.patronymic_key == name_key("Viktorovych", NameField.PATRONYMIC)
        assert latin.surname == "Kravets" and latin.row_number == 6
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "published_lists")
        ).one()
        assert audit.action == "create" and published.sha256 in (audit.new_value or "")


def test_the_same_file_again_creates_nothing(
    database: Database, db_path: Path, messy_csv: Path
) -> None:
    with database.write() as session:
        first = import_list(
            session, _vault(db_path), "tester", read_list_file(messy_csv), None, **DETAILS
        )
    with database.write() as session:
        again = import_list(
            session, _vault(db_path), "tester", read_list_file(messy_csv), None, **DETAILS
        )
    assert again.list_id == first.list_id and not again.created
    assert again.entries == 3 and [e.row for e in again.errors] == [4, 5]
    with database.read() as session:
        assert len(session.scalars(select(PublishedList)).all()) == 1
        assert len(session.scalars(select(ListEntry)).all()) == 3


def test_a_newer_edition_says_which_entries_are_new_and_which_disappeared(
    database: Database, db_path: Path
) -> None:
    first = read_pasted(
        "Фамилия\tИмя\tДата рождения\n"
        "Шумов\tАлексей\t14.05.1990\n"
        "Заречный\tПётр\t1987\n"
        "Лодыгин\tМарк\t\n"
    )
    second = read_pasted(
        "Фамилия\tИмя\tДата рождения\n"
        "Shumov\tOleksii\t1990-05-14\n"  # the same man, in Latin letters
        "Лодыгин\tМарк\t\n"
        "Кравцова\tАнна\t02.03.1995\n"
    )
    vault = _vault(db_path)
    with database.write() as session:
        one = import_list(session, vault, "tester", first, None, **DETAILS)
    with database.write() as session:
        two = import_list(
            session,
            vault,
            "tester",
            second,
            None,
            edition_of_id=one.list_id,
            **{**DETAILS, "published_on": "20.11.2026"},
        )
    assert (two.new, two.gone) == (1, 1)
    with database.read() as session:
        newer = session.get(PublishedList, two.list_id)
        assert newer is not None and newer.edition_of_id == one.list_id
        assert [(e.surname, e.edition_change) for e in newer.entries] == [
            ("Shumov", EditionChange.KEPT),
            ("Лодыгин", EditionChange.KEPT),
            ("Кравцова", EditionChange.NEW),
        ]
        gone = session.scalars(select(ListEntry).where(ListEntry.gone_in_id == two.list_id))
        assert [e.surname for e in gone] == ["Заречный"]
        older = session.get(PublishedList, one.list_id)
        assert older is not None
        assert all(e.edition_change is None for e in older.entries)
        changes = edition_changes(session, two.list_id)
        assert [e.surname for e in changes.new] == ["Кравцова"]
        assert [e.surname for e in changes.gone] == ["Заречный"]
        assert edition_changes(session, one.list_id) == EditionChanges([], [])
    third = read_pasted("Фамилия\tИмя\nКравцова\tАнна\n")
    with database.write() as session, pytest.raises(ValidationError, match="newer edition"):
        import_list(session, vault, "tester", third, None, edition_of_id=one.list_id, **DETAILS)


def test_a_list_with_no_entry_creates_nothing(database: Database, db_path: Path) -> None:
    table = read_pasted("Фамилия\tДата рождения\n\t1990\n")
    with database.write() as session, pytest.raises(NoEntries) as refused:
        import_list(session, _vault(db_path), "tester", table, None, **DETAILS)
    assert [e.row for e in refused.value.errors] == [2]
    with database.read() as session:
        assert session.scalars(select(PublishedList)).first() is None


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"means": "alive"}, "released, captured, wounded or killed"),
        ({"name": " "}, "name"),
        ({"published_on": ""}, "publication date"),
        ({"reliability": "Z"}, "“Z”"),
    ],
)
def test_what_the_list_is_is_checked(
    database: Database, db_path: Path, change: dict[str, str], words: str
) -> None:
    table = read_pasted("Фамилия\nШумов\n")
    with database.write() as session, pytest.raises(ValidationError, match=words):
        import_list(session, _vault(db_path), "tester", table, None, **{**DETAILS, **change})


def test_a_publishers_mapping_is_remembered(database: Database, db_path: Path) -> None:
    vault = _vault(db_path)
    first = read_pasted("Прізвище та ім'я\tРік\nOleksii Shumov\t1990\n")
    mapping = {"full_name": "Прізвище та ім'я", "born": "Рік"}
    with database.write() as session:
        import_list(session, vault, "tester", first, mapping, **DETAILS)
    second = read_pasted("Прізвище та ім'я\tРік\tПримітка\nPetro Zarechnyi\t1987\t\n")
    with database.write() as session:
        result = import_list(session, vault, "tester", second, None, **DETAILS)
    assert not result.errors
    with database.read() as session:
        entry = session.scalars(select(ListEntry).where(ListEntry.list_id == result.list_id)).one()
        assert (entry.surname, entry.given_name) == ("Zarechnyi", "Petro")
        assert entry.born_on == date(1987, 1, 1)
    # A later file without those columns is read by its usual headers.
    other = read_pasted("Фамилия\nКравцова\n")
    with database.write() as session:
        found = import_list(session, vault, "tester", other, None, **DETAILS)
    assert found.entries == 1
