"""Synthetic cases: realistic, consistent with what the services would write, reproducible."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text, update

from caseworker.db import Database, open_database
from caseworker.integrity import check_database
from caseworker.models import AuditEntry, Case, Relative, Report, SoughtPerson
from caseworker.services import cases
from caseworker.services.search import search
from caseworker.synth import family_name, feminine, synthesize
from caseworker.vocab import Relation

ACTOR = "tester"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """300 synthetic cases, made once for the tests that only read them."""
    database = open_database(str(tmp_path_factory.mktemp("synthetic") / "caseworker.sqlite"))
    synthesize(database, 300, seed=11, actor=ACTOR)
    yield database
    database.dispose()


def _count(database: Database, sql: str) -> list[Any]:
    with database.read() as session:
        return list(session.execute(text(sql)).scalars())


def test_counts_stay_within_their_ranges(synthetic: Database) -> None:
    with synthetic.read() as session:
        assert session.scalar(select(func.count(Case.id))) == 300
        persons = Counter(session.scalars(select(SoughtPerson.case_id)))
        relatives = Counter(session.scalars(select(Relative.case_id)))
        reports = Counter(session.scalars(select(Report.person_id)))
        person_ids = list(session.scalars(select(SoughtPerson.id)))
    assert set(persons.values()) == {1, 2, 3}
    assert len(relatives) == 300 and set(relatives.values()) <= {1, 2, 3}
    per_person = [reports.get(person_id, 0) for person_id in person_ids]
    assert min(per_person) == 0 and max(per_person) <= 30
    assert max(per_person) >= 20


def test_reports_are_varied(synthetic: Database) -> None:
    with synthetic.read() as session:
        rows = session.execute(
            select(Report.claim, Report.source_kind, Report.reliability, Report.credibility)
        ).all()
        relayed = session.scalar(
            select(func.count(Report.id)).where(Report.derived_from_id.is_not(None))
        )
        retracted = list(
            session.scalars(
                select(Report.retraction_reason).where(Report.retracted_at.is_not(None))
            )
        )
    assert len({row.claim for row in rows}) == 9
    assert len({row.source_kind for row in rows}) == 12
    assert len({row.reliability for row in rows}) == 6
    assert len({row.credibility for row in rows}) == 6
    assert relayed and retracted and all(retracted)


def test_names_have_their_grammatical_forms(synthetic: Database) -> None:
    with synthetic.read() as session:
        pairs = session.execute(
            select(
                SoughtPerson.surname, SoughtPerson.patronymic, Relative.surname, Relative.relation
            ).join(Relative, Relative.case_id == SoughtPerson.case_id)
        ).all()
        families = session.execute(select(Case.family_name, Case.persons_label)).all()
    for surname, patronymic, relative_surname, relation in pairs:
        if surname.endswith("ов") and patronymic.endswith(("вич", "ич")):
            wants = feminine(surname) if relation in (Relation.WIFE, Relation.MOTHER) else None
            assert wants is None or relative_surname == wants
    assert any(family.endswith("ы") for family, _ in families)
    assert all(label for _, label in families)
    assert (feminine("Шумов"), feminine("Покровский"), feminine("Ткаченко")) == (
        "Шумова",
        "Покровская",
        "Ткаченко",
    )
    assert (family_name("Ковалёв"), family_name("Троицкий")) == ("Ковалёвы", "Троицкие")


def test_search_finds_synthesized_people(synthetic: Database) -> None:
    with synthetic.read() as session:
        person = session.scalars(select(SoughtPerson).order_by(SoughtPerson.id.desc())).first()
        relative = session.scalars(select(Relative).order_by(Relative.id)).first()
        assert person is not None and relative is not None
        by_name = search(session, f"{person.surname.upper()} {person.given_name.lower()}")
        by_phone = search(session, relative.phone[-7:])
    assert ("person", person.id) in {(hit.kind, hit.id) for hit in by_name}
    assert ("relative", relative.id) in {(hit.kind, hit.id) for hit in by_phone}


def test_check_is_clean_and_one_audit_entry_per_case(synthetic: Database) -> None:
    with synthetic.read() as session:
        assert check_database(session) == []
        actions = Counter(session.scalars(select(AuditEntry.action)))
    assert actions == {"synth": 300}


def _content(database: Database) -> list[Any]:
    queries = [
        "SELECT reference, family_name, region, status, persons_label, last_report_on,"
        " next_action, next_action_due FROM cases ORDER BY id",
        "SELECT case_id, surname, given_name, patronymic, unit, service_number FROM persons"
        " ORDER BY id",
        "SELECT person_id, claim, event_from, event_to, source_kind, reliability, credibility,"
        " derived_from_id, retraction_reason FROM reports ORDER BY id",
        "SELECT case_id, surname, given_name, relation, phone FROM relatives ORDER BY id",
    ]
    with database.read() as session:
        return [session.execute(text(sql)).all() for sql in queries]


def test_deterministic_for_a_seed(tmp_path: Path) -> None:
    contents = []
    for name, seed in (("one", 5), ("two", 5), ("three", 6)):
        database = open_database(str(tmp_path / f"{name}.sqlite"))
        try:
            synthesize(database, 40, seed=seed)
            contents.append(_content(database))
        finally:
            database.dispose()
    assert contents[0] == contents[1]
    assert contents[0] != contents[2]


def test_references_continue_the_numbering(database: Database) -> None:
    with database.write() as session:
        first = cases.create_case(session, ACTOR, family_name="Шумовы")
    synthesize(database, 50, seed=1)
    with database.write() as session:
        later = cases.create_case(session, ACTOR, family_name="Ёлкины")
        references = list(session.scalars(select(Case.reference)))
    assert len(set(references)) == len(references) == 52
    year = first.reference.split("-")[0]
    numbers = sorted(int(ref.split("-")[1]) for ref in references if ref.startswith(year))
    assert numbers == list(range(1, len(numbers) + 1))
    assert later.reference == f"{year}-{numbers[-1]:04d}"


def test_references_count_past_9999(database: Database) -> None:
    with database.write() as session:
        for reference in ("2026-9999", "2026-10000"):
            case = cases.create_case(session, ACTOR, family_name="Шумовы", opened_on="2026-01-05")
            session.execute(update(Case).where(Case.id == case.id).values(reference=reference))
        assert cases.next_reference(session, 2026) == "2026-10001"


def test_into_a_callers_session(database: Database) -> None:
    with database.write() as session:
        summary = synthesize(session, 10, seed=2)
        assert session.scalar(select(func.count(Case.id))) == 10
    assert summary.cases == 10 and summary.reports == len(
        _count(database, "SELECT id FROM reports")
    )
