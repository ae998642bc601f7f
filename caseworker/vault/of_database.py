"""The evidence vault of an open database: sealed when the database is protected, else plain."""

from __future__ import annotations

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from caseworker.db.engine import vault_keys_of
from caseworker.vault.store import EvidenceVault


def vault_of_engine(bind: Engine | Connection) -> EvidenceVault:
    """The vault of a database: a :class:`~caseworker.vault.sealed_store.SealedVault` when the
    engine carries an unlocked database's keys (see :func:`caseworker.db.open_database`), else
    a plain one; where it lies, :meth:`EvidenceVault.for_url` says. Raises VaultNotConfigured
    like it."""
    plain = EvidenceVault.for_url(bind.engine.url.render_as_string(hide_password=False))
    keys = vault_keys_of(bind)
    if keys is None:
        return plain
    from caseworker.vault.sealed_store import SealedVault  # loads cryptography

    return SealedVault(plain.root, keys)


def vault_of_session(session: Session) -> EvidenceVault:
    """The vault of the session's database (see :func:`vault_of_engine`)."""
    return vault_of_engine(session.get_bind())
