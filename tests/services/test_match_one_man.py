"""One row of a list is one man: a second "this is him" on an entry is refused and the
entry's other candidates are not proposed once it is decided; persons linked as the same man
are one candidate; a crowd of namesakes alike is still proposed."""

from __future__ import annotations

import pytest

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.matching import LIKELY_FROM, PROPOSED_FROM
from caseworker.services.matching import decide, match_list
from caseworker.services.matching.decisions import withdraw_decision
from caseworker.services.matching.links import link_persons
from caseworker.services.persons import get_person
from caseworker.services.report_rows import report_rows_of_person
from tests.conftest import ACTOR
from tests.services.test_match_list import make_list, sought

ENTRY = {"surname": "Шумов", "given": "Алексей", "patronymic": "Викторович", "born": "04.05.1990"}


def proposed(database: Database, list_id: int, minimum: float = PROPOSED_FROM) -> dict[int, float]:
    """The persons proposed for the list's one entry, with their shown probability."""
    with database.read() as session:
        (found,) = match_list(session, list_id, minimum)
    return {c.person_id: c.probability for c in found.candidates}


def entry_of(database: Database, list_id: int) -> int:
    with database.read() as session:
        (found,) = match_list(session, list_id, 0.0)
    return found.entry_id


def reference(database: Database, person_id: int) -> str:
    with database.read() as session:
        return get_person(session, person_id).case.reference


def test_an_entry_decided_as_one_man_proposes_no_other_until_withdrawn(
    database: Database,
) -> None:
    with database.write() as session:
        list_id = make_list(session, ENTRY)
        man = sought(session, "Шумов Алексей Викторович", birth_date="04.05.1990")
        namesake = sought(session, "Шумов Алексей Викторович", birth_date="1990")
    entry_id = entry_of(database, list_id)
    before = proposed(database, list_id)
    assert before[man] >= LIKELY_FROM
    assert namesake not in before  # "likely" alone, but the man takes the entry: under 1 %

    with database.write() as session:
        decision_id = decide(session, ACTOR, entry_id, man, same=True).id

    assert proposed(database, list_id, 0.0) == {}  # resolved: the namesake is not "likely"
    with database.write() as session, pytest.raises(ValidationError) as refused:
        decide(session, ACTOR, entry_id, namesake, same=True)
    message = refused.value.message
    assert reference(database, man) in message
    assert "Undo that decision first" in message
    with database.read() as session:
        assert report_rows_of_person(session, namesake) == []
    with database.write() as session:  # "not him" on the namesake stays possible
        not_him = decide(session, ACTOR, entry_id, namesake, False, "Другой год рождения").id

    with database.write() as session:
        withdraw_decision(session, ACTOR, decision_id)
    assert man in proposed(database, list_id, 0.0)
    with database.write() as session:
        withdraw_decision(session, ACTOR, not_him)
    back = proposed(database, list_id, 0.0)
    assert set(back) == {man, namesake}
    with database.write() as session:  # the man undone: the namesake may be him now
        assert decide(session, ACTOR, entry_id, namesake, same=True).report_id is not None


def test_two_persons_linked_as_one_man_may_both_be_him(database: Database) -> None:
    with database.write() as session:
        list_id = make_list(session, ENTRY)
        first = sought(session, "Шумов Алексей Викторович", birth_date="04.05.1990")
        second = sought(session, "Шумов Алексей Викторович", birth_date="04.05.1990")
        stranger = sought(session, "Шумов Алексей Викторович", birth_date="1990")
        link_persons(session, ACTOR, first, second, True, "Одно лицо: искали мать и жена")
    entry_id = entry_of(database, list_id)

    with database.write() as session:
        decide(session, ACTOR, entry_id, first, same=True)

    assert set(proposed(database, list_id, 0.0)) == {second}  # the stranger is not
    with database.write() as session:
        assert decide(session, ACTOR, entry_id, second, same=True).report_id is not None
        with pytest.raises(ValidationError):
            decide(session, ACTOR, entry_id, stranger, same=True)


def test_persons_linked_as_the_same_man_are_one_candidate(database: Database) -> None:
    with database.write() as session:
        list_id = make_list(session, ENTRY)
        first = sought(session, "Шумов Алексей Викторович", birth_date="04.05.1990")
        second = sought(session, "Шумов Алексей Викторович", birth_date="04.05.1990")
    apart = proposed(database, list_id)
    assert set(apart) == {first, second}
    assert all(chance < LIKELY_FROM for chance in apart.values())  # two men: half each

    with database.write() as session:
        link_persons(session, ACTOR, first, second, True, "Одно лицо: искали мать и жена")

    together = proposed(database, list_id)
    assert set(together) == {first, second}
    assert together[first] == together[second] >= LIKELY_FROM
    with database.write() as session:  # a namesake beside them shares with one hypothesis
        third = sought(session, "Шумов Алексей Викторович", birth_date="04.05.1990")
    three = proposed(database, list_id)
    assert three[first] == three[second] == pytest.approx(three[third])  # two men: a half


def test_a_crowd_of_namesakes_alike_is_still_proposed(database: Database) -> None:
    with database.write() as session:
        list_id = make_list(session, ENTRY)
        crowd = {
            sought(session, "Шумов Алексей Викторович", birth_date="04.05.1990") for _ in range(11)
        }
        weak = sought(session, "Шумов Алексей", birth_date="1990")

    found = proposed(database, list_id)

    assert set(found) == crowd  # each under 0.1 shared, but "likely" alone
    assert all(chance < PROPOSED_FROM for chance in found.values())
    assert weak not in found  # not likely alone: below 0.1 is not proposed
    assert weak in proposed(database, list_id, 0.0)
