"""Matching benchmark data (issue 13): a realistic population and published lists against it.

Seeded and deterministic (the persons' uuids aside). The population is written with
:mod:`caseworker.synth`'s bulk inserts (name keys, search entries and kept days filled as
synth fills them), its families and persons drawn by synth and then renamed here: surnames
by a Zipf-like distribution over common real surnames and a few thousand made from roots and
suffixes, given names by their frequency (many namesakes), patronymics from the fathers'
names, birth dates 1965-2005, service numbers (some blank), units ("в/ч 12345"), regions.
No reports are made: matching reads the persons only.

A list has ``entries`` rows: two thirds sought persons, one third people not sought (half of
them namesakes of a sought person: the same names, another birth date and unit). Each row is
written as published lists write names: Russian or Ukrainian Cyrillic, or Latin under one of
several schemes (ICAO, BGN/PCGN, GOST 7.79 B, Ukraine 2010, ad hoc), with typos, surname and
given name swapped, day and month swapped, a slip in the birth date (a day or a year off, a
digit misread), the year only, no patronymic, a blank or wrong unit. It is written as .csv
and .xlsx (columns the list import recognises) with a ground truth: row number → person id
or null, and how the row was rendered.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select

from caseworker.db import Database, open_database
from caseworker.models import Case, SoughtPerson
from caseworker.synth import SynthSummary, synthesize
from caseworker.synth import people as synth_people
from caseworker.vocab import Relation

DATA = Path(__file__).parent / "data"
#: The lists' version: bumped when the renderings change, so that a cached list is made again.
VERSION = 6
#: The mark of a sought person's row that other sought persons fit as well (common names with
#: no patronymic or birth date): no matcher can tell which one it is.
AMBIGUOUS = "ambiguous"
FULL_NAME = "ФИО"
HEADERS = (
    "Фамилия",
    "Имя",
    "Отчество",
    "Дата рождения",
    "Личный номер",
    "Воинская часть",
    "Регион",
)
#: Persons per synthetic family (synth draws 1-3, about 1.38 on average).
_PERSONS_PER_CASE = 1.38


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_COMMON = _words("""
Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов
Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров
Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин
Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов
Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов
Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников
Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов
Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов
Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов
Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров
Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов
Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин
Белоусов Нестеров Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронов Аксёнов
Мальцев Логинов Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Дёмин
Хохлов Жданов Носков Шевченко Бондаренко Коваленко Ткаченко Кравченко Олейник Шевчук Коваль
Бойко Ткачук Мельник Руденко Савченко Лысенко Марченко Мороз Павленко Петренко Кузьменко
Гончаренко Ковальчук Клименко Левченко Харченко Сидоренко Карпенко Романенко Данилюк Кравчук
Литвиненко Гаврилюк Полищук Мартынюк Мазур Костенко Приходько Якименко Демченко Зинченко
Покровский Вишневский Ковальский Жуковский Островский Соловей Кравец Гончар""")

_ROOTS = _words("""
Бел Сер Чёрн Кузьм Медвед Вол Лис Гус Сок Орл Ворон Гром Зим Мороз Снег Лес Бор Дуб
Клён Берёз Осин Рыб Щук Карас Окун Сом Пчел Мух Жук Комар Шмел Ос Сов Филин Грач Дрозд Чиж
Стриж Ласточ Журавл Лебед Утк Гол Ряб Бобр Куниц Барсук Ёж Заяц Хорьк Кот Пёс Конюх Пастух
Коваль Гонч Ткач Бонд Шевч Мельн Кравч Столяр Плотн Кузн Рыбак Мирон Степан Гаврил Данил Кирил
Мартын Остап Тарас Богдан Демьян Назар Лукьян Ерем Фом Прох Сав Тимош Яков Юрк Гриц Марк Петр
Павл Андр Олеш Михн Васил Федьк Семен Игнат Трофим Захар Матв Мака Голов Бород Нос Губ Рук Ног
Горб Кос Лыс Рыж Сед Русак Крив Крут Быстр Тих Смир Добр Хитр Мудр Прост Весел Радост Слав Мир
Вер Надеж Люб Крас Зелен Син Жёлт Серебр Злат Мед Сол Перц Хрен Лук Репк Капуст Морков Горох
Пшен Греч Овс Ячмен Жит Хлеб Калач Пирож Блин Квас Пив Мёд Сыр Масл Молок Сметан Творог""")
_SUFFIXES = (
    ("ов", 30),
    ("ев", 10),
    ("ин", 14),
    ("енко", 12),
    ("ук", 6),
    ("чук", 5),
    ("ский", 7),
    ("ко", 5),
    ("овский", 3),
    ("ищев", 1),
    ("ец", 2),
    ("ишин", 2),
)

#: Given names of men with their share (per mille, about as in births of 1965-2005).
_MEN = (
    ("Александр", 95), ("Сергей", 85), ("Дмитрий", 75), ("Андрей", 70), ("Алексей", 65),
    ("Евгений", 45), ("Максим", 40), ("Владимир", 38), ("Иван", 35), ("Николай", 28),
    ("Денис", 30), ("Артём", 28), ("Михаил", 28), ("Роман", 25), ("Павел", 24), ("Игорь", 22),
    ("Олег", 20), ("Виктор", 18), ("Юрий", 17), ("Антон", 17), ("Никита", 14), ("Илья", 14),
    ("Кирилл", 13), ("Владислав", 12), ("Вадим", 11), ("Василий", 10), ("Константин", 11),
    ("Виталий", 10), ("Анатолий", 7), ("Станислав", 7), ("Руслан", 9), ("Егор", 8),
    ("Даниил", 7), ("Вячеслав", 8), ("Геннадий", 4), ("Валерий", 5), ("Пётр", 4),
    ("Григорий", 3), ("Фёдор", 3), ("Степан", 3), ("Ярослав", 4), ("Богдан", 3), ("Георгий", 3),
    ("Леонид", 3), ("Борис", 3), ("Семён", 3), ("Тимофей", 2), ("Матвей", 2), ("Глеб", 2),
    ("Эдуард", 3), ("Артур", 4), ("Тимур", 4), ("Ринат", 2), ("Рустам", 2), ("Марат", 2),
    ("Аркадий", 1), ("Валентин", 2), ("Святослав", 1), ("Ростислав", 1), ("Лев", 1),
)  # fmt: skip
_WOMEN = (
    ("Анна", 12), ("Елена", 12), ("Ольга", 11), ("Наталья", 11), ("Татьяна", 10),
    ("Ирина", 10), ("Екатерина", 9), ("Мария", 8), ("Светлана", 8), ("Юлия", 8),
    ("Анастасия", 7), ("Дарья", 5), ("Марина", 6), ("Виктория", 5), ("Ксения", 4),
)  # fmt: skip
#: Fathers' names: (name, share, patronymic of a son, of a daughter).
_FATHERS = (
    ("Александр", 80, "Александрович", "Александровна"),
    ("Сергей", 70, "Сергеевич", "Сергеевна"),
    ("Владимир", 70, "Владимирович", "Владимировна"),
    ("Николай", 55, "Николаевич", "Николаевна"),
    ("Виктор", 45, "Викторович", "Викторовна"),
    ("Юрий", 45, "Юрьевич", "Юрьевна"),
    ("Андрей", 40, "Андреевич", "Андреевна"),
    ("Алексей", 35, "Алексеевич", "Алексеевна"),
    ("Анатолий", 30, "Анатольевич", "Анатольевна"),
    ("Михаил", 30, "Михайлович", "Михайловна"),
    ("Игорь", 30, "Игоревич", "Игоревна"),
    ("Валерий", 25, "Валерьевич", "Валерьевна"),
    ("Евгений", 25, "Евгеньевич", "Евгеньевна"),
    ("Дмитрий", 25, "Дмитриевич", "Дмитриевна"),
    ("Иван", 25, "Иванович", "Ивановна"),
    ("Василий", 20, "Васильевич", "Васильевна"),
    ("Геннадий", 18, "Геннадьевич", "Геннадьевна"),
    ("Олег", 18, "Олегович", "Олеговна"),
    ("Павел", 15, "Павлович", "Павловна"),
    ("Петр", 12, "Петрович", "Петровна"),
    ("Виталий", 12, "Витальевич", "Витальевна"),
    ("Вячеслав", 10, "Вячеславович", "Вячеславовна"),
    ("Григорий", 8, "Григорьевич", "Григорьевна"),
    ("Борис", 8, "Борисович", "Борисовна"),
    ("Леонид", 8, "Леонидович", "Леонидовна"),
    ("Константин", 8, "Константинович", "Константиновна"),
    ("Роман", 8, "Романович", "Романовна"),
    ("Степан", 5, "Степанович", "Степановна"),
    ("Фёдор", 5, "Фёдорович", "Фёдоровна"),
    ("Илья", 4, "Ильич", "Ильинична"),
    ("Никита", 3, "Никитич", "Никитична"),
    ("Богдан", 3, "Богданович", "Богдановна"),
    ("Ринат", 3, "Ринатович", "Ринатовна"),
)
_REGIONS = """Москва;Московская область;Санкт-Петербург;Ленинградская область;Ростовская область;
Краснодарский край;Воронежская область;Белгородская область;Курская область;Брянская область;
Нижегородская область;Самарская область;Саратовская область;Волгоградская область;
Свердловская область;Челябинская область;Новосибирская область;Омская область;
Красноярский край;Иркутская область;Республика Башкортостан;Республика Татарстан;
Пермский край;Оренбургская область;Тюменская область;Алтайский край;Забайкальский край;
Республика Бурятия;Приморский край;Хабаровский край;Ставропольский край;Республика Крым;
Тульская область;Ярославская область;Тверская область;Смоленская область""".replace("\n", "").split(
    ";"
)

#: Russian given names as Ukrainian lists write them.
_UK_GIVEN = {
    "Александр": "Олександр", "Сергей": "Сергій", "Дмитрий": "Дмитро", "Андрей": "Андрій",
    "Алексей": "Олексій", "Евгений": "Євген", "Владимир": "Володимир", "Иван": "Іван",
    "Николай": "Микола", "Артём": "Артем", "Михаил": "Михайло", "Павел": "Павло",
    "Игорь": "Ігор", "Виктор": "Віктор", "Юрий": "Юрій", "Никита": "Микита", "Илья": "Ілля",
    "Кирилл": "Кирило", "Василий": "Василь", "Константин": "Костянтин", "Виталий": "Віталій",
    "Анатолий": "Анатолій", "Станислав": "Станіслав", "Егор": "Єгор", "Даниил": "Данило",
    "Вячеслав": "В'ячеслав", "Геннадий": "Геннадій", "Валерий": "Валерій", "Пётр": "Петро",
    "Петр": "Петро", "Григорий": "Григорій", "Фёдор": "Федір", "Георгий": "Георгій",
    "Леонид": "Леонід", "Семён": "Семен", "Тимофей": "Тимофій", "Матвей": "Матвій",
    "Глеб": "Гліб", "Елена": "Олена", "Наталья": "Наталія", "Татьяна": "Тетяна",
    "Ирина": "Ірина", "Екатерина": "Катерина", "Мария": "Марія", "Светлана": "Світлана",
    "Юлия": "Юлія", "Анастасия": "Анастасія", "Дарья": "Дар'я", "Ксения": "Ксенія",
    "Виктория": "Вікторія", "Анна": "Ганна", "Эдуард": "Едуард",
}  # fmt: skip
_LATIN_RU = {
    "icao": dict(
        zip(
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            _words("a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y - e iu ia"),
            strict=True,
        )
    ),
    "bgn": dict(
        zip(
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            _words("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y ' e yu ya"),
            strict=True,
        )
    ),
    "gost": dict(
        zip(
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            _words("a b v g d e yo zh z i j k l m n o p r s t u f x cz ch sh shh `` y' ` e` yu ya"),
            strict=True,
        )
    ),
    "adhoc": dict(
        zip(
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            _words("a b v g d e yo j z i y k l m n o p r s t u f h c ch sh sch - i - e yu ya"),
            strict=True,
        )
    ),
}
_LATIN_UK = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        _words("a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch - iu ia -"),
        strict=True,
    )
)
_UK_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыьэюя"
_FEMALE = {Relation.WIFE, Relation.MOTHER, Relation.SISTER, Relation.DAUGHTER}
_UK_SAME = _words("""Максим Денис Роман Олег Антон Вадим Руслан Владислав Богдан Ярослав Тимур Борис
Степан Марина Ольга Ринат Марат Рустам Артур Валентин Святослав Ростислав Лев""")


def _uk_patronymic(father: str, woman: bool) -> str:
    uk = _UK_GIVEN.get(father, father)
    if uk == "Ілля":
        return "Іллівна" if woman else "Ілліч"
    stem = uk[:-1] + "ай" if uk.endswith("а") else uk.removesuffix("о")
    if not woman:
        return stem + "ович"
    stem = stem.removesuffix("ь")
    return stem[:-1] + "ївна" if stem.endswith("й") else stem + "івна"


_UK_PATRONYMIC = {
    russian: _uk_patronymic(name, woman)
    for name, _, son, daughter in _FATHERS
    for russian, woman in ((son, False), (daughter, True))
}


@dataclass(frozen=True)
class Person:
    id: int | None
    surname: str
    given: str
    patronymic: str
    born: date
    number: str
    unit: str
    region: str
    woman: bool


@dataclass
class Entry:
    """One row of a list and how it came to be written so."""

    person_id: int | None
    cells: list[str]
    how: list[str] = field(default_factory=list)


def _weighted(pairs: Sequence[tuple[Any, float]]) -> tuple[list[Any], list[float]]:
    items, total, cum = [], 0.0, []
    for item, weight in pairs:
        total += weight
        items.append(item)
        cum.append(total)
    return items, cum


class Names:
    """Draws names, dates, units and regions with realistic frequencies."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        made = sorted({root + suffix for root in _ROOTS for suffix, _ in _SUFFIXES} - set(_COMMON))
        rng.shuffle(made)
        shares = dict(_SUFFIXES)
        ranked = list(dict.fromkeys(_COMMON)) + made
        # Zipf-like: the r-th surname is drawn about 1/r^0.85 as often (rarer suffixes rarer).
        pairs = []
        for rank, surname in enumerate(ranked, start=1):
            suffix = next(
                (s for s in sorted(shares, key=len, reverse=True) if surname.endswith(s)), ""
            )
            weight = 1 / rank**0.85 * (1.0 if rank <= len(_COMMON) else shares.get(suffix, 5) / 10)
            pairs.append((surname, weight))
        self.surnames = _weighted(pairs)
        self.men = _weighted(_MEN)
        self.women = _weighted(_WOMEN)
        self.fathers = _weighted([(f, f[1]) for f in _FATHERS])
        self.units = [f"в/ч {rng.randint(10000, 99999)}" for _ in range(600)]

    def _draw(self, table: tuple[list[Any], list[float]]) -> Any:
        return self.rng.choices(table[0], cum_weights=table[1])[0]

    def surname(self) -> str:
        return str(self._draw(self.surnames))

    def father(self) -> tuple[str, int, str, str]:
        father: tuple[str, int, str, str] = self._draw(self.fathers)
        return father

    def given(self, woman: bool) -> str:
        return str(self._draw(self.women if woman else self.men))

    def born(self) -> date:
        start = date(1965, 1, 1)
        return start + timedelta(days=self.rng.randint(0, (date(2005, 12, 31) - start).days))

    def number(self) -> str:
        if self.rng.random() < 0.35:
            return ""
        letters = "АБВГДЕЖИКЛМНОПРСТУФХ"
        rng = self.rng
        return rng.choice(letters) + rng.choice(letters) + f"-{rng.randint(0, 999999):06d}"

    def unit(self) -> str:
        return self.rng.choice(self.units)

    def region(self) -> str:
        return self.rng.choice(_REGIONS)

    def person(self, surname: str, father: tuple[str, int, str, str], woman: bool) -> Person:
        return Person(
            None,
            synth_people.feminine(surname) if woman else surname,
            self.given(woman),
            father[3] if woman else father[2],
            self.born(),
            self.number(),
            self.unit(),
            self.region(),
            woman,
        )


