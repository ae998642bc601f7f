"""Synthetic families: sought persons and relatives with correct Russian name forms."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from caseworker.synth import data
from caseworker.vocab import CaseStatus, DatePrecision, OfficialStatus, Relation

FATES = ("unknown", "captured", "killed", "wounded", "alive")
_OFFICIAL = (
    (OfficialStatus.MISSING, 50),
    (OfficialStatus.NOT_REPORTED, 15),
    (OfficialStatus.CAPTURED, 10),
    (OfficialStatus.KILLED, 15),
    (OfficialStatus.WOUNDED, 5),
    (OfficialStatus.ALIVE, 5),
)
_WOMAN_RELATIONS = (Relation.HUSBAND, Relation.MOTHER, Relation.FATHER, Relation.SISTER)
_MAN_RELATIONS = (
    Relation.WIFE,
    Relation.MOTHER,
    Relation.FATHER,
    Relation.SISTER,
    Relation.BROTHER,
)
_FEMALE_RELATIONS = {Relation.WIFE, Relation.MOTHER, Relation.SISTER, Relation.DAUGHTER}
_DNA_LABS = ("Региональная лаборатория СМЭ", "Лаборатория молекулярно-генетической экспертизы")


def feminine(surname: str) -> str:
    """The feminine form: Шумов -> Шумова, Покровский -> Покровская, Ткаченко unchanged."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    return surname


def family_name(surname: str) -> str:
    """The family as Russians name it: Шумовы, Покровские; Ткаченко unchanged."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "ы"
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ие"
    return surname


@dataclass(frozen=True)
class PersonDraft:
    row: dict[str, Any]
    woman: bool
    missing_since: date
    fate: str


@dataclass(frozen=True)
class Family:
    case: dict[str, Any]
    persons: list[PersonDraft]
    relatives: list[dict[str, Any]]
    caseworker: str


class PeopleMaker:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self._ranks = data.weighted(data.RANKS)
        self._official = data.weighted(_OFFICIAL)
        self._units = [f"в/ч 00{rng.randint(100, 999)}" for _ in range(400)]

    def _pick(self, choices: data.Weighted) -> Any:
        return self.rng.choices(choices[0], cum_weights=choices[1])[0]

    def _day_between(self, start: date, end: date) -> date:
        if end <= start:
            return start
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def _surname(self) -> str:
        roll = self.rng.random()
        if roll < 0.8:
            return self.rng.choice(data.SURNAMES)
        if roll < 0.88:
            return self.rng.choice(data.SURNAMES_SKIY)
        return self.rng.choice(data.SURNAMES_INVARIANT)

    def family(self, opened_on: date) -> Family:
        rng = self.rng
        surname = self._surname()
        caseworker = rng.choice(data.CASEWORKERS)
        father = rng.choice(data.MALE_NAMES)
        count = rng.choices((1, 2, 3), cum_weights=(70, 92, 100))[0]
        missing_since = opened_on - timedelta(days=rng.randint(1, 60))
        persons = [self._person(surname, father, missing_since) for _ in range(count)]
        woman_sought = persons[0].woman
        relations = rng.sample(
            _WOMAN_RELATIONS if woman_sought else _MAN_RELATIONS,
            rng.choices((1, 2, 3), cum_weights=(55, 90, 100))[0],
        )
        relatives = [self._relative(surname, father, relation, opened_on) for relation in relations]
        status = rng.choices(
            (CaseStatus.OPEN, CaseStatus.LOCATED, CaseStatus.CLOSED), cum_weights=(80, 92, 100)
        )[0]
        due = None
        if status is not CaseStatus.CLOSED and rng.random() < 0.85:
            due = self.today + timedelta(days=rng.randint(-20, 40))
        case = {
            "family_name": family_name(surname),
            "region": rng.choice(data.REGIONS),
            "status": status,
            "assigned_to": caseworker,
            "next_action": rng.choice(data.NEXT_ACTIONS) if due else "",
            "next_action_due": due,
            "notes": "",
        }
        return Family(case, persons, relatives, caseworker)

    def _person(self, surname: str, father: tuple[str, str, str], since: date) -> PersonDraft:
        rng = self.rng
        woman = rng.random() < 0.05
        given = rng.choice(data.FEMALE_NAMES) if woman else rng.choice(data.MALE_NAMES)[0]
        born = date(rng.randint(1966, 2005), rng.randint(1, 12), rng.randint(1, 28))
        missing_since = since + timedelta(days=rng.randint(0, 20))
        missing_since = min(missing_since, self.today)
        official = self._pick(self._official)
        official_on = (
            None
            if official is OfficialStatus.NOT_REPORTED
            else self._day_between(missing_since, self.today)
        )
        letters = "АБВГДЕЖИКЛМНОПРСТУФХ"
        row = {
            "surname": feminine(surname) if woman else surname,
            "given_name": given,
            "patronymic": father[2] if woman else father[1],
            "name_variants": "",
            "birth_date": born,
            "birth_precision": None if born is None else DatePrecision.DAY,
            "birth_place": rng.choice(data.PLACES) if rng.random() < 0.3 else "",
            "service_number": (
                rng.choice(letters) + rng.choice(letters) + f"{rng.randint(0, 999999):06d}"
                if rng.random() < 0.7
                else ""
            ),
            "rank": self._pick(self._ranks),
            "unit": rng.choice(self._units)
            + (f", {rng.choice(data.SUBUNITS)}" if rng.random() < 0.4 else ""),
            "position": rng.choice(data.POSITIONS) if rng.random() < 0.6 else "",
            "call_sign": rng.choice(data.CALL_SIGNS) if rng.random() < 0.3 else "",
            "last_contact_on": missing_since,
            "last_contact_place": rng.choice(data.PLACES) if rng.random() < 0.6 else "",
            "last_contact_channel": rng.choice(data.CONTACT_CHANNELS),
            "official_status": official,
            "official_status_on": official_on,
            "notes": "",
        }
        return PersonDraft(row, woman, missing_since, rng.choice(FATES))

    def _relative(
        self, surname: str, father: tuple[str, str, str], relation: Relation, opened: date
    ) -> dict[str, Any]:
        rng = self.rng
        female = relation in _FEMALE_RELATIONS
        if relation is Relation.FATHER:
            given, patronymic = father[0], rng.choice(data.MALE_NAMES)[1]
        elif relation in (Relation.SISTER, Relation.BROTHER):
            given = rng.choice(data.FEMALE_NAMES) if female else rng.choice(data.MALE_NAMES)[0]
            patronymic = father[2] if female else father[1]
        else:
            other_father = rng.choice(data.MALE_NAMES)
            given = rng.choice(data.FEMALE_NAMES) if female else rng.choice(data.MALE_NAMES)[0]
            patronymic = other_father[2] if female else other_father[1]
        consent = rng.random() < 0.7
        dna = rng.random() < 0.08
        dna_on = self._day_between(opened, self.today) if dna else None
        return {
            "surname": feminine(surname) if female else surname,
            "given_name": given,
            "patronymic": patronymic,
            "relation": relation,
            "relation_note": "",
            "phone": f"+79{rng.randint(0, 999_999_999):09d}",
            "email": "",
            "address": "",
            "consent_on": opened if consent else None,
            "consent_scope": "поиск и обработка персональных данных" if consent else "",
            "dna_collected_on": dna_on,
            "dna_lab": rng.choice(_DNA_LABS) if dna else "",
            "dna_sample_ref": f"ДНК-{dna_on.year}-{rng.randint(1, 99999):05d}" if dna_on else "",
            "notes": "",
        }
