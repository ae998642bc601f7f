"""Search that a Russian-speaking caseworker can trust: any case, ё as е, phone digits.

Every case, sought person and relative has one :class:`SearchEntry` whose text is folded in
Python. On SQLite an FTS5 trigram index answers substring queries of three or more letters,
its rowids naming each entry's case (migration 0021); a term of two letters is found from
the index's vocabulary (the trigrams that begin with it) and an index of the texts' last
two characters (the texts that end with it). On PostgreSQL a GIN trigram index (``pg_trgm``,
migration 0017) answers ``LIKE '%term%'`` on the same folded text of three letters or more.
Other terms use ``LIKE`` alone. Both backends give the same hits in the same order: the
texts are compared as folded in Python (never by the server's locale), and the hits are
ordered by code point (PostgreSQL's ``"C"`` collation, SQLite's binary one).

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
    CompoundSelect,
    Select,
    and_,
    column,
    delete,
    func,
    literal_column,
    or_,
    select,
    table,
    union_all,
)
from sqlalchemy.orm import Session

from caseworker.models import Case, Relative, SearchEntry, SoughtPerson
from caseworker.models.search import FTS_CASE_SHIFT, FTS_ENTRY_MASK, FTS_TABLE, FTS_VOCABULARY
from caseworker.text import digits, fold, is_phone_like, normalize_service_number

SEPARATOR = " | "
MIN_TRIGRAM = 3
#: A term of this many letters is found from the trigram index's vocabulary (SQLite).
PAIR = 2
#: The last code point there is: every trigram that begins with a pair sorts before the pair
#: followed by it.
_LAST_CHARACTER = "\U0010ffff"
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
#: A page of a term of letters found in at least this many entries (a common name: spread
#: over the whole list) is read walking the list in its order and keeping the cases found,
#: which stops when the page is full, instead of reading every case found and sorting
#: them: "илья", 4,703 entries, 17 -> 4 ms. A rarer term's few cases are read first (a
#: walk would cross the whole list); digits are not walked (a year's references come one
#: after the other, at the end of the list: "2025-2", 6.7 -> 12 ms walked).
WALK_ENTRIES = 3_000
_NUMBER_PUNCTUATION = re.compile(r"[-.]")
_FTS = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))
_VOCABULARY = table(FTS_VOCABULARY, column("term"), column("doc"))
#: The tables' columns, not the mapped classes: reading needs no ORM mapper set up (the first
#: ORM statement sets up every mapper: 26 ms here, 80 on an old laptop, which a caseworker's
#: first keystroke right after the start would wait for).
_ENTRY = SearchEntry.__table__.c
_PERSON = SoughtPerson.__table__.c
_CASE = Case.__table__.c


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


def _has_digits(term: str) -> bool:
    return any(ch.isdigit() for ch in term)


def _spellings(term: str) -> tuple[str, ...]:
    """A term as typed and, when it holds digits, without dashes (service numbers: АВ-123)."""
    if _has_digits(term):
        return tuple(dict.fromkeys([term, _NUMBER_PUNCTUATION.sub("", term)]))
    return (term,)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _uses_trigram_index(session: Session, term: str) -> bool:
    """Whether the FTS5 trigram table answers ``term`` (SQLite, three letters or more)."""
    return _dialect(session) == "sqlite" and len(term) >= MIN_TRIGRAM


def _uses_pair_index(session: Session, term: str) -> bool:
    """Whether the trigram index's vocabulary and the texts' ends answer ``term`` (SQLite,
    two letters)."""
    return _dialect(session) == "sqlite" and len(term) == PAIR


def _uses_sqlite_index(session: Session, term: str) -> bool:
    """Whether :func:`_index_hits` answers ``term`` (SQLite, two letters or more)."""
    return _uses_trigram_index(session, term) or _uses_pair_index(session, term)


def _uses_trigram_like(session: Session, term: str) -> bool:
    """Whether PostgreSQL's GIN trigram index answers ``LIKE`` for ``term`` (three letters or
    more: a shorter pattern has no trigram, and the index would be read whole)."""
    return _dialect(session) == "postgresql" and len(term) >= MIN_TRIGRAM


def _ordered(session: Session, expression: ColumnElement[str]) -> ColumnElement[str]:
    """Text ordered by code point on both backends (SQLite's default; a PostgreSQL database
    may have been made with any locale, which orders punctuation and letter case otherwise)."""
    if _dialect(session) == "postgresql":
        return expression.collate("C")
    return expression


def _fts_match(term: str) -> ColumnElement[bool]:
    phrase = '"' + term.replace('"', '""') + '"'
    return _FTS.c[FTS_TABLE].op("MATCH")(phrase)


def _text_contains(term: str) -> ColumnElement[bool]:
    return _ENTRY.text.like(f"%{_escape_like(term)}%", escape="\\")


def _text_end() -> ColumnElement[str]:
    """The last two characters of a search text, as migration 0021 indexes them (written
    out: SQLite uses an index on an expression only for the same expression, not one with
    a parameter)."""
    return func.substr(_ENTRY.text, literal_column("-2"))


def _index_hits(term: str, *, cases: bool) -> Select[Any] | CompoundSelect[Any]:
    """The case ids (``cases``) or the entry ids of the entries holding ``term``, from the
    SQLite index: a case id once for each entry of the case holding it.

    Three letters or more: the trigram index's rowids. Two: the rowids of the trigrams that
    begin with the pair (every place it stands but a text's last two characters), and the
    entries whose text ends with it; an entry holding the pair in several places comes
    several times.
    """

    def read(rowid: ColumnElement[int]) -> ColumnElement[int]:
        if cases:
            return rowid.op(">>")(FTS_CASE_SHIFT)
        return rowid.op("&")(FTS_ENTRY_MASK)

    if len(term) >= MIN_TRIGRAM:
        return select(read(_FTS.c.rowid)).where(_fts_match(term))
    beginning = and_(_VOCABULARY.c.term >= term, _VOCABULARY.c.term <= term + _LAST_CHARACTER)
    return union_all(
        select(read(_VOCABULARY.c.doc)).where(beginning),
        select(_ENTRY.case_id if cases else _ENTRY.id).where(_text_end() == term),
    )


def _entries_matching(session: Session, term: str) -> Select[Any] | CompoundSelect[Any]:
    """Ids of search entries whose text contains ``term`` (already folded)."""
    if _uses_sqlite_index(session, term):
        return _index_hits(term, cases=False)
    return select(_ENTRY.id).where(_text_contains(term))


def _is_selective(session: Session, term: str) -> bool:
    """True when the trigram index finds the term in few entries (a name, a phone number)."""
    return _selective_entries(session, term) is not None


def _selective_entries(session: Session, term: str) -> int | None:
    """How many entries hold the term when the index finds it in few (a name, a phone
    number); None for a broad term, or one no index answers.

    A selective term is answered from the index; a broad one ("дми", "202", "в/ч", one
    letter) is checked case by case in the list's order instead, which stops as soon as a
    page is full. PostgreSQL counts the entries by ``LIKE`` (the planner reads the GIN
    trigram index for a rare term, the table's first pages for a broad one).
    """
    if not (_uses_sqlite_index(session, term) or _uses_trigram_like(session, term)):
        return None
    first = _entries_matching(session, term)
    # Two digits are read from the vocabulary, a few times slower an entry: they are
    # selective as letters are ("88": 19,000 entries, 39 ms so against 2 ms case by case).
    most = SELECTIVE_ENTRIES
    if _has_digits(term) and not _uses_pair_index(session, term):
        most = SELECTIVE_NUMBER_ENTRIES
    counted = first.limit(most + 1).subquery()
    entries = session.scalar(select(func.count()).select_from(counted)) or 0
    return entries if entries <= most else None


def _indexed(session: Session, term: str) -> bool:
    """Whether an index answers every case holding ``term`` (a count, an export) cheaper than
    checking every case: three letters or more on either backend, and two on SQLite when
    they are few (the vocabulary holds a common pair hundreds of thousands of times)."""
    if _uses_pair_index(session, term):
        return _is_selective(session, term)
    return _uses_trigram_index(session, term) or _uses_trigram_like(session, term)


def _named(session: Session, word: str) -> ColumnElement[bool] | None:
    """A condition on ``SoughtPerson``: a name of theirs has the word's key, or their surname
    is one typo from it; None for a word too short to be a name, or holding digits."""
    letters = sum(ch.isalpha() for ch in word)
    if letters < MIN_KEY_LETTERS or _has_digits(word):
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
        near = select(_PERSON.surname_key).where(
            _PERSON.surname_key.in_(sorted(one_typo_away(surname)))
        )
        surnames += session.scalars(near.distinct())
    return or_(
        _PERSON.surname_key.in_(surnames),
        _PERSON.given_key == name_key(word, NameField.GIVEN),
        _PERSON.patronymic_key == name_key(word, NameField.PATRONYMIC),
    )


def _case_by_case(session: Session, term: str) -> ColumnElement[bool]:
    """The case has an entry containing ``term``, checked for each case in the list's order.

    On PostgreSQL the subquery is kept correlated (``OFFSET 0``): the planner would otherwise
    hash every matching entry first (for a broad term, a scan of the whole table) instead of
    stopping when the page is full.
    """
    entries = select(_ENTRY.id).where(_ENTRY.case_id == _CASE.id, _text_contains(term))
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
    parts: list[ColumnElement[bool] | Select[Any] | CompoundSelect[Any]] = []
    walk = False
    for term in _broadest(alternatives):
        entries = _selective_entries(session, term) if paging else None
        from_index = entries is not None if paging else _indexed(session, term)
        if not from_index:
            parts.append(_case_by_case(session, term))
            continue
        if entries is not None and entries >= WALK_ENTRIES and not _has_digits(term):
            walk = True
        if _uses_sqlite_index(session, term):
            parts.append(_index_hits(term, cases=True))
        else:  # PostgreSQL: LIKE answered by the GIN trigram index
            parts.append(select(_ENTRY.case_id).where(_text_contains(term)))
    if named is not None:
        parts.append(select(_PERSON.case_id).where(named))
    found = [part for part in parts if isinstance(part, Select | CompoundSelect)]
    if _dialect(session) == "postgresql" and found:
        # One IN over them all: without an OR between them the planner joins the few cases
        # found instead of testing each of the 100,000 against every list.
        checked = [part for part in parts if isinstance(part, ColumnElement)]
        return or_(*checked, _CASE.id.in_(union_all(*found)))
    # Walked: the cases read in the list's order, each looked up among those found (the
    # id made an expression, so that SQLite cannot read the found cases first instead).
    listed = _CASE.id + 0 if walk else _CASE.id
    return or_(*(part if isinstance(part, ColumnElement) else listed.in_(part) for part in parts))


def _matches_any(
    session: Session, alternatives: tuple[str, ...], named: ColumnElement[bool] | None
) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = [
        _ENTRY.id.in_(_entries_matching(session, term).scalar_subquery())
        for term in _broadest(alternatives)
    ]
    if named is not None:
        conditions.append(
            and_(
                _ENTRY.kind == "person",
                _ENTRY.entity_id.in_(select(_PERSON.id).where(named)),
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
            _ENTRY.kind,
            _ENTRY.entity_id,
            _ENTRY.label,
            _ENTRY.case_id,
            _CASE.reference,
        )
        .join(Case.__table__, _CASE.id == _ENTRY.case_id)
        .where(and_(*conditions))
        .order_by(
            _ordered(session, _CASE.reference),
            _ENTRY.kind,
            _ordered(session, _ENTRY.label),
            _ENTRY.id,
        )
        .limit(limit)
    )
    return [
        SearchHit(kind, entity_id, label, case_id, ref)
        for kind, entity_id, label, case_id, ref in rows
    ]


def load_name_tables() -> None:
    """Read the shipped name tables a word's keys are made from (20 ms, 50 on an old laptop)
    now, so that a caseworker's first word of two letters does not wait for them.

    Raises OSError or ValueError when they are missing or malformed.
    """
    from caseworker.names.tables import latin_x, uk_ru

    uk_ru()
    latin_x()
