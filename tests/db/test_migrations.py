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


def test_inquiries_stored_before_keep_their_addressee_days_and_answer(tmp_path: Path) -> None:
    from sqlalchemy import text

    path = tmp_path / "old.sqlite"
    engine = migrated_engine(path, "0007")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (id, reference, family_name, region, status, assigned_to, "
                "next_action, opened_on, notes, persons_label, uuid, version, created_at, "
                "updated_at) VALUES (1, '2026-0001', 'Ёлкины', '', 'open', '', '', "
                "'2026-01-05', '', '', '00000000-0000-4000-8000-000000000001', 1, "
                "'2026-01-05 10:00:00', '2026-01-05 10:00:00')"
            )
        )
        for number, (addressee, status, sent, due, answered) in enumerate(
            [
                ("Министерство обороны", "answered", "2026-02-01", None, "2026-03-01"),
                (" Министерство обороны ", "no_answer", "2026-02-02", "2026-04-01", None),
                ("Военный комиссариат", "draft", None, None, None),
            ],
            start=1,
        ):
            connection.execute(
                text(
                    "INSERT INTO inquiries (case_id, addressee, status, sent_on, response_due, "
                    "answered_on, answer, uuid, version, created_at, updated_at) VALUES (1, "
                    ":addressee, :status, :sent, :due, :answered, :answer, :uuid, 1, "
                    "'2026-01-05 10:00:00', '2026-01-05 10:00:00')"
                ),
                {
                    "addressee": addressee,
                    "status": status,
                    "sent": sent,
                    "due": due,
                    "answered": answered,
                    "answer": "Сведений нет." if answered else "",
                    "uuid": f"00000000-0000-4000-8000-{number:012d}",
                },
            )
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        inquiries = connection.execute(
            text("SELECT a.name, a.kind, i.status, i.channel FROM inquiries i "
                 "JOIN addressees a ON a.id = i.addressee_id ORDER BY i.id")
        ).all()  # fmt: skip
        events = connection.execute(
            text("SELECT inquiry_id, kind, event_on, due_on, text FROM inquiry_events "
                 "ORDER BY inquiry_id, id")
        ).all()  # fmt: skip
    engine.dispose()
    assert inquiries == [
        ("Министерство обороны", "other", "answered", "post"),
        ("Министерство обороны", "other", "closed", "post"),
        ("Военный комиссариат", "other", "draft", "post"),
    ]
    assert events == [
        (1, "sent", "2026-02-01", None, ""),
        (1, "answered", "2026-03-01", None, "Сведений нет."),
        (2, "sent", "2026-02-02", None, ""),
        (2, "extended", "2026-02-02", "2026-04-01", ""),
    ]
