"""The import dialog's work off the window's thread, and what it says of the outcome.

Reading a file and parsing its rows run as small superseding jobs (the newest file or
mapping wins); the import itself runs as one :class:`BackgroundJob` in one write
transaction, with progress and cancel. None of this touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from caseworker.lists import (
    ListField,
    ListTable,
    ParsedEntry,
    RowError,
    parse_rows,
    read_list_file,
    read_pasted,
)
from caseworker.services.published_lists import ImportedList, import_list
from caseworker.vault.of_database import vault_of_session
from ui.lists.words import ListImport
from ui.operations import JobControl, writing

if TYPE_CHECKING:
    from caseworker.db import Database
    from ui.operations import Session

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Read:
    """A list's file or pasted text, read."""

    table: ListTable
    pasted: bool = False


@dataclass(frozen=True, slots=True)
class Parsed:
    """The rows of ``table`` read by ``mapping``: the entries and the rows that are not."""

    table: ListTable
    mapping: dict[ListField, str]
    entries: list[ParsedEntry]
    errors: list[RowError]


def reading_file(path: Path) -> Callable[[JobControl], Read]:
    return lambda _control: Read(read_list_file(path))


def reading_text(text: str) -> Callable[[JobControl], Read]:
    return lambda _control: Read(read_pasted(text), pasted=True)


def parsing(table: ListTable, mapping: Mapping[ListField, str]) -> Callable[[JobControl], Parsed]:
    chosen = dict(mapping)

    def work(_control: JobControl) -> Parsed:
        entries, errors = parse_rows(table, chosen)
        return Parsed(table, chosen, entries, errors)

    return work


def importing(
    database: Database,
    actor: str,
    table: ListTable,
    mapping: Mapping[ListField, str],
    edition_of_id: int | None,
    details: Mapping[str, Any],
) -> Callable[[JobControl], ImportedList]:
    """The whole import in one write transaction of its own: all of it, or nothing."""
    given = {field.value: header for field, header in mapping.items()}

    def work(session: Session, control: JobControl) -> ImportedList:
        return import_list(
            session,
            vault_of_session(session),
            actor,
            table,
            given,
            edition_of_id=edition_of_id,
            progress=control.report,
            cancelled=control.cancelled,
            **details,
        )

    return writing(database, work)


def read_sentence(read: Read) -> str:
    table = read.table
    rows = ListImport.tr("%n row(s)", None, len(table.rows))
    columns = ListImport.tr("%n column(s)", None, len(table.headers))
    if read.pasted:
        said = translate("ListImport", "Read the pasted text: {rows} under the header, {columns}.")
    else:
        said = translate("ListImport", "Read “{name}”: {rows} under the header, {columns}.")
    return said.format(name=table.name, rows=rows, columns=columns)


def count_sentence(entries: int, errors: int) -> str:
    """ "N entries, M rows with errors", as the preview counts them."""
    return translate("ListImport", "{entries}, {errors}").format(
        entries=ListImport.tr("%n record(s)", None, entries),
        errors=ListImport.tr("%n row(s) with errors", None, errors),
    )


def result_sentence(result: ImportedList, name: str) -> str:
    """What the import did, in a few sentences for the caseworker."""
    if not result.created:
        said = [
            translate(
                "ListImport",
                "This file was imported before, as list No. {id}: it is one list, and "
                "nothing was added. It has {entries}.",
            ).format(id=result.list_id, entries=_entries(result.entries))
        ]
    else:
        said = [
            translate("ListImport", "The list “{name}” was saved as No. {id}: {entries}.").format(
                name=name, id=result.list_id, entries=_entries(result.entries)
            )
        ]
    if result.errors:
        said.append(
            ListImport.tr(
                "Not imported, for the errors listed under the preview: %n row(s).",
                None,
                len(result.errors),
            )
        )
    if result.new or result.gone:
        said.append(
            translate(
                "ListImport", "Against the edition before: new: {new}; no longer listed: {gone}."
            ).format(
                new=ListImport.tr("%n record(s)", None, result.new),
                gone=ListImport.tr("%n record(s)", None, result.gone),
            )
        )
    return " ".join(said)


def _entries(count: int) -> str:
    return ListImport.tr("%n record(s)", None, count)