class _Renamed(synth_people.PeopleMaker):
    """synth's families, renamed with :class:`Names`' frequencies."""

    def __init__(self, rng: random.Random, today: date, names: Names) -> None:
        super().__init__(rng, today)
        self.names = names

    def family(self, opened_on: date) -> synth_people.Family:
        drawn = super().family(opened_on)
        surname, father = self.names.surname(), self.names.father()
        region = self.names.region()
        for draft in drawn.persons:
            person = self.names.person(surname, father, draft.woman)
            draft.row.update(
                surname=person.surname,
                given_name=person.given,
                patronymic=person.patronymic,
                birth_date=person.born,
                service_number=person.number,
                unit=person.unit,
            )
        for relative in drawn.relatives:
            female = relative["relation"] in _FEMALE
            relative["surname"] = synth_people.feminine(surname) if female else surname
        drawn.case.update(family_name=synth_people.family_name(surname), region=region)
        return drawn


def write_population(database: Database, persons: int, seed: int) -> SynthSummary:
    """About ``persons`` sought persons in families, no reports; deterministic by ``seed``."""
    cases = max(1, round(persons / _PERSONS_PER_CASE))
    names = Names(random.Random(seed + 1))
    return synthesize(
        database,
        cases,
        seed,
        actor="matching-bench",
        people=lambda rng, today: _Renamed(rng, today, names),
        reports=False,
    )


