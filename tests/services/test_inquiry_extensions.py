"""Extensions the law allows, and those it does not: refused unless the caseworker records
what the office really wrote, which is then marked as beyond the law."""

from __future__ import annotations

from datetime import date

import pytest

from caseworker.db import Database
from caseworker.errors import ValidationError
from caseworker.services import addressees, inquiries, inquiry_lines
from caseworker.vocab import InquiryEventKind
from tests.conftest import ACTOR, SampleCase
from tests.services.test_plain_results import statements_run


def office(database: Database, kind: str, name: str) -> int:
    with database.write() as session:
        return addressees.add_addressee(session, ACTOR, name=name, kind=kind).id


def registered(database: Database, case: SampleCase, addressee_id: int) -> int:
    """Sent on 3 September 2026, registered on the 4th."""
    with database.write() as session:
        inquiry = inquiries.add_inquiry(
            session,
            ACTOR,
            case.case_id,
            addressee_id,
            person_id=case.person_id,
            sent_on="2026-09-03",
        )
        inquiries.register_inquiry(session, ACTOR, inquiry.id, None, "2026-09-04")
        return inquiry.id


def extend(database: Database, inquiry_id: int, until: str, *, beyond_law: bool = False) -> None:
    with database.write() as session:
        inquiries.extend_inquiry(
            session, ACTOR, inquiry_id, None, until, "Проводится проверка", beyond_law=beyond_law
        )


def extensions(database: Database, inquiry_id: int) -> list[date | None]:
    with database.read() as session:
        steps = inquiry_lines.course(session, inquiry_id)
    return [step.due_on for step in steps if step.kind is InquiryEventKind.EXTENDED]


def marked(database: Database, inquiry_id: int) -> frozenset[date]:
    with database.read() as session:
        return inquiries.extensions_beyond_law(session, inquiry_id)


@pytest.fixture
def ministry(database: Database) -> int:
    return office(database, "ministry", "Министерство обороны (тест)")


def test_a_second_extension_of_an_appeal_is_refused_and_nothing_is_recorded(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = registered(database, sample_case, ministry)
    extend(database, inquiry, "2026-10-20")
    with pytest.raises(inquiries.BeyondTheLaw, match="only 1 time") as refused:
        extend(database, inquiry, "2026-11-01")
    assert "beyond the law" in refused.value.message
    assert refused.value.field == "until"
    assert extensions(database, inquiry) == [date(2026, 10, 20)]


def test_an_extension_past_the_longest_legal_term_is_refused(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = registered(database, sample_case, ministry)  # 60 days from 4 September
    with pytest.raises(inquiries.BeyondTheLaw, match="at the latest"):
        extend(database, inquiry, "2026-11-04")
    extend(database, inquiry, "2026-11-03")  # the last lawful day
    assert extensions(database, inquiry) == [date(2026, 11, 3)]
    assert marked(database, inquiry) == frozenset()


def test_what_the_office_wrote_is_recorded_when_asked_and_marked_beyond_the_law(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = registered(database, sample_case, ministry)
    extend(database, inquiry, "2026-10-20")
    extend(database, inquiry, "2026-11-20", beyond_law=True)
    assert extensions(database, inquiry) == [date(2026, 10, 20), date(2026, 11, 20)]
    assert marked(database, inquiry) == {date(2026, 11, 20)}
    with database.read() as session:
        assert inquiry_lines.inquiry_line(session, inquiry).due_on == date(2026, 11, 20)


def test_the_same_extension_again_creates_nothing_even_beyond_the_law(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = registered(database, sample_case, ministry)
    extend(database, inquiry, "2026-12-01", beyond_law=True)
    extend(database, inquiry, "2026-12-01")
    extend(database, inquiry, "2026-12-01", beyond_law=True)
    assert extensions(database, inquiry) == [date(2026, 12, 1)]
    assert marked(database, inquiry) == {date(2026, 12, 1)}


def test_a_crime_report_may_be_extended_twice_not_three_times(
    database: Database, sample_case: SampleCase
) -> None:
    committee = office(database, "investigative", "Следственный отдел (тест)")
    inquiry = registered(database, sample_case, committee)  # 3 days, to 10, to 30
    extend(database, inquiry, "2026-09-14")
    extend(database, inquiry, "2026-10-04")
    with pytest.raises(inquiries.BeyondTheLaw, match="only 2 times"):
        extend(database, inquiry, "2026-10-05")  # a third: refused for the count
    assert extensions(database, inquiry) == [date(2026, 9, 14), date(2026, 10, 4)]


def test_the_commissioner_takes_the_complaint_once_up_to_day_30(
    database: Database, sample_case: SampleCase
) -> None:
    """Registered on 4 September: its 10 days end on the 14th; "we took your complaint, the
    answer comes by 4 October" is lawful; a later day, or a second notice, is not."""
    commissioner = office(database, "ombudsman", "Уполномоченный (тест)")
    inquiry = registered(database, sample_case, commissioner)
    with pytest.raises(inquiries.BeyondTheLaw):
        extend(database, inquiry, "2026-10-05")  # past day 30
    extend(database, inquiry, "2026-10-04")
    assert marked(database, inquiry) == frozenset()
    with pytest.raises(inquiries.BeyondTheLaw):
        extend(database, inquiry, "2026-10-05")  # a second notice
    assert extensions(database, inquiry) == [date(2026, 10, 4)]


def test_an_office_without_a_legal_clock_may_say_later_as_often_as_it_does(
    database: Database, sample_case: SampleCase
) -> None:
    red_cross = office(database, "red_cross", "Красный Крест (тест)")
    inquiry = registered(database, sample_case, red_cross)
    for until in ("2026-11-01", "2027-01-01", "2027-06-01"):
        extend(database, inquiry, until)
    assert len(extensions(database, inquiry)) == 3
    assert marked(database, inquiry) == frozenset()


def test_a_refusal_for_the_law_is_a_validation_error(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = registered(database, sample_case, ministry)
    with pytest.raises(ValidationError):
        extend(database, inquiry, "2027-01-01")


def test_the_extensions_beyond_the_law_of_several_inquiries_in_one_query(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    lawful, unlawful, never = (registered(database, sample_case, ministry) for _ in range(3))
    extend(database, lawful, "2026-10-20")
    extend(database, unlawful, "2026-10-20")
    extend(database, unlawful, "2026-12-01", beyond_law=True)
    with database.read() as session, statements_run(database) as statements:
        found = inquiries.extensions_beyond_law_of(session, [lawful, unlawful, never])
    assert found == {unlawful: {date(2026, 12, 1)}}
    assert len([s for s in statements if s.startswith("SELECT")]) == 1
