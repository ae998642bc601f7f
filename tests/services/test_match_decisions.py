"""Undoing a decision on a proposed match: a new row, never a deletion."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.db import Database
from caseworker.errors import NotFound, ValidationError
from caseworker.models import AuditEntry, ListEntry, MatchDecision, PublishedList
from caseworker.services import cases
from caseworker.services.matching import match_list
from caseworker.services.matching.decisions import (
    WITHDRAWN,
    decide,
    person_fingerprint,
    standing_decision,
    withdraw_decision,
)
from caseworker.services.persons import get_person, update_person
from caseworker.services.report_rows import report_rows_of_person
from caseworker.services.reports import get_report
from caseworker.services.timeline import load_timeline
from caseworker.vocab import Claim, Credibility, Reliability
from tests.conftest import ACTOR, add_person

TODAY = date(2026, 12, 2)


def make_list(session: Session) -> int:
    """A list of men released in an exchange (graded B2) with Shumov on row 2; its entry id."""
    published = PublishedList(
        name="Обмен 14 ноября", publisher="Координационный штаб",
        published_on=date(2026, 11, 14), address="", means=Claim.RELEASED,
        reliability=Reliability.B, credibility=Credibility("2"), sha256="a" * 64,
        file_name="обмен.csv", size=1, column_map="{}", entered_by=ACTOR,
    )  # fmt: skip
    session.add(published)
    session.flush()
    entry = ListEntry(
        list_id=published.id, row_number=2, published="{}", surname="Shumov",
        given_name="Oleksii", patronymic="Viktorovych", service_number="", unit="",
        region="", note="",
    )  # fmt: skip
    entry.birth_date = None
    session.add(entry)
    session.flush()
    return entry.id


@pytest.fixture
def pair(database: Database) -> tuple[int, int, int]:
    """The list's id, its entry's id and the sought person (fictional) it names."""
    with database.write() as session:
        entry_id = make_list(session)
        case = cases.create_case(session, ACTOR, family_name="Шумовы")
        person = add_person(session, case.id, "Шумов Алексей Викторович")
        list_id = session.get(ListEntry, entry_id).list_id  # type: ignore[union-attr]
        return list_id, entry_id, person.id


def proposed(database: Database, list_id: int) -> dict[int, str]:
    """The persons proposed for the list's one entry, with the earlier reason shown."""
    with database.read() as session:
        (found,) = match_list(session, list_id, 0.0)
    return {c.person_id: c.earlier_reason for c in found.candidates}


def test_undoing_this_is_him_retracts_its_report_and_proposes_the_pair_again(
    database: Database, pair: tuple[int, int, int]
) -> None:
    list_id, entry_id, person_id = pair
    with database.write() as session:
        decision = decide(session, ACTOR, entry_id, person_id, same=True)
        decision_id, report_id = decision.id, decision.report_id
    assert report_id is not None
    assert person_id not in proposed(database, list_id)

    with database.write() as session:
        withdrawal = withdraw_decision(session, ACTOR, decision_id)
        assert (withdrawal.withdraws_id, withdrawal.same, withdrawal.reason) == (
            decision_id, False, ""
        )  # fmt: skip
        assert withdrawal.left_fingerprint == withdrawal.person_fingerprint == WITHDRAWN
        withdrawal_id = withdrawal.id

    assert proposed(database, list_id) == {person_id: ""}
    with database.read() as session:
        report = get_report(session, report_id)
        assert report.retracted
        assert report.retraction_reason == "The match with the list was undone."
        timeline = load_timeline(session, person_id, today=TODAY)
        assert report_id not in timeline.suggestion.contributions
        assert session.get(MatchDecision, decision_id) is not None  # kept
        assert standing_decision(session, person_id, entry_id=entry_id) is None
        (entry,) = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "match_decisions", AuditEntry.action == "withdraw"
            )
        )
        assert entry.entity_id == decision_id
        assert json.loads(entry.new_value or "") == {
            "withdrawal_id": withdrawal_id, "report_id": report_id,
        }  # fmt: skip


def test_deciding_again_after_an_undo_makes_a_fresh_decision_and_report(
    database: Database, pair: tuple[int, int, int]
) -> None:
    list_id, entry_id, person_id = pair
    with database.write() as session:
        first = decide(session, ACTOR, entry_id, person_id, same=True)
        first_id, first_report = first.id, first.report_id
        withdraw_decision(session, ACTOR, first_id)

    with database.write() as session:
        again = decide(session, ACTOR, entry_id, person_id, same=True)
        assert again.id != first_id
        assert again.report_id not in (None, first_report)
        assert not get_report(session, again.report_id or 0).retracted
        assert standing_decision(session, person_id, entry_id=entry_id) is again
        timeline = load_timeline(session, person_id, today=TODAY)
        assert again.report_id in timeline.suggestion.contributions
    assert person_id not in proposed(database, list_id)


