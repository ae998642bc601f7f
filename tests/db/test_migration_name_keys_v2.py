"""0016: stored name keys are recomputed for key version 2, and the decisions on pairs whose
keys changed keep standing (their fingerprints follow the new keys)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Connection, text

from caseworker.db.migrate import alembic_config
from caseworker.names import NameField, name_key
from caseworker.services.matching.decisions import fingerprint
from caseworker.vocab import DatePrecision
from tests.db.test_migrations import migrated_engine

#: Names whose keys version 1 got otherwise (x read as кс in GOST 7.79 B's Mixail; the
#: dictionary's Олександровна; ц+к read as k, с+х as ш), with those version 1 keys.
OLD_KEYS = {
    ("Zaxarov", "Mixail", "Ivanovich"): ("zaXarov", "mIXaIl", "IvanovIC"),
    ("Шумов", "Олег", "Олександрівна"): ("Sumov", "oleH", "oleXandrovna"),
    ("Троцкий", "Асхат", "Петрович"): ("trokI", "aSat", "petrovIC"),
    ("Шумов", "Алексей", "Петрович"): ("Sumov", "aleXeI", "petrovIC"),
}
PERSON_BORN = "1990-05-14"


def _insert(connection: Connection, sql: str, **values: Any) -> None:
    connection.execute(text(sql), values)


def _keys(names: tuple[str, str, str]) -> tuple[str, str, str]:
    fields = (NameField.SURNAME, NameField.GIVEN, NameField.PATRONYMIC)
    surname, given, patronymic = (name_key(n, f) for n, f in zip(names, fields, strict=True))
    return surname, given, patronymic


def _old_database(connection: Connection) -> None:
    """Persons 1-3 and list entries 1-3 with ``OLD_KEYS``; decisions on them."""
    _insert(
        connection,
        "INSERT INTO cases (id, reference, family_name, region, status, assigned_to, next_action,"
        " opened_on, notes, persons_label, uuid, version, created_at, updated_at) VALUES (1,"
        " '2026-0001', 'Захаровы', '', 'open', '', '', '2026-01-05', '', '', "
        " '00000000-0000-4000-8000-000000000001', 1, '2026-01-05 10:00:00',"
        " '2026-01-05 10:00:00')",
    )
    _insert(
        connection,
        "INSERT INTO published_lists (id, name, publisher, published_on, address, means,"
        " reliability, credibility, sha256, file_name, size, column_map, entered_by, uuid,"
        " version, created_at, updated_at) VALUES (1, 'Обмен', 'Штаб', '2026-11-14', '',"
        " 'released', 'B', '2', :sha, 'a.csv', 10, '{}', 'tester',"
        " '00000000-0000-4000-8000-000000000001', 1, '2026-11-14 10:00:00',"
        " '2026-11-14 10:00:00')",
        sha="0" * 64,
    )
    for number, (names, keys) in enumerate(OLD_KEYS.items(), start=1):
        row = {
            "id": number,
            "surname": names[0],
            "given": names[1],
            "patronymic": names[2],
            "sk": keys[0],
            "gk": keys[1],
            "pk": keys[2],
            "born": PERSON_BORN,
        }
        _insert(
            connection,
            "INSERT INTO persons (id, case_id, surname, given_name, patronymic, birth_date,"
            " birth_precision, service_number, official_status, uuid, version, created_at,"
            " updated_at, surname_key, given_key, patronymic_key) VALUES (:id, 1, :surname,"
            " :given, :patronymic, :born, 'day', 'А-1', 'missing', :uuid, 1,"
            " '2026-01-05 10:00:00', '2026-01-05 10:00:00', :sk, :gk, :pk)",
            uuid=f"00000000-0000-4000-8000-{number:012d}",
            **row,
        )
        _insert(
            connection,
            "INSERT INTO list_entries (id, list_id, row_number, published, surname, given_name,"
            " patronymic, birth_date, birth_precision, service_number, surname_key, given_key,"
            " patronymic_key) VALUES (:id, 1, :id, '{}', :surname, :given, :patronymic, :born,"
            " 'year', '', :sk, :gk, :pk)",
            **row,
        )
    old_one = fingerprint(OLD_KEYS[next(iter(OLD_KEYS))], None, None, "")
    decisions = [
        # entry 1 / person 1, decided on the identities as stored
        (1, 1, None, 1, _entry_print(1), _person_print(1)),
        # person 2 / person 1 (duplicates), decided on the identities as stored
        (2, None, 2, 1, _person_print(2), _person_print(1)),
        # entry 1 / person 3: entry 1's identity has changed since (its fingerprint is stale)
        (3, 1, None, 3, old_one, _person_print(3)),
    ]
    for number, entry, other, person, left, right in decisions:
        _insert(
            connection,
            "INSERT INTO match_decisions (id, uuid, entry_id, other_person_id, person_id, same,"
            " reason, left_fingerprint, person_fingerprint, decided_by, decided_at) VALUES"
            " (:id, :uuid, :entry, :other, :person, 0, 'нет', :left, :right, 'tester',"
            " '2026-12-02 10:00:00')",
            id=number,
            uuid=f"d{number}",
            entry=entry,
            other=other,
            person=person,
            left=left,
            right=right,
        )


def _old(number: int) -> tuple[str, str, str]:
    return list(OLD_KEYS.values())[number - 1]


def _new(number: int) -> tuple[str, str, str]:
    return _keys(list(OLD_KEYS)[number - 1])


def _entry_print(number: int, keys: tuple[str, str, str] | None = None) -> str:
    born = date.fromisoformat(PERSON_BORN)
    return fingerprint(keys or _old(number), born, DatePrecision.YEAR, "")


def _person_print(number: int, keys: tuple[str, str, str] | None = None) -> str:
    born = date.fromisoformat(PERSON_BORN)
    return fingerprint(keys or _old(number), born, DatePrecision.DAY, "А-1")


def test_0016_recomputes_the_keys_and_keeps_the_decisions_standing(tmp_path: Path) -> None:
    engine = migrated_engine(tmp_path / "old.sqlite", "0015")
    with engine.begin() as connection:
        _old_database(connection)
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        persons = connection.execute(
            text("SELECT surname_key, given_key, patronymic_key FROM persons ORDER BY id")
        ).all()
        entries = connection.execute(
            text("SELECT surname_key, given_key, patronymic_key FROM list_entries ORDER BY id")
        ).all()
        prints = connection.execute(
            text("SELECT left_fingerprint, person_fingerprint FROM match_decisions ORDER BY id")
        ).all()
    engine.dispose()

    expected = [_keys(names) for names in OLD_KEYS]
    assert [tuple(row) for row in persons] == expected
    assert [tuple(row) for row in entries] == expected
    assert expected[0] == (
        name_key("Захаров", NameField.SURNAME),
        name_key("Михаил", NameField.GIVEN),
        name_key("Иванович", NameField.PATRONYMIC),
    )
    assert expected[1][2] == name_key("Александровна", NameField.PATRONYMIC)
    assert expected[2] == _keys(("Trotskii", "Askhat", "Petrovich"))
    assert expected[3] == _old(4)  # keys that did not change
    assert [tuple(row) for row in prints] == [
        (_entry_print(1, _new(1)), _person_print(1, _new(1))),
        (_person_print(2, _new(2)), _person_print(1, _new(1))),
        (fingerprint(_old(1), None, None, ""), _person_print(3, _new(3))),
    ]
