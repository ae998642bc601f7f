"""0014: a database with published lists gets the decisions table and keeps its lists;
0015: decisions get withdrawals, one per decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from caseworker.db.migrate import alembic_config
from tests.db.test_migrations import migrated_engine


def test_an_older_database_gets_match_decisions_and_keeps_its_lists(tmp_path: Path) -> None:
    engine = migrated_engine(tmp_path / "old.sqlite", "0013")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO published_lists (id, name, publisher, published_on, address, means,"
                " reliability, credibility, sha256, file_name, size, column_map, entered_by,"
                " uuid, version, created_at, updated_at) VALUES (1, 'Обмен', 'Штаб',"
                " '2026-11-14', '', 'released', 'B', '2', :sha, 'a.csv', 10, '{}', 'tester',"
                " '00000000-0000-4000-8000-000000000001', 1, '2026-11-14 10:00:00',"
                " '2026-11-14 10:00:00')"
            ),
            {"sha": "0" * 64},
        )
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        assert connection.execute(text("SELECT name FROM published_lists")).scalar() == "Обмен"
        columns = {c["name"] for c in inspect(connection).get_columns("match_decisions")}
        assert {"entry_id", "person_id", "same", "reason", "report_id"} <= columns
        connection.execute(text("PRAGMA foreign_keys = ON"))
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text("PRAGMA foreign_keys = ON"))
        connection.execute(
            text(
                "INSERT INTO match_decisions (uuid, person_id, same, reason, left_fingerprint,"
                " person_fingerprint, decided_by, decided_at) VALUES ('x', 99, 0, 'нет', 'a',"
                " 'b', 'tester', '2026-12-02 10:00:00')"
            )
        )
    engine.dispose()


def test_0015_adds_withdrawals_and_keeps_the_decisions(tmp_path: Path) -> None:
    engine = migrated_engine(tmp_path / "old.sqlite", "0014")
    with engine.begin() as connection:
        connection.execute(text("PRAGMA foreign_keys = OFF"))
        connection.execute(
            text(
                "INSERT INTO match_decisions (id, uuid, person_id, other_person_id, same, reason,"
                " left_fingerprint, person_fingerprint, decided_by, decided_at) VALUES (7, 'u',"
                " 1, 2, 0, 'нет', 'a', 'b', 'tester', '2026-12-02 10:00:00')"
            )
        )
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        row = connection.execute(text("SELECT id, reason, withdraws_id FROM match_decisions")).one()
        assert tuple(row) == (7, "нет", None)
        connection.execute(
            text(
                "INSERT INTO match_decisions (uuid, person_id, other_person_id, same, reason,"
                " left_fingerprint, person_fingerprint, decided_by, decided_at, withdraws_id)"
                " VALUES ('w', 1, 2, 0, '', '-', '-', 'tester', '2026-12-02 11:00:00', 7)"
            )
        )
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO match_decisions (uuid, person_id, other_person_id, same, reason,"
                " left_fingerprint, person_fingerprint, decided_by, decided_at, withdraws_id)"
                " VALUES ('v', 1, 2, 0, '', '-', '-', 'tester', '2026-12-02 12:00:00', 7)"
            )
        )
    engine.dispose()
