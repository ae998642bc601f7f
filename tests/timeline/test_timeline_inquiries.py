"""The inquiries a person's timeline shows: on their days, with their clocks and outcomes."""

from __future__ import annotations

from datetime import date

from caseworker.db import Database
from caseworker.services import inquiries
from caseworker.services.timeline import load_timeline
from caseworker.vocab import InquiryStatus
from tests.conftest import ACTOR, SampleCase
from tests.services.test_plain_results import statements_run
from tests.timeline.inquiry_cases import INQUIRY_DAY, send_inquiries, timeline_of


def test_the_inquiries_of_a_person_stand_on_their_days(
    database: Database, sample_case: SampleCase
) -> None:
    sent = send_inquiries(database, sample_case)
    timeline = timeline_of(database, sample_case.person_id)
    shown = timeline.inquiries.shown
    assert timeline.inquiries.case_has_any
    # By the day sent; the brother's inquiry and the draft are not on the husband's timeline.
    assert [(i.id, i.sent_on) for i in shown] == [
        (sent.closed, date(2026, 6, 1)),
        (sent.late, date(2026, 9, 3)),
        (sent.in_time, date(2026, 9, 5)),
        (sent.overdue, date(2026, 9, 15)),
    ]
    closed, late, in_time, overdue = shown
    assert (closed.line.status, closed.ended_on, closed.late) == (
        InquiryStatus.CLOSED,
        date(2026, 8, 1),
        False,
    )
    assert (late.line.status, late.line.due_on, late.ended_on, late.report_id) == (
        InquiryStatus.ANSWERED,
        date(2026, 10, 6),
        date(2026, 10, 20),
        sent.report_id,
    )
    assert late.late and not late.line.overdue
    assert late.line.addressee == "Министерство обороны (тест)"
    assert (in_time.line.registered_on, in_time.line.due_on, in_time.ended_on) == (
        date(2026, 9, 8),
        date(2026, 10, 8),
        date(2026, 10, 1),
    )
    assert not in_time.late and in_time.report_id is None
    # About the whole case: on every person's timeline, overdue since 18 October.
    assert overdue.line.person_id is None and overdue.ended_on is None
    assert (overdue.line.due_on, overdue.line.overdue, overdue.line.days_overdue) == (
        date(2026, 10, 18),
        True,
        43,
    )


def test_the_brother_sees_his_own_and_the_whole_cases_inquiries(
    database: Database, sample_case: SampleCase
) -> None:
    sent = send_inquiries(database, sample_case)
    timeline = timeline_of(database, sent.brother_id)
    assert [i.id for i in timeline.inquiries.shown] == [sent.overdue, sent.brothers]
    assert [i.id for i in timeline.inquiries.others] == [sent.closed, sent.late, sent.in_time]


def test_a_case_without_inquiries_keeps_no_strip(
    database: Database, sample_case: SampleCase
) -> None:
    timeline = timeline_of(database, sample_case.person_id)
    assert timeline.inquiries.shown == () and not timeline.inquiries.case_has_any


def test_the_inquiries_take_two_queries_however_many(
    database: Database, sample_case: SampleCase
) -> None:
    def statements() -> list[str]:
        with database.read() as session, statements_run(database) as run:
            load_timeline(session, sample_case.person_id, today=INQUIRY_DAY)
        return run

    without = statements()
    sent = send_inquiries(database, sample_case)
    few = statements()
    with database.write() as session:
        for day in range(1, 21):
            inquiry = inquiries.add_inquiry(
                session, ACTOR, sample_case.case_id, sent.addressee_id, sent_on=f"2026-07-{day:02}"
            )
            inquiries.close_inquiry(
                session, ACTOR, inquiry.id, None, "Ответа не будет", "2026-08-01"
            )
    many = statements()
    # The case's lines are read even when it has none; the days their courses ended only
    # when some did: one query more, however many inquiries.
    assert len(few) == len(many) == len(without) + 1
