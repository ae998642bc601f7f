"""Search that a Russian-speaking caseworker can trust: any case, ё as е, phone digits.

Every case, sought person and relative has one :class:`SearchEntry` whose text is folded in
Python. On SQLite an FTS5 trigram index answers substring queries of three or more letters;
on PostgreSQL a GIN trigram index (``pg_trgm``, migration 0017) answers ``LIKE '%term%'`` on
the same folded text. Shorter terms use ``LIKE`` alone. Both backends give the same hits in
the same order: the texts are compared as folded in Python (never by the server's locale),
and the hits are ordered by code point (PostgreSQL's ``"C"`` collation, SQLite's binary one).

A word of a query also finds a sought person by the matching keys of their names
(:mod:`caseworker.names`, stored on ``persons``): "Oleksii Shumov", "Шумов Олексій" and
"Шумов Алексей" find the same person, and a word of four letters or more finds a surname one
typo away ("Шумав"). The typo is looked up as every key one edit away from the word's key, on
the surname keys' index: always current, no list of surnames held in memory. The key indexes
end with the case, so the cases of a name are found in the index alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    column,
    delete,
    func,
    or_,
    select,
    table,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from caseworker.models import FTS_TABLE, Case, Relative, SearchEntry, SoughtPerson
from caseworker.text import digits, fold, is_phone_like, normalize_service_number

SEPARATOR = " | "
MIN_TRIGRAM = 3
#: Up to this many matching search entries a term of letters counts as selective for a page
#: of the list (see _is_selective): reading the index costs about a microsecond an entry,
#: while checking the cases in the list's order stops once the page (60 rows) is full,
#: after about 60 x 100,000 / matching cases of them.
SELECTIVE_ENTRIES = 5_000
#: The same for a term holding digits: references, and so their digits, follow the list's
#: own order (a year's cases come one after the other), so the cases checked one by one can
#: be a whole year's before the first match ("2025": 67,000 of them, 40 ms; its 33,000
#: entries from the index: 23 ms).
SELECTIVE_NUMBER_ENTRIES = 40_000
_NUMBER_PUNCTUATION = re.compile(r"[-.]")
_FTS = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))
#: A word of at least this many letters finds a person by the keys of their names...
MIN_KEY_LETTERS = 2
#: ... and one of at least this many a surname one typo away (while its key is at most
#: ``caseworker.names.MAX_TYPO_KEY`` long).
MIN_TYPO_LETTERS = 4


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    id: int
    label: str
    case_id: int
    case_reference: str


def _entry_text(*parts: str) -> str:
    return SEPARATOR.join(fold(p) for p in parts if p)


def _upsert(
    session: Session, kind: str, entity_id: int, case_id: int, label: str, body: str
) -> None:
    entry = session.scalar(
        select(SearchEntry).where(SearchEntry.kind == kind, SearchEntry.entity_id == entity_id)
    )
    if entry is None:
        session.add(
            SearchEntry(kind=kind, entity_id=entity_id, case_id=case_id, label=label, text=body)
        )
    elif (entry.text, entry.label, entry.case_id) != (body, label, case_id):
        entry.text, entry.label, entry.case_id = body, label, case_id


def full_name(surname: str, given_name: str, patronymic: str) -> str:
    """Surname, given name and patronymic, the empty ones left out. Raises nothing."""
    return " ".join(part for part in (surname, given_name, patronymic) if part)


def case_entry(reference: str, family_name: str, region: str, assigned_to: str) -> tuple[str, str]:
    """A case's search label and folded text, from plain values (bulk loaders use it too).

    Raises nothing.
    """
    return (
        f"{reference} {family_name}",
        _entry_text(reference, family_name, region, assigned_to),
    )


def person_entry(
    surname: str,
    given_name: str,
    patronymic: str,
    name_variants: str,
    service_number: str,
    unit: str,
    call_sign: str,
    rank: str,
) -> tuple[str, str]:
    """A sought person's search label and folded text, from plain values. Raises nothing."""
    name = full_name(surname, given_name, patronymic)
    # A number kept as typed ("АБ-123 456") is found as АБ123456 too.
    number = normalize_service_number(service_number)
    plain = "" if number == service_number.upper() else number
    return name, _entry_text(name, name_variants, service_number, plain, unit, call_sign, rank)


