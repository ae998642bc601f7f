"""The starter set of addressees: federal offices every caseworker writes to.

Data, not code: names, kinds and contacts of the offices. They were written down by hand and
could not be checked against the offices' own sites from where the program is built (the
Main Military Prosecutor's Office and the Red Cross among them): the README asks caseworkers
to check each address before the first letter, as offices move. Addresses left empty are to
be filled in by the caseworker from the office's own site. Added by
:func:`caseworker.services.addressees.add_starter_addressees`, idempotently (by name).
"""

from __future__ import annotations

from dataclasses import dataclass

from caseworker.vocab import AddresseeKind


@dataclass(frozen=True)
class StarterAddressee:
    name: str
    kind: AddresseeKind
    postal_address: str = ""
    portal: str = ""


FEDERAL_OFFICES: tuple[StarterAddressee, ...] = (
    StarterAddressee(
        "Министерство обороны Российской Федерации",
        AddresseeKind.MINISTRY,
        "119160, г. Москва, ул. Знаменка, д. 19",
        "https://mil.ru",
    ),
    StarterAddressee(
        "Генеральная прокуратура Российской Федерации",
        AddresseeKind.PROSECUTOR,
        "125993, ГСП-3, г. Москва, ул. Большая Дмитровка, д. 15а",
        "https://epp.genproc.gov.ru",
    ),
    StarterAddressee(
        "Главная военная прокуратура",
        AddresseeKind.PROSECUTOR,
        "119160, г. Москва, ул. Хользунова, д. 14",
    ),
    StarterAddressee(
        "Следственный комитет Российской Федерации",
        AddresseeKind.INVESTIGATIVE,
        "105005, г. Москва, Технический пер., д. 2",
        "https://sledcom.ru",
    ),
    StarterAddressee(
        "Уполномоченный по правам человека в Российской Федерации",
        AddresseeKind.OMBUDSMAN,
        "101000, г. Москва, ул. Мясницкая, д. 47",
        "https://ombudsmanrf.org",
    ),
    StarterAddressee(
        "Приёмная Президента Российской Федерации",
        AddresseeKind.PRESIDENT,
        "103132, г. Москва, ул. Ильинка, д. 23",
        "https://letters.kremlin.ru",
    ),
    StarterAddressee(
        "Российский Красный Крест",
        AddresseeKind.RED_CROSS,
        "117036, г. Москва, Черёмушкинский пр-д, д. 5",
        "https://www.redcross.ru",
    ),
    StarterAddressee(
        "Международный комитет Красного Креста, делегация в Москве",
        AddresseeKind.ICRC,
        portal="https://www.icrc.org",
    ),
)