def read_population(database: Database) -> list[Person]:
    query = (
        select(
            SoughtPerson.id,
            SoughtPerson.surname,
            SoughtPerson.given_name,
            SoughtPerson.patronymic,
            SoughtPerson.born_on,
            SoughtPerson.service_number,
            SoughtPerson.unit,
            Case.region,
        )
        .join(Case, Case.id == SoughtPerson.case_id)
        .order_by(SoughtPerson.id)
    )
    with database.read() as session:
        return [
            Person(pid, s, g, p, b, n, u, r, g in dict(_WOMEN))
            for pid, s, g, p, b, n, u, r in session.execute(query)
            if b is not None  # every generated person has one
        ]


# --- renderings -------------------------------------------------------------------------


def ukrainian(word: str, kind: str = "surname") -> str:
    """A Russian name as a Ukrainian list writes it (by hand-made names and letter rules)."""
    if kind == "given" and (word in _UK_GIVEN or word in _UK_SAME):
        return _UK_GIVEN.get(word, word)
    if kind == "patronymic" and word in _UK_PATRONYMIC:
        return _UK_PATRONYMIC[word]
    lower = word.lower()
    if kind == "given" and lower.endswith("ий"):
        lower = lower[:-2] + "ій"
    for ru, uk in (("ский", "ський"), ("цкий", "цький"), ("ская", "ська")):
        if lower.endswith(ru):
            lower = lower[: -len(ru)] + uk
    out = []
    for index, ch in enumerate(lower):
        before = lower[index - 1] if index else ""
        if ch == "и" and (index < len(lower) - 2 or not lower.endswith("ий")):
            out.append("і")
        elif ch == "ы":
            out.append("и")
        elif ch == "э":
            out.append("е")
        elif ch == "ё":  # Королёв -> Корольов, Соловьёв -> Соловйов, Фёдоров -> Федоров
            if before == "ь":
                out[-1] = "й"
                out.append("о")
            elif before and before in "лнтдсзр":
                out.append("ьо")
            elif not before or before in "аеиоуыэюяъ":
                out.append("йо")
            else:
                out.append("о" if before in "жшчщ" else "е")
        elif ch == "е" and (not before or before in "аеиоуяю"):
            out.append("є")
        elif ch == "ъ":
            out.append("'")
        else:
            out.append(ch)
    text = "".join(out)
    return text[:1].upper() + text[1:]


