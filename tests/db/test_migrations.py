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
from caseworker.models import Base, load_all


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
            load_all()
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


def test_the_search_index_names_each_entrys_case_after_0021(tmp_path: Path) -> None:
    """Entries stored before 0021 are found by their case from the index, and back again."""
    from sqlalchemy import text

    engine = migrated_engine(tmp_path / "old.sqlite", "0020")
    entries = [(1, "2025-0001 | шумовы"), (1, "шумов алексей | ав123456"), (2, "2025-0002 | юэ")]
    with engine.begin() as connection:
        for case_id in (1, 2):
            connection.execute(
                text(
                    "INSERT INTO cases (id, reference, family_name, status, opened_on, uuid, "
                    "version, created_at, updated_at) VALUES (:id, :reference, 'Шумовы', "
                    "'open', '2025-01-05', :uuid, 1, '2025-01-05 10:00:00', "
                    "'2025-01-05 10:00:00')"
                ),
                {"id": case_id, "reference": f"2025-{case_id:04d}", "uuid": f"{case_id:036d}"},
            )
        for entity, (case_id, folded) in enumerate(entries, start=1):
            connection.execute(
                text(
                    "INSERT INTO search_entries (kind, entity_id, case_id, label, text) "
                    "VALUES ('person', :entity, :case_id, '', :text)"
                ),
                {"entity": entity, "case_id": case_id, "text": folded},
            )
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0021")
        cases_of = text(
            "SELECT DISTINCT rowid >> 32 FROM search_fts WHERE search_fts MATCH :term ORDER BY 1"
        )
        assert connection.scalars(cases_of, {"term": '"2025"'}).all() == [1, 2]
        assert connection.scalars(cases_of, {"term": '"ав123"'}).all() == [1]
        check = text("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        ends = text("SELECT case_id FROM search_entries WHERE substr(text, -2) = 'юэ'")
        assert connection.scalars(ends).all() == [2]
        connection.execute(check)
        connection.execute(text("DELETE FROM search_entries WHERE case_id = 2"))
        assert connection.scalars(cases_of, {"term": '"2025"'}).all() == [1]
        command.downgrade(config, "0020")
        entries_of = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :term")
        stored = connection.scalars(text("SELECT id FROM search_entries ORDER BY id")).all()
        assert connection.scalars(entries_of, {"term": '"шумов"'}).all() == stored
        connection.execute(check)
    engine.dispose()
