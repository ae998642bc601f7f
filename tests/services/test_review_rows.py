"""What the review queue reads: the lists to choose from and both sides' fields as text."""

from __future__ import annotations

from datetime import date

from caseworker.db import Database
from caseworker.matching import Field
from caseworker.services.matching.review import list_choices, review_queue
from tests.services.review_lists import add_list, listed


def test_the_lists_newest_first_with_their_number_of_entries(database: Database) -> None:
    found = listed(database)
    with database.write() as session:
        later = add_list(session, [("Шумов", "Алексей", "", None)], "Госпиталь № 3")
    with database.read() as session:
        choices = list_choices(session)
    assert [(c.list_id, c.entries) for c in choices] == [(later, 1), (found.list_id, 3)]
    assert (choices[1].name, choices[1].publisher) == ("Обмен 14 ноября", "Координационный штаб")
    assert choices[1].published_on == date(2026, 11, 14)


def test_the_queue_keeps_entries_with_candidates_and_both_sides_fields(
    database: Database,
) -> None:
    found = listed(database)
    with database.read() as session:
        queue = review_queue(session, found.list_id)
    assert [entry.row for entry in queue.matches] == [2, 3]
    assert queue.listed.entries == 3
    entry = queue.entries[queue.matches[0].entry_id]
    assert entry.values[Field.SURNAME] == "Shumov"
    assert entry.values[Field.BORN] == "04.05.1990"
    assert ("Прізвище", "Shumov") in entry.published
    shumov = queue.persons[found.shumov]
    assert shumov.name == "Шумов Алексей Викторович"
    assert (shumov.values[Field.BORN], shumov.values[Field.SERVICE_NUMBER]) == ("04.05.1990", "")
    assert shumov.case_id == found.shumov_case