def latin(word: str, scheme: str) -> str:
    """``word`` in Latin letters: ``uk2010`` from its Ukrainian form, the rest from Russian."""
    if scheme == "uk2010":
        lower = word.lower()
        parts = [
            _UK_START.get(ch, _LATIN_UK.get(ch, ch)) if index == 0 else _LATIN_UK.get(ch, ch)
            for index, ch in enumerate(lower)
        ]
    else:
        table = _LATIN_RU[scheme]
        parts = []
        for index, ch in enumerate(word.lower()):
            letter = table.get(ch, ch)
            if (
                scheme == "bgn"
                and ch == "е"
                and (index == 0 or word.lower()[index - 1] in "аеиоуыэюяьъ")
            ):
                letter = "ye"
            if (
                scheme == "gost"
                and ch == "ц"
                and word.lower()[index + 1 : index + 2] in ("и", "е", "ы", "й")
            ):
                letter = "c"
            parts.append(letter)
    text = "".join(parts).replace("-", "")
    return text[:1].upper() + text[1:]


def typo(word: str, rng: random.Random) -> str:
    """One edit: a letter replaced, dropped, doubled or two swapped."""
    if len(word) < 4:
        return word
    at = rng.randint(1, len(word) - 2)
    kind = rng.randrange(4)
    letters = _CYRILLIC if word[at].lower() in _CYRILLIC + "іїєё" else "abcdefghiklmnoprstuvyz"
    if kind == 0:
        letter = rng.choice(letters.replace(word[at].lower(), ""))
        letter = letter.upper() if word[at].isupper() else letter
        return word[:at] + letter + word[at + 1 :]
    if kind == 1:
        return word[:at] + word[at + 1 :]
    if kind == 2:
        return word[:at] + word[at] + word[at:]
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def slipped(born: date, rng: random.Random) -> date:
    """A birth date with one slip of the pen: a day off, the year off by one, or one digit
    of the day or year misread (18 as 13, 1987 as 1981)."""
    kind = rng.randrange(3)
    if kind == 0:
        return born + timedelta(days=rng.choice((-1, 1)))
    if kind == 1 and not (born.month == 2 and born.day == 29):
        return born.replace(year=born.year + rng.choice((-1, 1)))
    for _ in range(20):
        day, year = born.day, born.year
        if rng.random() < 0.5:
            day = day // 10 * 10 + rng.randrange(10)
        else:
            year = year // 10 * 10 + rng.randrange(10)
        try:
            other = born.replace(year=year, day=day)
        except ValueError:
            continue
        if other != born and date(1940, 1, 1) <= other < date.today():
            return other
    return born + timedelta(days=1)


