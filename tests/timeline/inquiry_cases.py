"""Inquiries on the sample case's timeline: answered in time, answered late, overdue, closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from caseworker.db import Database
from caseworker.services import addressees, inquiries
from caseworker.services.timeline import TimelineResult, load_timeline
from tests.conftest import ACTOR, SampleCase, add_person

#: The day the timeline is looked at: the prosecutor's answer is 43 days overdue.
INQUIRY_DAY = date(2026, 11, 30)


@dataclass(frozen=True)
class SentInquiries:
    late: int  # the ministry's, about the husband, answered after its due date (a report)
    in_time: int  # the commissariat's, about the husband, answered before it
    overdue: int  # the prosecutor's, about the whole case, unanswered
    closed: int  # the Red Cross's, about the husband, closed without an answer
    brothers: int  # about the brother: not on the husband's timeline
    draft: int  # not sent: on no timeline
    report_id: int  # the report the ministry's answer became
    brother_id: int
    addressee_id: int  # the ministry


def send_inquiries(database: Database, case: SampleCase) -> SentInquiries:
    """Six inquiries of the sample case, written through the services (fictional)."""
    with database.write() as session:

        def office(name: str, kind: str) -> int:
            return addressees.add_addressee(session, ACTOR, name=name, kind=kind).id

        ministry = office("Министерство обороны (тест)", "ministry")
        commissariat = office("Военный комиссариат Курской области (тест)", "commissariat")
        prosecutor = office("Военная прокуратура округа (тест)", "prosecutor")
        red_cross = office("Российский Красный Крест (тест)", "red_cross")
        brother = add_person(session, case.case_id, "Шумов Игорь Петрович").id

        def send(to: int, on: str, person: int | None = case.person_id) -> int:
            return inquiries.add_inquiry(
                session, ACTOR, case.case_id, to, person_id=person, sent_on=on
            ).id

        late = send(ministry, "2026-09-03")
        answer = inquiries.answer_inquiry(
            session, ACTOR, late, None, "2026-10-20", "Числится пропавшим без вести.",
            claim="missing", event="2026-04-02", reliability="A", credibility="2",
        )  # fmt: skip
        assert answer.report_id is not None
        in_time = send(commissariat, "2026-09-05")
        inquiries.register_inquiry(session, ACTOR, in_time, None, "2026-09-08")
        inquiries.answer_inquiry(session, ACTOR, in_time, None, "2026-10-01", "Сведений нет.")
        overdue = send(prosecutor, "2026-09-15", person=None)
        closed = send(red_cross, "2026-06-01")
        inquiries.close_inquiry(
            session, ACTOR, closed, None, "Семья просила не ждать", "2026-08-01"
        )
        brothers = send(ministry, "2026-09-20", person=brother)
        draft = inquiries.add_inquiry(session, ACTOR, case.case_id, prosecutor).id
        return SentInquiries(
            late, in_time, overdue, closed, brothers, draft, answer.report_id, brother, ministry
        )


def timeline_of(database: Database, person_id: int) -> TimelineResult:
    """The person's timeline as of :data:`INQUIRY_DAY`."""
    with database.read() as session:
        return load_timeline(session, person_id, today=INQUIRY_DAY)