def test_undoing_not_him_proposes_the_pair_without_the_old_reason(
    database: Database, pair: tuple[int, int, int]
) -> None:
    list_id, entry_id, person_id = pair
    with database.write() as session:
        decision_id = decide(session, ACTOR, entry_id, person_id, False, "Другой отец").id
    assert person_id not in proposed(database, list_id)

    with database.write() as session:
        withdrawal = withdraw_decision(session, ACTOR, decision_id)
        assert withdrawal.report_id is None
    assert proposed(database, list_id) == {person_id: ""}

    with database.write() as session:
        redo = decide(session, ACTOR, entry_id, person_id, False, "Другой отец")
        assert redo.id not in (decision_id, withdrawal.id)
    assert person_id not in proposed(database, list_id)


def test_undoing_twice_returns_the_first_undo_and_an_undo_cannot_be_undone(
    database: Database, pair: tuple[int, int, int]
) -> None:
    _list_id, entry_id, person_id = pair
    with database.write() as session:
        decision_id = decide(session, ACTOR, entry_id, person_id, same=True).id
        first = withdraw_decision(session, ACTOR, decision_id).id
    with database.write() as session:
        assert withdraw_decision(session, ACTOR, decision_id).id == first
        with pytest.raises(ValidationError, match="cannot be undone"):
            withdraw_decision(session, ACTOR, first)
    with database.read() as session:
        assert session.query(MatchDecision).count() == 2
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.action == "withdraw"))
        assert len(list(actions)) == 1


def test_only_the_latest_decision_on_a_pair_can_be_undone(
    database: Database, pair: tuple[int, int, int]
) -> None:
    _list_id, entry_id, person_id = pair
    with database.write() as session:
        older = decide(session, ACTOR, entry_id, person_id, False, "Другой отец").id
        decide(session, ACTOR, entry_id, person_id, same=True)
    with database.write() as session, pytest.raises(ValidationError, match="later decision"):
        withdraw_decision(session, ACTOR, older)


def test_an_unknown_decision_is_not_found(database: Database) -> None:
    with database.write() as session, pytest.raises(NotFound):
        withdraw_decision(session, ACTOR, 404)


def test_a_same_person_link_between_two_sought_persons_can_be_undone(
    database: Database,
) -> None:
    with database.write() as session:
        first = add_person(session, cases.create_case(session, ACTOR, family_name="Шумовы").id,
                           "Шумов Алексей Викторович")  # fmt: skip
        second = add_person(session, cases.create_case(session, ACTOR, family_name="Шумова").id,
                            "Шумов Алексей Викторович")  # fmt: skip
        link = MatchDecision(
            other_person_id=second.id, person_id=first.id, same=True, reason="Та же часть",
            left_fingerprint=person_fingerprint(second),
            person_fingerprint=person_fingerprint(first), decided_by=ACTOR,
        )  # fmt: skip
        session.add(link)
        session.flush()
        link_id, ids = link.id, (first.id, second.id)

    with database.write() as session:
        withdrawal = withdraw_decision(session, ACTOR, link_id)
        assert (withdrawal.entry_id, withdrawal.other_person_id, withdrawal.person_id) == (
            None, ids[1], ids[0]
        )  # fmt: skip
        assert standing_decision(session, ids[0], other_person_id=ids[1]) is None
        get_person(session, ids[0])  # untouched


def test_not_him_after_this_is_him_retracts_the_report(
    database: Database, pair: tuple[int, int, int]
) -> None:
    list_id, entry_id, person_id = pair
    with database.write() as session:
        report_id = decide(session, ACTOR, entry_id, person_id, same=True).report_id
        decide(session, ACTOR, entry_id, person_id, False, "Другой отец")
    with database.read() as session:
        report = get_report(session, report_id or 0)
        assert report.retraction_reason == "A later decision says the list entry is not him."
    assert person_id not in proposed(database, list_id)


def test_this_is_him_again_after_an_identity_changed_keeps_its_report(
    database: Database, pair: tuple[int, int, int]
) -> None:
    list_id, entry_id, person_id = pair
    with database.write() as session:
        first = decide(session, ACTOR, entry_id, person_id, same=True)
        first_id, report_id = first.id, first.report_id
    with database.write() as session:
        update_person(session, ACTOR, person_id, None, birth_date="1985")
    assert person_id in proposed(database, list_id)

    with database.write() as session:
        again = decide(session, ACTOR, entry_id, person_id, same=True)
        assert (again.id != first_id, again.report_id) == (True, report_id)
        assert len(report_rows_of_person(session, person_id)) == 1
    assert person_id not in proposed(database, list_id)