def render(person: Person, rng: random.Random, names: Names) -> tuple[list[str], list[str]]:
    """A person's row as some published list writes it, and what was done to it."""
    how: list[str] = []
    surname, given, patronymic = person.surname, person.given, person.patronymic
    script = rng.choices(("ru", "uk", "latin"), cum_weights=(45, 70, 100))[0]
    if script == "uk":
        surname, given = ukrainian(surname), ukrainian(given, "given")
        patronymic = ukrainian(patronymic, "patronymic")
        how.append("ukrainian")
    elif script == "latin":
        scheme = rng.choice(("icao", "bgn", "gost", "uk2010", "adhoc"))
        if scheme == "uk2010":
            surname, given = ukrainian(surname), ukrainian(given, "given")
            patronymic = ukrainian(patronymic, "patronymic")
        surname, given, patronymic = (latin(w, scheme) for w in (surname, given, patronymic))
        how.append(f"latin:{scheme}")
        if rng.random() < 0.5:
            surname = surname.upper()
            how.append("surname in capitals")
    else:
        how.append("russian")
        if "ё" in surname + given + patronymic and rng.random() < 0.7:
            surname, given, patronymic = (w.replace("ё", "е") for w in (surname, given, patronymic))
            how.append("ё as е")
        if rng.random() < 0.2:
            surname = surname.upper()
            how.append("surname in capitals")
    if rng.random() < 0.12:
        if rng.random() < 0.75:
            surname = typo(surname, rng)
        else:
            given = typo(given, rng)
        how.append("typo")
    if rng.random() < (0.4 if script == "latin" else 0.15):
        patronymic = ""
        how.append("no patronymic")
    if rng.random() < 0.07:
        surname, given = given, surname
        how.append("swapped names")
    layout = rng.random()
    if script == "latin" and layout < 0.5:
        born = person.born.isoformat()
    elif layout < 0.08:
        born = person.born.strftime("%d/%m/%Y")
    else:
        born = person.born.strftime("%d.%m.%Y")
    roll = rng.random()
    if roll < 0.05 and person.born.day <= 12 and person.born.day != person.born.month:
        born = f"{person.born.month:02d}.{person.born.day:02d}.{person.born.year}"
        how.append("day and month swapped")
    elif roll < 0.15:
        born = str(person.born.year)
        how.append("year only")
    elif roll < 0.18:
        born = ""
        how.append("no birth date")
    elif roll < 0.21:
        born = slipped(person.born, rng).strftime("%d.%m.%Y")
        how.append("date slip")
    number = person.number if rng.random() < 0.3 else ""
    roll = rng.random()
    unit = person.unit
    if roll < 0.45:
        unit = ""
    elif roll < 0.55:
        unit = names.unit()
        how.append("other unit")
    region = person.region if rng.random() < 0.5 else ""
    return [surname, given, patronymic, born, number, unit, region], how


