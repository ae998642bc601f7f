"""The database's integrity check: storage, keys, search index and the case list's columns.

:func:`check_database` runs every check and returns the problems, each with a sentence a
caseworker (or whoever supports them) can act on. The evidence vault is checked too (every
referenced file present, its SHA-256 unchanged), in the folder that belongs to the session's
database. Further checks plug in through ``extra_checks``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from sqlalchemy import and_, exc, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from caseworker.db.cipher import cipher_problems, driver_errors
from caseworker.db.engine import is_encrypted
from caseworker.i18n import Plurals, translate
from caseworker.models import (
    FTS_TABLE,
    Case,
    Evidence,
    Relative,
    Report,
    SearchEntry,
    SoughtPerson,
)
from caseworker.models.case import SORTED_BY
from caseworker.services.cases import persons_label
from caseworker.services.search import case_entry, person_entry, relative_entry
from caseworker.text import sort_key
from caseworker.vault.errors import VaultNotConfigured
from caseworker.vault.leftovers import unfinished_copies
from caseworker.vault.messages import fault_message, unfinished_message, unreferenced_message
from caseworker.vault.of_database import vault_of_session
from caseworker.vault.verify import unreferenced_files, verify_vault

MAX_NAMED = 20


class Integrity(Plurals):
    """The integrity check's plural messages."""


STREAM_ROWS = 5_000


@dataclass(frozen=True, slots=True)
class Problem:
    check: str
    message: str

    def __str__(self) -> str:
        return self.message


Check = Callable[[Session], Iterable[Problem]]


def _capped(check: str, messages: Iterable[str]) -> Iterator[Problem]:
    """Name the first problems of a kind, then count the rest, so output stays readable."""
    extra = 0
    for count, message in enumerate(messages):
        if count < MAX_NAMED:
            yield Problem(check, message)
        else:
            extra += 1
    if extra:
        yield Problem(
            check,
            Integrity.tr("… and %n more problem(s) of this kind.", None, extra),
        )


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def check_storage(session: Session) -> Iterator[Problem]:
    """SQLite's integrity check; on an encrypted database first SQLCipher's, which checks
    every page's HMAC (a single flipped bit)."""
    if not _is_sqlite(session):
        return
    if is_encrypted(session.get_bind().engine):
        pages = cipher_problems(session.connection().connection.driver_connection)
        yield from _capped(
            "storage",
            (
                translate("Integrity", "The database file is damaged: {detail}").format(detail=row)
                for row in pages
            ),
        )
        if pages:
            return  # SQLite's own check would stop at the first page it cannot decrypt
    rows = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
    if rows != ["ok"]:
        yield from _capped(
            "storage",
            (
                translate("Integrity", "The database file is damaged: {detail}").format(detail=row)
                for row in rows
            ),
        )


def check_foreign_keys(session: Session) -> Iterator[Problem]:
    if not _is_sqlite(session):
        return  # other databases enforce their keys themselves
    rows = session.execute(text("PRAGMA foreign_key_check")).all()
    yield from _capped(
        "foreign_keys",
        (
            translate(
                "Integrity", "Row {row} of {table} points to a missing row of {parent}."
            ).format(row=row[1], table=row[0], parent=row[2])
            for row in rows
        ),
    )


_SQLITE_CORRUPT = 11  # primary result codes; SQLITE_CORRUPT_VTAB is 267 (11 | 1 << 8)
_SQLITE_BUSY_OR_LOCKED = (5, 6)
_SQLITE_READONLY = 8


def check_search_index(session: Session) -> Iterator[Problem]:
    """FTS5's own check, compared with the content table (rank 1).

    SQLite runs this check as an INSERT, a write: inside the check's read snapshot it fails
    as soon as another window has written since the snapshot began (it was then reported as
    a mismatch). So it runs on a connection of its own, in a ``BEGIN IMMEDIATE`` transaction
    that waits its turn for the write lock: nobody writes between the index and the entries
    it compares, and the lock is held only for the moment the check takes. A database open
    read-only cannot run it and skips it.
    """
    if not _is_sqlite(session):
        return
    connection = session.get_bind().engine.raw_connection()
    try:
        cursor = connection.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            try:
                cursor.execute(
                    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
                )
            finally:
                cursor.execute("ROLLBACK")
        except driver_errors() as error:
            code = getattr(error, "sqlite_errorcode", 0) & 0xFF
            if code == _SQLITE_READONLY:
                return
            if code in _SQLITE_BUSY_OR_LOCKED:
                yield Problem(
                    "search_index",
                    translate(
                        "Integrity",
                        "The full-text search index could not be checked: another window or "
                        "program kept the database busy. Run the check again later.",
                    ),
                )
            elif code == _SQLITE_CORRUPT:
                yield Problem(
                    "search_index",
                    translate(
                        "Integrity",
                        "The full-text search index does not match the search entries; "
                        "search may miss records until the index is rebuilt.",
                    ),
                )
            else:
                raise exc.DatabaseError("integrity-check", None, error) from error
    finally:
        connection.close()


