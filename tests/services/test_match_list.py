"""Matching a published list against the sought persons, and deciding on its candidates."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from caseworker.dates import parse_birth_date
from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.matching import Field, Verdict
from caseworker.models import ListEntry, MatchDecision, PublishedList
from caseworker.services import cases, persons
from caseworker.services.matching import EntryMatches, MatchingCancelled, decide, match_list
from caseworker.services.matching import lists as matching_lists
from caseworker.services.report_rows import report_rows_of_person
from caseworker.vocab import Claim, Credibility, Reliability, SourceKind
from tests.conftest import ACTOR, add_person


def make_list(session: Session, *rows: dict[str, str], name: str = "Обмен 14 ноября") -> int:
    """A published list (released in an exchange, graded B2) with one entry per row."""
    published = PublishedList(
        name=name,
        publisher="Координационный штаб",
        published_on=date(2026, 11, 14),
        address="",
        means=Claim.RELEASED,
        reliability=Reliability.B,
        credibility=Credibility("2"),
        sha256=f"{abs(hash(name)):064d}"[:64],
        file_name="обмен.csv",
        size=1,
        column_map="{}",
        entered_by=ACTOR,
    )
    session.add(published)
    session.flush()
    for number, row in enumerate(rows, start=2):
        entry = ListEntry(
            list_id=published.id,
            row_number=number,
            published=json.dumps(row, ensure_ascii=False),
            surname=row.get("surname", ""),
            given_name=row.get("given", ""),
            patronymic=row.get("patronymic", ""),
            service_number=row.get("service_number", ""),
            unit=row.get("unit", ""),
            region=row.get("region", ""),
            note="",
        )
        born = row.get("born", "")
        entry.birth_date = parse_birth_date(born, today=date(2026, 12, 2)) if born else None
        session.add(entry)
    session.flush()
    return published.id


def sought(session: Session, name: str, **values: Any) -> int:
    case = cases.create_case(session, ACTOR, family_name=name.split()[0] + "ы")
    return add_person(session, case.id, name, **values).id


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    """Sought persons (fictional), among them namesakes of the man on the list."""
    with database.write() as session:
        return {
            "shumov": sought(
                session, "Шумов Алексей Викторович", birth_date="04.05.1990",
                service_number="АВ-123456",
            ),
            "namesake": sought(session, "Шумов Алексей Петрович", birth_date="1985"),
            "zarechny": sought(session, "Заречный Пётр Иванович", birth_date="12.03.1987"),
            "kravtsova": sought(session, "Кравцова Анна Сергеевна", birth_date="1995"),
        }  # fmt: skip


def matches(database: Database, list_id: int, minimum: float = 0.1) -> list[EntryMatches]:
    with database.read() as session:
        return match_list(session, list_id, minimum)


def best(found: EntryMatches) -> int:
    return found.candidates[0].person_id


SHUMOV_UA = {
    "surname": "Shumov", "given": "Oleksii", "patronymic": "Viktorovych", "born": "04.05.1990",
}  # fmt: skip


def test_a_ukrainian_latin_spelling_finds_the_sought_person_first(
    database: Database, people: dict[str, int]
) -> None:
    with database.write() as session:
        list_id = make_list(session, SHUMOV_UA, {"surname": "Іваненко", "given": "Богдан"})

    first, stranger = matches(database, list_id)

    assert (first.row, best(first)) == (2, people["shumov"])
    top = first.candidates[0]
    assert top.probability >= 0.9
    assert top.fields[Field.SURNAME] is Verdict.MATCH
    assert top.fields[Field.BORN] is Verdict.MATCH
    assert top.fields[Field.SERVICE_NUMBER] is Verdict.BLANK
    assert top.case_reference
    assert all(c.probability < top.probability for c in first.candidates[1:])
    assert stranger.candidates == ()


WRONG_ONE_FIELD = [
    {**SHUMOV_UA, "surname": "Shumob"},
    {**SHUMOV_UA, "given": "Ivan"},
    {**SHUMOV_UA, "patronymic": "Petrovych"},
    {**SHUMOV_UA, "born": "05.04.1991"},
    {**SHUMOV_UA, "surname": "Oleksii", "given": "Shumov"},
    {"surname": "Petrenko", "given": "Ivan", "born": "1979", "service_number": "ав 123456"},
    # Two at once: a typo in the given name and no birth date; a typo in names swapped.
    {"surname": "Shumov", "given": "Olksii", "patronymic": "Viktorovych"},
    {**SHUMOV_UA, "surname": "Oleksii", "given": "Shumob"},
    {"surname": "Shpakov", "given": "Oleksii", "born": "04.05.1990"},
    {"surname": "Oleksy", "given": "SHUMOV", "patronymic": "Viktorovych", "born": "1990"},
]


@pytest.mark.parametrize("row", WRONG_ONE_FIELD)
def test_blocking_finds_the_person_when_one_field_is_wrong(
    database: Database, people: dict[str, int], row: dict[str, str]
) -> None:
    with database.write() as session:
        list_id = make_list(session, row)

    (found,) = matches(database, list_id, minimum=0.0)

    assert people["shumov"] in {c.person_id for c in found.candidates}
    assert people["kravtsova"] not in {c.person_id for c in found.candidates}


def test_a_rejected_pair_comes_back_with_its_reason_only_after_an_identity_changes(
    database: Database, people: dict[str, int]
) -> None:
    with database.write() as session:
        list_id = make_list(session, {**SHUMOV_UA, "born": "1990"})
    (found,) = matches(database, list_id, minimum=0.0)
    entry_id = found.entry_id
    assert people["namesake"] in {c.person_id for c in found.candidates}

    with database.write() as session, pytest.raises(ValidationError):
        decide(session, ACTOR, entry_id, people["namesake"], same=False, reason="  ")
    with database.write() as session:
        decide(session, ACTOR, entry_id, people["namesake"], False, "Другой год рождения")
        decide(session, ACTOR, entry_id, people["namesake"], False, "Другой год рождения")

    (again,) = matches(database, list_id, minimum=0.0)
    assert people["namesake"] not in {c.person_id for c in again.candidates}
    assert people["shumov"] in {c.person_id for c in again.candidates}

    with database.write() as session:
        persons.update_person(session, ACTOR, people["namesake"], None, birth_date="1990")
    (changed,) = matches(database, list_id, minimum=0.0)
    back = [c for c in changed.candidates if c.person_id == people["namesake"]]
    assert [c.earlier_reason for c in back] == ["Другой год рождения"]
    with database.read() as session:
        assert session.query(MatchDecision).count() == 1


def test_this_is_him_makes_one_report_from_the_list(
    database: Database, people: dict[str, int]
) -> None:
    with database.write() as session:
        list_id = make_list(session, SHUMOV_UA)
    (found,) = matches(database, list_id)

    with database.write() as session:
        first = decide(session, ACTOR, found.entry_id, people["shumov"], same=True).report_id
        twice = decide(session, ACTOR, found.entry_id, people["shumov"], same=True).report_id

    assert first is not None and twice == first
    with database.read() as session:
        rows = report_rows_of_person(session, people["shumov"])
    (report,) = [r for r in rows if r.id == first]
    assert len(rows) == 1
    assert report.claim is Claim.RELEASED
    assert report.event.earliest == date(2026, 11, 14)
    assert report.source_kind is SourceKind.PUBLISHED_LIST
    assert "Обмен 14 ноября" in report.source_name
    assert "Координационный штаб" in report.source_name
    assert (report.reliability, report.credibility) == (Reliability.B, Credibility("2"))
    (after,) = matches(database, list_id)
    assert people["shumov"] not in {c.person_id for c in after.candidates}


@pytest.mark.usefixtures("people")
def test_running_again_after_persons_were_added_proposes_the_new_pairs(
    database: Database,
) -> None:
    with database.write() as session:
        list_id = make_list(session, {"surname": "Bondarenko", "given": "Mykola", "born": "1992"})
    (before,) = matches(database, list_id)
    assert before.candidates == ()

    with database.write() as session:
        added = sought(session, "Бондаренко Николай Ильич", birth_date="03.02.1992")
    (after,) = matches(database, list_id)

    assert [c.person_id for c in after.candidates] == [added]


def test_a_name_common_among_the_sought_weighs_less(
    database: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching_lists, "SHARES_FROM", 1)
    with database.write() as session:
        list_id = make_list(session, {**SHUMOV_UA, "born": "1990"})
        for number in range(8):
            sought(session, f"Остапенко{'в' * number} Гордей Ильич", birth_date=f"{1960 + number}")

    def probability() -> float:
        (found,) = matches(database, list_id, minimum=0.0)
        return {c.person_id: c.probability for c in found.candidates}[people["shumov"]]

    rare = probability()
    with database.write() as session:
        for number in range(8):
            sought(session, "Шумов Алексей Викторович", birth_date=f"{1960 + number}")

    assert probability() < rare


def test_a_longer_list_takes_no_more_queries(database: Database, people: dict[str, int]) -> None:
    def statements(rows: int) -> int:
        with database.write() as session:
            list_id = make_list(session, *[SHUMOV_UA] * rows, name=f"Список {rows}")
        seen: list[str] = []

        def count(*_args: Any) -> None:
            seen.append("statement")

        event.listen(database.engine, "before_cursor_execute", count)
        try:
            found = matches(database, list_id)
        finally:
            event.remove(database.engine, "before_cursor_execute", count)
        assert {best(entry) for entry in found} == {people["shumov"]}
        return len(seen)

    assert statements(40) == statements(1)


def test_matching_tells_its_progress_and_can_be_cancelled(
    database: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching_lists, "REPORT_EVERY", 2)
    with database.write() as session:
        list_id = make_list(session, *[SHUMOV_UA] * 5)
    told: list[tuple[int, int]] = []

    with database.read() as session:
        found = match_list(
            session, list_id, progress=lambda done, total: told.append((done, total))
        )

    assert [best(entry) for entry in found] == [people["shumov"]] * 5
    assert told == [(0, 5), (2, 5), (4, 5), (5, 5)]

    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # before and after blocking, at entry 0: cancelled at entry 2

    told.clear()
    with database.read() as session, pytest.raises(MatchingCancelled) as raised:
        match_list(session, list_id, cancelled=cancelled, progress=lambda d, t: told.append((d, t)))

    assert raised.value.message
    assert told == [(0, 5)]


def test_two_sought_alike_share_the_entry(database: Database, people: dict[str, int]) -> None:
    with database.write() as session:
        list_id = make_list(session, SHUMOV_UA)
    (alone,) = matches(database, list_id)
    with database.write() as session:
        twin = sought(session, "Шумов Алексей Викторович", birth_date="04.05.1990")

    (both,) = matches(database, list_id)

    first, second = both.candidates[:2]
    assert {first.person_id, second.person_id} == {people["shumov"], twin}
    assert first.probability == pytest.approx(second.probability)
    assert first.probability < 0.5 < alone.candidates[0].probability
