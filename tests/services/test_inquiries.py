"""Inquiries and their course: every step dated and audited, bad input saves nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from caseworker.db import Database
from caseworker.errors import NotFound, ValidationError
from caseworker.models import AuditEntry, Inquiry, InquiryEvent, Report
from caseworker.services import addressees, inquiries, inquiry_lines
from caseworker.services.timeline import load_timeline
from caseworker.vocab import InquiryEventKind, InquiryStatus, SourceKind
from tests.conftest import ACTOR, SampleCase
from tests.services.test_plain_results import statements_run

TODAY = date(2026, 11, 30)


@pytest.fixture
def ministry(database: Database) -> int:
    with database.write() as session:
        return addressees.add_addressee(
            session, ACTOR, name="Министерство обороны (тест)", kind="ministry"
        ).id


@pytest.fixture
def commissariat(database: Database) -> int:
    with database.write() as session:
        return addressees.add_addressee(
            session, ACTOR, name="Военный комиссариат Курской области", kind="commissariat"
        ).id


def sent_inquiry(database: Database, case: SampleCase, addressee_id: int, on: str) -> int:
    with database.write() as session:
        return inquiries.add_inquiry(
            session, ACTOR, case.case_id, addressee_id, person_id=case.person_id, sent_on=on
        ).id


def line(database: Database, inquiry_id: int, today: date = TODAY) -> inquiry_lines.InquiryLine:
    with database.read() as session:
        return inquiry_lines.inquiry_line(session, inquiry_id, today)


def events(database: Database, inquiry_id: int) -> list[tuple[InquiryEventKind, date]]:
    with database.read() as session:
        return [(step.kind, step.on) for step in inquiry_lines.course(session, inquiry_id)]


def test_the_starter_set_is_added_once(database: Database) -> None:
    with database.write() as session:
        first = addressees.add_starter_addressees(session, ACTOR)
    with database.write() as session:
        again = addressees.add_starter_addressees(session, ACTOR)
    with database.read() as session:
        names = [a.name for a in addressees.addressee_lines(session)]
    assert first == len(names) >= 6
    assert again == 0
    assert "Министерство обороны Российской Федерации" in names


@pytest.mark.usefixtures("ministry")
def test_an_addressee_of_the_same_name_is_refused(database: Database) -> None:
    with database.write() as session, pytest.raises(ValidationError, match="already"):
        addressees.add_addressee(
            session, ACTOR, name="министерство обороны (ТЕСТ)", kind="ministry"
        )
    with database.read() as session:
        assert len(addressees.addressee_lines(session)) == 1


@pytest.mark.parametrize("days", ["0", "много", "400"])
def test_own_days_must_be_a_number_of_days(database: Database, days: str) -> None:
    with database.write() as session, pytest.raises(ValidationError, match="1 to 365"):
        addressees.add_addressee(
            session, ACTOR, name="Госпиталь", kind="hospital", deadline_days=days
        )


def test_own_days_set_the_due_date(
    database: Database, sample_case: SampleCase, commissariat: int
) -> None:
    with database.write() as session:
        addressees.update_addressee(session, ACTOR, commissariat, None, deadline_days=15)
    inquiry = sent_inquiry(database, sample_case, commissariat, "2026-09-01")
    assert line(database, inquiry).due_on == date(2026, 9, 19)  # 1 + 3 + 15


def test_a_draft_sent_and_registered_has_its_due_date_from_registration(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    with database.write() as session:
        draft = inquiries.add_inquiry(session, ACTOR, sample_case.case_id, ministry).id
    assert line(database, draft).status is InquiryStatus.DRAFT
    assert line(database, draft).due_on is None
    with database.write() as session:
        inquiries.send_inquiry(session, ACTOR, draft, None, "2026-09-03")
    assert line(database, draft).due_on == date(2026, 10, 6)  # registration not known: 3 + 30
    with database.write() as session:
        inquiries.register_inquiry(session, ACTOR, draft, None, "2026-09-04", "ОГ-123")
    shown = line(database, draft)
    assert (shown.status, shown.due_on, shown.their_reference) == (
        InquiryStatus.REGISTERED,
        date(2026, 10, 4),
        "ОГ-123",
    )
    assert shown.overdue and shown.days_overdue == (TODAY - date(2026, 10, 4)).days
    assert shown.very_overdue  # more than 60 days after registration
    assert events(database, draft) == [
        (InquiryEventKind.SENT, date(2026, 9, 3)),
        (InquiryEventKind.REGISTERED, date(2026, 9, 4)),
    ]


def test_registering_again_on_the_same_day_adds_nothing(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = sent_inquiry(database, sample_case, ministry, "2026-09-03")
    for _ in range(2):
        with database.write() as session:
            inquiries.register_inquiry(session, ACTOR, inquiry, None, "2026-09-05")
    assert len(events(database, inquiry)) == 2


def test_a_registration_before_the_sent_day_is_refused(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = sent_inquiry(database, sample_case, ministry, "2026-09-03")
    with (
        database.write() as session,
        pytest.raises(ValidationError, match="before the inquiry was sent"),
    ):
        inquiries.register_inquiry(session, ACTOR, inquiry, None, "2026-09-01")
    assert line(database, inquiry).registered_on is None
    assert len(events(database, inquiry)) == 1


def test_an_answer_before_sending_is_refused(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    with database.write() as session:
        draft = inquiries.add_inquiry(session, ACTOR, sample_case.case_id, ministry).id
    with database.write() as session, pytest.raises(ValidationError, match="not been sent"):
        inquiries.answer_inquiry(session, ACTOR, draft, None, "2026-10-01", "Сведений нет.")
    assert line(database, draft).status is InquiryStatus.DRAFT


def test_an_extension_replaces_the_due_date_and_keeps_the_earlier_one(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = sent_inquiry(database, sample_case, ministry, "2026-09-03")
    with database.write() as session:
        inquiries.register_inquiry(session, ACTOR, inquiry, None, "2026-09-04")
        inquiries.extend_inquiry(
            session, ACTOR, inquiry, None, "2026-11-03", "Проводится проверка", on="2026-10-01"
        )
    shown = line(database, inquiry, date(2026, 11, 3))
    assert (shown.status, shown.due_on, shown.overdue) == (
        InquiryStatus.EXTENDED,
        date(2026, 11, 3),
        False,
    )
    with database.read() as session:
        earlier = session.scalars(
            select(AuditEntry.old_value).where(AuditEntry.field == "due_on")
        ).all()
    assert earlier == ["2026-10-04"]


def test_an_extension_must_move_the_due_date_later_and_give_a_reason(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = sent_inquiry(database, sample_case, ministry, "2026-09-03")
    with database.write() as session, pytest.raises(ValidationError, match="later"):
        inquiries.extend_inquiry(session, ACTOR, inquiry, None, "2026-10-01", "Проверка")
    with database.write() as session, pytest.raises(ValidationError, match="Say why"):
        inquiries.extend_inquiry(session, ACTOR, inquiry, None, "2026-12-20", "  ")
    assert events(database, inquiry) == [(InquiryEventKind.SENT, date(2026, 9, 3))]


def test_forwarding_starts_a_new_clock_and_closes_the_first_as_forwarded(
    database: Database, sample_case: SampleCase, ministry: int, commissariat: int
) -> None:
    inquiry = sent_inquiry(database, sample_case, ministry, "2026-09-03")
    with database.write() as session:
        new = inquiries.forward_inquiry(
            session, ACTOR, inquiry, None, commissariat, "2026-09-10"
        ).id
    with database.write() as session:
        again = inquiries.forward_inquiry(session, ACTOR, inquiry, None, commissariat, "2026-09-10")
    assert again.id == new
    first, second = line(database, inquiry), line(database, new)
    assert first.status is InquiryStatus.FORWARDED and not first.overdue
    assert (second.status, second.forwarded_from_id, second.sent_on, second.due_on) == (
        InquiryStatus.SENT,
        inquiry,
        date(2026, 9, 10),
        date(2026, 10, 13),
    )
    assert second.person_id == sample_case.person_id


def test_forwarding_to_the_same_addressee_is_refused(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = sent_inquiry(database, sample_case, ministry, "2026-09-03")
    with database.write() as session, pytest.raises(ValidationError, match="already with"):
        inquiries.forward_inquiry(session, ACTOR, inquiry, None, ministry, "2026-09-10")
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Inquiry)) == 1


def test_an_answer_with_a_claim_becomes_a_report_on_the_timeline(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = sent_inquiry(database, sample_case, ministry, "2026-09-03")
    for _ in range(2):
        with database.write() as session:
            answered = inquiries.answer_inquiry(
                session, ACTOR, inquiry, None, "2026-10-20",
                "Числится пропавшим без вести.", claim="missing", event="2026-04-02",
                reliability="A", credibility="2",
            )  # fmt: skip
    assert answered.report_id is not None
    with database.read() as session:
        report = session.get(Report, answered.report_id)
        assert report is not None
        assert (report.source_kind, report.source_name, report.stated_on) == (
            SourceKind.OFFICIAL,
            "Министерство обороны (тест)",
            date(2026, 10, 20),
        )
        assert session.scalar(select(func.count()).select_from(Report)) == 3
        timeline = load_timeline(session, sample_case.person_id, today=TODAY)
        assert answered.report_id in [fact.id for fact in timeline.reports]
        linked = session.scalars(
            select(InquiryEvent.report_id).where(InquiryEvent.inquiry_id == inquiry)
        ).all()
        assert linked == [None, answered.report_id]
    shown = line(database, inquiry)
    assert (shown.status, shown.answered_on, shown.overdue) == (
        InquiryStatus.ANSWERED,
        date(2026, 10, 20),
        False,
    )


def test_closing_without_an_answer_ends_the_course(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    inquiry = sent_inquiry(database, sample_case, ministry, "2026-09-03")
    with database.write() as session:
        inquiries.close_inquiry(
            session, ACTOR, inquiry, None, "Семья просила не ждать", "2026-11-01"
        )
    with database.write() as session, pytest.raises(ValidationError, match="ended"):
        inquiries.answer_inquiry(session, ACTOR, inquiry, None, "2026-11-02", "Ответ")
    assert line(database, inquiry).status is InquiryStatus.CLOSED
    assert not line(database, inquiry).overdue


def test_every_step_is_audited(database: Database, sample_case: SampleCase, ministry: int) -> None:
    inquiry = sent_inquiry(database, sample_case, ministry, "2026-09-03")
    with database.write() as session:
        inquiries.register_inquiry(session, ACTOR, inquiry, None, "2026-09-04")
        inquiries.answer_inquiry(session, ACTOR, inquiry, None, "2026-10-01", "Сведений нет.")
    with database.read() as session:
        notes = session.scalars(
            select(AuditEntry.note).where(
                AuditEntry.entity == "inquiries", AuditEntry.entity_id == inquiry
            )
        ).all()
    assert notes[0] == "" and {"registered", "answered"} <= set(notes)


def test_the_outcomes_of_a_case_in_plain_words(
    database: Database, sample_case: SampleCase, ministry: int, commissariat: int
) -> None:
    late = sent_inquiry(database, sample_case, ministry, "2026-09-03")
    answered = sent_inquiry(database, sample_case, commissariat, "2026-09-05")
    with database.write() as session:
        inquiries.answer_inquiry(session, ACTOR, answered, None, "2026-10-01", "Сведений нет.")
        inquiries.add_inquiry(session, ACTOR, sample_case.case_id, ministry)  # a draft
    with database.read() as session:
        outcomes = inquiry_lines.case_outcomes(session, sample_case.case_id, TODAY)
    assert [(o.inquiry_id, o.words) for o in outcomes] == [
        (late, "no answer within 30 days to our letter of 3 September 2026"),
        (answered, "our letter of 5 September 2026 was answered on 1 October 2026"),
    ]


def test_an_unknown_addressee_is_named(database: Database) -> None:
    with database.read() as session, pytest.raises(NotFound, match="Прокуратура"):
        addressees.find_addressee(session, "Прокуратура")


def test_a_person_of_another_case_is_refused(
    database: Database, sample_case: SampleCase, ministry: int
) -> None:
    with database.write() as session, pytest.raises(NotFound):
        inquiries.add_inquiry(session, ACTOR, sample_case.case_id, ministry, person_id=999)


def test_the_lines_of_a_case_take_one_query(
    database: Database, sample_case: SampleCase, ministry: int, commissariat: int
) -> None:
    for addressee in (ministry, commissariat, ministry):
        inquiry = sent_inquiry(database, sample_case, addressee, "2026-09-03")
    with database.write() as session:
        inquiries.extend_inquiry(
            session, ACTOR, inquiry, None, "2026-12-20", "Проверка", beyond_law=True
        )
        inquiries.add_inquiry(session, ACTOR, sample_case.case_id, ministry)  # a draft
    with database.read() as session, statements_run(database) as statements:
        lines = inquiry_lines.inquiry_lines(session, sample_case.case_id, TODAY)
        waiting = inquiry_lines.inquiry_lines(session, None, TODAY, inquiries.WAITING)
    assert len([s for s in statements if s.startswith("SELECT")]) == 2
    assert [line.due_on for line in lines] == [
        date(2026, 10, 6),
        date(2026, 10, 6),
        date(2026, 12, 20),
        None,
    ]
    assert [line.id for line in waiting] == [line.id for line in lines[:3]]
