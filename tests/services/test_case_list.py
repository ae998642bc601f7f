"""The case list's pages: every order, ties and empty dates, and changes between pages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseworker.db import Database
from caseworker.services import addressees, case_list, cases, inquiries
from caseworker.services.case_list import CaseQuery, CaseSort
from tests.conftest import ACTOR

FAMILIES = ["Ёлкины", "Агеевы", "Агеевы", "Бондаренко", "Яковлевы", "Агеевы", "Щукины"]


@pytest.fixture
def listed(database: Database) -> Database:
    """Cases with tied names and regions, some without a due date."""
    with database.write() as session:
        for number, family in enumerate(FAMILIES * 3):
            due = None if number % 4 == 0 else date.today() + timedelta(days=number % 5)
            cases.create_case(
                session,
                ACTOR,
                family_name=family,
                region=["Курская", "Орловская"][number % 2],
                next_action_due=due,
                status=["open", "located", "closed"][number % 3],
            )
    return database


def paged(database: Database, query: CaseQuery, size: int) -> list[str]:
    references: list[str] = []
    last = None
    while True:
        with database.read() as session:
            page = case_list.fetch_case_rows(session, query, 0, size, after=last)
        if not page:
            return references
        references += [row.reference for row in page]
        last = page[-1]


@pytest.mark.parametrize("sort", list(CaseSort))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_follow_on_without_gaps_or_repeats(
    listed: Database, sort: CaseSort, descending: bool
) -> None:
    query = CaseQuery(sort=sort, descending=descending)
    with listed.read() as session:
        whole = [row.reference for row in case_list.fetch_case_rows(session, query, 0, 1000)]
    assert len(whole) == len(FAMILIES) * 3
    assert paged(listed, query, 4) == whole


def test_empty_due_dates_come_last_both_ways(listed: Database) -> None:
    for descending in (False, True):
        query = CaseQuery(sort=CaseSort.NEXT_DUE, descending=descending)
        with listed.read() as session:
            rows = case_list.fetch_case_rows(session, query, 0, 1000)
        dues = [row.next_action_due for row in rows]
        filled = [due for due in dues if due is not None]
        assert dues == filled + [None] * (len(dues) - len(filled))
        assert filled == sorted(filled, reverse=descending)


def test_a_case_added_between_two_pages_neither_repeats_nor_hides_one(listed: Database) -> None:
    query = CaseQuery(sort=CaseSort.FAMILY)
    with listed.read() as session:
        first = case_list.fetch_case_rows(session, query, 0, 5)
    with listed.write() as session:
        cases.create_case(session, "colleague", family_name="Аавиковы")  # sorts first
    with listed.read() as session:
        rest = case_list.fetch_case_rows(session, query, 0, 1000, after=first[-1])
    shown = [row.reference for row in first + rest]
    assert len(shown) == len(set(shown)) == len(FAMILIES) * 3


def families_in_order(database: Database, sort: CaseSort, descending: bool = False) -> list[str]:
    query = CaseQuery(sort=sort, descending=descending)
    with database.read() as session:
        rows = case_list.fetch_case_rows(session, query, 0, 1000)
    return [row.family_name for row in rows]


def test_names_sort_as_in_the_russian_alphabet(database: Database) -> None:
    """Ё among the Е's, not before А; a name typed in lower case among the others."""
    typed = ["Яковлевы", "Ёлкины", "агеевы", "Жуковы", "Елисеевы", "Бондаренко", "Ершовы"]
    with database.write() as session:
        for family in typed:
            cases.create_case(session, ACTOR, family_name=family)
    expected = ["агеевы", "Бондаренко", "Елисеевы", "Ёлкины", "Ершовы", "Жуковы", "Яковлевы"]
    assert families_in_order(database, CaseSort.FAMILY) == expected
    assert families_in_order(database, CaseSort.FAMILY, descending=True) == expected[::-1]
    query = CaseQuery(sort=CaseSort.FAMILY)
    assert paged(database, query, 2) == paged(database, query, 1000)


def test_regions_and_sought_persons_sort_the_same_way(database: Database) -> None:
    from caseworker.services import persons

    with database.write() as session:
        for family, region, surname in [
            ("Первые", "Орловская область", "Ёлкин"),
            ("Вторые", "Ёлкинский район", "Аникин"),
            ("Третьи", "белгородская область", "Егоров"),
        ]:
            case = cases.create_case(session, ACTOR, family_name=family, region=region)
            persons.add_person(session, ACTOR, case.id, surname=surname, given_name="Иван")
    assert families_in_order(database, CaseSort.REGION) == ["Третьи", "Вторые", "Первые"]
    assert families_in_order(database, CaseSort.PERSONS) == ["Вторые", "Третьи", "Первые"]
    with database.read() as session:
        assert case_list.regions(session) == [
            "белгородская область", "Ёлкинский район", "Орловская область"
        ]  # fmt: skip


def test_a_renamed_family_moves_to_its_new_place(database: Database) -> None:
    with database.write() as session:
        for family in ["Борисовы", "Ильины"]:
            cases.create_case(session, ACTOR, family_name=family)
        moved = cases.create_case(session, ACTOR, family_name="Андреевы")
    with database.write() as session:
        cases.update_case(session, ACTOR, moved.id, moved.version, family_name="Ёжиковы")
    assert families_in_order(database, CaseSort.FAMILY) == ["Борисовы", "Ёжиковы", "Ильины"]


def test_each_row_counts_its_overdue_inquiries_and_the_filter_keeps_those_cases(
    database: Database,
) -> None:
    with database.write() as session:
        ministry = addressees.add_addressee(session, ACTOR, name="Минобороны", kind="ministry")
        late = cases.create_case(session, ACTOR, family_name="Шумовы")
        waiting = cases.create_case(session, ACTOR, family_name="Ершовы")
        cases.create_case(session, ACTOR, family_name="Лесковы")
        for sent_on in ("2026-08-01", "2026-09-01"):  # due 3 September and 4 October
            inquiries.add_inquiry(session, ACTOR, late.id, ministry.id, sent_on=sent_on)
        inquiries.add_inquiry(session, ACTOR, waiting.id, ministry.id, sent_on="2026-10-20")
    today = date(2026, 10, 30)
    with database.read() as session:
        rows = case_list.fetch_case_rows(session, CaseQuery(today=today), 0, 10)
        assert {row.family_name: row.overdue for row in rows} == {
            "Шумовы": 2,
            "Ершовы": 0,
            "Лесковы": 0,
        }
        only = CaseQuery(overdue_only=True, today=today)
        assert [row.reference for row in case_list.fetch_case_rows(session, only, 0, 10)] == [
            late.reference
        ]
        assert case_list.count_cases(session, only) == 1
        assert case_list.matching_row(session, only, waiting.id) is None
        found = case_list.matching_row(session, only, late.id)
        assert found is not None and found.overdue == 2
        # A month on, the other case's inquiry is overdue too.
        later = CaseQuery(overdue_only=True, today=date(2026, 11, 30))
        assert case_list.count_cases(session, later) == 2


def test_each_region_is_offered_once_and_an_empty_one_never(database: Database) -> None:
    with database.write() as session:
        for number, region in enumerate(["Тверская область", "", "Тверская область", "Курская"]):
            cases.create_case(session, ACTOR, family_name=f"Семья {number}", region=region)
    with database.read() as session:
        assert case_list.regions(session) == ["Курская", "Тверская область"]
