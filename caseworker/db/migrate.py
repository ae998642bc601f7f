"""Open a database: refuse one that is not ours or is too new, upgrade an older one on open.

The version check reads the file in read-only mode before anything else touches it, so a
database from a newer Caseworker is left byte-for-byte untouched; a quick integrity check
(``PRAGMA quick_check``) follows, and a damaged database is opened read-only, refusing writes
with a sentence that points to the backups beside it. A file that cannot be written is opened
read-only too. An existing database that needs upgrading is first copied aside
(``<name>.before-<revision>.bak``, or ``.2.bak`` and so on when that name is taken), after
checking that the disk has room for the copy and the upgrade.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import OperationalError

from caseworker.db import cipher
from caseworker.db.damage import DAMAGE_CODES, damaged_message
from caseworker.db.engine import (
    Database,
    connect_read_only,
    make_engine,
    read_only_refusal,
    resolve_url,
    sqlite_path,
    with_vault_keys,
    writable,
)
from caseworker.errors import (
    CaseworkerError,
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotACaseworkerDatabase,
)
from caseworker.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from caseworker.security.keys import DerivedKeys

#: The newest schema revision. Kept here so that opening an up-to-date database needs no
#: Alembic import (a tenth of a second at start-up); a test checks it against the scripts.
HEAD_REVISION = "0021"
MIGRATIONS = Path(__file__).with_name("migrations")
_SQLITE_HEADER = b"SQLite format 3\x00"
#: Room left free on the disk beyond the backup and the upgrade's own copies of the tables.
SPARE_BYTES = 8 * 1024 * 1024
#: Larger files are checked by ``check`` and wherever SQLite meets a damaged page: a full
#: quick check reads the whole file (about 6 s for 100,000 cases, 740 MB, on two cores).
VERIFY_ON_OPEN_BYTES = 32 * 1024 * 1024


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def _too_new(location: str) -> DatabaseTooNew:
    return DatabaseTooNew(
        translate(
            "Database",
            "The database {location} was written by a newer version of Caseworker. "
            "Install the newer version to open it; this version has left it untouched.",
        ).format(location=location)
    )


def _not_ours(location: str) -> NotACaseworkerDatabase:
    return NotACaseworkerDatabase(
        translate(
            "Database", "{location} is not a Caseworker database; it has been left untouched."
        ).format(location=location)
    )


def _check_revision(revision: str | None, has_other_tables: bool, location: str) -> None:
    if revision is None:
        if has_other_tables:
            raise _not_ours(location)
        return
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise _too_new(location)


def _inspect_sqlite_file(path: Path, key: bytes | None = None) -> tuple[str | None, bool]:
    """Check an existing file read-only: its schema revision (None for an empty file) and
    whether it is damaged (its pages fail SQLite's quick check).

    With ``key`` the file must be encrypted with it (else :class:`cipher.WrongDatabaseKey`,
    or :class:`cipher.DatabaseNotProtected` for a plain file); without, a file that looks
    encrypted raises :class:`cipher.DatabaseProtected`.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from error
    if not header:
        return None, False
    if key is not None and header == _SQLITE_HEADER:
        raise cipher.not_protected(path)
    if key is None and header != _SQLITE_HEADER:
        raise cipher.protected(path) if cipher.looks_encrypted(path) else _not_ours(str(path))
    try:
        connection = connect_read_only(path, key=key)
        try:
            damaged = path.stat().st_size <= VERIFY_ON_OPEN_BYTES and _fails_quick_check(connection)
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except cipher.driver_errors("DatabaseError") as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in DAMAGE_CODES:
            raise DatabaseDamaged(damaged_message(path, readable=False)) from error
        raise _unreadable(path, str(error)) from error
    if damaged and revision is None:
        # Whose it is cannot be told; that it is damaged can.
        raise DatabaseDamaged(damaged_message(path, readable=False))
    _check_revision(revision, bool(tables - {"alembic_version"}), str(path))
    return revision, damaged


def upgrade_pending(db: str | None = None, *, key: bytes | None = None) -> bool:
    """Whether opening ``db`` will upgrade it: an existing SQLite file (encrypted with
    ``key`` when given) of an older revision this version knows. Reads the revision only,
    read-only (about a millisecond); anything else (a new, up-to-date, newer, unreadable or
    protected file, a server) is False, and :func:`open_database` says what is wrong with
    it. Raises nothing."""
    path = sqlite_path(resolve_url(db))
    if path is None or not path.is_file():
        return False
    failures: tuple[type[Exception], ...] = (OSError, CaseworkerError, *cipher.driver_errors())
    try:
        connection = connect_read_only(path, key=key)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except failures:
        return False
    revision = row[0] if row else None
    return revision is not None and revision != HEAD_REVISION and revision in known_revisions()


def _fails_quick_check(connection: sqlite3.Connection) -> bool:
    """SQLite's quick check: every page and record well formed (indexes not compared)."""
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except cipher.driver_errors("DatabaseError") as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in DAMAGE_CODES:
            return True
        raise
    return rows != [("ok",)]


def _unreadable(path: Path, reason: str) -> DatabaseError:
    return DatabaseError(
        translate("Database", "The database {location} cannot be read: {reason}").format(
            location=path, reason=reason
        )
    )


def _backup_name(path: Path, revision: str) -> Path:
    """``<name>.before-<revision>.bak``, or the first of ``.2.bak``, ``.3.bak``... not taken."""
    candidate = path.with_name(f"{path.name}.before-{revision}.bak")
    number = 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = path.with_name(f"{path.name}.before-{revision}.{number}.bak")
    return candidate


def _room_needed(path: Path) -> int:
    """The backup's size and as much again for the upgrade's copies of the tables."""
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        size += wal.stat().st_size
    return 2 * size + SPARE_BYTES


def _backup_sqlite(path: Path, revision: str, key: bytes | None = None) -> Path:
    """Copy the database aside before upgrading it (encrypted with ``key``, as the database
    is, when given); raise a sentence, changing nothing, if the copy cannot be made (no room
    on the disk, a folder that refuses new files...)."""
    backup = _backup_name(path, revision)
    needed, free = _room_needed(path), shutil.disk_usage(path.parent).free
    if free < needed:
        raise DatabaseError(
            translate(
                "Database",
                "The database {location} must be upgraded, and the disk has too little free "
                "space for a backup first ({needed} MB needed, {free} MB free); nothing was "
                "changed.",
            ).format(location=path, needed=_megabytes(needed), free=_megabytes(free))
        )
    partial: Path | None = None
    failures: tuple[type[Exception], ...] = (OSError, *cipher.driver_errors())
    try:
        handle, name = tempfile.mkstemp(
            prefix=f"{backup.name}.", suffix=".partial", dir=path.parent
        )
        os.close(handle)
        partial = Path(name)
        source = connect_read_only(path, key=key)
        try:
            target = cipher.connect(partial, key, verify=False)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        os.replace(partial, backup)
    except failures as error:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink()
        raise DatabaseError(
            translate(
                "Database",
                "The database {location} must be upgraded, and the backup made first could "
                "not be written ({reason}); nothing was changed.",
            ).format(location=path, reason=getattr(error, "strerror", None) or error)
        ) from error
    return backup


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction.

    On SQLite, foreign keys are switched off while the migrations run: Alembic's batch mode
    rebuilds a table by copying it and dropping the old one, and with foreign keys on that
    drop would fail, or cascade into the rows that point at it. The references are checked
    before the transaction commits instead.
    """
    with engine.connect() as connection:
        current = _current_revision(connection)
        _check_revision(
            current,
            bool(set(inspect(connection).get_table_names()) - {"alembic_version"}),
            engine.url.render_as_string(hide_password=True),
        )
        if current == head_revision():
            connection.rollback()
            return
        if connection.dialect.name == "postgresql":
            _refuse_unless_owner(connection, engine.url.render_as_string(hide_password=True))
        connection.rollback()
        if current is None:
            from caseworker.db.snapshot import create_schema

            if create_schema(connection, head_revision()):
                return  # a new database, made in one step without Alembic
        _run_migrations(connection)


def _refuse_unless_owner(connection: Connection, location: str) -> None:
    """On a shared server only the schema's owner migrates: anyone else is told to ask
    them, and nothing is touched. Raises :class:`DatabaseError` with that sentence."""
    from caseworker.team.roles import may_own_schema

    if not may_own_schema(connection):
        connection.rollback()
        raise DatabaseError(
            translate(
                "Database",
                "The database {location} must be upgraded for this version of Caseworker, "
                "and only the server's owner may upgrade it; nothing was changed. Ask the "
                "server's owner to run: python -m caseworker migrate",
            ).format(location=location)
        )


def _give_team_rights(connection: Connection) -> None:
    """On a team's server, the tables and columns the migrations added get the team's
    rights in the same transaction (see :mod:`caseworker.team.roles`)."""
    from caseworker.team.roles import TeamRole, apply_grants, existing_groups

    if existing_groups(connection) == set(TeamRole):
        apply_grants(connection)


def _run_migrations(connection: Connection) -> None:
    from alembic import command

    sqlite = connection.dialect.name == "sqlite"
    if sqlite:  # outside any transaction, where the pragma takes effect
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
    try:
        with connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if connection.dialect.name == "postgresql":
                _give_team_rights(connection)
            if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise DatabaseError(
                    translate(
                        "Database",
                        "Upgrading the database would break links between its records; "
                        "it was left as it was. Run the integrity check.",
                    )
                )
    finally:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def _current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if revision is None else str(revision)


def open_database(
    db: str | None = None, *, key: bytes | None = None, keys: DerivedKeys | None = None
) -> Database:
    """Open (creating if needed) and upgrade the database named by ``--db``, env or default.

    A SQLite file that cannot be written, or is damaged, is opened read-only: reading works,
    and every write is refused with a sentence saying why. With ``key`` (the raw 32-byte
    database key) the file is encrypted with SQLCipher, a new one too; a wrong key raises
    :class:`cipher.WrongDatabaseKey`, an encrypted file opened without a key
    :class:`cipher.DatabaseProtected`, a plain one given a key
    :class:`cipher.DatabaseNotProtected`, each changing nothing. What a conversion to an
    encrypted file left when it was cut short is undone first (ConversionUnderWay while
    another process converts it).

    ``keys`` (an unlocked database's :class:`~caseworker.security.keys.DerivedKeys`) is how
    the program opens a protected database: their database key opens the file, and the
    engine carries them so that its evidence vault is sealed (see
    :func:`caseworker.db.engine.vault_keys_of`). ``key`` alone leaves the vault plain.
    """
    if keys is not None:
        key = keys.database
    url = resolve_url(db)
    path = sqlite_path(url)
    if key is not None:
        cipher.key_statement(key)  # a key of the wrong length: ValueError
        if path is None:
            raise ValueError("only a SQLite file can be encrypted")
    refuse_writes: str | None = None
    if path is not None:
        if path.with_name(path.name + ".encrypting").is_dir():
            # A conversion to an encrypted database cut short: undone (or finished) first.
            from caseworker.security.convert_swap import finish_interrupted

            finish_interrupted(path)
        if path.is_dir():
            raise _not_ours(str(path))
        if path.exists():
            revision, damaged = _inspect_sqlite_file(path, key)
            if damaged:
                refuse_writes = damaged_message(path, readable=True)
                if revision != head_revision():
                    raise DatabaseDamaged(damaged_message(path, readable=False))
            elif not writable(path):
                refuse_writes = read_only_refusal(str(path))
                if revision != head_revision():
                    raise DatabaseReadOnly(
                        translate(
                            "Database",
                            "The database {location} is read-only (a read-only disk or file) "
                            "and must be set up or upgraded before this version can use it; "
                            "copy it to a writable folder and open the copy.",
                        ).format(location=path)
                    )
            elif revision is not None and revision != head_revision():
                _backup_sqlite(path, revision, key)
        else:
            _make_room_for(path)
    engine = make_engine(url, read_only=refuse_writes is not None, key=key)
    try:
        if refuse_writes is None:
            upgrade(engine)
    except OperationalError as error:
        engine.dispose()
        if "full" in str(error.orig):
            raise DatabaseError(
                translate(
                    "Database",
                    "The disk became full while the database {location} was being upgraded; "
                    "the upgrade was undone and the database left as it was.",
                ).format(location=path or url)
            ) from error
        raise
    except Exception:
        engine.dispose()
        raise
    if keys is not None:
        engine = with_vault_keys(engine, keys)
    return Database(engine, refuse_writes=refuse_writes)


def _make_room_for(path: Path) -> None:
    """Create the folder of a new database file, or say why it cannot be created there."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
    else:
        if os.access(path.parent, os.W_OK):
            return
        reason = os.strerror(30 if _read_only_mount(path.parent) else 13)
    raise DatabaseError(
        translate("Database", "The database {location} cannot be created: {reason}").format(
            location=path, reason=reason
        )
    )


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False
