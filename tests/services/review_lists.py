"""A published list and the sought persons it may name (all fictional), for the review
queue's tests: Шумов and Кравцов sought, a list naming them in Latin and Ukrainian
spelling, and a man nobody seeks."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from caseworker.db import Database
from caseworker.models import ListEntry, PublishedList
from caseworker.services import cases
from caseworker.vocab import Claim, Credibility, Reliability
from tests.conftest import ACTOR, add_person

HEADERS = ("Прізвище", "Ім'я", "По батькові", "Дата народження")


@dataclass(frozen=True)
class Listed:
    list_id: int
    shumov: int
    shumov_case: int
    kravtsov: int


def add_list(session: Session, rows: Sequence[tuple[str, str, str, date | None]], name: str) -> int:
    """A list of men released in an exchange, graded B2, with ``rows`` from row 2 on."""
    published = PublishedList(
        name=name, publisher="Координационный штаб", published_on=date(2026, 11, 14),
        address="", means=Claim.RELEASED, reliability=Reliability.B,
        credibility=Credibility("2"), sha256=f"{abs(hash(name)):064d}"[:64],
        file_name="обмен.csv", size=1, column_map="{}", entered_by=ACTOR,
    )  # fmt: skip
    session.add(published)
    session.flush()
    for number, (surname, given, patronymic, born) in enumerate(rows, start=2):
        cells = (surname, given, patronymic, born.strftime("%d.%m.%Y") if born else "")
        entry = ListEntry(
            list_id=published.id, row_number=number,
            published=json.dumps(dict(zip(HEADERS, cells, strict=True)), ensure_ascii=False),
            surname=surname, given_name=given, patronymic=patronymic, service_number="",
            unit="", region="", note="",
        )  # fmt: skip
        entry.birth_date = born
        session.add(entry)
    session.flush()
    return published.id


def listed(database: Database) -> Listed:
    """Шумов and Кравцов sought; a list naming them in Ukrainian and Latin spelling, and a
    man nobody seeks."""
    with database.write() as session:
        shumovs = cases.create_case(session, ACTOR, family_name="Шумовы")
        shumov = add_person(
            session, shumovs.id, "Шумов Алексей Викторович", birth_date="04.05.1990"
        )
        kravtsovs = cases.create_case(session, ACTOR, family_name="Кравцовы")
        kravtsov = add_person(
            session, kravtsovs.id, "Кравцов Иван Петрович", birth_date="12.01.1985"
        )
        rows = [
            ("Shumov", "Oleksii", "Viktorovych", date(1990, 5, 4)),
            ("Кравцов", "Іван", "Петрович", date(1985, 1, 12)),
            ("Гнатюк", "Остап", "Богданович", date(1979, 3, 3)),
        ]
        list_id = add_list(session, rows, "Обмен 14 ноября")
        return Listed(list_id, shumov.id, shumovs.id, kravtsov.id)
