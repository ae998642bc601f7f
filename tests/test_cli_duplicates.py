"""``duplicates`` and ``link``: sought persons who may be one man, and the decisions on them."""

from __future__ import annotations

import json
from pathlib import Path

from caseworker.db import open_database
from caseworker.services import persons
from tests.cli_runner import refused, run
from tests.conftest import address
from tests.test_cli_match import RUSSIAN, add_person

SHUMOV = ("Шумов", "Алексей", "Викторович", "04.05.1990")


def duplicates(db_path: Path, *more: str) -> list[dict[str, object]]:
    found = run(db_path, "duplicates", "--json", *more)
    assert found.returncode == 0, found.stderr
    payload: list[dict[str, object]] = json.loads(found.stdout)
    return payload


def test_duplicates_lists_pairs_and_link_records_the_decisions(db_path: Path) -> None:
    one = add_person(db_path, "Шумовы", *SHUMOV)
    two = add_person(db_path, "Шумовы (мать)", *SHUMOV)
    three = add_person(db_path, "Шумовы (сестра)", "Шумов", "Алексей", "Викторович", "1990")
    add_person(db_path, "Кравцовы", "Кравцова", "Анна", "Сергеевна", "1995")

    found = duplicates(db_path)
    assert [pair["persons"] for pair in found[:1]] == [[one, two]]
    assert {tuple(pair["persons"]) for pair in found} == {(one, two), (one, three), (two, three)}  # type: ignore[arg-type]
    first = found[0]
    assert set(first) == {"persons", "cases", "probability", "fields"}
    assert len(first["cases"]) == 2 and first["cases"][0] != first["cases"][1]  # type: ignore[arg-type,index]
    assert first["fields"]["surname"] == "match"  # type: ignore[index]
    probabilities = [pair["probability"] for pair in found]
    assert probabilities == sorted(probabilities, reverse=True)  # type: ignore[type-var]

    text = run(db_path, "duplicates", env=RUSSIAN)
    assert text.returncode == 0, text.stderr
    assert "Фамилия: совпадает" in text.stdout
    # the same name and day: cut down, never "100 %"; a pair is "one man", not "him"
    assert "более 99 % — вероятно, один человек" in text.stdout
    assert "100" not in text.stdout and "вероятно, он" not in text.stdout
    english = run(db_path, "duplicates").stdout
    assert "over 99 % likely one man" in english and "100" not in english

    linked = run(
        db_path, "link", "--persons", str(two), str(one), "--same",
        "--reason", "Один личный номер", env=RUSSIAN,
    )  # fmt: skip
    assert linked.returncode == 0, linked.stderr
    apart = run(
        db_path, "link", "--persons", str(three), str(one), "--not-same", "--reason", "Другой отец"
    )
    assert apart.returncode == 0, apart.stderr
    assert duplicates(db_path) == []

    blocked = refused(
        run(db_path, "link", "--persons", str(two), str(three), "--same", "--reason", "Похожи")
    )
    assert "not the same" in blocked


def test_a_link_after_an_identity_changed_shows_the_reason_it_sets_aside(db_path: Path) -> None:
    one = add_person(db_path, "Шумовы", *SHUMOV)
    two = add_person(db_path, "Шумовы (мать)", *SHUMOV)
    three = add_person(db_path, "Шумовы (сестра)", "Шумов", "Алексей", "Викторович", "1990")
    for args in (
        ("--persons", str(one), str(two), "--same", "--reason", "Один личный номер"),
        ("--persons", str(three), str(one), "--not-same", "--reason", "Другой отец"),
    ):
        assert run(db_path, "link", *args).returncode == 0
    database = open_database(address(db_path))  # the command line edits no person: the service
    with database.write() as session:
        persons.update_person(session, "тест", three, None, birth_date="05.04.1990")
    database.dispose()

    back = {(*pair["persons"], pair["earlier_reason"]) for pair in duplicates(db_path)}  # type: ignore[misc]
    assert back == {(one, three, "Другой отец"), (two, three, "Другой отец")}
    linked = run(
        db_path, "link", "--persons", str(two), str(three), "--same",
        "--reason", "Дата исправлена по военному билету", env=RUSSIAN,
    )  # fmt: skip
    assert linked.returncode == 0, linked.stderr
    assert "Ранее «разные люди»: Другой отец" in linked.stdout


def test_link_needs_a_reason_and_two_persons(db_path: Path) -> None:
    one = add_person(db_path, "Шумовы", *SHUMOV)
    two = add_person(db_path, "Шумовы (мать)", *SHUMOV)

    no_reason = run(db_path, "link", "--persons", str(one), str(two), "--same")
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    empty = refused(
        run(db_path, "link", "--persons", str(one), str(two), "--not-same", "--reason", " ")
    )
    assert "reason" in empty
    himself = refused(
        run(db_path, "link", "--persons", str(one), str(one), "--same", "--reason", "Он")
    )
    assert "himself" in himself
    unknown = refused(
        run(db_path, "link", "--persons", str(one), "999", "--same", "--reason", "Он", env=RUSSIAN)
    )
    assert "999" in unknown
    assert duplicates(db_path, "--min", "0.5")[0]["persons"] == [one, two]
