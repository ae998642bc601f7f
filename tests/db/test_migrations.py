"""The migrations produce exactly the models' schema, and step down and up again."""

from __future__ import annotations

import warnings
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from caseworker.db.migrate import alembic_config
from caseworker.db.schema_compare import include_name
from caseworker.models import Base


def migrated_engine(path: Path, target: str = "head"):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return engine


def test_migrations_match_the_models(tmp_path: Path) -> None:
    engine = migrated_engine(tmp_path / "migrated.sqlite")
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        with warnings.catch_warnings():
            # The case list's expression indexes are the migration's own (schema_compare.py).
            warnings.filterwarnings(
                "ignore", "Skipped unsupported reflection of expression-based index"
            )
            assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_full_downgrade_and_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "roundtrip.sqlite"
    engine = migrated_engine(path)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
        command.upgrade(config, "head")
        assert "search_fts" in inspect(connection).get_table_names()
    engine.dispose()


def test_the_head_revision_constant_matches_the_scripts() -> None:
    from alembic.script import ScriptDirectory

    from caseworker.db.migrate import HEAD_REVISION

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_cases_stored_before_the_sort_keys_get_them(tmp_path: Path) -> None:
    from sqlalchemy import text

    path = tmp_path / "old.sqlite"
    engine = migrated_engine(path, "0004")
    with engine.begin() as connection:
        for number, (family, region) in enumerate(
            [("Ёлкины", "Орловская"), ("агеевы", ""), ("Жуковы", "белгородская")], start=1
        ):
            connection.execute(
                text(
                    "INSERT INTO cases (reference, family_name, region, status, assigned_to, "
                    "next_action, opened_on, notes, persons_label, uuid, version, created_at, "
                    "updated_at) VALUES (:reference, :family, :region, 'open', '', '', "
                    "'2026-01-05', '', :family, :uuid, 1, '2026-01-05 10:00:00', "
                    "'2026-01-05 10:00:00')"
                ),
                {
                    "reference": f"2026-{number:04d}",
                    "family": family,
                    "region": region,
                    "uuid": f"00000000-0000-4000-8000-{number:012d}",
                },
            )
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        ordered = connection.execute(
            text("SELECT family_name, family_sort, region_sort, persons_sort FROM cases "
                 "ORDER BY family_sort")
        ).all()  # fmt: skip
    engine.dispose()
    assert ordered == [
        ("агеевы", "агеевы", "", "агеевы"),
        ("Ёлкины", "елкины", "орловская", "елкины"),
        ("Жуковы", "жуковы", "белгородская", "жуковы"),
    ]
