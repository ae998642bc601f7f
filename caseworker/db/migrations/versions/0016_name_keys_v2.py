"""Name keys recomputed for ``caseworker.names.KEY_VERSION`` 2 (issue 13).

Version 2 reads a Latin x as х or кс per name (GOST 7.79 B's Mixail = Михаил, Alexei =
Алексей), reads GOST 16876's "eh" as э, maps more Ukrainian patronymics to their Russian
form (Олександрівна = Александровна), and keys Cyrillic цк, сх and тц as the passport
schemes spell them (Троцкий = Trotskii, Исхаков = Iskhakov, Братцев = Brattsev). The stored
keys of persons and list entries are recomputed with ``caseworker.names`` as it ships with
this revision; only rows whose keys change are written.

A match decision keeps a fingerprint of each side's identity, names' keys included, and the
pair comes back for review when a fingerprint no longer matches. A new key is not a new
identity: where a side's stored fingerprint is the one its old keys gave, it is rewritten
with the new keys (a side whose identity changed since the decision keeps its stale
fingerprint, and the pair still comes back).

Downgrade leaves the keys as they are: the earlier key code is not kept.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 14:00:00
"""

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYED_BY = {"surname": "surname_key", "given_name": "given_key", "patronymic": "patronymic_key"}
IDENTITY = ["birth_date", "birth_precision", "service_number"]
BATCH = 5000

Keys = tuple[str, str, str]
#: Per row id whose keys changed: the old keys, the new keys, the rest of its identity.
Changed = dict[int, tuple[Keys, Keys, tuple[str | None, str | None, str | None]]]


def _refill(connection: sa.Connection, name: str) -> Changed:
    """Recompute one table's keys; the rows whose keys changed."""
    from caseworker.names import NameField, name_key

    fields = [NameField(column.removesuffix("_key")) for column in KEYED_BY.values()]
    table = sa.table(name, *(sa.column(c) for c in ["id", *KEYED_BY, *KEYED_BY.values()]))
    table.append_column(sa.column("birth_date"))
    table.append_column(sa.column("birth_precision"))
    table.append_column(sa.column("service_number"))
    update = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("row_id"))
        .values({column: sa.bindparam(column) for column in KEYED_BY.values()})
    )
    # Read first, then write: a few MB for 100,000 rows.
    rows = connection.execute(
        sa.select(
            table.c.id,
            *(table.c[n] for n in KEYED_BY),
            *(table.c[c] for c in KEYED_BY.values()),
            *(table.c[c] for c in IDENTITY),
        )
    ).all()
    changed: Changed = {}
    for row in rows:
        old: Keys = (row[4] or "", row[5] or "", row[6] or "")
        new: Keys = (
            name_key(row[1] or "", fields[0]),
            name_key(row[2] or "", fields[1]),
            name_key(row[3] or "", fields[2]),
        )
        if new != old:
            changed[row[0]] = (old, new, (row[7], row[8], row[9]))
    ids = list(changed)
    for start in range(0, len(ids), BATCH):
        values = [
            {"row_id": i, **dict(zip(KEYED_BY.values(), changed[i][1], strict=True))}
            for i in ids[start : start + BATCH]
        ]
        connection.execute(update, values)
    return changed


def _fingerprint(keys: Keys, identity: tuple[str | None, str | None, str | None]) -> str:
    """The fingerprint of ``services.matching.decisions`` as of this revision."""
    from caseworker.text import normalize_service_number

    born, precision, service_number = identity
    parts = [
        *keys,
        str(born) if born else "",
        str(precision or "") if born else "",
        normalize_service_number(service_number or ""),
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _renewed(stored: str, row_id: int | None, changed: Changed) -> str | None:
    """The new fingerprint of a side whose stored one its old keys gave, else None."""
    if row_id is None or row_id not in changed:
        return None
    old, new, identity = changed[row_id]
    return _fingerprint(new, identity) if stored == _fingerprint(old, identity) else None


def _refresh_fingerprints(connection: sa.Connection, persons: Changed, entries: Changed) -> None:
    decisions = sa.table(
        "match_decisions",
        *(
            sa.column(c)
            for c in [
                "id",
                "entry_id",
                "other_person_id",
                "person_id",
                "left_fingerprint",
                "person_fingerprint",
            ]
        ),
    )
    rows = connection.execute(sa.select(decisions)).all()
    for row in rows:
        left_id, left_changed = (
            (row.entry_id, entries) if row.entry_id else (row.other_person_id, persons)
        )
        values = {
            "left_fingerprint": _renewed(row.left_fingerprint, left_id, left_changed),
            "person_fingerprint": _renewed(row.person_fingerprint, row.person_id, persons),
        }
        values = {column: value for column, value in values.items() if value is not None}
        if values:
            connection.execute(sa.update(decisions).where(decisions.c.id == row.id).values(values))


def upgrade() -> None:
    connection = op.get_bind()
    persons = _refill(connection, "persons")
    entries = _refill(connection, "list_entries")
    if persons or entries:
        _refresh_fingerprints(connection, persons, entries)


def downgrade() -> None:
    pass
