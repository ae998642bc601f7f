"""Published lists: import a list's file with what the list is, and compare editions.

An import is one unit of work: the list, all its entries and the audit entry are written
together or not at all (the caller's transaction). The list's file goes to the evidence
vault under its SHA-256; an evidence item needs a case and a list belongs to none, so no
evidence item is made (``PublishedList.sha256`` is the reference). Importing the same file
again finds the list it made and creates nothing. A newer edition (``edition_of_id``) marks
each of its entries new or kept, and the older edition's entries it no longer has gone in
it; entries are compared by the names' keys, the birth date and the service number.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from caseworker.errors import CaseworkerError, ValidationError
from caseworker.i18n import translate
from caseworker.lists import (
    ListField,
    ListTable,
    ParsedEntry,
    RowError,
    check_mapping,
    parse_rows,
)
from caseworker.models import EditionChange, ListEntry, PublishedList
from caseworker.services import audit, fields, records
from caseworker.text import clean_text
from caseworker.vault.store import EvidenceVault
from caseworker.vocab import Claim, Credibility, Reliability
from caseworker.xlsx.importing.refusal import ImportRefused

#: What being on a list may imply.
MEANS = (Claim.RELEASED, Claim.CAPTURED, Claim.WOUNDED, Claim.KILLED)
ADDRESS_LIMIT = 2000
_BATCH = 500

__all__ = [
    "MEANS",
    "EditionChanges",
    "ImportCancelled",
    "ImportedList",
    "NoEntries",
    "edition_changes",
    "import_list",
    "list_details",
    "remembered_mapping",
]


class NoEntries(ImportRefused):
    """No row of the file is an entry; ``errors`` says why each is not."""

    def __init__(self, message: str, errors: list[RowError]) -> None:
        super().__init__(message)
        self.errors = errors


class ImportCancelled(CaseworkerError):
    """The caseworker cancelled the import; the transaction is rolled back whole."""

    def __init__(self) -> None:
        super().__init__(translate("Lists", "The import was cancelled; nothing was saved."))


#: Told (entries done, entries in all) as an import goes; asked whether it was cancelled.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _not_cancelled() -> bool:
    return False


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True, slots=True)
class ImportedList:
    """What an import did: the list (``created`` False when the file was imported before),
    its number of entries, the rows that are not entries, and against the edition before,
    how many entries are new and how many are gone."""

    list_id: int
    created: bool
    entries: int
    errors: list[RowError] = field(default_factory=list)
    new: int = 0
    gone: int = 0


def _means(value: Any) -> Claim:
    what = translate("Lists", "what being on the list means")
    claim: Claim = fields.choice(Claim, None, what)(value)
    if claim not in MEANS:
        raise ValidationError(
            translate(
                "Lists", "A list can mean released, captured, wounded or killed, not “{value}”."
            ).format(value=value),
            field="means",
        )
    return claim


def _required(label: str, limit: int) -> Any:
    def clean(value: Any) -> str:
        text = clean_text(None if value is None else str(value), limit=limit)
        if not text:
            raise ValidationError(
                translate("Validation", "{what} must be given.").format(what=label)
            )
        return text

    return clean


def list_details(**values: Any) -> dict[str, Any]:
    """What a list is, checked: name, publisher, published_on, address, means, reliability,
    credibility.

    Raises :class:`ValidationError` (or :class:`InvalidDate`) naming the field that is wrong.
    """
    spec: fields.FieldSpec = {
        "name": _required(translate("Lists", "The list's name"), 200),
        "publisher": _required(translate("Lists", "The publisher"), 200),
        "published_on": fields.day(translate("Lists", "The publication date"), required=True),
        "address": lambda value: clean_text(
            None if value is None else str(value), limit=ADDRESS_LIMIT
        ),
        "means": _means,
        "reliability": fields.choice(
            Reliability, Reliability.F, translate("Fields", "source reliability")
        ),
        "credibility": fields.choice(
            Credibility, Credibility.CANNOT_JUDGE, translate("Fields", "information credibility")
        ),
    }
    return fields.clean_all(spec, values, only_given=False)


def _count(session: Session, *where: Any) -> int:
    return session.scalar(select(func.count()).select_from(ListEntry).where(*where)) or 0


def _found(
    session: Session, vault: EvidenceVault, found: PublishedList, table: ListTable
) -> ImportedList:
    """The list this file made before, with its rows' errors read again by its mapping.

    The file is stored again, which restores it in the vault if it was lost or altered there
    (the vault keeps an intact copy as it is).
    """
    vault.store_stream(io.BytesIO(table.data), table.name, size_hint=len(table.data))
    mapping = {ListField(k): v for k, v in json.loads(found.column_map).items()}
    _, errors = parse_rows(table, mapping)
    return ImportedList(
        found.id,
        created=False,
        entries=_count(session, ListEntry.list_id == found.id),
        errors=errors,
        new=_count(
            session, ListEntry.list_id == found.id, ListEntry.edition_change == EditionChange.NEW
        ),
        gone=_count(session, ListEntry.gone_in_id == found.id),
    )


def remembered_mapping(
    session: Session, publisher: str, headers: tuple[str, ...]
) -> dict[str, str] | None:
    """The column mapping of the publisher's latest list, when every column it names is among
    ``headers``; None otherwise (the usual headers are then recognised). Raises nothing."""
    latest = session.scalar(
        select(PublishedList.column_map)
        .where(PublishedList.publisher == publisher)
        .order_by(PublishedList.id.desc())
        .limit(1)
    )
    if latest is None:
        return None
    try:
        mapping = json.loads(latest)
    except ValueError:
        return None
    if not isinstance(mapping, dict) or not all(
        isinstance(column, str) and column in headers for column in mapping.values()
    ):
        return None
    return {str(name): column for name, column in mapping.items()}


def _previous_edition(session: Session, edition_of_id: int) -> PublishedList:
    previous = records.load(session, PublishedList, edition_of_id, translate("Lists", "List"))
    newer = session.scalar(
        select(PublishedList.id).where(PublishedList.edition_of_id == previous.id).limit(1)
    )
    if newer is not None:
        raise ValidationError(
            translate(
                "Lists",
                "List {id} already has a newer edition, list {newer}; import this one as an "
                "edition of list {newer}.",
            ).format(id=previous.id, newer=newer),
            field="edition_of_id",
        )
    return previous


def import_list(
    session: Session,
    vault: EvidenceVault,
    actor: str,
    table: ListTable,
    mapping: Mapping[str, str] | None = None,
    *,
    edition_of_id: int | None = None,
    progress: Progress = _no_progress,
    cancelled: Cancelled = _not_cancelled,
    **details: Any,
) -> ImportedList:
    """Import ``table`` as a list described by ``details`` (see :func:`list_details`).

    ``mapping``: field → column header; without one, the mapping of the publisher's latest
    list if the file has all its columns (:func:`remembered_mapping`), else the usual headers.

    Raises :class:`ValidationError` (or :class:`InvalidDate`) for a wrong detail,
    :class:`ImportRefused` for a mapping the file does not fit, :class:`NoEntries` when no row
    is an entry, :class:`NotFound` for an unknown ``edition_of_id``, and the vault's
    :class:`~caseworker.vault.errors.EvidenceError` kinds when the file cannot be kept.

    ``progress(done, total)`` is told as the entries are made and written (twice the number
    of entries in all); ``cancelled()`` is asked between batches, and when it says True the
    import stops with :class:`ImportCancelled` (the caller's transaction then writes nothing).
    """
    cleaned = list_details(**details)
    found = session.scalar(select(PublishedList).where(PublishedList.sha256 == table.sha256))
    if found is not None:
        return _found(session, vault, found, table)
    if not mapping:
        mapping = remembered_mapping(session, cleaned["publisher"], table.headers)
    column_map = check_mapping(table, mapping)
    entries, errors = parse_rows(table, column_map)
    if not entries:
        raise NoEntries(
            translate("Lists", "No row of “{name}” is an entry; nothing was imported.").format(
                name=table.name
            ),
            errors,
        )
    previous = _previous_edition(session, edition_of_id) if edition_of_id else None
    stored = vault.store_stream(io.BytesIO(table.data), table.name, size_hint=len(table.data))
    published = PublishedList(
        **cleaned,
        sha256=stored.sha256,
        file_name=table.name[:255],
        size=len(table.data),
        column_map=json.dumps(
            {f.value: h for f, h in column_map.items()}, ensure_ascii=False, sort_keys=True
        ),
        edition_of_id=previous.id if previous else None,
        entered_by=actor,
    )
    session.add(published)
    audit.record_creation(
        session,
        actor,
        published,
        {
            **cleaned,
            "sha256": published.sha256,
            "file_name": published.file_name,
            "column_map": published.column_map,
            "edition_of_id": published.edition_of_id,
            "entries": len(entries),
            "bad_rows": len(errors),
        },
    )
    total = 2 * len(entries)
    rows: list[ListEntry] = []
    for start in range(0, len(entries), _BATCH):
        if cancelled():
            raise ImportCancelled
        rows.extend(_row(published.id, entry) for entry in entries[start : start + _BATCH])
        progress(len(rows), total)
    new = gone = 0
    if previous is not None:
        new, gone = _compare(session, previous.id, published.id, rows)
    for start in range(0, len(rows), _BATCH):
        if cancelled():
            raise ImportCancelled
        session.add_all(rows[start : start + _BATCH])
        session.flush()
        progress(len(rows) + min(start + _BATCH, len(rows)), total)
    return ImportedList(published.id, True, len(rows), errors, new, gone)


def _row(list_id: int, entry: ParsedEntry) -> ListEntry:
    row = ListEntry(
        list_id=list_id,
        row_number=entry.row,
        published=entry.published,
        surname=entry.surname,
        given_name=entry.given_name,
        patronymic=entry.patronymic,
        full_name=entry.full_name,
        service_number=entry.service_number,
        unit=entry.unit,
        region=entry.region,
        note=entry.note,
    )
    row.birth_date = entry.born
    return row


def _identity(
    surname_key: str, given_key: str, patronymic_key: str, born: date | None, number: str
) -> tuple[str, ...]:
    plain_number = "".join(ch for ch in number.upper() if ch.isalnum())
    return (surname_key, given_key, patronymic_key, born.isoformat() if born else "", plain_number)


def _compare(
    session: Session, previous_id: int, list_id: int, rows: list[ListEntry]
) -> tuple[int, int]:
    """Mark ``rows`` new or kept against the previous edition, and its entries not among
    them gone in this one; the numbers new and gone."""
    earlier: dict[tuple[str, ...], list[int]] = defaultdict(list)
    query = select(
        ListEntry.id,
        ListEntry.surname_key,
        ListEntry.given_key,
        ListEntry.patronymic_key,
        ListEntry.born_on,
        ListEntry.service_number,
    ).where(ListEntry.list_id == previous_id)
    for entry_id, surname, given, patronymic, born, number in session.execute(query):
        earlier[_identity(surname, given, patronymic, born, number)].append(entry_id)
    new = 0
    for row in rows:
        waiting = earlier.get(
            _identity(
                row.surname_key, row.given_key, row.patronymic_key, row.born_on, row.service_number
            )
        )
        if waiting:
            waiting.pop()
            row.edition_change = EditionChange.KEPT
        else:
            row.edition_change = EditionChange.NEW
            new += 1
    gone_ids = [entry_id for ids in earlier.values() for entry_id in ids]
    for start in range(0, len(gone_ids), _BATCH):
        session.execute(
            update(ListEntry)
            .where(ListEntry.id.in_(gone_ids[start : start + _BATCH]))
            .values(gone_in_id=list_id)
        )
    return new, len(gone_ids)


@dataclass(frozen=True, slots=True)
class EditionChanges:
    """A newer edition against the one before: its new entries, and the earlier entries it no
    longer has, each in row order."""

    new: list[ListEntry]
    gone: list[ListEntry]


def edition_changes(session: Session, list_id: int) -> EditionChanges:
    """What changed with the edition ``list_id`` (both empty for a first edition).

    Raises :class:`NotFound` when there is no such list.
    """
    records.load(session, PublishedList, list_id, translate("Lists", "List"))
    new = session.scalars(
        select(ListEntry)
        .where(ListEntry.list_id == list_id, ListEntry.edition_change == EditionChange.NEW)
        .order_by(ListEntry.row_number)
    )
    gone = session.scalars(
        select(ListEntry).where(ListEntry.gone_in_id == list_id).order_by(ListEntry.row_number)
    )
    return EditionChanges(list(new), list(gone))