def relative_entry(
    surname: str, given_name: str, patronymic: str, phone: str, email: str
) -> tuple[str, str]:
    """A relative's search label and folded text, from plain values. Raises nothing."""
    name = full_name(surname, given_name, patronymic)
    return name, _entry_text(name, phone, digits(phone), email)


def index_case(session: Session, case: Case) -> None:
    """Write the case's search entry anew. Raises nothing."""
    label, body = case_entry(case.reference, case.family_name, case.region, case.assigned_to)
    _upsert(session, "case", case.id, case.id, label, body)


def index_person(session: Session, person: SoughtPerson) -> None:
    """Write the sought person's search entry anew. Raises nothing."""
    label, body = person_entry(
        person.surname,
        person.given_name,
        person.patronymic,
        person.name_variants,
        person.service_number,
        person.unit,
        person.call_sign,
        person.rank,
    )
    _upsert(session, "person", person.id, person.case_id, label, body)


def index_relative(session: Session, relative: Relative) -> None:
    """Write the relative's search entry anew. Raises nothing."""
    label, body = relative_entry(
        relative.surname, relative.given_name, relative.patronymic, relative.phone, relative.email
    )
    _upsert(session, "relative", relative.id, relative.case_id, label, body)


def clear_index(session: Session) -> None:
    """Delete every search entry (before rebuilding them). Raises nothing."""
    session.execute(delete(SearchEntry))


def query_terms(query: str) -> list[tuple[str, ...]]:
    """Split a query into folded terms, each a tuple of alternative spellings.

    A query made of digits and phone punctuation is one term that matches as typed
    (a reference such as 2026-0042) or by its digits (a phone number written any way).

    Raises nothing.
    """
    return [spellings for _, spellings in _query_words(query)]


