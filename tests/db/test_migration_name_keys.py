"""Persons stored before the name keys get them, and the search finds them in any spelling."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from caseworker.db import open_database
from caseworker.db.migrate import alembic_config
from caseworker.services import search
from tests.db.test_migrations import migrated_engine

PERSONS = [
    ("Шумов", "Алексей", "Петрович"),
    ("Ковальов", "Олексій", "Миколайович"),
    ("Ёлкин", "Пётр", ""),
]


def upgraded_old_database(path: Path) -> list[tuple[str, str, str]]:
    """A database at 0011 holding ``PERSONS``, upgraded: their stored keys, by id."""
    engine = migrated_engine(path, "0011")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (id, reference, family_name, region, status, assigned_to, "
                "next_action, opened_on, notes, persons_label, uuid, version, created_at, "
                "updated_at) VALUES (1, '2026-0001', 'Шумовы', '', 'open', '', '', "
                "'2026-01-05', '', '', '00000000-0000-4000-8000-000000000001', 1, "
                "'2026-01-05 10:00:00', '2026-01-05 10:00:00')"
            )
        )
        for number, (surname, given, patronymic) in enumerate(PERSONS, start=1):
            connection.execute(
                text(
                    "INSERT INTO persons (id, case_id, surname, given_name, patronymic, "
                    "official_status, uuid, version, created_at, updated_at) VALUES (:id, 1, "
                    ":surname, :given, :patronymic, 'missing', :uuid, 1, "
                    "'2026-01-05 10:00:00', '2026-01-05 10:00:00')"
                ),
                {
                    "id": number,
                    "surname": surname,
                    "given": given,
                    "patronymic": patronymic,
                    "uuid": f"00000000-0000-4000-8000-{number:012d}",
                },
            )
            label = " ".join(p for p in (surname, given, patronymic) if p)
            connection.execute(
                text(
                    "INSERT INTO search_entries (kind, entity_id, case_id, label, text) "
                    "VALUES ('person', :id, 1, :label, lower(:label))"
                ),
                {"id": number, "label": label},
            )
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        stored = connection.execute(
            text("SELECT surname_key, given_key, patronymic_key FROM persons ORDER BY id")
        ).all()
        triggers = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        ).scalars()
        assert set(triggers) >= {"search_entries_ad", "search_entries_ai", "search_entries_au"}
    engine.dispose()
    return [(a, b, c) for a, b, c in stored]


def test_persons_stored_before_the_name_keys_get_them(tmp_path: Path) -> None:
    assert upgraded_old_database(tmp_path / "old.sqlite") == [
        ("Sumov", "aleXeI", "petrovIC"),
        ("kovalev", "aleXeI", "nIkolaevIC"),
        ("elkIn", "petr", ""),
    ]


def test_persons_stored_before_are_found_in_any_spelling(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    upgraded_old_database(path)
    database = open_database(str(path))
    try:
        with database.read() as session:
            found = {hit.label for hit in search.search(session, "Oleksii Kovalov")}
            typo = {hit.label for hit in search.search(session, "Ёлкен")}
    finally:
        database.dispose()
    assert found == {"Ковальов Олексій Миколайович"}
    assert typo == {"Ёлкин Пётр"}
