"""The demo cases: five invented families showing what Caseworker exists for.

Every name, number and unit here is fictional. Dates are counted back from today so that the
demo stays meaningful (a status "missing for five months" stays five months old). Loading
twice adds nothing: an audit entry (action ``demo``) marks each demo case.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.demo_inquiries import add_demo_inquiries
from caseworker.i18n import translate
from caseworker.models import AuditEntry, Case
from caseworker.services import audit, cases, persons, relatives, reports

DEMO_ACTION = "demo"


class _Demo:
    """Adds one demo case through the services, with dates ``days`` before today."""

    def __init__(self, session: Session, actor: str, today: date) -> None:
        self.session = session
        self.actor = actor
        self.today = today

    def day(self, days_ago: int) -> str:
        return (self.today - timedelta(days=days_ago)).isoformat()

    def case(self, opened_days_ago: int, due_in_days: int, **values: Any) -> Case:
        return cases.create_case(
            self.session,
            self.actor,
            opened_on=self.day(opened_days_ago),
            next_action_due=(self.today + timedelta(days=due_in_days)).isoformat(),
            assigned_to=self.actor,
            notes=translate("Demo", "Demo case: the people and events are invented."),
            **values,
        )

    def person(self, case: Case, **values: Any) -> int:
        return persons.add_person(self.session, self.actor, case.id, **values).id

    def relative(self, case: Case, **values: Any) -> int:
        return relatives.add_relative(self.session, self.actor, case.id, **values).id

    def report(self, person_id: int, event: str, **values: Any) -> int:
        return reports.add_report(self.session, self.actor, person_id, event=event, **values).id


def _killed_then_alive(demo: _Demo) -> Case:
    case = demo.case(
        30,
        5,
        family_name="Соколовы",
        region="Белгородская область",
        next_action="Запрос в военные госпитали о раненых",
    )
    person = demo.person(
        case,
        surname="Соколов",
        given_name="Дмитрий",
        patronymic="Игоревич",
        birth_date="1992-03-14",
        service_number="ВС-482 913",
        rank="сержант",
        unit="в/ч 00417, 2-я рота",
        position="командир отделения",
        call_sign="Сокол",
        last_contact_on=demo.day(44),
        last_contact_place="с. Заречное",
        last_contact_channel="телефон",
        official_status="missing",
        official_status_on=demo.day(25),
    )
    demo.relative(
        case,
        surname="Соколова",
        given_name="Марина",
        patronymic="Андреевна",
        relation="wife",
        phone="8 (900) 000-41-17",
        address="Белгородская обл., г. Энск, ул. Садовая, д. 7, кв. 12",
        consent_on=demo.day(30),
        consent_scope="поиск, обработка персональных данных",
    )
    demo.report(
        person,
        demo.day(42),
        claim="killed",
        source_kind="unit",
        source_name="командир роты, в/ч 00417",
        reliability="B",
        credibility="2",
        stated_on=demo.day(39),
        received_on=demo.day(39),
        place="с. Заречное",
        summary="Сослуживцы сказали жене, что Дмитрий погиб при обстреле позиции.",
    )
    mistaken = demo.report(
        person,
        demo.day(42),
        claim="killed",
        source_kind="comrade",
        source_name="сослуживец из соседнего взвода",
        reliability="F",
        credibility="6",
        received_on=demo.day(38),
        summary="Написал в общий чат, что видел тело.",
    )
    reports.retract_report(
        demo.session,
        demo.actor,
        mistaken,
        None,
        "Перепутал с однофамильцем из другой роты; сам исправил сообщение.",
    )
    demo.report(
        person,
        demo.day(37),
        claim="wounded",
        source_kind="opposing_side",
        source_name="военнослужащий другой стороны, звонок жене",
        reliability="C",
        credibility="3",
        received_on=demo.day(35),
        summary="Позвонил с номера Дмитрия: тот выжил, ранен и находится в госпитале.",
    )
    return case


def _unit_passed_through(demo: _Demo) -> Case:
    case = demo.case(
        55,
        10,
        family_name="Ковалёвы",
        region="Воронежская область",
        next_action="Запрос в штаб батальона о составе группы",
    )
    person = demo.person(
        case,
        surname="Ковалёв",
        given_name="Артём",
        patronymic="Сергеевич",
        birth_date="2001-07-02",
        rank="рядовой",
        unit="в/ч 00852, 1-й батальон",
        position="стрелок",
        last_contact_on=demo.day(75),
        last_contact_place="пос. Первомайский",
        last_contact_channel="Telegram",
        official_status="missing",
        official_status_on=demo.day(20),
    )
    demo.relative(
        case,
        surname="Ковалёва",
        given_name="Наталья",
        patronymic="Викторовна",
        relation="mother",
        phone="+7 900 000-73-25",
        address="Воронежская обл., г. Энск, ул. Мира, д. 3, кв. 41",
        consent_on=demo.day(55),
        consent_scope="поиск, обработка персональных данных",
    )
    demo.report(
        person,
        demo.day(75),
        claim="alive",
        source_kind="family",
        source_name="мать",
        reliability="B",
        credibility="2",
        received_on=demo.day(55),
        summary="Последнее сообщение матери: «Проходим через Первомайский, всё нормально».",
    )
    demo.report(
        person,
        f"{demo.day(75)}..{demo.day(60)}",
        claim="missing",
        source_kind="unit",
        source_name="штаб батальона",
        reliability="C",
        credibility="3",
        received_on=demo.day(50),
        place="пос. Первомайский",
        summary="Подразделение прошло через пос. Первомайский; с тех пор Артём молчит.",
    )
    demo.report(
        person,
        demo.day(30),
        claim="no_information",
        source_kind="official",
        source_name="военный комиссариат",
        document_ref="№ 1234/5",
        reliability="A",
        credibility="6",
        received_on=demo.day(28),
        summary="Ответ на запрос: сведениями о судьбе не располагают.",
    )
    return case


def _prisoner_video(demo: _Demo) -> Case:
    case = demo.case(
        46,
        3,
        family_name="Мельниковы",
        region="Саратовская область",
        next_action="Передать видео уполномоченному по правам человека",
    )
    person = demo.person(
        case,
        surname="Мельников",
        given_name="Игорь",
        patronymic="Викторович",
        birth_date="1988-11-21",
        service_number="ТК-105 377",
        rank="младший сержант",
        unit="в/ч 00239",
        official_status="missing",
        official_status_on=demo.day(50),
    )
    demo.relative(
        case,
        surname="Мельникова",
        given_name="Ольга",
        patronymic="Викторовна",
        relation="sister",
        phone="+7 900 000-19-84",
        address="Саратовская обл., г. Энск, ул. Речная, д. 15",
    )
    video = demo.report(
        person,
        demo.day(48),
        claim="captured",
        source_kind="media",
        source_name="видео с пленными в канале другой стороны",
        reliability="C",
        credibility="3",
        received_on=demo.day(45),
        summary="Сестра узнала Игоря на видео с пленными по татуировке на левой руке.",
    )
    demo.report(
        person,
        demo.day(48),
        claim="captured",
        source_kind="comrade",
        source_name="сослуживец",
        reliability="D",
        credibility="4",
        received_on=demo.day(44),
        derived_from_id=video,
        summary="Пересказал, что видел то же видео и узнал Игоря.",
    )
    return case


def _official_behind(demo: _Demo) -> Case:
    case = demo.case(
        165,
        -2,
        family_name="Покровские",
        region="Курская область",
        next_action="Повторный запрос: официальный статус не обновлён",
    )
    person = demo.person(
        case,
        surname="Покровский",
        given_name="Никита",
        patronymic="Олегович",
        birth_date="1995-05-09",
        rank="ефрейтор",
        unit="в/ч 00560",
        official_status="missing",
        official_status_on=demo.day(170),
    )
    demo.relative(
        case,
        surname="Покровская",
        given_name="Галина",
        patronymic="Петровна",
        relation="mother",
        phone="+7 900 000-66-02",
        address="Курская обл., с. Заречное, ул. Луговая, д. 2",
    )
    demo.report(
        person,
        demo.day(175),
        claim="missing",
        source_kind="official",
        source_name="военный комиссариат, извещение",
        document_ref="№ 77/3-112",
        reliability="A",
        credibility="2",
        received_on=demo.day(168),
        summary="Извещение: пропал без вести при выполнении задач.",
    )
    demo.report(
        person,
        demo.day(120),
        claim="captured",
        source_kind="red_cross",
        source_name="МККК, ответ на запрос",
        reliability="B",
        credibility="2",
        received_on=demo.day(100),
        summary="Никита значится среди военнопленных; место содержания не сообщается.",
    )
    return case


def _dna_sample(demo: _Demo) -> Case:
    case = demo.case(
        90,
        14,
        family_name="Бондаренко",
        region="Ростовская область",
        next_action="Узнать результат сравнения ДНК",
    )
    person = demo.person(
        case,
        surname="Бондаренко",
        given_name="Сергей",
        patronymic="Николаевич",
        birth_date="1979-01-30",
        rank="старший сержант",
        unit="в/ч 00718",
        official_status="killed",
        official_status_on=demo.day(80),
    )
    demo.relative(
        case,
        surname="Бондаренко",
        given_name="Николай",
        patronymic="Петрович",
        relation="father",
        phone="+7 900 000-30-58",
        address="Ростовская обл., г. Энск, пер. Школьный, д. 9, кв. 5",
        consent_on=demo.day(58),
        consent_scope="обработка персональных данных и генетического образца для опознания",
        dna_collected_on=demo.day(55),
        dna_lab="Региональная лаборатория судебно-медицинской экспертизы",
        dna_sample_ref=f"ДНК-{demo.today.year}-00417",
    )
    demo.report(
        person,
        demo.day(95),
        claim="killed",
        source_kind="unit",
        source_name="командир батальона",
        reliability="B",
        credibility="2",
        received_on=demo.day(88),
        summary="Погиб при отходе группы; тело вынести не удалось.",
    )
    demo.report(
        person,
        demo.day(60),
        claim="remains_recovered",
        source_kind="research",
        source_name="поисковый отряд",
        reliability="C",
        credibility="2",
        received_on=demo.day(59),
        summary="Останки эвакуированы; нужно опознание по ДНК родственника.",
    )
    return case


DEMO_CASES: tuple[tuple[str, Callable[[_Demo], Case]], ...] = (
    ("killed-then-alive", _killed_then_alive),
    ("unit-passed-through", _unit_passed_through),
    ("prisoner-video", _prisoner_video),
    ("official-behind", _official_behind),
    ("dna-sample", _dna_sample),
)


def demo_cases(session: Session) -> list[Case]:
    """The demo cases already in the database, in the order they were added."""
    return list(
        session.scalars(
            select(Case)
            .join(AuditEntry, (AuditEntry.entity == "cases") & (AuditEntry.entity_id == Case.id))
            .where(AuditEntry.action == DEMO_ACTION)
            .order_by(AuditEntry.id)
        )
    )


def load_demo(session: Session, actor: str, today: date | None = None) -> list[Case]:
    """Add the demo cases (or return them if they are there already)."""
    existing = demo_cases(session)
    if existing:
        return existing
    demo = _Demo(session, actor, today or date.today())
    added = []
    for key, build in DEMO_CASES:
        case = build(demo)
        audit.record(session, actor, DEMO_ACTION, case, note=key)
        added.append(case)
    add_demo_inquiries(session, actor, demo.today, added)
    session.flush()
    return added