@dataclass
class Made:
    """Where a made list is, and its ground truth: the spreadsheet row → person id or None."""

    csv: Path
    xlsx: Path
    truth: Path
    entries: list[Entry]


def _fitting(person: Person, cells: list[str], how: list[str], namesakes: list[Person]) -> int:
    """How many sought persons the row fits as well as its own: the same names, the
    patronymic unless the row has none, the birth date as far as the row gives it, the
    service number when it has one."""

    def fits(other: Person) -> bool:
        if "no patronymic" not in how and other.patronymic != person.patronymic:
            return False
        if cells[4] and other.number != person.number:
            return False
        if "no birth date" in how:
            return True
        if "year only" in how:
            return other.born.year == person.born.year
        return other.born == person.born

    return sum(1 for other in namesakes if fits(other))


def make_entries(population: Sequence[Person], count: int, seed: int) -> list[Entry]:
    """``count`` list rows: two thirds of sought persons, one third not sought."""
    rng = random.Random(seed)
    names = Names(random.Random(seed + 1))  # the same units as the population's
    # Not the population's draws again: with its seed the people not sought would be born on
    # the sought persons' days with their service numbers and units.
    names.rng = random.Random(seed + 2)
    known = {(p.surname, p.given, p.patronymic, p.born) for p in population}
    sought_count = round(count * 2 / 3)
    sought = rng.sample(list(population), min(sought_count, len(population)))
    by_name: dict[tuple[str, str], list[Person]] = {}
    for person in population:
        by_name.setdefault((person.surname, person.given), []).append(person)
    entries = []
    for person in sought:
        cells, how = render(person, rng, names)
        if _fitting(person, cells, how, by_name[person.surname, person.given]) > 1:
            how.append(AMBIGUOUS)
        entries.append(Entry(person.id, cells, how))
    while len(entries) < count:
        if rng.random() < 0.5:
            twin = rng.choice(population)
            other = Person(
                None,
                twin.surname,
                twin.given,
                twin.patronymic if rng.random() < 0.7 else names.father()[2],
                names.born(),
                names.number(),
                names.unit(),
                names.region(),
                twin.woman,
            )
            label = "namesake"
        else:
            other = names.person(names.surname(), names.father(), rng.random() < 0.05)
            label = "not sought"
        if (other.surname, other.given, other.patronymic, other.born) in known:
            continue
        cells, how = render(other, rng, names)
        entries.append(Entry(None, cells, [label, *how]))
    rng.shuffle(entries)
    return entries


