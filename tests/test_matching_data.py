"""The matching benchmark's generator: deterministic, realistic variety, a true ground truth."""

from __future__ import annotations

import csv
import json
import random
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from benchmarks.matching_data import (
    AMBIGUOUS,
    HEADERS,
    Entry,
    Person,
    latin,
    make_entries,
    read_population,
    typo,
    ukrainian,
    write_list,
    write_population,
)
from caseworker.db import open_database
from caseworker.lists import read_list_file
from caseworker.models import ListEntry, SoughtPerson
from caseworker.names import NameField, name_key
from caseworker.services.published_lists import import_list
from caseworker.vault.store import EvidenceVault

ENTRIES = 150


def _population(path: Path, seed: int = 5) -> list[Person]:
    database = open_database(str(path))
    try:
        write_population(database, 400, seed)
        return read_population(database)
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Person], list[Entry]]:
    folder = tmp_path_factory.mktemp("matching")
    population = _population(folder / "population.sqlite")
    return folder, population, make_entries(population, ENTRIES, 5)


def _hows(entries: list[Entry]) -> Counter[str]:
    return Counter(how.split(":")[0] for entry in entries for how in entry.how)


def test_the_same_seed_makes_the_same_population_and_list(
    tmp_path: Path, made: tuple[Path, list[Person], list[Entry]]
) -> None:
    _, population, entries = made
    again = _population(tmp_path / "again.sqlite")
    assert again == population
    assert make_entries(again, ENTRIES, 5) == entries
    assert make_entries(again, ENTRIES, 6) != entries


def test_a_third_of_the_entries_are_people_not_sought(
    made: tuple[Path, list[Person], list[Entry]],
) -> None:
    _, _, entries = made
    assert len(entries) == ENTRIES
    not_sought = [entry for entry in entries if entry.person_id is None]
    assert len(not_sought) == ENTRIES // 3
    hows = _hows(not_sought)
    assert hows["namesake"] > 10 and hows["not sought"] > 10


def test_the_names_vary_as_published_lists_write_them(
    made: tuple[Path, list[Person], list[Entry]],
) -> None:
    _, _, entries = made
    hows = _hows(entries)
    kinds = ("russian", "ukrainian", "latin", "typo", "no patronymic", "year only", "ё as е")
    for kind in (*kinds, "surname in capitals"):
        assert hows[kind] >= 3, kind
    assert hows["swapped names"] >= 1
    schemes = {h for entry in entries for h in entry.how if h.startswith("latin:")}
    assert len(schemes) >= 4
    latin_rows = [e for e in entries if any(h.startswith("latin") for h in e.how)]
    assert all(e.cells[0].isascii() for e in latin_rows)
    assert any("і" in e.cells[0] + e.cells[1] for e in entries if "ukrainian" in e.how)


def test_renderings_of_one_name() -> None:
    assert ukrainian("Александр", "given") == "Олександр"
    assert ukrainian("Сергеевна", "patronymic") == "Сергіївна"
    assert ukrainian("Королёв") == "Корольов"
    assert ukrainian("Покровский") == "Покровський"
    assert latin("Щербаков", "icao") == "Shcherbakov"
    assert latin("Евгений", "bgn") == "Yevgeniy"
    assert latin("Цыганков", "gost") == "Cy'gankov"
    assert latin(ukrainian("Евгений", "given"), "uk2010") == "Yevhen"
    for seed in range(20):
        word = typo("Кузнецов", random.Random(seed))
        assert word != "Кузнецов" and abs(len(word) - len("Кузнецов")) <= 1
        assert typo("ANTONOV", random.Random(seed)).isupper()


def test_the_ground_truth_points_at_the_persons_and_the_list_imports(
    made: tuple[Path, list[Person], list[Entry]],
) -> None:
    folder, population, entries = made
    by_id = {person.id: person for person in population}
    written = write_list(entries, folder / "list", "list")
    truth = json.loads(written.truth.read_text(encoding="utf-8"))
    assert len(truth) == ENTRIES
    sought = {int(row): v["person_id"] for row, v in truth.items() if v["person_id"]}
    assert set(sought.values()) <= set(by_id)
    with written.csv.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert tuple(rows[0]) == HEADERS
    # An untouched Russian row names its person exactly.
    for row, person_id in sought.items():
        how = truth[str(row)]["how"]
        if how == ["russian"]:
            person = by_id[person_id]
            assert rows[row - 1][:3] == [person.surname, person.given, person.patronymic]

    opened = open_database(str(folder / "population.sqlite"))
    try:
        for path in (written.csv, written.xlsx):
            with opened.write() as session:
                result = import_list(
                    session,
                    EvidenceVault.beside(folder / "population.sqlite"),
                    "tester",
                    read_list_file(path),
                    None,
                    name=path.name,
                    publisher="Тест",
                    published_on="14.11.2026",
                    means="released",
                )
            assert result.created and result.entries == ENTRIES and not result.errors
        with opened.read() as session:
            dated = session.scalar(
                select(func.count()).where(
                    ListEntry.list_id == result.list_id, ListEntry.born_on.is_not(None)
                )
            )
        assert dated and dated > ENTRIES * 0.6  # the Excel date cells were read as days
        with opened.read() as session:  # the persons' name keys are filled, as synth fills them
            keyed = session.scalar(
                select(func.count()).where(
                    SoughtPerson.surname_key == name_key(population[0].surname, NameField.SURNAME)
                )
            )
        assert keyed
    finally:
        opened.dispose()


def test_a_list_with_the_names_in_one_column_imports_every_row(
    tmp_path: Path, made: tuple[Path, list[Person], list[Entry]]
) -> None:
    _, _, entries = made
    written = write_list(entries, tmp_path, "fio", full_name=True)
    with written.csv.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle, delimiter=";"))
    assert header[0] == "ФИО" and "Фамилия" not in header
    database = open_database(str(tmp_path / "fio.sqlite"))
    try:
        with database.write() as session:
            result = import_list(
                session,
                EvidenceVault.beside(tmp_path / "fio.sqlite"),
                "tester",
                read_list_file(written.xlsx),
                None,
                name="ФИО",
                publisher="Тест",
                published_on="14.11.2026",
                means="captured",
            )
        assert result.entries == ENTRIES and not result.errors
        with database.read() as session:
            surnames = session.scalars(select(ListEntry.surname)).all()
        assert all(surnames)
    finally:
        database.dispose()


def test_a_row_that_fits_several_sought_persons_is_marked_ambiguous() -> None:
    population = [
        Person(n, "Иванов", "Александр", "Сергеевич", born, "", "", "", False)
        for n in range(1, 301)
        for born in [date(1960 + n % 40, 1 + n % 12, 1 + n % 28)]
    ]
    entries = make_entries(population, 450, 3)
    undated = [e for e in entries if e.person_id and "no birth date" in e.how and not e.cells[4]]
    dated = [e for e in entries if e.person_id and e.how == ["russian"]]
    assert undated and all(AMBIGUOUS in e.how for e in undated)
    assert dated and not any(AMBIGUOUS in e.how for e in dated)
