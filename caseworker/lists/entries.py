"""A list's rows read into entries by a column mapping; the rows that cannot be are listed.

A mapping says, for each field, which column holds it (the header as written in the file).
Without one, columns are recognised by their usual headers (:func:`guess_mapping`). A row
is bad, and listed with its number and a sentence, when it has no name (neither a surname
nor a whole name), a birth date that cannot be read (the forms lists write are in
:mod:`caseworker.lists.born`), or a text too long for its field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from caseworker.dates import EventDate
from caseworker.errors import InvalidDate
from caseworker.i18n import QT_TRANSLATE_NOOP, translate
from caseworker.lists.born import parse_list_birth_date
from caseworker.lists.full_name import split_full_name
from caseworker.lists.reading import ListTable
from caseworker.text import LINE_LIMIT, NAME_LIMIT
from caseworker.xlsx.importing.refusal import ImportRefused


class ListField(StrEnum):
    SURNAME = "surname"
    GIVEN = "given"
    PATRONYMIC = "patronymic"
    FULL_NAME = "full_name"
    BORN = "born"
    SERVICE_NUMBER = "service_number"
    UNIT = "unit"
    REGION = "region"
    NOTE = "note"


#: How many characters each field's column takes.
_WIDTHS = {
    ListField.SURNAME: NAME_LIMIT,
    ListField.GIVEN: NAME_LIMIT,
    ListField.PATRONYMIC: NAME_LIMIT,
    ListField.FULL_NAME: 300,
    ListField.BORN: LINE_LIMIT,
    ListField.SERVICE_NUMBER: LINE_LIMIT,
    ListField.UNIT: LINE_LIMIT,
    ListField.REGION: LINE_LIMIT,
    ListField.NOTE: 32_767,
}

#: Usual headers of each field in Russian, Ukrainian and English lists (lower case).
USUAL_HEADERS: dict[ListField, tuple[str, ...]] = {
    ListField.SURNAME: ("фамилия", "прізвище", "surname", "last name", "family name"),
    ListField.GIVEN: ("имя", "ім'я", "імя", "ім’я", "given name", "first name", "name"),
    ListField.PATRONYMIC: ("отчество", "по батькові", "patronymic", "middle name"),
    ListField.FULL_NAME: ("фио", "ф.и.о.", "ф. и. о.", "піб", "п.і.б.", "full name"),
    ListField.BORN: (
        "дата рождения",
        "год рождения",
        "д.р.",
        "дата народження",
        "рік народження",
        "date of birth",
        "born",
        "birth date",
        "year of birth",
    ),
    ListField.SERVICE_NUMBER: ("личный номер", "жетон", "особовий номер", "service number"),
    ListField.UNIT: ("часть", "воинская часть", "в/ч", "подразделение", "частина", "unit"),
    ListField.REGION: ("регион", "область", "субъект", "region", "oblast"),
    ListField.NOTE: ("примечание", "примітка", "note", "notes", "comment"),
}


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that is not an entry: its number as a spreadsheet shows it, and why."""

    row: int
    message: str


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    row: int
    published: str  # JSON: header → cell text, as published
    surname: str
    given_name: str
    patronymic: str
    full_name: str
    born: EventDate | None
    service_number: str
    unit: str
    region: str
    note: str


def _refuse(text: str, **values: object) -> ImportRefused:
    return ImportRefused(translate("Lists", text).format(**values))


def _columns(table: ListTable) -> str:
    """The file's columns for a sentence: “ФИО”, “Год” (in Russian «ФИО», «Год»)."""
    quoted = translate("Lists", "“{column}”")
    return ", ".join(quoted.format(column=header) for header in table.headers)


def field_names() -> str:
    return ", ".join(field.value for field in ListField)


def guess_mapping(headers: tuple[str, ...]) -> dict[ListField, str]:
    """The columns recognised by their usual headers (each field once, the first column).

    A "name" column in a list without a surname column holds the whole name ("Name" in
    English lists: "Oleksii Shumov").
    """
    mapping: dict[ListField, str] = {}
    for header in headers:
        plain = " ".join(header.lower().replace("ё", "е").split()).rstrip(":")
        for field, usual in USUAL_HEADERS.items():
            if field not in mapping and plain in usual:
                mapping[field] = header
                break
    if ListField.GIVEN in mapping and not {ListField.SURNAME, ListField.FULL_NAME} & set(mapping):
        mapping[ListField.FULL_NAME] = mapping.pop(ListField.GIVEN)
    return mapping


