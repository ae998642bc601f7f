"""The evidence vault of an open database: sealed when the database is protected, else plain."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, exists, select
from sqlalchemy.orm import Session

from caseworker.db.engine import vault_keys_of
from caseworker.models import Evidence, PublishedList
from caseworker.vault.store import EvidenceVault
from caseworker.vault.team_folder import check_not_empty

#: Whether the database refers to any stored file (an evidence item or a published list).
_REFERS_TO_FILES = select(exists(select(Evidence.id)) | exists(select(PublishedList.id)))


def _vault(bind: Engine | Connection, refers_to_files: Callable[[], bool]) -> EvidenceVault:
    plain = EvidenceVault.for_url(bind.engine.url.render_as_string(hide_password=False))
    if plain.shared:
        check_not_empty(plain.root, refers_to_files)
    keys = vault_keys_of(bind)
    if keys is None:
        return plain
    from caseworker.vault.sealed_store import SealedVault  # loads cryptography

    return SealedVault(plain.root, keys)


def vault_of_engine(bind: Engine | Connection) -> EvidenceVault:
    """The vault of a database: a :class:`~caseworker.vault.sealed_store.SealedVault` when the
    engine carries an unlocked database's keys (see :func:`caseworker.db.open_database`), else
    a plain one; where it lies, :meth:`EvidenceVault.for_url` says. Raises VaultNotConfigured
    like it, and VaultNotReachable for the team's folder (see
    :mod:`caseworker.vault.team_folder`)."""

    def refers_to_files() -> bool:
        if isinstance(bind, Connection):
            return bool(bind.scalar(_REFERS_TO_FILES))
        with bind.connect() as connection:
            return bool(connection.scalar(_REFERS_TO_FILES))

    return _vault(bind, refers_to_files)


def vault_of_session(session: Session) -> EvidenceVault:
    """The vault of the session's database (see :func:`vault_of_engine`)."""
    return _vault(session.get_bind(), lambda: bool(session.scalar(_REFERS_TO_FILES)))