def _excel_cell(text: str) -> str | date:
    """Day dates as date cells, as a list kept in Excel has them; the rest as text."""
    if len(text) == 10 and text[2] == "." and text[5] == "." and text.replace(".", "").isdigit():
        day, month, year = (int(part) for part in text.split("."))
        try:
            return date(year, month, day)
        except ValueError:
            return text
    return text


def write_list(
    entries: Sequence[Entry], folder: Path, stem: str, *, full_name: bool = False
) -> Made:
    """The list as .csv (text) and .xlsx (day dates as date cells), and its ground truth.

    ``full_name``: the names in one column "ФИО" (surname, given name, patronymic as the row
    has them), as many lists write them, instead of three columns.
    """
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = folder / f"{stem}.csv", folder / f"{stem}.xlsx"
    headers = [FULL_NAME, *HEADERS[3:]] if full_name else list(HEADERS)
    rows = [
        [" ".join(w for w in entry.cells[:3] if w), *entry.cells[3:]] if full_name else entry.cells
        for entry in entries
    ]
    with csv_path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Список")
    sheet.append(headers)
    for row in rows:
        sheet.append([_excel_cell(cell) for cell in row])
    book.save(xlsx_path)
    truth = {
        str(row): {"person_id": entry.person_id, "how": entry.how}
        for row, entry in enumerate(entries, start=2)
    }
    truth_path = folder / f"{stem}.truth.json"
    truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return Made(csv_path, xlsx_path, truth_path, list(entries))


