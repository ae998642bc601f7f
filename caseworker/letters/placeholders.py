"""The placeholders a letter template can use, with the caseworker's words for each.

Placeholders are Russian, as the caseworkers who edit the templates write them: Jinja reads
any Python identifier, Cyrillic included, so ``{{ заявитель.адрес }}`` is used as it stands
(no transliteration, no mapping). A group (``заявитель``, ``разыскиваемый`` …) holds single
values, each of which the case may lack; a list (``сообщения`` …) holds rows to repeat with
``{% for … in … %}``, whose values may be empty.
"""

from __future__ import annotations

from caseworker.i18n import QT_TRANSLATE_NOOP, translate

#: The groups of single values: placeholder → the caseworker's words when it is missing.
GROUPS: dict[str, dict[str, str]] = {
    "заявитель": {
        "фамилия": QT_TRANSLATE_NOOP("LetterFields", "the applicant's surname"),
        "имя": QT_TRANSLATE_NOOP("LetterFields", "the applicant's given name"),
        "отчество": QT_TRANSLATE_NOOP("LetterFields", "the applicant's patronymic"),
        "фио": QT_TRANSLATE_NOOP("LetterFields", "the applicant's full name"),
        "адрес": QT_TRANSLATE_NOOP("LetterFields", "the applicant's postal address"),
        "родство": QT_TRANSLATE_NOOP(
            "LetterFields", "the applicant's relation to the sought person"
        ),
        "телефон": QT_TRANSLATE_NOOP("LetterFields", "the applicant's phone number"),
        "почта": QT_TRANSLATE_NOOP("LetterFields", "the applicant's e-mail address"),
        "днк_дата": QT_TRANSLATE_NOOP(
            "LetterFields", "the date the applicant's DNA sample was collected"
        ),
        "днк_лаборатория": QT_TRANSLATE_NOOP(
            "LetterFields", "the laboratory holding the applicant's DNA sample"
        ),
        "днк_номер": QT_TRANSLATE_NOOP(
            "LetterFields", "the reference of the applicant's DNA sample"
        ),
    },
    "представитель": {
        "фио": QT_TRANSLATE_NOOP("LetterFields", "the caseworker's name (the representative)"),
    },
    "разыскиваемый": {
        "фамилия": QT_TRANSLATE_NOOP("LetterFields", "the sought person's surname"),
        "имя": QT_TRANSLATE_NOOP("LetterFields", "the sought person's given name"),
        "отчество": QT_TRANSLATE_NOOP("LetterFields", "the sought person's patronymic"),
        "фио": QT_TRANSLATE_NOOP("LetterFields", "the sought person's full name"),
        "дата_рождения": QT_TRANSLATE_NOOP("LetterFields", "the sought person's date of birth"),
        "место_рождения": QT_TRANSLATE_NOOP("LetterFields", "the sought person's place of birth"),
        "личный_номер": QT_TRANSLATE_NOOP("LetterFields", "the sought person's service number"),
        "звание": QT_TRANSLATE_NOOP("LetterFields", "the sought person's rank"),
        "часть": QT_TRANSLATE_NOOP("LetterFields", "the sought person's unit"),
        "должность": QT_TRANSLATE_NOOP("LetterFields", "the sought person's position"),
        "позывной": QT_TRANSLATE_NOOP("LetterFields", "the sought person's call sign"),
        "связь_дата": QT_TRANSLATE_NOOP("LetterFields", "the date of the last contact"),
        "связь_место": QT_TRANSLATE_NOOP("LetterFields", "the place of the last contact"),
        "статус": QT_TRANSLATE_NOOP("LetterFields", "the sought person's official status"),
    },
    "адресат": {
        "название": QT_TRANSLATE_NOOP("LetterFields", "the addressee's name"),
        "адрес": QT_TRANSLATE_NOOP("LetterFields", "the addressee's postal address"),
        "почта": QT_TRANSLATE_NOOP("LetterFields", "the addressee's e-mail address"),
    },
    "дело": {
        "номер": QT_TRANSLATE_NOOP("LetterFields", "the case reference"),
        "регион": QT_TRANSLATE_NOOP("LetterFields", "the family's region"),
    },
    "письмо": {
        "дата": QT_TRANSLATE_NOOP("LetterFields", "the date of the letter"),
    },
}

#: The lists of rows: placeholder → the values of each row.
LISTS: dict[str, tuple[str, ...]] = {
    # The reports that stand (retracted ones left out), in time order.
    "сообщения": ("дата", "источник", "утверждение", "место", "содержание", "документ",
                  "получено"),
    # The open (unexplained) contradictions, in the timeline's sentences.
    "противоречия": ("текст",),
    # The earlier inquiries and their outcomes ("no answer within 30 days …").
    "запросы": ("адресат", "дата", "исход"),
    # The evidence items sent with the letter.
    "приложения": ("номер", "название", "sha256"),
}  # fmt: skip


def missing_words(group: str, field: str) -> str:
    """The caseworker's words for a group's field, in the installed language."""
    return translate("LetterFields", GROUPS[group][field])


def known_names() -> frozenset[str]:
    """Every top-level placeholder a template may use."""
    return frozenset(GROUPS) | frozenset(LISTS)
