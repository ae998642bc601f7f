"""Duplicate sought persons: pairs found by the same matcher as a list's entries, decided
"not the same" and left out while neither identity changes (fictional people only)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.matching import Field, Verdict
from caseworker.services import cases, persons
from caseworker.services.matching.decisions import withdraw_decision
from caseworker.services.matching.duplicates import (
    DuplicatePair,
    DuplicatesCancelled,
    find_duplicates,
)
from caseworker.services.matching.links import link_persons
from tests.conftest import ACTOR, add_person

SHUMOV = {"birth_date": "04.05.1990", "service_number": "АВ-123456", "unit": "в/ч 00417"}


def sought(session: Session, name: str, family: str = "", **values: Any) -> int:
    """A person in a new case of their own (another family seeking them)."""
    case = cases.create_case(session, ACTOR, family_name=family or name.split()[0] + "ы")
    return add_person(session, case.id, name, **values).id


def duplicates(database: Database, minimum: float = 0.1) -> list[DuplicatePair]:
    with database.read() as session:
        return find_duplicates(session, minimum)


def pairs(found: list[DuplicatePair]) -> set[tuple[int, int]]:
    return {pair.person_ids for pair in found}


def ordered(one: int, two: int) -> tuple[int, int]:
    return (min(one, two), max(one, two))


@pytest.fixture
def shumov(database: Database) -> int:
    with database.write() as session:
        person = sought(session, "Шумов Алексей Викторович", **SHUMOV)
        sought(session, "Кравцова Анна Сергеевна", birth_date="1995")
        sought(session, "Заречный Пётр Иванович", birth_date="12.03.1987")
        return person


def test_two_families_seeking_the_same_man_make_a_pair(database: Database, shumov: int) -> None:
    with database.write() as session:
        other = sought(session, "Шумов Алексей Викторович", "Шумовы (мать)", **SHUMOV)

    (pair,) = duplicates(database)

    assert pair.person_ids == ordered(shumov, other)
    assert pair.case_ids[0] != pair.case_ids[1] and not pair.same_case
    assert all(pair.case_references)
    assert pair.probability >= 0.9
    assert pair.fields[Field.SURNAME] is Verdict.MATCH
    assert pair.fields[Field.BORN] is Verdict.MATCH
    assert pair.earlier_reason == ""


ONE_FIELD_WRONG = [
    ("Шумоф Алексей Викторович", SHUMOV),
    ("Шумов Алексей Викторович", {**SHUMOV, "birth_date": "05.04.1990"}),
    ("Шумов Алексей Петрович", SHUMOV),
    ("Шумов Олексій Вікторович", SHUMOV),
    ("Шумов Иван Викторович", SHUMOV),
    ("Шумов Алексей Викторович", {**SHUMOV, "birth_date": "1991"}),
    ("Шумов Алексей Викторович", {**SHUMOV, "unit": "в/ч 99999"}),
    ("Алексей Шумов Викторович", SHUMOV),
    ("Шамов Алексей Викторович", {**SHUMOV, "service_number": ""}),
    ("Шумов Алексей Викторович", {"unit": "в/ч 00417"}),
    ("Шумакин Алексей Викторович", SHUMOV),
]


@pytest.mark.parametrize(("name", "values"), ONE_FIELD_WRONG)
def test_the_pair_is_found_when_one_field_is_wrong(
    database: Database, shumov: int, name: str, values: dict[str, str]
) -> None:
    with database.write() as session:
        other = sought(session, name, "Шумовы (мать)", **values)

    found = duplicates(database, minimum=0.0)

    assert ordered(shumov, other) in pairs(found)


def test_a_person_entered_twice_in_one_case_makes_a_pair(database: Database) -> None:
    with database.write() as session:
        case = cases.create_case(session, ACTOR, family_name="Шумовы")
        one = add_person(session, case.id, "Шумов Алексей Викторович", **SHUMOV).id
        two = add_person(session, case.id, "Шумов Алексей", birth_date="04.05.1990").id

    (pair,) = duplicates(database)

    assert pair.person_ids == ordered(one, two) and pair.same_case


@pytest.mark.usefixtures("shumov")
def test_pairs_come_once_best_first(database: Database) -> None:
    with database.write() as session:
        sought(session, "Шумов Алексей Викторович", "Шумовы (мать)", **SHUMOV)
        sought(session, "Шумов Алексей Викторович", "Шумовы (сестра)", birth_date="1990")

    found = duplicates(database, minimum=0.0)

    assert len(found) == len(pairs(found)) == 3
    assert all(pair.person_ids[0] < pair.person_ids[1] for pair in found)
    assert [p.probability for p in found] == sorted((p.probability for p in found), reverse=True)


def test_the_quick_bound_drops_no_pair_the_score_keeps(database: Database) -> None:
    """The search skips scoring a pair whose bound is below the threshold: compared with
    every blocked pair scored (threshold 0), nothing above the threshold is lost."""
    names = ["Шумов Алексей", "Шумов Алексей Викторович", "Шумов Алексей Петрович"]
    days = ["04.05.1990", "05.04.1990", "1990", "1991", "04.05.1991", ""]
    with database.write() as session:
        for number, name in enumerate(names * 4):
            values = {"birth_date": days[number % len(days)]}
            if number % 3 == 0:
                values["unit"] = "в/ч 00417"
            if number % 4 == 0:
                values["service_number"] = f"АВ-12345{number % 2}"
            sought(session, name, f"Семья {number}", **values)

    everything = duplicates(database, minimum=0.0)
    for minimum in (0.05, 0.1, 0.3, 0.5, 0.9):
        kept = [(p.person_ids, p.probability) for p in everything if p.probability >= minimum]
        found = [(p.person_ids, p.probability) for p in duplicates(database, minimum)]
        assert sorted(found) == sorted(kept), minimum


def test_a_pair_not_the_same_is_not_proposed_again_until_an_identity_changes(
    database: Database, shumov: int
) -> None:
    with database.write() as session:
        other = sought(session, "Шумов Алексей Викторович", "Шумовы (мать)", birth_date="1990")
    assert pairs(duplicates(database)) == {ordered(shumov, other)}

    with database.write() as session:
        link_persons(session, ACTOR, other, shumov, False, "Другой отец, другая часть")
    assert duplicates(database, minimum=0.0) == []

    with database.write() as session:
        persons.update_person(session, ACTOR, other, None, birth_date="04.05.1990")
    (back,) = duplicates(database)
    assert back.person_ids == ordered(shumov, other)
    assert back.earlier_reason == "Другой отец, другая часть"


def test_persons_linked_through_a_chain_are_not_proposed(database: Database, shumov: int) -> None:
    with database.write() as session:
        second = sought(session, "Шумов Алексей Викторович", "Шумовы (мать)", **SHUMOV)
        third = sought(session, "Шумов Алексей Викторович", "Шумовы (сестра)", **SHUMOV)
    assert len(duplicates(database)) == 3

    with database.write() as session:
        link_persons(session, ACTOR, shumov, second, True, "Один личный номер")
    assert len(duplicates(database)) == 2
    with database.write() as session:
        link_persons(session, ACTOR, second, third, True, "Одна часть, одна дата рождения")

    assert duplicates(database) == []


@pytest.mark.usefixtures("shumov")
def test_the_search_tells_its_progress_and_can_be_cancelled(database: Database) -> None:
    with database.write() as session:
        sought(session, "Шумов Алексей Викторович", "Шумовы (мать)", **SHUMOV)
    told: list[tuple[int, int]] = []
    with database.read() as session:
        find_duplicates(session, progress=lambda done, total: told.append((done, total)))
    assert told[0][0] == 0 and told[-1][0] == told[-1][1] > 0

    with database.read() as session, pytest.raises(DuplicatesCancelled):
        find_duplicates(session, cancelled=lambda: True)


def test_a_withdrawn_not_the_same_is_proposed_again_with_no_reason(
    database: Database, shumov: int
) -> None:
    with database.write() as session:
        other = sought(session, "Шумов Алексей Викторович", "Шумовы (мать)", birth_date="1990")
        decision = link_persons(session, ACTOR, shumov, other, False, "Разные люди").id
    assert duplicates(database) == []

    with database.write() as session:
        withdraw_decision(session, ACTOR, decision)

    (back,) = duplicates(database)
    assert (back.person_ids, back.earlier_reason) == (ordered(shumov, other), "")


def test_no_pair_is_proposed_across_groups_a_not_the_same_keeps_apart(
    database: Database, shumov: int
) -> None:
    with database.write() as session:
        second = sought(session, "Шумов Алексей Викторович", "Шумовы (мать)", **SHUMOV)
        third = sought(session, "Шумов Алексей Викторович", "Шумовы (сестра)", **SHUMOV)
        link_persons(session, ACTOR, shumov, second, True, "Один личный номер")
        link_persons(session, ACTOR, third, shumov, False, "Другой отец по документам")

    assert duplicates(database, minimum=0.0) == []

    with database.write() as session:
        persons.update_person(session, ACTOR, third, None, birth_date="1990")
    back = duplicates(database)
    assert pairs(back) == {ordered(shumov, third), ordered(second, third)}
    assert {pair.earlier_reason for pair in back} == {"Другой отец по документам"}
    with database.write() as session:  # what the list proposes, linking allows
        link_persons(session, ACTOR, second, third, True, "Одна часть, один год рождения")
    assert duplicates(database, minimum=0.0) == []


def test_a_pair_kept_apart_is_neither_proposed_nor_linked(database: Database, shumov: int) -> None:
    """One rule for the list and for linking: while a "not the same" stands on the
    identities as they are, the list does not propose a pair across it and linking it is
    refused."""
    with database.write() as session:
        second = sought(session, "Шумов Алексей Викторович", "Шумовы (мать)", **SHUMOV)
        third = sought(session, "Шумов Алексей Викторович", "Шумовы (сестра)", **SHUMOV)
        link_persons(session, ACTOR, shumov, second, True, "Один личный номер")
        link_persons(session, ACTOR, third, shumov, False, "Другой отец по документам")

    assert ordered(second, third) not in pairs(duplicates(database, minimum=0.0))
    with database.write() as session, pytest.raises(ValidationError):
        link_persons(session, ACTOR, second, third, True, "Похожи")


TRANSPOSED = [
    ("14.03.1985", "14.03.1958"),  # the year's last two digits
    ("12.03.1987", "21.03.1987"),  # the day's
    ("12.01.1987", "12.10.1987"),  # the month's
]


@pytest.mark.parametrize(("one_day", "other_day"), TRANSPOSED)
def test_two_digits_swapped_in_the_birth_date_do_not_veto_the_pair(
    database: Database, one_day: str, other_day: str
) -> None:
    """One clerical error cannot veto a true match: with no service number, the full name
    and a birth date with two adjacent digits swapped are still proposed as likely."""
    with database.write() as session:
        one = sought(session, "Заречный Пётр Иванович", birth_date=one_day)
        other = sought(session, "Заречный Пётр Иванович", "Заречные (мать)", birth_date=other_day)

    (pair,) = duplicates(database)

    assert pair.person_ids == ordered(one, other)
    assert pair.fields[Field.BORN] is Verdict.CLOSE
    assert pair.probability >= 0.9
