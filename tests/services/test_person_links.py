"""Links between sought persons: "the same person" with a justification, "not the same",
chains that a "not the same" blocks, and the audit (fictional people only)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from caseworker.db import Database
from caseworker.errors import NotFound, ValidationError
from caseworker.models import AuditEntry, Case, MatchDecision
from caseworker.services import cases, persons
from caseworker.services.matching.decisions import withdraw_decision
from caseworker.services.matching.links import (
    earlier_reasons,
    link_persons,
    linked_persons,
    links_in_case,
)
from tests.conftest import ACTOR, add_person

BORN = {"birth_date": "04.05.1990"}


@pytest.fixture
def four(database: Database) -> list[int]:
    """One man sought by four families (fictional), each its own case."""
    with database.write() as session:
        found = []
        for family in ("Шумовы", "Шумовы (мать)", "Шумовы (сестра)", "Шумовы (жена)"):
            case = cases.create_case(session, ACTOR, family_name=family)
            found.append(add_person(session, case.id, "Шумов Алексей Викторович", **BORN).id)
        return found


def reference_of(database: Database, person_id: int) -> str:
    with database.read() as session:
        from caseworker.models import SoughtPerson

        person = session.get(SoughtPerson, person_id)
        assert person is not None
        return session.get(Case, person.case_id).reference  # type: ignore[union-attr]


def link(database: Database, one: int, two: int, same: bool, reason: str = "Проверено") -> int:
    with database.write() as session:
        return link_persons(session, ACTOR, one, two, same, reason).id


def linked(database: Database, person_id: int) -> list[int]:
    with database.read() as session:
        return [p.person_id for p in linked_persons(session, person_id)]


def test_same_links_two_persons_and_shows_the_other_case(
    database: Database, four: list[int]
) -> None:
    a, b, *_ = four
    link(database, b, a, True, "Один личный номер, одна часть")

    with database.read() as session:
        (other,) = linked_persons(session, a)
        (back,) = linked_persons(session, b)
        decision = session.scalars(select(MatchDecision)).one()
    assert (other.person_id, back.person_id) == (b, a)
    assert other.case_reference == reference_of(database, b)
    assert other.full_name == "Шумов Алексей Викторович"
    assert (decision.person_id, decision.other_person_id) == (a, b)
    assert (decision.entry_id, decision.report_id, decision.same) == (None, None, True)
    assert decision.reason == "Один личный номер, одна часть"


def test_links_join_through_a_chain(database: Database, four: list[int]) -> None:
    a, b, c, d = four
    link(database, a, b, True)
    link(database, c, b, True)

    assert linked(database, a) == sorted([b, c], key=lambda p: reference_of(database, p))
    assert linked(database, c) == sorted([a, b], key=lambda p: reference_of(database, p))
    assert linked(database, d) == []


def test_a_not_the_same_stops_a_chain_from_joining_them(
    database: Database, four: list[int]
) -> None:
    a, b, c, _d = four
    link(database, a, c, False, "Разные отцы по документам")
    link(database, a, b, True)

    with database.write() as session, pytest.raises(ValidationError) as refused:
        link_persons(session, ACTOR, b, c, True, "Похожи")
    message = refused.value.message
    assert reference_of(database, a) in message and reference_of(database, c) in message
    assert linked(database, c) == []
    with database.read() as session:
        assert session.query(MatchDecision).count() == 2


def test_a_not_the_same_made_before_an_identity_changed_no_longer_stops_a_chain(
    database: Database, four: list[int]
) -> None:
    """The rule of the list of duplicates: once either identity changed, the pair may be
    proposed again with the earlier reason, and linking it is allowed."""
    a, b, c, _d = four
    link(database, a, c, False, "Разные отцы по документам")
    link(database, a, b, True)
    with database.write() as session:
        persons.update_person(session, ACTOR, c, None, birth_date="05.04.1990")
    with database.read() as session:  # what the caseworker is shown before linking
        assert earlier_reasons(session, b, c) == ("Разные отцы по документам",)
        assert earlier_reasons(session, a, b) == ()

    link(database, b, c, True, "Дата рождения исправлена по военному билету")

    assert set(linked(database, c)) == {a, b}


def test_not_the_same_is_refused_between_persons_linked_through_others(
    database: Database, four: list[int]
) -> None:
    a, b, c, _d = four
    link(database, a, b, True)
    link(database, b, c, True)

    with database.write() as session, pytest.raises(ValidationError) as refused:
        link_persons(session, ACTOR, a, c, False, "Не он")
    assert reference_of(database, c) in refused.value.message


def test_a_later_decision_on_the_pair_replaces_the_earlier(
    database: Database, four: list[int]
) -> None:
    a, b, *_ = four
    link(database, a, b, False, "Разные даты рождения")
    link(database, a, b, True, "Дата рождения исправлена, совпадает")
    assert linked(database, a) == [b]

    link(database, a, b, False, "Ошиблись: разные люди")
    assert linked(database, a) == []


def test_the_same_decision_twice_creates_nothing_twice(database: Database, four: list[int]) -> None:
    a, b, *_ = four
    first = link(database, a, b, True, "Один личный номер")
    again = link(database, b, a, True, "Один личный номер, ещё раз")
    apart = link(database, a, four[2], False, "Разные")
    apart_again = link(database, four[2], a, False, "Разные")

    assert (again, apart_again) == (first, apart)
    with database.read() as session:
        assert session.query(MatchDecision).count() == 2
        assert session.query(AuditEntry).filter_by(entity="match_decisions").count() == 2


def test_both_decisions_are_audited(database: Database, four: list[int]) -> None:
    a, b, c, _d = four
    same = link(database, a, b, True, "Один личный номер")
    apart = link(database, a, c, False, "Разные отцы")

    with database.read() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "match_decisions").order_by(AuditEntry.id)
        ).all()
    assert [(r.entity_id, r.actor, r.action) for r in rows] == [
        (same, ACTOR, "create"),
        (apart, ACTOR, "create"),
    ]
    values = json.loads(rows[1].new_value or "{}")
    assert values == {"person_id": a, "other_person_id": c, "same": False, "reason": "Разные отцы"}


@pytest.mark.parametrize("same", [True, False])
def test_a_reason_is_required(database: Database, four: list[int], same: bool) -> None:
    with database.write() as session, pytest.raises(ValidationError) as refused:
        link_persons(session, ACTOR, four[0], four[1], same, "   ")
    assert refused.value.field == "reason"


def test_a_person_is_not_linked_to_himself_nor_to_no_one(
    database: Database, four: list[int]
) -> None:
    with database.write() as session, pytest.raises(ValidationError):
        link_persons(session, ACTOR, four[0], four[0], True, "Тот же")
    with database.write() as session, pytest.raises(NotFound):
        link_persons(session, ACTOR, four[0], 999_999, True, "Тот же")


def test_links_in_a_case_for_the_case_view(database: Database, four: list[int]) -> None:
    a, b, c, _d = four
    with database.write() as session:
        case_id = cases.create_case(session, ACTOR, family_name="Шумовы (брат)").id
        twice = add_person(session, case_id, "Шумов Алексей", **BORN).id
        alone = add_person(session, case_id, "Шумова Анна").id
    link(database, twice, a, True, "Введён дважды")
    link(database, a, b, True)

    with database.read() as session:
        found = links_in_case(session, case_id)
    assert set(found) == {twice}
    assert [p.person_id for p in found[twice]] == linked(database, twice)
    assert {p.person_id for p in found[twice]} == {a, b}
    assert alone not in found and c not in found


def test_a_withdrawn_link_no_longer_joins_them_nor_blocks_a_chain(
    database: Database, four: list[int]
) -> None:
    a, b, c, _d = four
    same = link(database, a, b, True)
    apart = link(database, b, c, False, "Разные отцы")
    with database.write() as session:
        withdraw_decision(session, ACTOR, same)
        withdraw_decision(session, ACTOR, apart)

    assert linked(database, a) == []
    link(database, a, c, True, "Один личный номер")
    link(database, a, b, True, "Одна часть")
    assert set(linked(database, b)) == {a, c}