def check_mapping(table: ListTable, given: Mapping[str, str] | None) -> dict[ListField, str]:
    """The mapping to use: ``given`` (field → header) over the guessed one, checked.

    Raises :class:`ImportRefused` for an unknown field, a header the file does not have, or
    a mapping with no name column.
    """
    mapping = guess_mapping(table.headers) if not given else {}
    for raw_field, header in (given or {}).items():
        try:
            field = ListField(raw_field.strip().lower())
        except ValueError:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Lists", "“{field}” is not a field of a list; use one of: {fields}."
                ),
                field=raw_field,
                fields=field_names(),
            ) from None
        wanted = " ".join(header.split())
        found = next((h for h in table.headers if h == wanted), None)
        if found is None:
            found = next((h for h in table.headers if h.lower() == wanted.lower()), None)
        if found is None:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Lists", "“{name}” has no column “{column}”; its columns are: {columns}."
                ),
                name=table.name,
                column=header,
                columns=_columns(table),
            )
        mapping[field] = found
    if ListField.SURNAME not in mapping and ListField.FULL_NAME not in mapping:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Lists",
                "Say which column of “{name}” holds the names: --map surname=COLUMN or "
                "--map full_name=COLUMN. Its columns are: {columns}.",
            ),
            name=table.name,
            columns=_columns(table),
        )
    return mapping


def _too_long(header: str, limit: int) -> str:
    return translate(
        "Lists", "The text in column “{column}” is longer than {limit} characters."
    ).format(column=header, limit=limit)


def _joined_name(*parts: str) -> str:
    """The full name of a list without a column for it: its parts, cut to the column's width
    (three parts of 100 characters make 302; a server refuses what does not fit, and the
    row as published keeps every character). Raises nothing."""
    return " ".join(part for part in parts if part)[: _WIDTHS[ListField.FULL_NAME]]


def _born(text: str, header: str) -> EventDate | None:
    """The entry's birth date (:func:`~caseworker.lists.born.parse_list_birth_date`).

    Raises :class:`ValueError` with a sentence naming the text, the column and why.
    """
    if not text:
        return None
    try:
        return parse_list_birth_date(text)
    except InvalidDate as error:
        raise ValueError(
            translate(
                "Lists", "The birth date “{text}” in column “{column}” cannot be read: {reason}"
            ).format(text=text, column=header, reason=error.message)
        ) from None


def parse_rows(
    table: ListTable, mapping: Mapping[ListField, str]
) -> tuple[list[ParsedEntry], list[RowError]]:
    """Every row of ``table`` as an entry, or as an error saying why it is not one."""
    at = {field: table.headers.index(header) for field, header in mapping.items()}
    entries: list[ParsedEntry] = []
    errors: list[RowError] = []
    for number, cells in table.rows:
        values = {field: " ".join(cells[index].split()) for field, index in at.items()}
        values[ListField.NOTE] = cells[at[ListField.NOTE]] if ListField.NOTE in at else ""
        try:
            entries.append(_entry(number, table, cells, values, mapping))
        except ValueError as error:
            errors.append(RowError(number, str(error)))
    return entries, errors


def _entry(
    number: int,
    table: ListTable,
    cells: tuple[str, ...],
    values: dict[ListField, str],
    mapping: Mapping[ListField, str],
) -> ParsedEntry:
    for field, text in values.items():
        if len(text) > _WIDTHS[field]:
            raise ValueError(_too_long(mapping[field], _WIDTHS[field]))
    surname = values.get(ListField.SURNAME, "")
    given = values.get(ListField.GIVEN, "")
    patronymic = values.get(ListField.PATRONYMIC, "")
    full_name = values.get(ListField.FULL_NAME, "")
    if full_name and not surname:
        split = split_full_name(full_name)
        surname, given, patronymic = (
            split.surname,
            given or split.given_name,
            patronymic or split.patronymic,
        )
        for text in (surname, given, patronymic):
            if len(text) > NAME_LIMIT:
                raise ValueError(_too_long(mapping[ListField.FULL_NAME], NAME_LIMIT))
    if not surname:
        raise ValueError(
            translate("Lists", "The row has no name: neither a surname nor a full name.")
        )
    born = _born(values.get(ListField.BORN, ""), mapping.get(ListField.BORN, ""))
    published = json.dumps(dict(zip(table.headers, cells, strict=True)), ensure_ascii=False)
    return ParsedEntry(
        row=number,
        published=published,
        surname=surname,
        given_name=given,
        patronymic=patronymic,
        full_name=full_name or _joined_name(surname, given, patronymic),
        born=born,
        service_number=values.get(ListField.SERVICE_NUMBER, ""),
        unit=values.get(ListField.UNIT, ""),
        region=values.get(ListField.REGION, ""),
        note=values.get(ListField.NOTE, "").strip(),
    )