def _query_words(query: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each word of the query as typed ("" for a phone number), with its folded spellings."""
    folded = fold(query)
    if not folded:
        return []
    if is_phone_like(folded):
        number = digits(folded)
        alternatives = [folded, number]
        if len(number) == 11 and number[0] in "78":
            # +7 916 ..., 8 916 ... and 916 ... are one number; match its last ten digits.
            alternatives.append(number[1:])
        return [("", tuple(dict.fromkeys(alternatives)))]
    # fold() keeps the words apart as str.split() does; a name's key is made from the word
    # as typed (folding would read a Latin "h" as the Cyrillic "н").
    return [(word, _spellings(fold(word))) for word in query.split()]


def _spellings(term: str) -> tuple[str, ...]:
    """A term as typed and, when it holds digits, without dashes (service numbers: АВ-123)."""
    if any(ch.isdigit() for ch in term):
        return tuple(dict.fromkeys([term, _NUMBER_PUNCTUATION.sub("", term)]))
    return (term,)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _uses_trigram_index(session: Session, term: str) -> bool:
    """Whether the FTS5 trigram table answers ``term`` (SQLite, three letters or more)."""
    return _dialect(session) == "sqlite" and len(term) >= MIN_TRIGRAM


def _uses_trigram_like(session: Session, term: str) -> bool:
    """Whether PostgreSQL's GIN trigram index answers ``LIKE`` for ``term`` (three letters or
    more: a shorter pattern has no trigram, and the index would be read whole)."""
    return _dialect(session) == "postgresql" and len(term) >= MIN_TRIGRAM


def _ordered(
    session: Session, expression: InstrumentedAttribute[str]
) -> ColumnElement[str] | InstrumentedAttribute[str]:
    """Text ordered by code point on both backends (SQLite's default; a PostgreSQL database
    may have been made with any locale, which orders punctuation and letter case otherwise)."""
    if _dialect(session) == "postgresql":
        return expression.collate("C")
    return expression


def _fts_match(term: str) -> ColumnElement[bool]:
    phrase = '"' + term.replace('"', '""') + '"'
    return _FTS.c[FTS_TABLE].op("MATCH")(phrase)


def _text_contains(term: str) -> ColumnElement[bool]:
    return SearchEntry.text.like(f"%{_escape_like(term)}%", escape="\\")


def _entries_matching(session: Session, term: str) -> Select[Any]:
    """Ids of search entries whose text contains ``term`` (already folded)."""
    if _uses_trigram_index(session, term):
        return select(_FTS.c.rowid).where(_fts_match(term))
    return select(SearchEntry.id).where(_text_contains(term))


def _is_selective(session: Session, term: str) -> bool:
    """True when the trigram index finds the term in few entries (a name, a phone number).

    A selective term is answered from the index; a broad one ("дми", "202", "в/ч", one
    letter) is checked case by case in the list's order instead, which stops as soon as a
    page is full. PostgreSQL counts the entries by ``LIKE`` (the planner reads the GIN
    trigram index for a rare term, the table's first pages for a broad one).
    """
    if _uses_trigram_index(session, term):
        first = select(_FTS.c.rowid).where(_fts_match(term))
    elif _uses_trigram_like(session, term):
        first = select(SearchEntry.id).where(_text_contains(term))
    else:
        return False
    most = SELECTIVE_NUMBER_ENTRIES if any(ch.isdigit() for ch in term) else SELECTIVE_ENTRIES
    counted = first.limit(most + 1).subquery()
    return (session.scalar(select(func.count()).select_from(counted)) or 0) <= most


def _indexed(session: Session, term: str) -> bool:
    """Whether an index answers ``term`` (three letters or more, on either backend)."""
    return _uses_trigram_index(session, term) or _uses_trigram_like(session, term)


def _named(session: Session, word: str) -> ColumnElement[bool] | None:
    """A condition on ``SoughtPerson``: a name of theirs has the word's key, or their surname
    is one typo from it; None for a word too short to be a name, or holding digits."""
    letters = sum(ch.isalpha() for ch in word)
    if letters < MIN_KEY_LETTERS or any(ch.isdigit() for ch in word):
        return None
    # Imported here: the key tables are not needed to start the program.
    from caseworker.names import MAX_TYPO_KEY, NameField, name_key, one_typo_away

    surname = name_key(word, NameField.SURNAME)
    if not surname:
        return None
    surnames = [surname]
    if letters >= MIN_TYPO_LETTERS and len(surname) <= MAX_TYPO_KEY:
        # The few stored surname keys among the few hundred one typo away, read first from
        # the index, so that the list's page and count each look up only those.
        near = select(SoughtPerson.surname_key).where(
            SoughtPerson.surname_key.in_(sorted(one_typo_away(surname)))
        )
        surnames += session.scalars(near.distinct())
    return or_(
        SoughtPerson.surname_key.in_(surnames),
        SoughtPerson.given_key == name_key(word, NameField.GIVEN),
        SoughtPerson.patronymic_key == name_key(word, NameField.PATRONYMIC),
    )


def _case_by_case(session: Session, term: str) -> ColumnElement[bool]:
    """The case has an entry containing ``term``, checked for each case in the list's order.

    On PostgreSQL the subquery is kept correlated (``OFFSET 0``): the planner would otherwise
    hash every matching entry first (for a broad term, a scan of the whole table) instead of
    stopping when the page is full.
    """
    entries = select(SearchEntry.id).where(SearchEntry.case_id == Case.id, _text_contains(term))
    if _dialect(session) == "postgresql":
        entries = entries.offset(0)
    return entries.exists()


def _broadest(alternatives: tuple[str, ...]) -> tuple[str, ...]:
    """The spellings that hold no other: a text holding "2025-" holds "2025" too, so reading
    "2025" alone finds both (and reads the index once)."""
    return tuple(
        term for term in alternatives if not any(o != term and o in term for o in alternatives)
    )


def _case_has_term(
    session: Session,
    alternatives: tuple[str, ...],
    named: ColumnElement[bool] | None,
    paging: bool,
) -> ColumnElement[bool]:
    # In the query's order: a condition checked case by case, or the ids of the cases found
    # from an index. Every matching case (a count) is found from the index when there is
    # one; a page, from the index only for a selective term.
    parts: list[ColumnElement[bool] | Select[Any]] = []
    for term in _broadest(alternatives):
        if not (_is_selective(session, term) if paging else _indexed(session, term)):
            parts.append(_case_by_case(session, term))
        elif _uses_trigram_index(session, term):
            entries = select(_FTS.c.rowid).where(_fts_match(term)).scalar_subquery()
            parts.append(select(SearchEntry.case_id).where(SearchEntry.id.in_(entries)))
        else:  # PostgreSQL: LIKE answered by the GIN trigram index
            parts.append(select(SearchEntry.case_id).where(_text_contains(term)))
    if named is not None:
        parts.append(select(SoughtPerson.case_id).where(named))
    found = [part for part in parts if isinstance(part, Select)]
    if _dialect(session) == "postgresql" and found:
        # One IN over them all: without an OR between them the planner joins the few cases
        # found instead of testing each of the 100,000 against every list.
        checked = [part for part in parts if not isinstance(part, Select)]
        return or_(*checked, Case.id.in_(union_all(*found)))
    return or_(*(Case.id.in_(part) if isinstance(part, Select) else part for part in parts))


def _matches_any(
    session: Session, alternatives: tuple[str, ...], named: ColumnElement[bool] | None
) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = [
        SearchEntry.id.in_(_entries_matching(session, term).scalar_subquery())
        for term in _broadest(alternatives)
    ]
    if named is not None:
        conditions.append(
            and_(
                SearchEntry.kind == "person",
                SearchEntry.entity_id.in_(select(SoughtPerson.id).where(named)),
            )
        )
    return or_(*conditions)


def case_filter(
    session: Session, query: str, *, paging: bool = False
) -> ColumnElement[bool] | None:
    """A condition on ``Case.id``: the case matches every term (None for an empty query).

    The terms may match different records of one case: "шумов 0042" finds the case
    2026-0042 whose sought person is Шумов. ``paging``: the condition serves a page of the
    list in its order (each term read the cheaper way for a page), not every matching case
    (a count, the ids to export): the same cases either way.

    Raises nothing.
    """
    words = _query_words(query)
    if not words:
        return None
    return and_(
        *(
            _case_has_term(session, alternatives, _named(session, word), paging)
            for word, alternatives in words
        )
    )


def search(session: Session, query: str, limit: int = 200) -> list[SearchHit]:
    """Cases, sought persons and relatives whose own text matches every term. Raises nothing."""
    words = _query_words(query)
    if not words:
        return []
    conditions = [
        _matches_any(session, alternatives, _named(session, word)) for word, alternatives in words
    ]
    rows = session.execute(
        select(
            SearchEntry.kind,
            SearchEntry.entity_id,
            SearchEntry.label,
            SearchEntry.case_id,
            Case.reference,
        )
        .join(Case, Case.id == SearchEntry.case_id)
        .where(and_(*conditions))
        .order_by(
            _ordered(session, Case.reference),
            SearchEntry.kind,
            _ordered(session, SearchEntry.label),
            SearchEntry.id,
        )
        .limit(limit)
    )
    return [
        SearchHit(kind, entity_id, label, case_id, ref)
        for kind, entity_id, label, case_id, ref in rows
    ]
