"""The demo's inquiries and family log: what a caseworker's morning looks like.

Added to the demo cases by :func:`caseworker.demo.load_demo`: the starter directory of
federal offices, one invented regional office, and in three cases letters whose answers are
late, answered, extended or not yet sent, with what the families were told. Dates count back
from today, so the work list always has something overdue, something due soon, a draft and a
family waiting for news. Every name, number and office marked "demo" is fictional.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.i18n import translate
from caseworker.models import Case, Relative, SoughtPerson
from caseworker.services import addressees, family_log, inquiries
from caseworker.services.addressees import find_addressee
from caseworker.vocab import AddresseeKind

#: The invented regional office of the demo (no such office exists).
DEMO_COMMISSARIAT = "Военный комиссариат Энского района (демо)"


class _Letters:
    """Writes the demo's inquiries through the services, ``days`` before today."""

    def __init__(self, session: Session, actor: str, today: date) -> None:
        self.session = session
        self.actor = actor
        self.today = today

    def day(self, days_ago: int) -> date:
        return self.today - timedelta(days=days_ago)

    def to(self, name: str) -> int:
        return find_addressee(self.session, name).id

    def sent(
        self,
        case: Case,
        to: str,
        days_ago: int | None,
        channel: str = "post",
        our_reference: str = "",
    ) -> int:
        """An inquiry sent ``days_ago`` (``None``: a draft not sent yet)."""
        person = _first(self.session, SoughtPerson, case)
        applicant = _first(self.session, Relative, case)
        return inquiries.add_inquiry(
            self.session,
            self.actor,
            case.id,
            self.to(to),
            person_id=person,
            applicant_id=applicant,
            sent_on=None if days_ago is None else self.day(days_ago),
            channel=channel,
            our_reference=our_reference,
        ).id

    def registered(self, inquiry_id: int, days_ago: int, their_reference: str) -> None:
        inquiries.register_inquiry(
            self.session, self.actor, inquiry_id, None, self.day(days_ago), their_reference
        )

    def told(self, case: Case, days_ago: int, what: str, note: str) -> None:
        relative = _first(self.session, Relative, case)
        assert relative is not None
        family_log.record_told(
            self.session,
            self.actor,
            case.id,
            relative,
            told_on=self.day(days_ago),
            told_by=self.actor,
            how="call",
            what=what,
            note=note,
        )


def _first(session: Session, model: type[SoughtPerson] | type[Relative], case: Case) -> int | None:
    return session.scalar(
        select(model.id).where(model.case_id == case.id).order_by(model.id).limit(1)
    )


def add_demo_inquiries(session: Session, actor: str, today: date, cases: list[Case]) -> None:
    """Add the demo's letters to the five demo cases (in :data:`caseworker.demo.DEMO_CASES`
    order). Raises nothing on a fresh demo."""
    addressees.add_starter_addressees(session, actor)
    addressees.add_addressee(
        session,
        actor,
        name=DEMO_COMMISSARIAT,
        kind=AddresseeKind.COMMISSARIAT,
        regional=True,
        postal_address="000000, г. Энск, ул. Примерная, д. 1",
    )
    letters = _Letters(session, actor, today)
    killed_then_alive, unit_passed_through, prisoner_video, official_behind, _dna = cases

    # Answered late: the commissariat registered the letter and has said nothing since.
    late = letters.sent(killed_then_alive, DEMO_COMMISSARIAT, 50, our_reference="Д-01")
    letters.registered(late, 46, "ВК-1187")
    red_cross = letters.sent(killed_then_alive, "Российский Красный Крест", 40, "email", "Д-02")
    inquiries.answer_inquiry(
        session,
        actor,
        red_cross,
        None,
        letters.day(12),
        translate(
            "Demo", "No information on the person; the request was passed to the tracing service."
        ),
    )
    letters.told(
        killed_then_alive,
        25,
        "inquiry_sent",
        translate("Demo", "Told the family which letters were sent and when answers are due."),
    )

    # The prosecutor put the answer off with a notice.
    # Registered 42 days ago, due 12 days ago; put off once by 30 days, as the law allows.
    extended = letters.sent(
        unit_passed_through, "Главная военная прокуратура", 46, our_reference="Д-03"
    )
    letters.registered(extended, 42, "ГВП-5521")
    inquiries.extend_inquiry(
        session,
        actor,
        extended,
        None,
        letters.day(-18),
        translate("Demo", "A check is under way; the answer is put off by 30 days."),
        on=letters.day(14),
    )

    # The Commissioner's ten days are over; a tracing request waits to be sent.
    commissioner = "Уполномоченный по правам человека в Российской Федерации"
    ombudsman = letters.sent(prisoner_video, commissioner, 25, "portal", "Д-04")
    letters.registered(ombudsman, 22, "ОГ-40771")
    letters.sent(prisoner_video, "Международный комитет Красного Креста, делегация в Москве", None)

    # Due within the week.
    ministry = "Министерство обороны Российской Федерации"
    soon = letters.sent(official_behind, ministry, 26, "portal", "Д-05")
    letters.registered(soon, 24, "МО-219/7")
