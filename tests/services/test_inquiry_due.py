"""The due date in SQL agrees with the deadline rules in Python; overdue counted in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, Integer, String, literal, select

from caseworker.db import Database, open_database
from caseworker.inquiries.deadlines import due_date, rule_for
from caseworker.services import addressees, cases, inquiries
from caseworker.services.inquiry_due import due_on_sql, overdue_by_case, overdue_count
from caseworker.services.inquiry_lines import inquiry_lines
from caseworker.vocab import AddresseeKind
from tests.conftest import ACTOR

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(str(tmp_path_factory.mktemp("due") / "due.sqlite"))
    yield db
    db.dispose()


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(list(AddresseeKind)),
    own_days=st.none() | st.integers(min_value=1, max_value=400),
    sent_on=st.none() | days,
    registered_after=st.none() | st.integers(min_value=0, max_value=40),
    extended_until=st.none() | days,
)
def test_the_sql_due_date_is_the_rules_due_date(
    shared: Database,
    kind: AddresseeKind,
    own_days: int | None,
    sent_on: date | None,
    registered_after: int | None,
    extended_until: date | None,
) -> None:
    registered_on = (
        None
        if sent_on is None or registered_after is None
        else sent_on + timedelta(registered_after)
    )
    expression = due_on_sql(
        literal(kind.value, String()),
        literal(own_days, Integer()),
        literal(sent_on, Date()),
        literal(registered_on, Date()),
        literal(extended_until, Date()),
    )
    with shared.read() as session:
        in_sql = session.scalar(select(expression))
    assert in_sql == due_date(rule_for(kind, own_days), sent_on, registered_on, extended_until)


def test_overdue_counted_over_all_cases_and_per_case(database: Database) -> None:
    with database.write() as session:
        ministry = addressees.add_addressee(session, ACTOR, name="Минобороны", kind="ministry")
        slow = addressees.add_addressee(
            session, ACTOR, name="Военкомат", kind="commissariat", deadline_days=90
        )
        first = cases.create_case(session, ACTOR, family_name="Шумовы")
        second = cases.create_case(session, ACTOR, family_name="Ершовы")
        third = cases.create_case(session, ACTOR, family_name="Лесковы")

        def sent(case_id: int, to: int, on: str) -> int:
            return inquiries.add_inquiry(session, ACTOR, case_id, to, sent_on=on).id

        sent(first.id, ministry.id, "2026-08-01")  # due 2026-09-03: overdue
        sent(first.id, ministry.id, "2026-09-01")  # due 2026-10-04: overdue
        sent(second.id, ministry.id, "2026-10-01")  # due 2026-11-03: not yet
        sent(second.id, slow.id, "2026-08-01")  # its own 90 days: due 2026-11-02, not yet
        extended = sent(third.id, ministry.id, "2026-08-01")
        inquiries.extend_inquiry(
            session, ACTOR, extended, None, "2099-01-01", "Проверка продлена", on="2026-08-20",
            beyond_law=True,
        )  # fmt: skip
        answered = sent(third.id, ministry.id, "2026-08-01")
        inquiries.answer_inquiry(session, ACTOR, answered, None, "2026-10-01", "Сведений нет.")
        inquiries.add_inquiry(session, ACTOR, third.id, ministry.id)  # a draft
    today = date(2026, 10, 30)
    with database.read() as session:
        assert overdue_count(session, today) == 2
        assert overdue_by_case(session, today, [first.id, second.id, third.id]) == {first.id: 2}
        expected = sum(line.overdue for line in inquiry_lines(session, None, today))
        assert overdue_count(session, today) == expected
        # Overdue from the day after the due date, each by its own addressee's days.
        assert overdue_by_case(session, date(2026, 11, 2), [second.id]) == {}
        assert overdue_by_case(session, date(2026, 11, 3), [second.id]) == {second.id: 1}
        assert overdue_by_case(session, date(2026, 11, 4), [second.id]) == {second.id: 2}