def _stream(session: Session, statement: Any) -> Iterator[Any]:
    yield from session.execute(statement.execution_options(yield_per=STREAM_ROWS))


# For each kind of search entry: its model and the search helper that builds its text.
_INDEXED: dict[str, tuple[Any, Callable[..., tuple[str, str]], tuple[str, ...]]] = {
    "case": (Case, case_entry, ("reference", "family_name", "region", "assigned_to")),
    "person": (
        SoughtPerson,
        person_entry,
        (
            "surname",
            "given_name",
            "patronymic",
            "name_variants",
            "service_number",
            "unit",
            "call_sign",
            "rank",
        ),
    ),
    "relative": (
        Relative,
        relative_entry,
        ("surname", "given_name", "patronymic", "phone", "email"),
    ),
}


def _what(kind: str) -> str:
    return {
        "case": translate("Integrity", "Case"),
        "person": translate("Integrity", "Sought person"),
        "relative": translate("Integrity", "Relative"),
    }.get(kind, kind)


def _entry_messages(session: Session, kind: str) -> Iterator[str]:
    """Records of one kind whose search entry is missing or no longer matches them."""
    model, build, names = _INDEXED[kind]
    entry = aliased(SearchEntry)
    case_id = model.id if model is Case else model.case_id
    statement = (
        select(
            model.id,
            case_id,
            entry.id,
            entry.case_id,
            entry.label,
            entry.text,
            *(getattr(model, name) for name in names),
        )
        .outerjoin(entry, and_(entry.kind == kind, entry.entity_id == model.id))
        .order_by(model.id)
    )
    for entity_id, owner, entry_id, entry_case, label, body, *values in _stream(session, statement):
        if entry_id is None:
            yield translate("Integrity", "{what} {id} has no search entry.").format(
                what=_what(kind), id=entity_id
            )
        elif (entry_case, label, body) != (owner, *build(*values)):
            yield translate("Integrity", "{what} {id} has an out-of-date search entry.").format(
                what=_what(kind), id=entity_id
            )


def _orphan_messages(session: Session) -> Iterator[str]:
    orphaned = [
        and_(
            SearchEntry.kind == kind,
            ~select(model.id).where(model.id == SearchEntry.entity_id).exists(),
        )
        for kind, (model, _, _) in _INDEXED.items()
    ]
    statement = (
        select(SearchEntry.id, SearchEntry.kind, SearchEntry.entity_id)
        .where(or_(SearchEntry.kind.not_in(list(_INDEXED)), *orphaned))
        .order_by(SearchEntry.id)
    )
    for entry_id, kind, entity_id in session.execute(statement):
        yield translate(
            "Integrity", "Search entry {id} belongs to no record ({what} {entity})."
        ).format(id=entry_id, what=_what(kind), entity=entity_id)


def check_search_entries(session: Session) -> Iterator[Problem]:
    """Every case, sought person and relative has its search entry, and it is up to date."""
    for kind in _INDEXED:
        yield from _capped("search_entries", _entry_messages(session, kind))
    yield from _capped("search_entries", _orphan_messages(session))


def _label_messages(session: Session) -> Iterator[str]:
    cases = _stream(session, select(Case.id, Case.reference, Case.persons_label).order_by(Case.id))
    persons = groupby(
        _stream(
            session,
            select(
                SoughtPerson.case_id,
                SoughtPerson.surname,
                SoughtPerson.given_name,
                SoughtPerson.patronymic,
            ).order_by(SoughtPerson.case_id, SoughtPerson.id),
        ),
        key=lambda row: row[0],
    )
    pending = next(persons, None)
    for case_id, reference, stored in cases:
        while pending is not None and pending[0] < case_id:
            pending = next(persons, None)
        names: list[tuple[str, str, str]] = []
        if pending is not None and pending[0] == case_id:
            names = [(row[1], row[2], row[3]) for row in pending[1]]
            pending = next(persons, None)
        if stored != persons_label(names):
            yield translate(
                "Integrity",
                "Case {reference}: the case list shows the sought persons as “{stored}”, "
                "but they are “{expected}”.",
            ).format(reference=reference, stored=stored, expected=persons_label(names))


def _last_report_messages(session: Session) -> Iterator[str]:
    expected = (
        select(func.max(Report.received_on))
        .join(SoughtPerson, SoughtPerson.id == Report.person_id)
        .where(SoughtPerson.case_id == Case.id, Report.retracted_at.is_(None))
        .scalar_subquery()
    )
    statement = (
        select(Case.reference, Case.last_report_on, expected)
        .where(Case.last_report_on.is_distinct_from(expected))
        .order_by(Case.id)
    )
    for reference, stored, latest in session.execute(statement):
        yield translate(
            "Integrity",
            "Case {reference}: the case list shows the last report on {stored}, "
            "but it was received on {expected}.",
        ).format(reference=reference, stored=_day(stored), expected=_day(latest))