def ensure_population(persons: int = 100_000, seed: int = 13) -> Path:
    """The population's database, made once under ``benchmarks/data/``."""
    folder = DATA / f"matching_{persons}_{seed}"
    database_file = folder / "population.sqlite"
    done = folder / "population.done"
    if done.exists() and database_file.exists():
        return database_file
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob("population.sqlite*"):
        leftover.unlink()
    database = open_database(str(database_file))
    try:
        summary = write_population(database, persons, seed)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    done.write_text(f"{summary}\n")
    return database_file


def ensure_data(
    persons: int = 100_000, entries: int = 5_000, seed: int = 13, *, full_name: bool = False
) -> tuple[Path, Made]:
    """The population's database and a list against it, each made once."""
    database_file = ensure_population(persons, seed)
    folder = database_file.parent
    stem = f"list_{entries}_v{VERSION}" + ("_fio" if full_name else "")
    made = Made(folder / f"{stem}.csv", folder / f"{stem}.xlsx", folder / f"{stem}.truth.json", [])
    if not made.truth.exists():
        database = open_database(str(database_file))
        try:
            population = read_population(database)
        finally:
            database.dispose()
        return database_file, write_list(
            make_entries(population, entries, seed), folder, stem, full_name=full_name
        )
    truth = json.loads(made.truth.read_text(encoding="utf-8"))
    made.entries = [Entry(v["person_id"], [], v["how"]) for v in truth.values()]
    return database_file, made
