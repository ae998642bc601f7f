"""Synthetic persons carry their names' keys, as the program would have stored them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from caseworker.db import open_database
from caseworker.models import SoughtPerson
from caseworker.names import NameField, name_key
from caseworker.services.search import search
from caseworker.synth import synthesize


def test_synthetic_persons_have_the_keys_of_their_names(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "caseworker.sqlite"))
    try:
        synthesize(database, 40, seed=3, actor="tester")
        with database.read() as session:
            persons = list(session.scalars(select(SoughtPerson)))
            assert persons
            for person in persons:
                assert (person.surname_key, person.given_key, person.patronymic_key) == (
                    name_key(person.surname, NameField.SURNAME),
                    name_key(person.given_name, NameField.GIVEN),
                    name_key(person.patronymic, NameField.PATRONYMIC),
                )
            first = persons[0]
            typo = first.surname[:-1] + ("а" if first.surname[-1] != "а" else "о")
            found = {hit.id for hit in search(session, f"{typo} {first.given_name}")}
    finally:
        database.dispose()
    assert first.id in found