def _day(value: date | None) -> str:
    return value.isoformat() if value else translate("Integrity", "(none)")


def _sort_key_messages(session: Session) -> Iterator[str]:
    columns = [(getattr(Case, name), getattr(Case, key)) for name, key in SORTED_BY.items()]
    statement = select(Case.reference, *(c for pair in columns for c in pair)).order_by(Case.id)
    for reference, *values in _stream(session, statement):
        for shown, stored in zip(values[::2], values[1::2], strict=True):
            if stored != sort_key(shown):
                yield translate(
                    "Integrity",
                    "Case {reference}: the case list sorts “{shown}” as “{stored}”, "
                    "not as “{expected}”.",
                ).format(reference=reference, shown=shown, stored=stored, expected=sort_key(shown))


def check_case_summaries(session: Session) -> Iterator[Problem]:
    """The case list's denormalised columns agree with the persons and reports, and the
    sort keys with the names they sort."""
    yield from _capped("case_summary", _label_messages(session))
    yield from _capped("case_summary", _last_report_messages(session))
    yield from _capped("case_sort", _sort_key_messages(session))


def check_reports(session: Session) -> Iterator[Problem]:
    """Relays point at a report about the same person; event intervals run forwards."""
    origin = aliased(Report)
    crossed = session.execute(
        select(Report.id, origin.id)
        .join(origin, origin.id == Report.derived_from_id)
        .where(or_(origin.person_id != Report.person_id, origin.id == Report.id))
        .order_by(Report.id)
    )
    yield from _capped(
        "derived_from",
        (
            translate(
                "Integrity",
                "Report {id} relays report {origin}, which is not about the same person.",
            ).format(id=report_id, origin=origin_id)
            if report_id != origin_id
            else translate("Integrity", "Report {id} relays itself.").format(id=report_id)
            for report_id, origin_id in crossed
        ),
    )
    backwards = session.execute(
        select(Report.id, Report.event_from, Report.event_to)
        .where(Report.event_from > Report.event_to)
        .order_by(Report.id)
    )
    yield from _capped(
        "event_interval",
        (
            translate(
                "Integrity", "Report {id}: its event period starts ({start}) after it ends ({end})."
            ).format(id=report_id, start=start, end=end)
            for report_id, start, end in backwards
        ),
    )


def check_evidence_vault(session: Session) -> Iterator[Problem]:
    """Every evidence file the database refers to is in the vault, unchanged and of its
    recorded size; every file in the vault belongs to an item; no interrupted addition has
    left an unfinished copy (copies under way are not named)."""
    try:
        vault = vault_of_session(session)
    except VaultNotConfigured as error:
        if session.scalar(select(func.count()).select_from(Evidence)):
            yield Problem("evidence_vault", error.message)
        return
    yield from _capped(
        "evidence_vault", (fault_message(fault) for fault in verify_vault(session, vault))
    )
    yield from _capped(
        "evidence_vault",
        (
            unreferenced_message(found)
            for found in unreferenced_files(session, vault, named=MAX_NAMED)
        ),
    )
    yield from _capped(
        "evidence_vault",
        (unfinished_message(copy) for copy in unfinished_copies(vault) if not copy.in_use),
    )


CHECKS: tuple[Check, ...] = (
    check_storage,
    check_foreign_keys,
    check_search_index,
    check_search_entries,
    check_case_summaries,
    check_reports,
    check_evidence_vault,
)


def _read_one_snapshot(session: Session) -> None:
    """Make every check see the database as it was at one moment, whoever writes meanwhile.

    On SQLite the session's one read transaction is such a snapshot already (nothing in the
    checks ends it). PostgreSQL's default, READ COMMITTED, sees each statement's own moment,
    so the check asks for REPEATABLE READ, which holds one snapshot for the transaction; that
    only works before the transaction's first statement, so a session already in use is
    left as it is.
    """
    if session.get_bind().dialect.name == "postgresql" and not session.in_transaction():
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def check_database(session: Session, extra_checks: Sequence[Check] = ()) -> list[Problem]:
    """Run every check (then ``extra_checks``, such as the evidence vault's); [] when clean.

    The checks read one snapshot (see :func:`_read_one_snapshot`), so a check run while other
    windows write finds no false differences between tables written together.
    """
    _read_one_snapshot(session)
    problems: list[Problem] = []
    for check in (*CHECKS, *extra_checks):
        problems.extend(check(session))
    return problems
